import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The audited Redis article's (bl-zh-2) redis-cli transaction, which two tests put after the passage they test.
const REDIS_TRANSACTION_SESSION = [
  '## 事务',
  '',
  '```bash',
  '127.0.0.1:6379> multi',
  'OK',
  '127.0.0.1:6379> set k1 v1',
  'QUEUED',
  '127.0.0.1:6379> exec',
  '1) OK',
  '```',
  '',
];

describe('bundled aliases corrected after blind audit bl', () => {
  it("the URL of Java's HttpURLConnection is no URL structure; a java.net.URL is (blind audit bl, bl-code-1)", () => {
    // As in the audited Spring service: a Kakao OAuth token request over HttpURLConnection.
    const java = [
      'import java.net.HttpURLConnection;',
      'import java.net.URL;',
      '',
      'public class TokenClient {',
      '    public String getAccessToken(String code) throws IOException {',
      '        String reqURL = "https://kauth.kakao.com/oauth/token";',
      '        URL url = new URL(reqURL);',
      '        HttpURLConnection conn = (HttpURLConnection) url.openConnection();',
      '        conn.setRequestMethod("POST");',
      '        return getResponse(conn);',
      '    }',
      '}',
      '',
    ].join('\n');
    const lines = java.split('\n');
    const at = (n: number) => notesAt(`${lines[n]}\n`, 'java', /^URL$/);
    assert.deepEqual(at(0), []);
    assert.deepEqual(at(7), []);
    // `URL url = new URL(reqURL)`: the class of a URL, twice, and the URL of reqURL.
    assert.deepEqual(notesAt(`${lines[6]}\n`, 'java', /^URL$/), ['url-structure', 'url-structure', 'url-structure']);
  });

  it("Java's new URL(…) is no JavaScript URL API; new URL() in JavaScript is (blind audit bl, bl-code-1)", () => {
    const java = ['String reqURL = "https://kapi.kakao.com/v2/user/me";', 'URL url = new URL(reqURL);', ''].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^new URL$/), []);
    const js = ['const url = new URL(request.url, "http://localhost");', 'const page = url.searchParams.get("page");', ''].join('\n');
    assert.deepEqual(notesAt(js, 'javascript', /^new URL$/), ['url-api']);
    const md = '# Parsing addresses\n\nIn the browser, new URL() splits an address into protocol, host and path.\n';
    assert.deepEqual(notesAt(md, 'markdown', /^new URL$/), ['url-api']);
  });

  it("the Watch() of a Java StopWatch is no Vue watcher; Vue's watch() is (blind audit bl, bl-code-1)", () => {
    // As in the audited Spring service: a commented-out timing of a Redis cache read.
    const java = [
      '    public String getUserNickname(Long userId) {',
      '//        StopWatch stopWatch = new StopWatch();',
      '//        stopWatch.start("findUserById: redis 캐시 접근");',
      '        UserEntity user = userCacheService.findUsersById(userId);',
      '        return user.getNickname();',
      '    }',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /watch\(\)/i), []);
    const md = '# Vue 侦听器\n\n在组合式 API 中用 watch() 侦听 ref 的变化，用 watchEffect 自动追踪依赖。\n';
    assert.deepEqual(notesAt(md, 'markdown', /^watch\(\)$/), ['vue-watch']);
  });

  it('the exec of a redis-cli transcript is no shell exec; exec "$@" in a script is (blind audit bl, bl-zh-2)', () => {
    // As in the audited Redis article: bgsave forks a child process, and a MULTI/EXEC transaction in redis-cli.
    const md = [
      '## 持久化',
      '',
      'bgsave：Redis 进程执行 fork 操作创建子进程，RDB 持久化过程由子进程负责，完成后自动结束。',
      '',
      ...REDIS_TRANSACTION_SESSION,
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^exec$/), []);
    const script = [
      '#!/bin/sh',
      '# The entrypoint forks nothing: after fork and exec the server keeps the shell\'s PID, so it gets the signals.',
      'set -e',
      'exec "$@"',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(script, 'shellscript', /^exec$/), ['fork-exec']);
  });

  it('并发 in 并发送 (and send) is no concurrency; 并发量 is (blind audit bl, bl-zh-2)', () => {
    // As in the audited Redis article (its fork, 子进程 and redis-cli session make it a Linux one).
    const md = [
      '## RDB',
      '',
      'bgsave：Redis 进程执行 fork 操作创建子进程，RDB 持久化过程由子进程负责，完成后自动结束。',
      '',
      '- 如果从节点执行全量复制操作，主节点自动执行 bgsave 生成 RDB 文件并发送给从节点。',
      '',
      ...REDIS_TRANSACTION_SESSION,
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^并发$/), []);
    const go = '# Go 并发编程\n\ngoroutine 很轻量，一个服务的并发量可以上万；channel 在 goroutine 之间传递数据。\n';
    assert.deepEqual(notesAt(go, 'markdown', /^并发$/), ['concurrency-vs-parallelism', 'concurrency-vs-parallelism']);
  });
});
