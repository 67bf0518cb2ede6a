import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// Aliases added from the blind audits' missed expected terms (bench/precision-audit/harvest-r46.md): each form as a
// file wrote it, and the everyday or other-field sense that must stay unmatched.
const lines = (...xs: string[]): string => xs.join('\n') + '\n';

describe('aliases harvested from the blind audits (round 46)', () => {
  it('learning-rate-scheduler: "Step Decay", 阶梯衰减 and the hyphenated "Warm-up" (audit ax, ax-zh-1); a cache warm-up is not', () => {
    const md = lines(
      '## 学习率调度',
      '### Step Decay（阶梯衰减）',
      '每 30 个 epoch 把学习率乘以 0.1，PyTorch 中用 `StepLR` 实现，梯度下降随之变慢。',
      '### Warm-up',
      '训练刚开始时学习率从 0 线性增大到初始学习率，之后再按余弦退火衰减。',
    );
    assert.deepEqual(notesAt(md, 'markdown', /^Step Decay$/), ['learning-rate-scheduler']);
    assert.deepEqual(notesAt(md, 'markdown', /^阶梯衰减$/), ['learning-rate-scheduler']);
    assert.deepEqual(notesAt(md, 'markdown', /^Warm-up$/), ['learning-rate-scheduler']);
    const redis = lines(
      '## Cache warm-up',
      'After a Redis failover, a warm-up job reads the hot keys from MySQL and writes them back with SET and EXPIRE,',
      'so the first requests do not all miss the cache and hit the database (cache avalanche).',
    );
    assert.deepEqual(notesAt(redis, 'markdown', /^warm-up$/i), []);
  });

  it("rust-lifetimes: the lifetime 'a in Rust code (audits aw and v); the char literal 'a' is not", () => {
    const rs = lines(
      "pub struct RaftLeaderState<'a> {",
      "    core: &'a mut RaftCore,",
      '}',
      "fn first(c: char) -> bool { c == 'a' }",
    );
    assert.deepEqual(notesAt(rs, 'rust', /^'a$/), ['rust-lifetimes', 'rust-lifetimes']);
  });

  it("http-status-codes: Go's http.Status… constants and Retry-After (audits ab, ao, ax, w); the same names outside Go are not", () => {
    const go = lines(
      '// Too many requests: reply 429 with a Retry-After header.',
      'func limit(w http.ResponseWriter, r *http.Request) {',
      '\tif !limiter.Allow() {',
      '\t\tw.Header().Set("Retry-After", "1")',
      '\t\thttp.Error(w, "slow down", http.StatusTooManyRequests)',
      '\t\treturn',
      '\t}',
      '\tw.WriteHeader(http.StatusOK)',
      '}',
    );
    assert.deepEqual(notesAt(go, 'go', /^http\.Status/), ['http-status-codes', 'http-status-codes']);
    assert.deepEqual(notesAt(go, 'go', /^Retry-After$/), ['http-status-codes', 'http-status-codes']);
    const js = lines('const http = { StatusOK: 200 };', 'console.log(http.StatusOK);');
    assert.deepEqual(notesAt(js, 'javascript', /^http\.StatusOK$/), []);
  });

  it('hallucination: the verb "hallucinate" in an LLM text (audit ay, ay-en-1); a medical one is not', () => {
    const md = lines(
      'Without retrieval, the LLM may hallucinate an answer. RAG grounds the model in chunks found by',
      'vector similarity search, and the system prompt tells the model to say it does not know.',
    );
    assert.deepEqual(notesAt(md, 'markdown', /^hallucinate$/), ['hallucination']);
    const med = lines('Patients with a high fever may hallucinate; the nurse should stay with them and call the doctor.');
    assert.deepEqual(notesAt(med, 'markdown', /^hallucinate$/), []);
  });

  it('node-affinity: the affinity key of a Helm values file (audit ay, ay-code-2); CPU affinity in prose is not', () => {
    const yaml = lines('replicaCount: 1', 'image:', '  repository: nginx', 'nodeSelector: {}', 'tolerations: []', 'affinity: {}');
    assert.deepEqual(notesAt(yaml, 'yaml', /^affinity$/), ['node-affinity']);
    const md = lines('Set the CPU affinity of the worker thread with sched_setaffinity so that the kernel keeps it on one core.');
    assert.deepEqual(notesAt(md, 'markdown', /^affinity$/), []);
  });

  it('label-selector: a bare selector in a Kubernetes text (audit az, az-zh-1); a CSS selector is not', () => {
    const md = lines(
      'ReplicaSet 是 ReplicationController 的升级版，ReplicaSet支持集合式selector，而 RC 只支持等式 selector。',
      'Pod 的 label 与 selector 匹配时才会被管理，可以用 kubectl get rs 查看。',
    );
    assert.deepEqual(notesAt(md, 'markdown', /^selector$/), ['label-selector', 'label-selector', 'label-selector']);
    const css = lines('The selector `.btn:hover` matches buttons under the pointer; CSS specificity decides which rule wins, and a :hover pseudo-class adds to it.');
    assert.ok(!notesAt(css, 'markdown', /^selector$/).some((ids) => ids.includes('label-selector')));
  });

  it('arkts-state-management: 状态管理 in an ArkTS page (audits ad and az); a Pinia page keeps the store note', () => {
    const ark = lines(
      '## 状态管理',
      '在 ArkTS 中，@State 装饰的变量改变时 UI 会自动刷新，这种机制就是**状态管理**。@Prop 与 @Link 用于父子组件同步。',
    );
    assert.deepEqual(notesAt(ark, 'markdown', /^状态管理$/), ['arkts-state-management', 'arkts-state-management']);
    const vue = lines('## 状态管理', 'Vue 3 项目推荐用 Pinia 做状态管理：defineStore 定义 store，组件里用 storeToRefs 解构 state。');
    assert.ok(!notesAt(vue, 'markdown', /^状态管理$/).some((ids) => ids.includes('arkts-state-management')));
  });

  it('cfs-eevdf-scheduler: 调度类, sched_class and "scheduling class" (audit ar, ar-zh-3); a Java scheduler class is not', () => {
    const md = lines(
      'Linux 的调度器按调度类（sched_class）组织：stop、deadline、rt、fair（CFS/EEVDF）和 idle，',
      '每个 CPU 的运行队列为每个调度类保存一个子队列，pick_next_task 按优先级依次询问。',
    );
    assert.deepEqual(notesAt(md, 'markdown', /^(调度类|sched_class)$/), ['cfs-eevdf-scheduler', 'cfs-eevdf-scheduler', 'cfs-eevdf-scheduler']);
    const java = lines('Spring Boot 中的 ScheduledExecutorService 是 JDK 的调度类，@Scheduled 注解的方法由 TaskScheduler 执行。');
    assert.deepEqual(notesAt(java, 'markdown', /^调度类$/), []);
  });

  it('react-usestate: 函数式更新 and 惰性初始 state (audit as, as-zh-1); a functional update outside React is not', () => {
    const md = lines(
      '## useState',
      '新的 state 依赖旧值时，用函数式更新：`setCount(c => c + 1)`。初始值计算开销大时，用惰性初始 state：`useState(() => createRows())`。',
    );
    assert.deepEqual(notesAt(md, 'markdown', /^函数式更新$/), ['react-usestate']);
    assert.deepEqual(notesAt(md, 'markdown', /^惰性初始 ?state$/), ['react-usestate']);
    const scala = lines('Scala 的 case class 用 copy 做不可变对象的函数式更新，JVM 上的 Java record 也可以写 with 方法。');
    assert.deepEqual(notesAt(scala, 'markdown', /^函数式更新$/), []);
  });

  it("cors: the cors package in Express code (audit at, at-code-2); a Python variable named cors is not", () => {
    const js = lines("const cors = require('cors');", 'const app = express();', 'app.use(cors());');
    assert.deepEqual(notesAt(js, 'javascript', /^cors$/), ['cors', 'cors']);
    const py = lines('from flask_cors import CORS', 'cors = CORS(app, resources={r"/api/*": {"origins": "*"}})');
    assert.deepEqual(notesAt(py, 'python', /^cors$/), []);
  });

  it("websocket: nginx's $http_upgrade (audit at, at-code-1); another nginx variable is not", () => {
    const conf = lines(
      'location /ws/ {',
      '    proxy_pass http://app;',
      '    proxy_http_version 1.1;',
      '    proxy_set_header Upgrade $http_upgrade;',
      '    proxy_set_header User-Agent $http_user_agent;',
      '}',
    );
    assert.deepEqual(notesAt(conf, 'plaintext', /^\$http_upgrade$/), ['websocket']);
    assert.deepEqual(notesAt(conf, 'plaintext', /^\$http_user_agent$/), []);
  });

  it('redis-persistence: everysec and 写回策略 in a Redis text (audit ao, ao-zh-1); a CPU cache write-back policy is not', () => {
    const md = lines('## AOF 写回策略', 'Redis 的 AOF 有三种写回策略：always、everysec 和 no，由 appendfsync 配置。');
    assert.deepEqual(notesAt(md, 'markdown', /^(写回策略|everysec)$/), ['redis-persistence', 'redis-persistence', 'redis-persistence']);
    const cpu = lines('CPU 缓存的写回策略（write-back）只在缓存行被替换时写回内存；cache line 的脏位记录它是否被修改过，MESI 协议保证一致性。');
    assert.deepEqual(notesAt(cpu, 'markdown', /^写回策略$/), []);
  });

  it('git-rebase: squash in a Git text (audit ao, ao-zh-3); the sport is not', () => {
    const md = lines('用 `git rebase -i HEAD~3` 合并提交：把后两行的 pick 改成 s（squash），保存后再 `git push -f`。');
    assert.deepEqual(notesAt(md, 'markdown', /^squash$/), ['git-rebase']);
    const sport = lines('After work we play squash at the gym; a squash court is smaller than a tennis court.');
    assert.deepEqual(notesAt(sport, 'markdown', /^squash$/), []);
  });

  it('union-find: 压缩路径 as the audited page wrote it (audit ap, ap-zh-1); a path in an archive is not', () => {
    const md = lines('## 并查集', '按秩合并加上压缩路径后，find 的均摊复杂度接近常数；Quick Union 的树会变矮。');
    assert.deepEqual(notesAt(md, 'markdown', /^压缩路径$/), ['union-find']);
    const tar = lines('用 tar -czf 打包时，压缩路径默认保留目录结构，解压时用 -C 指定目标目录，再用 chmod 修改文件权限。');
    assert.deepEqual(notesAt(tar, 'markdown', /^压缩路径$/), []);
  });

  it('file-permissions: the mode strings of ls -l (audit ap, ap-zh-3); a flag -rw is not', () => {
    const md = lines('`ls -l` 输出：', '', '```text', 'drwxrwxr-x 2 dev dev 4096 Jan  1 10:00 src', '-rw-r--r-- 1 dev dev  120 Jan  1 10:00 README.md', '```');
    assert.deepEqual(notesAt(md, 'markdown', /^(drwxrwxr-x|-rw-r--r)/), ['file-permissions', 'file-permissions']);
    const flag = lines('Pass `-rw` to the tool to open the device read-write.');
    assert.deepEqual(notesAt(flag, 'markdown', /rw/), []);
  });

  it('android-activity: 屏幕旋转 in an Android text (audit an, an-zh-3); a CSS orientation page is not', () => {
    const md = lines('屏幕旋转造成 Activity/Fragment 生命周期重走，Activity 被销毁重建；ViewModel 在配置变更时保留数据。');
    assert.deepEqual(notesAt(md, 'markdown', /^屏幕旋转$/), ['android-activity']);
    const css = lines('屏幕旋转时可以用 CSS 媒体查询 `@media (orientation: landscape)` 调整 flex 布局。');
    assert.deepEqual(notesAt(css, 'markdown', /^屏幕旋转$/), []);
  });

  it('virtual-memory: 页式管理 and 分页 in an OS text (audit am, am-zh-3); pagination of a list is not', () => {
    const md = lines('操作系统的内存管理有段式管理和页式管理。页式管理把虚拟地址空间分成固定大小的页，通过页表映射到物理页框，分页避免了外部碎片。');
    assert.deepEqual(notesAt(md, 'markdown', /^(页式管理|分页)$/), ['virtual-memory', 'virtual-memory', 'virtual-memory']);
    const web = lines('列表页用 Element Plus 的 el-pagination 做分页，切换页码时重新请求 axios 接口。');
    assert.deepEqual(notesAt(web, 'markdown', /^分页$/), []);
  });

  it("arduino-framework: void setup() and void loop() of a sketch (audit am, am-code-1); GoogleTest's SetUp() is not", () => {
    const ino = lines('#include <WiFi.h>', 'WebServer server(80);', 'void setup() { Serial.begin(115200); server.begin(); }', 'void loop() { server.handleClient(); }');
    assert.deepEqual(notesAt(ino, 'cpp', /^void (setup|loop)\(\)$/), ['arduino-framework', 'arduino-framework']);
    const gtest = lines('class QueueTest : public ::testing::Test {', ' protected:', '  void SetUp() override { q.push(1); }', '};');
    assert.deepEqual(notesAt(gtest, 'cpp', /SetUp/i), []);
  });

  it("cmake: directory-level commands (audits ad and am); Meson's include_directories() is not", () => {
    const cmake = lines(
      'cmake_minimum_required(VERSION 3.16)',
      'add_subdirectory(third_party/fmt)',
      'include_directories(${PROJECT_SOURCE_DIR}/include)',
      'add_definitions(-DUSE_SSL)',
      'link_libraries(ws2_32)',
    );
    assert.deepEqual(notesAt(cmake, 'cmake', /^(add_subdirectory|include_directories|add_definitions|link_libraries)$/), ['cmake', 'cmake', 'cmake', 'cmake']);
    const meson = lines("inc = include_directories('include')", "executable('demo', 'main.c', include_directories: inc)");
    assert.deepEqual(notesAt(meson, 'meson', /^include_directories$/), []);
  });

  it('std-condition-variable: 条件变量 in a C++ text (audit al, al-zh-3); a Go text keeps sync.Cond', () => {
    const cpp = lines('C++11 的线程之间用条件变量的wait_until 等待超时，需要配合 std::unique_lock 和 std::mutex 使用。');
    assert.deepEqual(notesAt(cpp, 'markdown', /^条件变量$/), ['std-condition-variable']);
    const go = lines('Go 的 sync.Cond 是条件变量，goroutine 调用 Wait 前必须持有 L 锁；多数场景用 channel 更简单。');
    assert.ok(!notesAt(go, 'markdown', /^条件变量$/).some((ids) => ids.includes('std-condition-variable')));
  });

  it('redis-pipelining: pipeline in a Redis text (audit x, x-zh-1); a CI pipeline is not', () => {
    const md = lines('Redis 使用建议：避免 bigkey，使用pipeline批量操作减少网络往返；MULTI/EXEC 才保证原子性。');
    assert.deepEqual(notesAt(md, 'markdown', /^pipeline$/), ['redis-pipelining']);
    const ci = lines('The GitHub Actions pipeline runs the unit tests on every push; a failed job blocks the deploy stage of the CI/CD pipeline.');
    assert.ok(!notesAt(ci, 'markdown', /^pipeline$/).some((ids) => ids.includes('redis-pipelining')));
  });

  it('vue-reactive: 数据劫持 in a Vue text (audit u, u-zh-1); hijacking in a network text is not', () => {
    const md = lines('Vue2 通过 Object.defineProperty 把 data 的属性转为 getter/setter，实现数据劫持，配合 Watcher 更新视图。');
    assert.deepEqual(notesAt(md, 'markdown', /^数据劫持$/), ['vue-reactive']);
    const net = lines('运营商在 HTTP 明文传输时做数据劫持、插入广告，所以要启用 TLS，并检查 DNS 解析和路由表。');
    assert.deepEqual(notesAt(net, 'markdown', /^数据劫持$/), []);
  });

  it('publish-subscribe: 订阅和发布 and 消息订阅与发布 (audits p and u); 取消订阅 is not', () => {
    const md = lines('组件之间通信可以用消息订阅与发布；EventBus 基于 MQTT 实现设备的订阅和发布。');
    assert.deepEqual(notesAt(md, 'markdown', /订阅/), ['publish-subscribe', 'publish-subscribe']);
    const other = lines('用户可以在设置页取消订阅邮件通知。');
    assert.deepEqual(notesAt(other, 'markdown', /订阅/), []);
  });

  it("langchain: RunnablePassthrough (audit u, u-en-1); Java's Runnable is not", () => {
    const py = lines('from langchain_core.runnables import RunnablePassthrough', 'chain = {"context": retriever, "question": RunnablePassthrough()} | prompt | llm');
    assert.deepEqual(notesAt(py, 'python', /^RunnablePassthrough$/), ['langchain', 'langchain']);
    const java = lines('Runnable task = () -> System.out.println("hi");', 'new Thread(task).start();');
    assert.ok(!notesAt(java, 'java', /Runnable/).some((ids) => ids.includes('langchain')));
  });

  it('containerization: "Docker containers" (audit s, s-en-1); a bare container in a Kubernetes text keeps its own note', () => {
    const md = lines('All services run in Docker containers on one Proxmox host; each Docker container has its own network namespace.');
    assert.deepEqual(notesAt(md, 'markdown', /^Docker containers?$/), ['containerization', 'containerization']);
    const k8s = lines('Each Pod runs one container or more; `kubectl logs` prints the container output and a Deployment keeps the ReplicaSet.');
    assert.deepEqual(notesAt(k8s, 'markdown', /^container$/), ['kubernetes-container', 'kubernetes-container']);
  });

  it('cluster-autoscaler: Karpenter (audit j, W3); carpenter is not', () => {
    const md = lines('vCluster supports dynamic node autoscaling through Karpenter, which creates nodes for pending Pods.');
    assert.deepEqual(notesAt(md, 'markdown', /^Karpenter$/), ['cluster-autoscaler']);
    assert.deepEqual(notesAt(lines('The carpenter fixed the door.'), 'markdown', /arpenter/), []);
  });

  it('virtual-function: "dynamic method dispatch" in a C++ text (audit o, O5); in a Java text it is not', () => {
    const cpp = lines('In C++, runtime polymorphism uses dynamic method dispatch: a call through a base-class pointer runs the override found in the vtable of the virtual function.');
    assert.deepEqual(notesAt(cpp, 'markdown', /^dynamic method dispatch$/), ['virtual-function']);
    const java = lines('In Java, dynamic method dispatch picks the overriding method of the subclass at run time; the JVM uses invokevirtual and the class loader.');
    assert.deepEqual(notesAt(java, 'markdown', /^dynamic method dispatch$/), []);
  });

  it('jwt: RegisteredClaims (audit k, K7); registered users are not', () => {
    const go = lines('tokenInfo, err := jwt.ParseWithClaims(auths[1], &jwt.RegisteredClaims{}, keyFunc)');
    assert.deepEqual(notesAt(go, 'go', /RegisteredClaims/), ['jwt']);
    assert.deepEqual(notesAt(lines('Only registered users can comment.'), 'markdown', /registered/i), []);
  });

  it('procfs: a bare /proc path (audit j, W7); /process is not', () => {
    const sh = lines('if readlink /proc/$$/exe | grep -q "dash"; then echo "run with bash"; fi', 'if ! grep -q wireguard /proc/modules; then modprobe wireguard; fi', 'cd /processes/out');
    assert.deepEqual(notesAt(sh, 'shellscript', /^\/proc/), ['procfs', 'procfs']);
  });

  it('dynamic-programming: 自底向上 and 自顶向下 in an algorithms text (audit ac, ac-zh-2); top-down design in a front-end text is not', () => {
    const md = lines('## 自顶向下的记忆化搜索', '先写递归加备忘录，再改成自底向上的迭代：dp 数组从小问题开始填表，状态转移方程不变。');
    assert.deepEqual(notesAt(md, 'markdown', /^(自顶向下|自底向上)$/), ['dynamic-programming', 'dynamic-programming']);
    const fe = lines('React 的数据流是自顶向下的：父组件通过 props 把 state 传给子组件，子组件用回调通知父组件。');
    assert.deepEqual(notesAt(fe, 'markdown', /^自顶向下$/), []);
  });

  it("socket: recv() in C (audit ad, ad-code-1); a Python pipe's recv() is not", () => {
    const c = lines('int n = recv(fd, buf, sizeof(buf), 0);', 'if (n > 0) send(fd, buf, n, 0);');
    assert.deepEqual(notesAt(c, 'c', /^recv$/), ['socket']);
    const py = lines('from multiprocessing import Pipe', 'parent, child = Pipe()', 'msg = parent.recv()');
    assert.deepEqual(notesAt(py, 'python', /^recv$/), []);
  });
});
