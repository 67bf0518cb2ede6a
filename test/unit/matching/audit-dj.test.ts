import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Nginx article of blind audit dj (dj-zh-2), cut to the lines about upstream connections.
const nginx = [
  '# Proxy',
  '',
  '## HTTP',
  '### http_proxy 模块',
  '对上游服务使用 http/https 协议进行反向代理.',
  '使用 `proxy_pass` 指令开启.',
  '',
  '#### 控制向上游服务建立连接的指令',
  '* proxy_connect_timeout: 默认 60s, 超时后向客户端返回 502.',
  '* proxy_next_upstream: 上游返回指定结果时的处理. 可用于请求的重试.',
  '* proxy_socket_keepalive: 启用 TCP keepalive.',
  '* keepalive: 启用 HTTP keepalive.',
  '* keepalive_requests: 一条 HTTP keepalive 上复用的请求数.',
  '',
  '#### 上游返回失败时的处理',
  '* proxy_next_upstream: 定义当上游服务返回指定状态时, 使用下一个服务重试. 必须是在没有向客户端发送任何内容时才可用. 当上游服务不可用后, 在 `fail_timeout` 秒内都不会再次访问, 之后继续原策略. `fail_timeout` 默认为 10s.',
  '',
  '### 负载均衡',
  '',
  '#### 加权 Round-Robin 算法',
  '使用加权轮询的方式访问 upstream 中定义的 server 服务.',
  '',
  '#### Hash 算法',
  '通过指定关键字作为 hash key, 基于 hash 算法映射到特定的上游服务器中.',
  '通过添加参数 `consistent` 实现一致性 Hash 算法. 从而避免 server 发生变动时 Hash 算法映射的结果大幅变动.',
  '',
  '#### IP Hash 算法',
  '以客户端的 IP 地址作为 hash 算法的关键字, 映射到特定的上游服务器中.',
  '基于 http_upstream_ip_hash 模块, 使用 `ip_hash` 指令开启.',
  '',
  '* 对上游服务使用 `keepalive` 长连接:',
  '    相关指令: `keepalive`, `keepalive_requests`, `keepalive_timeout`.',
  '',
].join('\n');

