import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// ZooKeeper's QuorumCnxManager of blind audit ed (ed-code-3), cut to the listener that waits on a CountDownLatch.
const quorumListener = [
  'public class Listener extends ZooKeeperThread {',
  '    private static final String ELECTION_PORT_BIND_RETRY = "zookeeper.electionPortBindRetry";',
  '    private final AtomicBoolean socketException;',
  '',
  '    @Override',
  '    public void run() {',
  '        Set<InetSocketAddress> addresses = self.getElectionAddress().getAllAddresses();',
  '        CountDownLatch latch = new CountDownLatch(addresses.size());',
  '        listenerHandlers = addresses.stream().map(address ->',
  '                        new ListenerHandler(address, self.shouldUsePortUnification(), self.isSslQuorum(), latch))',
  '                .collect(Collectors.toList());',
  '',
  '        final ExecutorService executor = Executors.newFixedThreadPool(addresses.size());',
  '        try {',
  '            listenerHandlers.forEach(executor::submit);',
  '        } finally {',
  '            executor.shutdown();',
  '        }',
  '',
  '        try {',
  '            latch.await();',
  '        } catch (InterruptedException ie) {',
  '            LOG.error("Interrupted while sleeping. Ignoring exception", ie);',
  '        }',
  '        // After leaving listener thread, the host cannot join the quorum anymore',
  '    }',
  '',
  '    class ListenerHandler implements Runnable, Closeable {',
  '        private CountDownLatch latch;',
  '',
  '        @Override',
  '        public synchronized void close() throws IOException {',
  '            serverSocket.close();',
  '        }',
  '',
  '        private void acceptConnections() {',
  '            try {',
  '                client = serverSocket.accept();',
  '            } catch (SocketTimeoutException e) {',
  '                LOG.warn("The socket is listening for the election accepted and it timed out unexpectedly");',
  '            } finally {',
  '                latch.countDown();',
  '            }',
  '        }',
  '    }',
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit ed', () => {
  it("a CountDownLatch's variable is no database latch; an InnoDB latch is (blind audit ed, ed-code-3)", () => {
    assert.deepEqual(notesAt(quorumListener, 'java', /^latch$/), []);
    const innodb = [
      '# InnoDB locking internals',
      '',
      'A transaction lock on a row is held until commit and takes part in deadlock detection. A latch is different: InnoDB',
      'takes a latch on a B+ tree page or a buffer pool frame only while one thread reads or changes it, and releases it at',
      'once. `SHOW ENGINE INNODB MUTEX` lists the latch waits; row locks are in `performance_schema.data_locks`.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(innodb, 'markdown', /^latch$/), ['database-latch', 'database-latch', 'database-latch']);
  });

  it("SocketTimeoutException is no Future's TimeoutException; the one get() throws is (blind audit ed, ed-code-3)", () => {
    assert.deepEqual(notesAt(quorumListener, 'java', /TimeoutException/), []);
    const future = [
      'Future<String> result = executor.submit(task);',
      'try {',
      '    return result.get(5, TimeUnit.SECONDS);',
      '} catch (TimeoutException e) {',
      '    result.cancel(true);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(future, 'java', /^TimeoutException$/), ['java-future']);
  });

  it("the heap of PostgreSQL's Bitmap Heap Scan is no binary heap; an algorithms text's heap is (blind audit ed, ed-zh-1)", () => {
    // Kuangcp/Note Database/PostgreSQLAdvance.md, its EXPLAIN section.
    const explain = [
      '# Explain',
      '',
      'EXPLAIN 用于显示PostgreSQL查询优化器生成的执行计划，是性能分析和优化的核心工具。',
      '',
      '#### Index Only Scan（仅索引扫描）',
      '```',
      'Index Only Scan using idx_name on table_name',
      '```',
      '- **只扫描索引**，不需要访问表数据（PostgreSQL 9.2+）',
      '',
      '#### Bitmap Index Scan + Bitmap Heap Scan',
      '```',
      'Bitmap Index Scan on idx_name',
      'Bitmap Heap Scan on table_name',
      '```',
      '- **位图索引扫描**，适用于多条件查询',
      '- **过程**：先扫描索引建立位图，再访问表',
      '',
      '#### Hash Join（哈希连接）',
      '- **过程**：对小表建立哈希表，扫描大表匹配',
      '',
      '#### Sort（排序）',
      '```',
      'Sort',
      '  Sort Key: column_name',
      '  Sort Method: quicksort  Memory: 1024kB',
      '```',
      '- `quicksort`：内存排序',
      '- `external merge`：外部排序（需要临时文件）',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(explain, 'markdown', /^Heap$/), []);
    const dijkstra = [
      '# Dijkstra with a binary heap',
      '',
      'Keep the frontier in a min-heap keyed by distance. Each step pops the closest vertex from the heap and relaxes its',
      'edges, pushing the improved distances; with a binary heap the algorithm runs in O((V + E) log V).',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(dijkstra, 'markdown', /^heap$/), ['binary-heap']);
  });

  it('the KD of KD-Tree is no knowledge distillation; 知识蒸馏（KD） is (blind audit ed, ed-zh-2)', () => {
    // xieydd's 向量数据库中的门门道道 (vector-search/index.md), its section on vector search.
    const vectorSearch = [
      '## 3. 什么是向量搜索',
      '',
      '向量搜索也叫向量检索，是一种 Information Retrieval 的技术，用于在高维向量空间中查找与给定查询向量最相似的向量。为了衡量两个向量之间的相似性，',
      '我们通常会使用余弦相似度，欧氏距离，曼哈顿距离等。为了加速向量搜索，我们通常会使用索引结构，比如 KD-Tree，IVF(Inverted File Index)，',
      'HNSW(Hierarchical Navigable Small World)等。在 RAG 中，我们可以使用向量搜索来查找与给定问题最相似的文本，增强大模型的 Context。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vectorSearch, 'markdown', /^KD$/), []);
    const distillation = [
      '# 模型压缩',
      '',
      '知识蒸馏（KD）让小的学生模型去拟合大的教师模型输出的软标签；KD 的损失通常是学生与教师 logits 经温度 softmax 后的 KL 散度。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(distillation, 'markdown', /^KD$/), ['knowledge-distillation', 'knowledge-distillation']);
  });

  it("LSH's 存储桶 is no S3 bucket; an object-storage text's 存储桶 is (blind audit ed, ed-zh-2)", () => {
    // The same article, its section on locality-sensitive hashing.
    const lsh = [
      '### 3.3 向量搜索算法',
      '',
      '为了加速向量搜索，我们通常会使用索引结构，比如 IVF(Inverted File Index)，HNSW(Hierarchical Navigable Small World)等。',
      '',
      '#### 3.3.1 LSH (Locality Sensitive Hashing)',
      '',
      '局部敏感哈希 (LSH) 的工作原理是通过哈希函数处理每个向量，将向量分组到存储桶中，从而最大化哈希冲突，而不是像通常的哈希函数那样最小化冲突。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(lsh, 'markdown', /^存储桶$/), []);
    const s3 = [
      '# 对象存储',
      '',
      '对象存储以存储桶加键寻址，经 HTTP 读写对象。MinIO 兼容 Amazon S3 API：先创建一个存储桶，再用预签名 URL 让浏览器直接上传文件。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(s3, 'markdown', /^存储桶$/), ['object-storage-s3', 'object-storage-s3']);
  });

  it("a function type's arrow before a conditional type is no arrow function (blind audit ed, ed-code-2)", () => {
    // piotrwitek/utility-types src/mapped-types.ts.
    const mappedTypes = [
      'export type MutableKeys<T extends object> = {',
      '  [P in keyof T]-?: IfEquals<',
      '    { [Q in P]: T[P] },',
      '    { -readonly [Q in P]: T[P] },',
      '    P',
      '  >;',
      '}[keyof T];',
      '',
      'type IfEquals<X, Y, A = X, B = never> = (<T>() => T extends X ? 1 : 2) extends <',
      '  T',
      '>() => T extends Y ? 1 : 2',
      '  ? A',
      '  : B;',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mappedTypes, 'typescript', /^=>$/), []);
    const arrows = [
      'const withLogging = (Base: Constructor) => class extends Base {};',
      'const identity = <T>(x: T) => x;',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(arrows, 'typescript', /^=>$/), ['js-arrow-function', 'js-arrow-function']);
  });

  it("Go's RLock is RWMutex's read lock (alias added after blind audit ed, ed-code-1)", () => {
    // jellydator/ttlcache cache.go.
    const cache = [
      '// Metrics returns the metrics of the cache.',
      'func (c *Cache[K, V]) Metrics() Metrics {',
      '\tc.metricsMu.RLock()',
      '\tdefer c.metricsMu.RUnlock()',
      '',
      '\treturn c.metrics',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cache, 'go', /^RLock$/), ['go-mutex']);
  });
});
