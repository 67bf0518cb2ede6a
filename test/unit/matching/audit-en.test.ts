import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// epopoeia/ReadNotes golang-note/scheduler.md of blind audit en (en-zh-2): the GMP paragraph, part of newproc1 and
// the gostartcall paragraph.
const goRuntime = [
  '## gmp工作模式',
  '',
  'm与p绑定之后可以执行当前p本地队列中的g，m也可以看到调度器全局队列中的g以及网络池中的g；本地mei没有g之后会去全局以及网络池中获取，实在没有会去其他p的本地队列中偷取g来运行。',
  '',
  '## p初始化',
  '',
  '程序初始化时会调用 procresize 初始化全局p数组串成链表放入 sched 的 pidle 队列中',
  '',
  '```go',
  'func newproc1(fn *funcval, argp *uint8, narg int32, callerpc uintptr) {',
  '    _g_ := getg()',
  '    if fn == nil {',
  '        _g_.m.throwing = -1 // do not dump full stacks',
  '        throw("go of nil func value")',
  '    }',
  '    _p_ := _g_.m.p.ptr()',
  '    newg := gfget(_p_)',
  '    if newg == nil {',
  '        newg = malg(_StackMin)',
  '        casgstatus(newg, _Gidle, _Gdead)',
  "        allgadd(newg) // publishes with a g->status of Gdead so GC scanner doesn't look at uninitialized stack.",
  '    }',
  '    sp := newg.stack.hi - totalSize',
  '    memclrNoHeapPointers(unsafe.Pointer(&newg.sched), unsafe.Sizeof(newg.sched))',
  '    newg.sched.pc = funcPC(goexit) + sys.PCQuantum',
  '}',
  '```',
  '',
  'gostartcall中把newproc1中设置到buf.pc中的goexit地址放到了到了goroutine栈顶，重置buf.pc为goroutine函数的位置。这样每个函数执行完之后都会通过RET指令将栈顶的goexit指令pop到pc中，然后每个goroutine执行完函数之后都会执行runtime.goexit进行清理工作并再次进入调度。',
  '',
  'goroutine创建之后要放入队列，不是立即执行，需要等待调度。',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit en', () => {
  it("a goroutine's stack in Go runtime code is no stack data structure; a LIFO stack is (blind audit en, en-zh-2)", () => {
    assert.deepEqual(notesAt(goRuntime, 'markdown', /stack/i), []);
    const algo = [
      '# Valid parentheses with a stack',
      '',
      'Push every opening bracket onto a stack (LIFO); on a closing bracket pop the stack and compare.',
      'The stack is empty at the end exactly when the brackets are balanced. Time O(n), space O(n).',
      '',
    ].join('\n');
    assert.ok(notesAt(algo, 'markdown', /^stack$/).includes('stack-data-structure'));
  });

  it("the Heap of the Go runtime's memclrNoHeapPointers is no binary heap; a heap in an algorithms text is (blind audit en, en-zh-2)", () => {
    assert.deepEqual(notesAt(goRuntime, 'markdown', /^Heap$/i), []);
    const algo = [
      '# Top-k elements',
      '',
      'Keep a min-heap of size k: push each element, and pop the heap when it holds more than k.',
      'The heap then holds the k largest elements; each push is O(log k). A binary heap stored in an array works well.',
      '',
    ].join('\n');
    assert.ok(notesAt(algo, 'markdown', /^heap$/).includes('binary-heap'));
  });

  it('failover of a Kubernetes Service is no database failover; a database failover is (blind audit en, en-en-2)', () => {
    const k8s = [
      '### 1. ClusterIP (Default)',
      '',
      'Internal access only (within cluster). kube-proxy on each node watches for Service changes and',
      'programs iptables rules; traffic to the ClusterIP is routed to the Pod IPs of the Endpoints.',
      '',
      '**Why Virtual IP?**',
      '',
      '```',
      'Alternative 1: DNS with Pod IPs',
      'Problems:',
      '- DNS caching (stale IPs)',
      '- Client must handle load balancing',
      '- No failover handling',
      '',
      'Alternative 2: ClusterIP (chosen approach)',
      'Benefits:',
      '- Single stable address',
      '- Kubernetes handles load balancing',
      '- Automatic failover',
      '- Transparent to clients',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(k8s, 'markdown', /failover/i), []);
    const db = [
      '# PostgreSQL high availability',
      '',
      'When the primary fails, Patroni performs an automatic failover: it promotes the most up-to-date replica',
      'with pg_promote and points the other replicas at it. A planned failover is called a switchover.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(db, 'markdown', /failover/i), ['database-failover', 'database-failover']);
  });

  it("Java's Arrays.asList is no array data structure; an array in an algorithms text is (blind audit en, en-zh-1)", () => {
    const redisLock = [
      '##### 分布式锁简单实现',
      '',
      '2. 解锁：通过lua脚本保证原子性，且通过requestId防止锁误删。',
      '',
      '   ```java',
      '   public static boolean releaseDistributedLock(Jedis jedis, String lockKey, String requestId) {',
      '       Long RELEASE_SUCCESS = 1L;',
      '       String script = "if redis.call(\'get\', KEYS[1]) == ARGV[1] then return redis.call(\'del\', KEYS[1]) else return 0 end";',
      '       return RELEASE_SUCCESS.equals(jedis.eval(script, Arrays.asList(lockKey), Arrays.asList(requestId)));',
      '   }',
      '   ```',
      '',
      '##### zset',
      '',
      '使用跳表实现分数的排序，范围查找等操作；使用渐进式rehash把rehash时间分摊到每次访问上；ziplist使用连续的内存，链表连接。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(redisLock, 'markdown', /^Arrays$/), []);
    const algo = [
      '# Two pointers',
      '',
      'Given a sorted array, move one pointer from each end of the array until they meet; a dynamic array',
      'or a linked list can hold the pairs. Binary search on the array is the alternative. Arrays are fine here.',
      '',
    ].join('\n');
    assert.ok(notesAt(algo, 'markdown', /^array$/).includes('array-data-structure'));
  });
});
