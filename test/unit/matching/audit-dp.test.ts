import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Python packaging guide of blind audit dp (dp-en-2, scientific-python/cookie), cut to the lines that make it a packaging
// document with some git words.
const packaging = [
  '# Simple packaging',
  '',
  ':::{tip} Quick start',
  "Once you've done this at least once, feel free to use",
  '[our cookiecutter/copier template](https://github.com/scientific-python/cookie),',
  'or `uv init` to get started quickly on new packages!',
  ':::',
  '',
  'Python packages can now use a modern build system instead of the classic but',
  'verbose setuptools and `setup.py`. The one you select doesn\'t really matter that',
  'much; they all use a [standard configuration language][metadata] introduced in',
  '[PEP 621][].',
  '',
  '## pyproject.toml: build-system',
  '',
  '```ini',
  '[build-system]',
  'requires = ["hatchling"]',
  'build-backend = "hatchling.build"',
  '```',
  '',
  'For `requires-python`, you should specify the minimum you require.',
  '',
  '## Versioning',
  '',
  'You can specify the version manually (as shown in the example), but the backends',
  'usually provide some automatic features to help you avoid this. Flit will pull',
  'this from a file if you ask it to. Hatchling and PDM can be instructed to look',
  'in a file or use git.',
  '',
  '```text',
  'describe-name: $Format:%(describe:tags=true,match=*[0-9]*)$',
  '```',
  '',
  'This will allow git archives (including the ones generated from GitHub) to also',
  'support versioning.',
  '',
  '## Including/excluding files in the SDist',
  '',
  '- Hatchling uses your VCS ignore file by default, so make sure your',
  '  project has an accurate `.gitignore` file (which is a good idea anyway).',
  '',
  '```bash',
  '# Show SDist contents',
  'tar -tvf dist/*.tar.gz',
  '# Show wheel contents',
  'unzip -l dist/*.whl',
  '```',
  '',
].join('\n');