// The vector-database lesson of blind audit dj (dj-en-1), cut to its HNSW section.
const hnsw = [
  '# What Are Vector Databases?',
  '',
  'Vector databases solve this with **Approximate Nearest Neighbor (ANN)** algorithms that trade a small amount of',
  'accuracy for massive speed improvements.',
  '',
  '### HNSW (Hierarchical Navigable Small World)',
  '',
  'HNSW builds a multi-layer graph where each node (vector) connects to similar vectors:',
  '',
  '**HNSW Parameters:**',
  '',
  '| Parameter | Description | Tradeoff |',
  '|-----------|-------------|----------|',
  '| `m` | Max connections per node | Higher = better recall, more memory |',
  '| `ef_construction` | Build-time candidate list | Higher = better graph, slower build |',
  '| `ef_search` | Query-time candidate list | Higher = better recall, slower query |',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dj', () => {
  it("Nginx's keepalive_requests and HTTP keepalive are no TCP keepalive; TCP keepalive is (blind audit dj, dj-zh-2)", () => {
    // In order: proxy_socket_keepalive, "TCP keepalive", the `keepalive` directive (left for the lead), "HTTP keepalive" ×2
    // (nothing in keepalive_requests), `keepalive` ×2 (left for the lead), keepalive_timeout.
    assert.deepEqual(notesAt(nginx, 'markdown', /keepalive/i), [
      'tcp-keepalive',
      'tcp-keepalive',
      'tcp-keepalive',
      'http-persistent-connection',
      'http-persistent-connection',
      'tcp-keepalive',
      'tcp-keepalive',
      'http-persistent-connection',
    ]);
    const linux = [
      '# TCP keepalive',
      '',
      '设置 SO_KEEPALIVE 后，内核在连接空闲 tcp_keepalive_time 秒后发送 keepalive 探测，',
      '连续 tcp_keepalive_probes 次无应答就断开 TCP 连接。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(linux, 'markdown', /^keepalive$/), ['tcp-keepalive']);
  });

  it('一致性 Hash is consistent hashing (alias added after blind audit dj, dj-zh-2)', () => {
    assert.deepEqual(notesAt(nginx, 'markdown', /^一致性 ?Hash$/i), ['consistent-hashing']);
  });

  it("Nginx's http_proxy module is no http_proxy variable; the variable is (blind audit dj, dj-zh-2)", () => {
    assert.deepEqual(notesAt(nginx, 'markdown', /^http_proxy$/), []);
    const env = [
      '# 正向代理',
      '',
      '命令行工具通过环境变量使用正向代理：',
      '',
      '```bash',
      'export http_proxy=http://proxy.example.com:3128',
      'export HTTPS_PROXY=http://proxy.example.com:3128',
      'curl -I https://example.com',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(env, 'markdown', /^http_proxy$/), ['forward-proxy']);
  });

  it('没有向 is no 有向; a directed edge is (blind audit dj, dj-zh-2)', () => {
    assert.deepEqual(notesAt(nginx, 'markdown', /^有向$/), []);
    const graph = [
      '# 图的存储',
      '',
      '图论中的图可以是有向的，也可以是无向的。邻接表为每个顶点保存它的出边，邻接矩阵用 n×n 的数组表示边权；',
      '稀疏图用邻接表，稠密图用邻接矩阵。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(graph, 'markdown', /^有向$/), ['graph-data-structure']);
  });

  it("HNSW's max connections per node are no database max_connections; PostgreSQL's are (blind audit dj, dj-en-1)", () => {
    assert.deepEqual(notesAt(hnsw, 'markdown', /connections/i), []);
    const pg = [
      '# Sizing a PostgreSQL connection pool',
      '',
      'Each PostgreSQL backend is a process, so the sum of all application pools must stay below the',
      "server's `max_connections` (100 by default). Put PgBouncer in front when many clients connect.",
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pg, 'markdown', /^max_connections$/), ['connection-pool']);
  });

  it('a sensor reading named currentRead is no InnoDB current read; a locking read is (blind audit dj, dj-code-3)', () => {
    const ino = [
      '#include <WiFi.h>',
      '#include <Wire.h>',
      '#include <esp_now.h>',
      '',
      '// Set Pins',
      'const int xPin = 2;',
      '',
      '// Take samples and return the average',
      'int ReadAxis(int axisPin)',
      '{',
      '  // Declare variables',
      '  int reading = 0;',
      '  int currentRead = 0;',
      '  ',
      '  for (int i = 0; i < sampleSize; i++)',
      '  {',
      '  currentRead = analogRead(axisPin);',
      '  reading += currentRead;',
      '  previousRead = currentRead; ',
      '  }',
      '  ',
      '  return reading/sampleSize;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ino, 'cpp', /^currentRead$/), []);
    const mysql = [
      '# InnoDB locking reads',
      '',
      'Under MVCC a plain `SELECT` in InnoDB is a snapshot read. `SELECT ... FOR UPDATE` is a current read: it reads the',
      'latest committed row version and takes next-key locks, so the transaction isolation level does not hide newer rows.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mysql, 'markdown', /^current read$/), ['select-for-update']);
  });

  it('均值 of 均值池化 is average pooling; a batch mean is a mean (blind audit dj, dj-zh-1)', () => {
    const bn = [
      '<details>',
      '<summary>',
      '',
      '批标准化(Batch Normalization, BN)',
      '',
      '</summary>',
      '',
      '通过以下公式来让数据获得批标准化的特征图，H标志第k给卷积核',
      '',
      '$\\mu$是第k个卷积核，batch张输出特征所有像素点的均值',
      '',
      '$\\sigma$是第k个卷积核，batch张输出特征所有像素点的标准差，',
      '',
      '</details>',
      '',
      '池化用于减少特征数据量。有两种池化方法',
      '1. 最大池化',
      '2. 均值池化',
      '',
      '```python',
      '#tf 描述均值池化',
      'tf.keras.layers.AveragePool2D(',
      'pool_size=池化核尺寸,填入整数则为正方形,否则以元组形式给出核高和核宽,',
      ')',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(bn, 'markdown', /^均值$/), ['expected-value-variance']);
  });

  it('the English verb "awaits" is no await; the keyword is (blind audit dj, dj-en-2)', () => {
    const loop = [
      '# Callback Queue / Event Queue',
      'The event queue follows the queue data structure. It stores async callbacks to be added to the call stack. It is also',
      'known as the Callback Queue or Macrotask Queue.',
      '',
      'Whenever the call stack receives an async function, it is moved into the Web API. Based on the function, Web API',
      'executes it and awaits the result. Once it is finished, it moves the callback into the event queue (the callback of the',
      'promise is moved into the microtask queue).',
      '',
      '```js',
      'async function main() {',
      '  const value = await Promise.resolve(1);',
      '  queueMicrotask(() => console.log(value));',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(loop, 'markdown', /^awaits?$/), ['js-async-await']);
  });
});
