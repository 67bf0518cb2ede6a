import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The PostgreSQL WAL article of blind audit cp (cp-en-2), cut to the lines that make it a PostgreSQL document.
const wal = [
  '# PostgreSQL Internals Series, Part 6: Write-Ahead Logging & Replication',
  '',
  "The **write-ahead log (WAL)** is PostgreSQL's contract with durability. Before a transaction commits, all changes are",
  'written to a log file on disk. If the server crashes, the log is replayed to recover the database.',
  '',
  'Before applying any change to a page in shared buffers, PostgreSQL writes a **log entry** to the WAL file.',
  '',
  '```',
  'Timeline of transaction T:',
  '2. T inserts row into shared buffer (not yet on disk)',
  '4. T flushes WAL entry to disk (fsync, ~1-10ms)',
  '6. (Later, during checkpoint) Page 42 is flushed to disk',
  '7. (Or immediately if page evicted from buffer pool)',
  '```',
  '',
  'WAL files live in `pg_wal/` directory. **Log Sequence Number (LSN):** A 64-bit pointer into the WAL stream.',
  '',
  '```sql',
  'SHOW checkpoint_timeout;          -- Default: 5 min',
  'SHOW max_wal_size;               -- Default: 1 GB',
  '',
  '-- OLTP with fast recovery requirement',
  "ALTER SYSTEM SET checkpoint_timeout = '5 min';",
  "ALTER SYSTEM SET max_wal_size = '1 GB';",
  '```',
  '',
  'Checkpoints start when either timeout OR WAL size is exceeded. Streaming replication ships WAL to standby servers.',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit cp', () => {
  it("PostgreSQL's buffer pool is no InnoDB buffer pool; MySQL's is (blind audit cp, cp-en-2)", () => {
    assert.deepEqual(notesAt(wal, 'markdown', /^buffer pool$/i), []);
    const mysql = [
      '# MySQL memory tuning',
      '',
      'InnoDB caches table and index pages in the buffer pool; set innodb_buffer_pool_size to most of the RAM of a',
      'dedicated MySQL server, and watch the redo log and the doublewrite buffer when writes are heavy.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mysql, 'markdown', /^buffer pool$/), ['innodb']);
  });

  it("a quick crash recovery is no TCP fast recovery; TCP's is (blind audit cp, cp-en-2)", () => {
    assert.deepEqual(notesAt(wal, 'markdown', /^fast recovery$/i), []);
    const tcp = [
      '# TCP congestion control',
      '',
      'A TCP sender grows its congestion window (cwnd) in slow start until ssthresh, then in congestion avoidance.',
      'On three duplicate ACKs it uses fast retransmit and fast recovery instead of waiting for the RTO; Linux',
      'defaults to CUBIC, and BBR paces by the measured bandwidth and RTT.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tcp, 'markdown', /^fast recovery$/), ['tcp-congestion-control']);
  });

  it('图元装配 / primitive assembly is the graphics pipeline stage (blind audit cp, cp-zh-1, an alias added)', () => {
    const pipeline = [
      '## Graphics Pipeline',
      '',
      '- 图形渲染管线接受一组3D坐标，然后把它们转变为你屏幕上的有色2D像素输出',
      '- OpenGL着色器是用OpenGL着色器语言(OpenGL Shading Language, GLSL)写成',
      '',
      '## shape assembly 图元装配',
      '',
      '图元装配(Primitive Assembly)阶段将顶点着色器输出的所有顶点作为输入，并所有的点装配成指定图元的形状。',
      '',
      '## Rasterization 光栅化',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pipeline, 'markdown', /^(图元装配|Primitive Assembly)$/), [
      'graphics-pipeline',
      'graphics-pipeline',
      'graphics-pipeline',
    ]);
  });
});