// The Kafka notes of blind audit dp (dp-zh-1, yytTrunk/javaTopAndHigh), cut to lines that keep their Linux and messaging words.
const kafka = [
  'kafka：',
  '\t2、性能、吞吐量： 吞吐量所有MQ里最优秀，QPS十万级、性能毫秒级、支持集群部署',
  '\t4、缺点：         丢数据， 因为数据先写入磁盘缓冲区，未直接落盘。机器故障会造成数据丢失',
  'RocketMQ：',
  '\t3、功能：         支持各种高级功能，比如说延迟消息、事务消息、消息回溯、死信队列、消息积压等等',
  '',
  '消费者实例可以分布在多个进程中或者多个机器上。',
  '',
  '```',
  '4. followers 从 leader pull 消息，写入本地 log 后 leader 发送 ACK',
  '5. leader 收到所有 ISR 中的 replica 的 ACK 后，增加 HW（high watermark，最后 commit 的 offset）并向producer发送 ACK',
  '```',
  '',
  '针对情况3：关闭消费者自动提交offset，当消费者处理完成之后自己手动提交offset',
  '',
  '4. 每个内存队列对应一个线程，一个线程去处理内存队列中消息，从而保证有序',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dp', () => {
  it("a job queue's worker_id column is no Snowflake worker ID; a Snowflake text's is (blind audit dp, dp-code-4)", () => {
    const sql = [
      'CREATE FUNCTION procrastinate_fetch_job_v2(',
      '    target_queue_names character varying[],',
      '    p_worker_id bigint',
      ')',
      '    RETURNS procrastinate_jobs',
      '    LANGUAGE plpgsql',
      'AS $$',
      'BEGIN',
      "    UPDATE procrastinate_jobs",
      "        SET status = 'doing', worker_id = p_worker_id",
      '        FROM candidate',
      '        WHERE procrastinate_jobs.id = candidate.id;',
      'END;',
      '$$;',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sql, 'sql', /^worker[ _]id$/i), []);
    const snowflake = [
      '# Snowflake ID',
      '',
      'A Snowflake ID packs a timestamp, a worker ID and a sequence into 64 bits, so each shard of a sharded',
      'database mints unique ids without coordination (Twitter Snowflake, Sonyflake).',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(snowflake, 'markdown', /^worker ID$/), ['snowflake-id']);
  });

  it("Kafka's high watermark is no Flink or page-reclaim watermark; theirs are (blind audit dp, dp-zh-1)", () => {
    assert.deepEqual(notesAt(kafka, 'markdown', /^watermark$/), []);
    const flink = [
      '# Event time in Apache Flink',
      '',
      'Flink handles out-of-order events with event time: a watermark(t) says no event with a timestamp at or before t',
      'will come, and a window fires once the watermark passes its end. Set it with a WatermarkStrategy.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(flink, 'markdown', /^watermark$/), ['apache-flink', 'apache-flink']);
    const reclaim = [
      '# Page reclaim',
      '',
      'kswapd wakes up when free pages in a zone fall below the low watermark and reclaims until the high',
      'watermark; below the min watermark allocations fall into direct reclaim. `min_free_kbytes` sets them.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(reclaim, 'markdown', /^watermark$/), ['page-reclaim', 'page-reclaim', 'page-reclaim']);
  });

  it("Kafka's offset auto-commit is no database autocommit; MySQL's is (blind audit dp, dp-zh-1)", () => {
    assert.deepEqual(notesAt(kafka, 'markdown', /^自动提交$/), []);
    const mysql = [
      '# MySQL 事务',
      '',
      'MySQL 默认开启自动提交（`autocommit = 1`），每条语句自成一个事务；`START TRANSACTION` 之后直到 `COMMIT` 或 `ROLLBACK`，',
      '多条语句才属于同一个事务。InnoDB 的 DDL 会隐式提交当前事务。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mysql, 'markdown', /^自动提交$/), ['database-transaction']);
  });

  it('RocketMQ 延迟消息 (delayed messages) is no latency; p99 延迟 is (blind audit dp, dp-zh-1)', () => {
    assert.deepEqual(notesAt(kafka, 'markdown', /^延迟$/), []);
    const latency = [
      '# 延迟与吞吐',
      '',
      '用 `iostat -x` 看磁盘的 await 和吞吐量，用 `perf` 和 `bpftrace` 找出内核里 p99 延迟变高的原因。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(latency, 'markdown', /^延迟$/), ['latency-throughput']);
  });

  it("three.js's DataTextureLoader 数据加载器 is no PyTorch DataLoader; a PyTorch text's is (blind audit dp, dp-zh-2)", () => {
    const three = [
      '# 经纬线映射贴图(HDR全景贴图)',
      '    // 给场景添加背景',
      '    scene.background = envTexture',
      '## 什么是HDR',
      '    HDR是高动态范围显示的一种技术。',
      '### 数据加载器',
      '    DataTextureLoader 数据加载器。',
      '    用于加载二进制文件格式的rgbe, hdr的抽象类。',
      '# 灯光与阴影的关系',
      '## 平行光',
      '    平行光是沿着特定方向发射的光。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(three, 'markdown', /^数据加载器$/), []);
    const torch = [
      '# PyTorch 训练循环',
      '',
      '用 `torch.utils.data.DataLoader` 作为数据加载器，按 `batch_size` 取出小批量，`num_workers` 个子进程并行读取，',
      '每个 epoch 后在验证集上计算损失。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(torch, 'markdown', /^数据加载器$/), ['dataloader']);
  });

  it('a packaging guide\'s "Python packages" are distribution packages, not import packages (blind audit dp, dp-en-2)', () => {
    assert.deepEqual(notesAt(packaging, 'markdown', /^Python packages?$/), []);
    const imports = [
      '# Modules and packages',
      '',
      'A Python package is a directory with `__init__.py`; `import pkg.sub` finds it on `sys.path`, runs it once and',
      'caches the module in `sys.modules`.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(imports, 'markdown', /^Python package$/), ['python-import-system']);
  });

  it('"Flit will pull this from a file" is no git pull; a git text\'s pull is (blind audit dp, dp-en-2)', () => {
    assert.deepEqual(notesAt(packaging, 'markdown', /^pull$/), []);
    const git = [
      '# Updating a branch',
      '',
      '`git fetch` downloads the new commits and moves `origin/main`; a pull then merges them in, or rebases with',
      '`pull.rebase` set. See `FETCH_HEAD` for what the last fetch brought.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(git, 'markdown', /^pull$/), ['git-fetch-pull']);
  });

  it('"done this at least once" is no delivery guarantee; a Kafka consumer\'s at-least-once is (blind audit dp, dp-en-2)', () => {
    assert.deepEqual(notesAt(packaging, 'markdown', /^at.least.once$/), []);
    const kafkaEn = [
      '# Kafka consumers',
      '',
      'A Kafka consumer that commits its offset after processing gets at-least-once delivery: after a crash the',
      'consumer group rebalances and the partition is read again from the committed offset.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kafkaEn, 'markdown', /^at.least.once$/), ['delivery-semantics']);
  });

  it('"bridge the gap" is no Linux bridge; docker0 is (blind audit dp, dp-en-1)', () => {
    const nomicon = [
      '## Hardware Reordering',
      '',
      'There is indeed a global',
      'shared memory space somewhere in your hardware, but from the perspective of each',
      'CPU core it is *so very far away* and *so very slow*. Each CPU would rather work',
      'with its local cache of the data and only go through all the anguish of',
      "talking to shared memory only when it doesn't actually have that memory in",
      'cache.',
      '',
      "After all, that's the whole point of the cache, right? If every read from the",
      'cache had to run back to shared memory to double check that it hadn\'t changed,',
      'what would the point be? The end result is that the hardware doesn\'t guarantee',
      'that events that occur in some order on *one* thread, occur in the same',
      'order on *another* thread.',
      '',
      '```text',
      'THREAD 1        THREAD 2',
      'y = 3;          if x == 1 {',
      'x = 1;              y *= 2;',
      '                }',
      '```',
      '',
      '* `y = 3`: (thread 2 did the check before thread 1 completed)',
      '* `y = 6`: (thread 2 did the check after thread 1 completed)',
      '',
      'Most notably x86/64 provides strong ordering guarantees, while ARM',
      'provides weak ordering guarantees.',
      '',
      '## Data Accesses',
      '',
      'The C++ memory model attempts to bridge the gap by allowing us to talk about the',
      '*causality* of our program. Generally, this is by establishing a *happens',
      'before* relationship between parts of the program and the threads that are',
      'running them.',
      '',
      'For instance, a simple spinlock might look like this.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(nomicon, 'markdown', /^bridge$/), []);
    const bridge = [
      '# Container networking',
      '',
      'docker0 is a Linux bridge: each container\'s veth pair has one end attached to the bridge, which forwards',
      'frames by the MAC addresses in its FDB.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(bridge, 'markdown', /^bridge$/), ['linux-bridge']);
  });

  it("Angular's nonNullable form option is no NonNullable<T>; the utility type is (blind audit dp, dp-code-1)", () => {
    const ts = [
      "import { FormControl } from '@angular/forms';",
      '',
      'export default class ArticleComponent {',
      "  commentControl = new FormControl<string>('', { nonNullable: true });",
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ts, 'typescript', /^nonnullable$/i), []);
    assert.deepEqual(notesAt('type Name = NonNullable<string | null>;\n', 'typescript', /^NonNullable$/), ['ts-utility-types']);
  });

  it("a per-attempt context's context.CancelFunc is Go's context (alias added after blind audit dp, dp-code-2)", () => {
    const go = [
      '// cancelOnCloseBody wraps an io.ReadCloser and calls a cancel function when Close() is called.',
      'type cancelOnCloseBody struct {',
      '\tio.ReadCloser',
      '\tcancel context.CancelFunc',
      '}',
      '',
      'func (c *Client) executeAttempt(ctx context.Context, req *http.Request) {',
      '\tvar cancelAttempt context.CancelFunc',
      '\tif c.perAttemptTimeout > 0 {',
      '\t\tctx, cancelAttempt = context.WithTimeout(ctx, c.perAttemptTimeout)',
      '\t}',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /^context\.CancelFunc$/), ['go-context', 'go-context']);
  });
});
