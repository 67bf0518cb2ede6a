import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Aliases for what the round-47 blind audits (bk–bn) expected and found unexplained, each on a note whose body
// explains it (bench/precision-audit/blind-2026-12bl.md, bm, bn).
describe('round 47 harvest: expected terms the audits found unexplained', () => {
  it('Vue\'s "ref函数", "reactive函数" and "computed函数" in Chinese prose are the Vue notes (audit bl, bl-zh-1)', () => {
    const md = ['# Vue3 组合式 API', '', '- ref函数：定义一个响应式的数据', '- reactive函数：定义一个对象类型的响应式数据', '- computed函数：与 Vue2 中 computed 配置功能一致', ''].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /函数$/), ['vue-ref', 'vue-reactive', 'vue-computed']);
  });
  it('动规, the short form of 动态规划 in solutions, is dynamic programming; 运动规划 is not (audit bn, bn-zh-2)', () => {
    const md = ['# 300. 最长递增子序列', '', '这道题用动规来做，dp[i] 表示以 nums[i] 结尾的最长递增子序列的长度。', '', '机器人的运动规划不是这里的话题。', ''].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /动规/), ['dynamic-programming']);
  });
  it('"context limit" of an LLM is the context window (audit bm, bm-en-1)', () => {
    const md = '# Retrieval\n\nLLMs have a context limit, so the retriever returns only the top chunks for the prompt.\n';
    assert.deepEqual(notesAt(md, 'markdown', /context limit/), ['context-window']);
  });
  it("grpc-go's codes.AlreadyExists and codes.Internal are gRPC status codes, as codes.NotFound is (audit bl, bl-code-3)", () => {
    const go = [
      'func (s *server) CreateUser(ctx context.Context, req *pb.CreateUserRequest) (*pb.User, error) {',
      '\tif s.exists(req.Email) {',
      '\t\treturn nil, status.Error(codes.AlreadyExists, "user exists")',
      '\t}',
      '\tif err := s.store.Save(req); err != nil {',
      '\t\treturn nil, status.Errorf(codes.Internal, "save: %v", err)',
      '\t}',
      '\treturn &pb.User{}, nil',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /^codes\./), ['grpc', 'grpc']);
  });
  it("C++'s = delete is the deleted copy operations of a non-copyable class; = default and a variable named deleted are not (audit bm, bm-code-1)", () => {
    const cpp = ['class Cache {', 'public:', '  Cache(const Cache&) = delete;', '  Cache& operator=(const Cache&) = delete;', '  Cache(Cache&&) = default;', '  bool removed = deleted;', '};', ''].join('\n');
    assert.deepEqual(notesAt(cpp, 'cpp', /delete/), ['non-copyable-class', 'non-copyable-class']);
  });
  it('"owner references" in the plural and ownerReferences are the owner-references note, as "owner reference" is (audit bp)', () => {
    // The plural was lost: its key is ownerReferences', which the controller note held.
    const md = '# Garbage collection\n\nThe ReplicaSet controller sets owner references on each Pod; kubectl reads the ownerReferences of a Pod.\n';
    assert.deepEqual(notesAt(md, 'markdown', /owner ?references/i), ['kubernetes-garbage-collection', 'kubernetes-garbage-collection']);
  });
  it('a trace span in a tracing text is distributed tracing; a time span in a text about nothing in particular is not (audit bq, bq-en-2)', () => {
    const tracing = 'Distributed tracing follows a request across services. Each span records one operation with a trace ID; a trace is a tree of spans that Jaeger stores.\n';
    assert.deepEqual(notesAt(tracing, 'markdown', /^spans?$/), ['distributed-tracing', 'distributed-tracing']);
    assert.deepEqual(notesAt('The time span between the two releases was short.\n', 'markdown', /^span$/), []);
  });
  it("slab in a Linux memory text is the slab allocator; a concrete slab is not (audit br, br-zh-2)", () => {
    const md = '# 内核内存管理\n\n伙伴系统按页分配物理内存，小对象则由 slab 分配：内核用 kmem_cache 管理 slab，减少内存碎片。\n';
    assert.deepEqual(notesAt(md, 'markdown', /^slab$/), ['slab-allocator', 'slab-allocator']);
    assert.deepEqual(notesAt('Pour the concrete slab before the walls go up.\n', 'markdown', /slab/i), []);
  });
  it("nginx's limit_req_zone and limit_req are rate limiting; gin's c.Next() the middleware chain; spring.factories Spring Boot's (audits br, bq)", () => {
    const conf = ['http {', '    limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;', '    server {', '        location /api/ {', '            limit_req zone=api burst=20;', '        }', '    }', '}', ''].join('\n');
    assert.deepEqual(notesAt(conf, 'properties', /^limit_req/), ['rate-limiting', 'rate-limiting']);
    const go = ['func Logger() gin.HandlerFunc {', '\treturn func(c *gin.Context) {', '\t\tstart := time.Now()', '\t\tc.Next()', '\t\tlog.Println(time.Since(start))', '\t}', '}', ''].join('\n');
    assert.deepEqual(notesAt(go, 'go', /^c\.Next/), ['gin-web-framework']);
    const md = '## 自动配置原理\n\nSpring Boot 2.7 之前，自动配置类写在 META-INF/spring.factories 里。\n';
    assert.deepEqual(notesAt(md, 'markdown', /^spring\.factories$/), ['spring-boot']);
  });
  it('"borrowing" in a Rust text is Rust borrowing, and 上下文的切换 a context switch (audits bq, bp)', () => {
    const rust = '## References & Borrowing\n\nIn Rust, borrowing lets a function use a value without taking ownership; the borrow checker enforces the rules.\n';
    assert.deepEqual(notesAt(rust, 'markdown', /^Borrowing$|^borrowing$/), ['rust-borrowing', 'rust-borrowing']);
    const zh = '# 线程调度\n\n线程数太多时，操作系统在线程间频繁做上下文的切换，CPU 时间浪费在保存和恢复寄存器上。\n';
    assert.deepEqual(notesAt(zh, 'markdown', /上下文的切换/), ['context-switch']);
  });
  it("a reconciler's apierrors.IsNotFound is the reconciler note, whose example ignores a deleted object's not-found error (audits bj, bu)", () => {
    const go = ['func (r *R) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {', '\tif err := r.Get(ctx, req.NamespacedName, &obj); err != nil {', '\t\tif apierrors.IsNotFound(err) {', '\t\t\treturn ctrl.Result{}, nil', '\t\t}', '\t\treturn ctrl.Result{}, err', '\t}', '\treturn ctrl.Result{}, nil', '}', ''].join('\n');
    assert.deepEqual(notesAt(go, 'go', /IsNotFound/), ['controller-runtime-reconciler']);
  });
  it('容器 and container in a Docker article are containerization; in a Kubernetes one the Kubernetes container; STL containers neither (audit bv)', () => {
    const docker = '# Docker 入门\n\nDocker 把应用打包成镜像，镜像运行起来就是容器。用 docker run 启动容器，Dockerfile 描述镜像如何构建。\n';
    assert.deepEqual(notesAt(docker, 'markdown', /^容器$/), ['containerization', 'containerization']);
    const k8s = '# Pods\n\nA Pod runs one or more containers; kubectl logs shows a container\'s output, and the kubelet restarts a failed container.\n';
    assert.deepEqual(notesAt(k8s, 'markdown', /^container/), ['kubernetes-container', 'kubernetes-container', 'kubernetes-container']);
    assert.deepEqual(notesAt('# C++ STL\n\nvector 是最常用的顺序容器，map 是关联容器。\n', 'markdown', /容器/), []);
  });
  it("a MongoDB replica set (副本集, 复制集) is MongoDB's in a database text; a Kubernetes text's replica set stays the ReplicaSet (audit by)", () => {
    const mongo = '# MongoDB 分片集群\n\n每个分片都是一个副本集，副本集由主节点和回放 oplog 的从节点组成。A replica set elects a new primary on failure.\n';
    assert.deepEqual(notesAt(mongo, 'markdown', /副本集|replica set/), ['mongodb', 'mongodb', 'mongodb']);
    const k8s = '# Deployments\n\nA Deployment manages a ReplicaSet, and kubectl scale changes the replica set size.\n';
    assert.deepEqual(notesAt(k8s, 'markdown', /replica ?set/i), ['replicaset', 'replicaset']);
  });
});
