import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit ao', () => {
  it("容灾快速恢复 in a Redis replication note is no TCP fast recovery; a TCP congestion-control text keeps 快速恢复 (blind audit ao, ao-zh-1)", () => {
    const redis = [
      '## 1. 主从复制',
      '',
      '### （1）读写分离',
      '',
      '主从库之间采用读写分离的方式：读操作主库、从库都可以处理；写操作首先写到主库执行，然后再将主库同步给从库。redis 使用 AOF 和 RDB 持久化。',
      '',
      '- 实现读写分离，性能扩展；',
      '- 容灾快速恢复；',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(redis, 'markdown', /^快速恢复$/), []);
    const tcp = '# TCP 拥塞控制\n\nTCP 拥塞控制由慢启动、拥塞避免、快速重传和快速恢复四个部分组成。发送方收到三个重复 ACK 时，立即重传丢失的报文段并进入快速恢复，把 ssthresh 设为 cwnd 的一半，然后继续发送。\n';
    assert.deepEqual(notesAt(tcp, 'markdown', /^快速恢复$/), ['tcp-congestion-control', 'tcp-congestion-control']);
  });
  it("EXPIRE in a Python constant (ACCESS_TOKEN_EXPIRE_MINUTES) is no Redis command; redis-cli EXPIRE still is (blind audit ao, ao-code-2)", () => {
    const py = [
      'from datetime import datetime, timedelta',
      'from fastapi import APIRouter, Depends',
      'from sqlalchemy.orm import Session',
      '',
      'ACCESS_TOKEN_EXPIRE_MINUTES = 30',
      'REFRESH_TOKEN_EXPIRE_DAYS = 7',
      '',
      'router = APIRouter()',
      '',
      'def expires_at() -> datetime:',
      '    return datetime.utcnow() + timedelta(minutes=ACCESS_TOKEN_EXPIRE_MINUTES)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^EXPIRE$/), []);
    const md = [
      '# Redis key expiry',
      '',
      'Set a TTL on a cache key so that stale entries disappear on their own:',
      '',
      '```bash',
      'redis-cli SET session:abc "user-42"',
      'redis-cli EXPIRE session:abc 3600',
      'redis-cli TTL session:abc',
      '```',
      '',
      '`EXPIRE` returns 1 when the timeout was set. Redis removes expired keys lazily on access and by periodic sampling.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^EXPIRE$/), ['redis-key-expiration', 'redis-key-expiration']);
  });
});
