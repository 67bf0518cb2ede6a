import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The CSI external-provisioner page of blind audit dz (dz-en-1), cut to the lines about StorageClass parameters.
const provisioner = [
  '# CSI external-provisioner',
  '',
  'The CSI `external-provisioner` is a sidecar container that watches the Kubernetes API server for `PersistentVolumeClaim` objects.',
  '',
  'Volume provisioning is triggered by the creation of a new Kubernetes `PersistentVolumeClaim` object, if the PVC references a',
  'Kubernetes `StorageClass`, and the name in the `provisioner` field of the storage class matches the name returned by the',
  'specified CSI endpoint in the `GetPluginInfo` call.',
  '',
  'The following reserved `StorageClass` parameter keys trigger behavior in the CSI `external-provisioner`:',
  '',
  '* `csi.storage.k8s.io/provisioner-secret-name`',
  '* `csi.storage.k8s.io/controller-publish-secret-name`',
  '* `csi.storage.k8s.io/controller-publish-secret-namespace`',
  '* `csi.storage.k8s.io/node-stage-secret-name`',
  '* `csi.storage.k8s.io/node-stage-secret-namespace`',
  '* `csi.storage.k8s.io/node-publish-secret-name`',
  '* `csi.storage.k8s.io/node-publish-secret-namespace`',
  '',
  'CSI drivers that support dynamic volume provisioning should use this sidecar container, and advertise the CSI',
  '`CREATE_DELETE_VOLUME` controller capability.',
  '',
  'The CSI `external-provisioner` is deployed as a controller. Its pods run on any node of the cluster.',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dz', () => {
  it("CSI's controller-publish keys and controller capability are no Kubernetes controller; the deployed controller is (blind audit dz, dz-en-1)", () => {
    // Before the fix: controller ×4 (the two keys, the capability and "deployed as a controller").
    assert.deepEqual(notesAt(provisioner, 'markdown', /^controller$/), ['controller']);
  });

  it("CSI's node-stage and node-publish keys are no Kubernetes node; a node of the cluster is (blind audit dz, dz-en-1)", () => {
    // Before the fix: node ×5 (the four keys and "any node of the cluster").
    assert.deepEqual(notesAt(provisioner, 'markdown', /^node$/), ['kubernetes-node']);
  });

  it("HTTP/1.1's 管道化 is no Redis pipelining; Redis's is (blind audit dz, dz-zh-2)", () => {
    const http = [
      '建立 HTTP(TCP)连接',
      '由于 TCP 的可靠性，每条独立的 TCP 连接都会进行一次三次握手。HTTP1.0 和 HTTP1.1 为了解决这个问题在 header 中加入了',
      'Connection: Keep-Alive，后续的请求都会复用这一条 TCP，不过由于管道化的原因也会发生队头阻塞的问题。',
      '',
      'HTTP2 相对于 HTTP1.1 的一个主要升级是多路复用。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(http, 'markdown', /^管道化$/), []);
    const redis = [
      '# Redis 管道',
      '',
      'Redis 的管道化把多条命令一次写入 socket，再一次读取全部回复，节省网络往返；它和 MULTI/EXEC 事务不同，不保证原子性。',
      '`redis-cli --pipe` 用于批量导入，Redis Cluster 中一条管道只能发往同一个节点。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(redis, 'markdown', /^管道化$/), ['redis-pipelining']);
  });

  it("the script tag's async 标记 is no async/await; an async function is (blind audit dz, dz-zh-2)", () => {
    const script = [
      '预加载/预连接内容',
      '和前面说的 DNS 预查询一样，可以将即将要用到的资源提前告知浏览器。使用 link 的 preload 属性预加载一个资源。',
      '',
      'async 标记',
      '',
      'async标记告诉浏览器在等待js下载期间可以去干其他事，当js下载完成后会立即(尽快)执行，多条js可以并行下载。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(script, 'markdown', /^async$/), []);
    const code = [
      '```js',
      'const load = async (url) => {',
      '  const res = await fetch(url);',
      '  return res.json();',
      '};',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(code, 'markdown', /^async$/), ['js-async-await']);
  });

  it('a gRPC middleware package is no net/http middleware; an HTTP middleware is (blind audit dz, dz-code-3)', () => {
    const grpcHandlers = [
      'package v1',
      '',
      'import (',
      '\t"context"',
      '',
      '\tv1 "github.com/evrone/go-clean-template/docs/proto/v1"',
      '\tgrpcmw "github.com/evrone/go-clean-template/internal/controller/grpc/middleware"',
      '\t"google.golang.org/grpc/codes"',
      '\t"google.golang.org/grpc/status"',
      ')',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(grpcHandlers, 'go', /^middleware$/), []);
    const http = [
      'package server',
      '',
      'import "net/http"',
      '',
      '// logging is a middleware that wraps the next handler.',
      'func logging(next http.Handler) http.Handler {',
      '\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) })',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(http, 'go', /^middleware$/), ['go-http-handler']);
  });

  it('codes.Unauthenticated is a gRPC status code (alias added after blind audit dz, dz-code-3)', () => {
    const handler = [
      'package v1',
      '',
      'import (',
      '\t"context"',
      '',
      '\t"google.golang.org/grpc/codes"',
      '\t"google.golang.org/grpc/status"',
      ')',
      '',
      '// CreateTask -.',
      'func (c *TaskController) CreateTask(ctx context.Context, req *v1.CreateTaskRequest) (*v1.TaskResponse, error) {',
      '\tuserID, ok := grpcmw.UserIDFromContext(ctx)',
      '\tif !ok {',
      '\t\treturn nil, status.Error(codes.Unauthenticated, "unauthorized")',
      '\t}',
      '\treturn nil, status.Error(codes.Internal, "internal server error")',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(handler, 'go', /^codes\.Unauthenticated$/), ['grpc']);
  });

  // The HashMap / ConcurrentHashMap article of blind audit dz (dz-zh-1).
  const hashmap = [
    '## HashMap为什么多线程下会不安全',
    '',
    'HashMap在并发环境下主要有以下几个问题：',
    '1、死循环(JDK1.7)：在1.7版本，当扩容后生成新数组，在转移元素的过程中，使用的是头插法，也就是链表的顺序会翻转。',
    '',
    '那么有哪些解决方法呢？',
    '1、Hashtable：给所有方法加synchronized锁，非常低效，现在已经淘汰。',
    '2、Synchronized Map：Collections包提供的一个方法，会同步整个对象，也不推荐使用',
    '3、ConcurrentHashMap：尽管没有同步整个Map，但是它仍然是线程安全的，读操作非常快，而写操作则是通过加锁完成的，推荐使用',
    '',
    '因为concurrenthashmap以及hashtable是用于多线程的，如果map.get(key)得到了null，不能判断到底是映射的value是null,',
    '还是因为 没有找到对应的key而为空，而用于单线程状态的hashmap却可以用containKey（key） 去判断到底是否包含了这个null。',
    '',
  ].join('\n');

  it('"Synchronized Map" is no synchronized keyword; 加synchronized锁 is (blind audit dz, dz-zh-1)', () => {
    assert.deepEqual(notesAt(hashmap, 'markdown', /^synchronized$/i), ['java-synchronized']);
  });

  it('单线程状态 is no thread state; jstack\'s 线程状态 is (blind audit dz, dz-zh-1)', () => {
    assert.deepEqual(notesAt(hashmap, 'markdown', /^线程状态$/), []);
    const jstack = [
      '# 排查 Java 死锁',
      '',
      '用 jstack 打印线程转储，查看每个线程状态：BLOCKED 表示在等待 synchronized 的监视器锁，WAITING 表示调用了 Object.wait()。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(jstack, 'markdown', /^线程状态$/), ['java-thread-states']);
  });
});
