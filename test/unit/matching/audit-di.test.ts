import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The MVCC article of blind audit di (di-zh-1), cut: a MySQL document whose 读视图 is InnoDB's Read View.
const mvcc = [
  '## 2. MVCC 的实现原理',
  '### 2.1 版本链',
  '',
  '首先我们需要知道，InnoDB 的数据页中每一行的数据是有隐藏字段的：',
  '',
  '- **DB_TRX_ID**: 事务ID，代表修改此行记录的最后一次事务ID',
  '- **DB_ROLL_PTR**: 回滚指针，指向此行记录的上一个版本（上一个事务ID对应的记录）',
  '',
  '除此之外，在读已提交（RC，Read Committed）和可重复读（RR，Repeatable Read）的隔离级别中，事务在启动的时候会创建一个**读视图（Read View）**，用它来记录当前系统的活跃事务信息，通过读视图来进行本事务之间的**可见性判断**。',
  '',
  '在读视图中有几个重要的属性：',
  '- 当前事务ID：表示生成读视图的事务的事务ID',
  '- 事务ID列表：表示在生成读视图时，当前系统中活跃着的事务ID列表',
  '### 2.3 读视图的创建时机',
  '- 如果是以 **begin/start transaction** 方式开启事务，读视图会在执行第一个快照读语句时创建',
  '',
].join('\n');

// The rendering notes of blind audit di (di-zh-2), cut: a frontend document about scripts, selectors and layers.
const rendering = [
  '`<script src="sample.js"></script>`外部脚本的整个加载过程及执行过程都是阻塞关键渲染路径的。',
  '',
  '`<script src="sample.js" defer></script>` `<script src="sample.js" async></script>` 带 defer/async 的脚本会与 HTML 并行下载，下载的过程不会阻塞 DOM 的构建。',
  '',
  '![渲染流水线](/blog/images/devops/渲染流水线.png)',
  '',
  '## CSS 选择器优化',
  '',
  '- 避免为 ID 选择器添加多余选择器：在 ID 选择器前面嵌套其它选择器纯粹是多余的。',
  '- 避免使用通配选择器，只对目标节点声明规则。',
  '- 少用标签选择器。',
  '',
  '比如 z-index 属性值设置得大一些，让层叠顺序高过于页面其他无关节点就行。',
  '',
  '当通过 JS 或者 CSS 修改元素的几何属性，例如改变元素的宽度、高度等，那么浏览器会触发重新布局，这个过程就叫重排。无疑，重排需要更新完整的渲染流水线，所以开销也是最大的。',
  '',
].join('\n');

