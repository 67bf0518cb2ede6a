import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit cc', () => {
  it("an AudioAttributes content type is no MIME type; an HTTP Content-Type header is (blind audit cc, cc-code-2)", () => {
    // As in the audited music Service: the MediaPlayer's audio attributes.
    const kt = [
      'mediaPlayer = MediaPlayer().apply {',
      '    setAudioAttributes(',
      '        AudioAttributes.Builder()',
      '            .setContentType(AudioAttributes.CONTENT_TYPE_MUSIC)',
      '            .setUsage(AudioAttributes.USAGE_MEDIA)',
      '            .build()',
      '    )',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kt, 'kotlin', /content.?type/i), []);
    const http = 'val request = Request.Builder().url(url).header("Content-Type", "application/json").build()\n';
    assert.deepEqual(notesAt(http, 'kotlin', /^Content-Type$/), ['mime-type']);
  });

  it("MySQL's last_io_errno / last_sql_errno are no C errno; errno after a failed call is (blind audit cc, cc-code-4)", () => {
    const yml = [
      'groups:',
      '  - name: mysql-replication-alerts',
      '    rules:',
      '      - alert: ReplicationError',
      '        expr: mysql_slave_status_last_io_errno{job="mysql_slave"} > 0 or mysql_slave_status_last_sql_errno{job="mysql_slave"} > 0',
      '        for: 1m',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(yml, 'yaml', /errno/i), []);
    const c = ['int fd = open(path, O_RDONLY);', 'if (fd < 0 && errno == ENOENT) {', '    return -1;', '}', ''].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^errno$/), ['errno']);
  });

  it('复制日志 in a MySQL text is the binlog / relay log, not a state-machine replication log (blind audit cc, cc-code-4)', () => {
    // As in the audited alerting rules (lines 34-62).
    const yml = [
      'groups:',
      '  - name: mysql-replication-alerts',
      '    rules:',
      '      # 监控复制延迟（秒级）',
      '      - alert: ReplicationDelayWarning',
      '        expr: mysql_slave_status_seconds_behind_master{job="mysql_slave"} > 30',
      '        for: 30s',
      '        labels:',
      '          severity: warning',
      '        annotations:',
      '          summary: "MySQL主从复制延迟警告"',
      '          description: "实例 {{ $labels.instance }} 的复制延迟超过30秒，当前延迟: {{ $value }} 秒"',
      '',
      '      - alert: ReplicationDelayCritical',
      '        expr: mysql_slave_status_seconds_behind_master{job="mysql_slave"} > 60',
      '        for: 30s',
      '        labels:',
      '          severity: critical',
      '        annotations:',
      '          summary: "MySQL主从复制严重延迟"',
      '          description: "实例 {{ $labels.instance }} 的复制延迟超过1分钟，当前延迟: {{ $value }} 秒"',
      '',
      '      # 监控复制延迟（日志位点）',
      '      - alert: ReplicationLogDelay',
      '        expr: (mysql_slave_status_master_log_file_pos{job="mysql_slave"} - mysql_slave_status_read_master_log_pos{job="mysql_slave"}) > 1000000',
      '        for: 2m',
      '        labels:',
      '          severity: warning',
      '        annotations:',
      '          summary: "MySQL从库日志落后"',
      '          description: "实例 {{ $labels.instance }} 的复制日志落后超过1MB，请检查网络带宽和磁盘IO"',
      '',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(yml, 'yaml', /^复制日志$/), []);
    const raft = [
      '# Raft 共识算法',
      '',
      'Raft 集群中，leader 把客户端命令追加到复制日志，多数派节点写入后即提交；各节点按顺序把已提交的日志应用到状态机。',
      '所以只要状态机是确定性的，所有副本的状态就一致。Raft 的选主、任期（term）和心跳保证了复制日志的一致。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(raft, 'markdown', /^复制日志$/), ['state-machine-replication', 'state-machine-replication']);
  });

  it('the lazy loading of cache-aside is no ORM lazy loading; an ORM association loaded lazily is (blind audit cc, cc-en-1)', () => {
    const md = [
      '# Caching Patterns',
      '',
      '- **Cache-aside (lazy loading)**: Application checks cache first, queries database on miss, stores result in cache.',
      '',
      '## Cache-Aside (Lazy Loading)',
      '',
      'The most common pattern - application manages the Redis cache with GET and SET ... EX 300.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^lazy loading$/i), []);
    const orm = [
      '## The N+1 query problem',
      '',
      'With Hibernate, a `@ManyToOne` association uses lazy loading: each access to `order.customer` in the loop runs one',
      'more SQL query against the database, so listing 100 orders sends 101 queries. Use a JOIN FETCH instead.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(orm, 'markdown', /^lazy loading$/i), ['n-plus-one-query']);
  });

  it('"step-by-step process", "eviction process" … are no OS process; "the target process" is (blind audit cc, cc-en-2)', () => {
    const md = [
      '# Linux Page Cache',
      '',
      'If there are no such pages in Page Cache, the kernel must load them from disks. A memory reclaim process must be',
      'performed if there is no free memory (in the caller’s cgroup or system). The kernel schedules a disk read, stores the pages in memory via the page cache and virtual memory, and finally returns the requested',
      'data from Page Cache to the target process. Dirty pages are written back by the kernel; mmap() and read() system calls share them.',
      '',
      'Let’s repeat a step-by-step process for writes: the kernel just updates pages in Page Cache (we will talk about the',
      'eviction process later). A process can lean on the kernel and its flush process, or call fsync() on the file.',
      '',
    ].join('\n');
    const found = notesAt(md, 'markdown', /^process$/i);
    assert.deepEqual(found, ['process-and-thread', 'process-and-thread']);
  });
});