// The OpenShift shared-resource controller of blind audit di (di-code-3), cut, with three lines of our own at the end
// (a Kubernetes Event, a map and a range loop) for the senses that stay.
const controller = [
  'func (c *Controller) Run(stopCh <-chan struct{}) error {',
  '\tdefer c.cfgMapWorkqueue.ShutDown()',
  '\tdefer c.secretWorkqueue.ShutDown()',
  '',
  '\tc.sharedConfigMapInformerFactory.Start(stopCh)',
  '\tif !cache.WaitForCacheSync(stopCh, c.sharedConfigMapInformer.HasSynced) {',
  '\t\treturn fmt.Errorf("failed to wait for sharedconfigmap caches to sync")',
  '\t}',
  '',
  '\tgo wait.Until(c.configMapEventProcessor, time.Second, stopCh)',
  '\tgo wait.Until(c.secretEventProcessor, time.Second, stopCh)',
  '',
  '\t// start the Prometheus metrics serner',
  '\tklog.Info("Starting the metrics server")',
  '\tserver, err := metrics.BuildServer(metrics.MetricsPort)',
  '\tif err != nil {',
  '\t\treturn err',
  '\t}',
  '\tgo metrics.RunServer(server, stopCh)',
  '',
  '\t<-stopCh',
  '\tc.secretWatchObjs.Range(func(key, value interface{}) bool {',
  '\t\tinformerObj := value.(sharedObjectInformer)',
  '\t\tclose(informerObj.stopCh)',
  '\t\treturn true',
  '\t})',
  '\treturn nil',
  '}',
  '',
  'func (c *Controller) RegisterSecretInformer(namespace string) error {',
  '\tval, ok := c.secretWatchObjs.LoadOrStore(namespace, sharedObjectInformer{})',
  '\tif !ok {',
  '\t\tinformerObj := val.(sharedObjectInformer)',
  '\t\tinformerObj.informerFactory = informers.NewSharedInformerFactoryWithOptions(c.kubeClient, DefaultResyncDuration, informers.WithNamespace(namespace))',
  '\t\tinformerObj.informer = informerObj.informerFactory.Core().V1().Secrets().Informer()',
  '\t\tclient.SetSecretsLister(namespace, informerObj.informerFactory.Core().V1().Secrets().Lister())',
  '\t}',
  '\treturn nil',
  '}',
  '',
  'func (c *Controller) configMapEventProcessor() {',
  '\tfor {',
  '\t\tobj, shutdown := c.cfgMapWorkqueue.Get()',
  '\t\tif shutdown {',
  '\t\t\treturn',
  '\t\t}',
  '\t\tc.cfgMapWorkqueue.Forget(obj)',
  '\t}',
  '}',
  '',
  'func (c *Controller) recordSync(namespaces map[string]struct{}) {',
  '\tfor ns := range namespaces {',
  '\t\tc.recorder.Event(&corev1.Event{Reason: "Synced"}, ns)',
  '\t}',
  '}',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit di', () => {
  it("InnoDB's 读视图 is the MVCC Read View, not a SQL view (alias added after blind audit di, di-zh-1)", () => {
    assert.deepEqual(notesAt(mvcc, 'markdown', /视图$/), Array(7).fill('mvcc'));
    const view = [
      '# 视图',
      '',
      '视图是一条保存下来的 SELECT 查询：`CREATE VIEW active_users AS SELECT id, name FROM users WHERE active`。',
      '对视图的查询会展开成对底层表的查询，视图本身不存数据；物化视图才把结果存下来，需要定期刷新。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(view, 'markdown', /^视图$/), Array(4).fill('database-view'));
    assert.deepEqual(notesAt('`std::string_view` 是字符串的只读视图，不拥有数据。\n', 'markdown', /读视图/), []);
  });

  it("an HTML <script src> is no CSP script-src directive; the header's is (blind audit di, di-zh-2)", () => {
    assert.deepEqual(notesAt(rendering, 'markdown', /^script.src$/i), []);
    const csp = "Send `Content-Security-Policy: script-src 'self'` so that inline scripts are blocked.\n";
    assert.deepEqual(notesAt(csp, 'markdown', /^script-src$/), ['content-security-policy']);
  });

  it("the browser's 渲染流水线 is no GPU pipeline; a graphics text's is (blind audit di, di-zh-2)", () => {
    assert.deepEqual(notesAt(rendering, 'markdown', /渲染流水线/), []);
    const gpu = [
      '# 图形渲染管线',
      '',
      'GPU 的渲染流水线依次是顶点着色器、图元装配、光栅化和片元着色器，最后经过深度测试与混合写入帧缓冲。',
      'OpenGL 的 draw call 提交顶点缓冲后，着色器程序在每个阶段运行。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(gpu, 'markdown', /^渲染流水线$/), ['graphics-pipeline']);
  });

  it("CSS's 标签选择器 is no Kubernetes label selector; a Service's is (blind audit di, di-zh-2)", () => {
    assert.deepEqual(notesAt(rendering, 'markdown', /^标签选择器$/), []);
    const k8s = [
      '# Service',
      '',
      'Service 通过标签选择器选中一组 Pod：`kubectl get pods -l app=web` 列出的就是 `spec.selector` 选中的那些 Pod。',
      'Deployment 的 `matchLabels` 也必须和 Pod 模板的标签一致。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(k8s, 'markdown', /^标签选择器$/), ['label-selector']);
  });

  it('无关节点 holds no 关节点; a graph text\'s 割点（关节点）does (blind audit di, di-zh-2)', () => {
    assert.deepEqual(notesAt(rendering, 'markdown', /^关节点$/), []);
    const graph = '无向图中删去后使图不再连通的顶点叫割点，也叫关节点；Tarjan 算法用一次 DFS 找出全部。\n';
    assert.deepEqual(notesAt(graph, 'markdown', /^关节点$/), ['articulation-points-and-bridges']);
  });

  it('cfgMap of a work queue is no Go map; a map type is (blind audit di, di-code-3)', () => {
    assert.deepEqual(notesAt(controller, 'go', /^Map$/), []);
    assert.deepEqual(notesAt(controller, 'go', /^map$/), ['go-map']);
  });

  it('a sharedObjectInformer is no shared library; a .so in a Linux text is (blind audit di, di-code-3)', () => {
    assert.deepEqual(notesAt(controller, 'go', /^sharedObject$/), []);
    const so = [
      '# Shared libraries',
      '',
      '`libfoo.so` is a shared object: `ldd ./app` lists it, and the dynamic linker `ld.so` finds it through',
      '`LD_LIBRARY_PATH` or the `RPATH`; build it with `gcc -shared -fPIC`.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(so, 'markdown', /^shared object$/), ['static-and-shared-libraries']);
  });

  it("an EventProcessor loop is no Kubernetes Event; a recorder's corev1.Event is (blind audit di, di-code-3)", () => {
    assert.deepEqual(notesAt(controller, 'go', /^Event$/), ['kubernetes-events', 'kubernetes-events']);
  });

  it("sync.Map's Range is no range loop; the range keyword is (blind audit di, di-code-3)", () => {
    assert.deepEqual(notesAt(controller, 'go', /^Range$/), []);
    assert.deepEqual(notesAt(controller, 'go', /^range$/), ['go-for-range']);
  });

  it("a controller's own metrics server is no Metrics Server; Django's runserver is no RunServer (blind audit di, di-code-3)", () => {
    assert.deepEqual(notesAt(controller, 'go', /^metrics.server$/i), []);
    assert.deepEqual(notesAt(controller, 'go', /^RunServer$/i), []);
    const top = '`kubectl top pod` needs metrics-server: install the Metrics Server add-on first.\n';
    assert.deepEqual(notesAt(top, 'markdown', /^metrics.server$/i), ['kubectl-top', 'kubectl-top']);
    const django = 'Start the development server with `python manage.py runserver` and open port 8000.\n';
    assert.deepEqual(notesAt(django, 'markdown', /^runserver$/), ['django']);
  });

  it('a useState setter setIntervalId is no setInterval; the timer is (blind audit di, di-code-4)', () => {
    const chat = [
      'const [intervalId, setIntervalId] = useState(null);',
      'useEffect(() => {',
      '  const id = setInterval(() => {',
      '    getChatMessages(email, password, other.id).then(messages => setMessages(messages));',
      '  }, 5000);',
      '  setIntervalId(id);',
      '  return () => {',
      '    clearInterval(id);',
      '  };',
      '}, [other]);',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(chat, 'javascriptreact', /^setInterval$/), ['js-timers']);
  });

  it("Kotlin Flow's flowOn is Flow's (alias added after blind audit di, di-code-2)", () => {
    const repo = [
      'val plantsFlow: Flow<List<Plant>>',
      '    get() = plantDao.getPlantsFlow()',
      '        .combine(customSortFlow) { plants, sortOrder ->',
      '            plants.applySort(sortOrder)',
      '        }',
      '        .flowOn(defaultDispatcher)',
      '        .conflate()',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(repo, 'kotlin', /^flowOn$/), ['kotlin-flow']);
  });
});
