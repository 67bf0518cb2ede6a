import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bq', () => {
  it("rustc's \"value used here after move\" is no move closure; move || is (blind audit bq, bq-en-1)", () => {
    // As in the audited notes on Rust ownership: the compiler's error for a moved String, in a code span.
    const md = [
      '# Ownership in Rust',
      '',
      '```rust',
      'let x = String::from("hello");',
      'let y = x;',
      '```',
      '',
      '- to prevent this Rust considers `x` to no longer be valid',
      '    - Rust shows `value used here after move` error',
      '    - Ownership has entered the chat :)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^move$/), []);
    const rust = ['let v = vec![1, 2, 3];', 'let handle = thread::spawn(move || {', '    println!("{:?}", v);', '});', ''].join('\n');
    assert.deepEqual(notesAt(rust, 'rust', /^move$/), ['rust-closures']);
  });

  it("a mutable borrow in a Rust comment is no C++ mutable member; C++'s mutable is (blind audit bq, bq-en-1)", () => {
    // The audited notes mention a double free, which makes the page partly a C text; the comment is in a Rust fence.
    const md = [
      '- In GC when either x, y go out of scope GC attempts to free the heap memory',
      '    - and when they both go out of scope -> **Double free error** a safety bug occurs',
      '- restriction of mutable reference',
      '    - only one mutable reference to a particular piece of data in particular scope',
      '',
      '```rust',
      'let mut s1 = String::from("hellop");',
      '',
      'let r1 = &mut s1;',
      'let r2 = &mut s1;',
      '',
      'println!("{} {}", r1, r2); // errors -> first mutable borrow shouldnt be used after definining second',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^mutable$/), []);
    const cpp = ['class Cache {', '    mutable std::mutex m_;', 'public:', '    int get() const { std::lock_guard<std::mutex> lk(m_); return v_; }', '};', ''].join('\n');
    assert.deepEqual(notesAt(cpp, 'cpp', /^mutable$/), ['const-correctness']);
  });

  // Lines of the audited observability chapter that make it a Kubernetes text (the Collector as a DaemonSet).
  const k8s = [
    'The Collector runs as a DaemonSet in Kubernetes, receiving telemetry from all pods on each node, and kube-state-metrics',
    'exports Kubernetes object state (pod counts, deployment status) to Prometheus.',
    '',
  ];

  it("OpenTelemetry's service.name and deployment.environment are no Service or Deployment; the resources are (blind audit bq, bq-en-2)", () => {
    const md = [
      ...k8s,
      '**Resource attributes** identify your application in telemetry. Always set `service.name`, `service.version`, and',
      '`deployment.environment`. These enable filtering and grouping in your observability backend.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^service$/), []);
    assert.deepEqual(notesAt(md, 'markdown', /^deployment$/), ['deployment']);
    const yml = ['apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', 'spec:', '  selector:', '    app: web', ''].join('\n');
    assert.deepEqual(notesAt(yml, 'yaml', /^Service$/), ['kubernetes-service']);
  });

  it('memory pressure of an SDK, a span failure and API services are no node condition, restart policy or APIService (blind audit bq, bq-en-2)', () => {
    const md = [
      ...k8s,
      '**Export timeouts** determine how long the SDK waits. Long timeouts (30+ seconds) increase reliability but can cause',
      'memory pressure if the collector is unreachable and spans accumulate; verbose logs add disk pressure as well.',
      '',
      '- **Missing span status**: Always set span status to ERROR on failures. This enables tail-based sampling to capture errors.',
      '',
      'For API services, this translates to:',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^(memory|disk) pressure$/i), []);
    assert.deepEqual(notesAt(md, 'markdown', /^on failures?$/i), []);
    assert.deepEqual(notesAt(md, 'markdown', /^API services?$/i), []);
    const right = [
      ...k8s,
      'When the node reports MemoryPressure or DiskPressure, the kubelet evicts pods. A Job whose pods use restartPolicy',
      'OnFailure restarts the container in place. The aggregation layer routes a group to an extension server registered',
      'by an APIService object.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(right, 'markdown', /^(MemoryPressure|DiskPressure)$/), ['node-pressure-eviction', 'node-pressure-eviction']);
    assert.deepEqual(notesAt(right, 'markdown', /^OnFailure$/), ['restart-policy']);
    assert.deepEqual(notesAt(right, 'markdown', /^APIService$/), ['api-aggregation']);
  });

  it("a dashboard's time selector, a load balancer's metrics and an API Gateway are no Kubernetes objects (blind audit bq, bq-en-2)", () => {
    const md = [
      ...k8s,
      'Effective dashboards have correlation aids (shared time selectors, trace links).',
      '',
      '- **NGINX/Envoy exporters**: Proxy and load balancer metrics',
      '',
      'Consider a typical e-commerce backend: an API Gateway routes requests to Product, Order, and User services.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^selectors?$/), []);
    assert.deepEqual(notesAt(md, 'markdown', /^load balancer$/), ['load-balancer']);
    assert.deepEqual(notesAt(md, 'markdown', /^Gateway$/), []);
    const right = [
      ...k8s,
      "A Service's selector picks the pods by label. A Service of type LoadBalancer gets an external IP, and a Gateway with",
      'HTTPRoutes of the Gateway API routes traffic into the cluster.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(right, 'markdown', /^selector$/), ['label-selector']);
    assert.deepEqual(notesAt(right, 'markdown', /^LoadBalancer$/), ['service-types']);
    assert.deepEqual(notesAt(right, 'markdown', /^Gateway$/), ['gateway-api']);
  });

  it("the merger of OpenTracing and OpenCensus is no merge operator; Pebble's Merger is (blind audit bq, bq-en-2)", () => {
    // The audited chapter is partly a databases text (PostgreSQL, Redis, the slow query log).
    const md = [
      '### OpenTelemetry: The Industry Standard',
      '',
      'OpenTelemetry has emerged as the vendor-neutral standard for observability instrumentation. Formed from the merger of',
      'OpenTracing and OpenCensus projects, it provides APIs, SDKs and a Collector.',
      '',
      '- PostgreSQL: Enable `pg_stat_statements` for query statistics. Export via `postgres_exporter` to Prometheus.',
      '- MySQL: The slow query log captures queries exceeding a threshold. An index and the buffer pool keep queries fast.',
      '- Redis: `redis_exporter` provides hit rates, memory usage, and command latencies of the key-value store.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^merger$/i), []);
    const go = [
      'package store',
      '',
      'import "github.com/cockroachdb/pebble"',
      '',
      '// The merge operator of the LSM tree: pebble calls it at compaction and on reads.',
      'var counterMerge = &pebble.Merger{Name: "counter", Merge: newCounterMerger}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /^Merger$/), ['lsm-merge-operator']);
  });

  it("a Spring method printAutoConfigBeans is no Hugging Face AutoConfig; AutoConfig.from_pretrained is (blind audit bq, bq-zh-1)", () => {
    const java = [
      '@Autowired',
      'private ApplicationContext ctx;',
      '',
      '@PostConstruct',
      'public void printAutoConfigBeans() {',
      '    Arrays.stream(ctx.getBeanDefinitionNames())',
      '          .filter(name -> name.contains("AutoConfiguration"))',
      '          .forEach(System.out::println);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^AutoConfig$/), []);
    const py = [
      'from transformers import AutoConfig, AutoModelForSequenceClassification, AutoTokenizer',
      '',
      'config = AutoConfig.from_pretrained("bert-base-uncased", num_labels=2)',
      'tokenizer = AutoTokenizer.from_pretrained("bert-base-uncased")',
      'model = AutoModelForSequenceClassification.from_pretrained("bert-base-uncased", config=config)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^AutoConfig$/), ['hf-transformers', 'hf-transformers']);
  });

  it('the L1 strength lambda_l1 is no Python lambda, and a metric monitored by ReduceLROnPlateau is no observability metric (blind audit bq, bq-zh-2)', () => {
    const py = ['# L1正则化（手动实现）', 'lambda_l1 = 0.01', 'l1_reg = sum(torch.norm(param, 1) for param in model.parameters())', 'loss = criterion(predictions, y) + lambda_l1 * l1_reg', ''].join('\n');
    assert.deepEqual(notesAt(py, 'python', /^lambda$/), []);
    assert.deepEqual(notesAt('pairs.sort(key=lambda p: p[1])\n', 'python', /^lambda$/), ['python-lambda']);
    // As in the audited chapter on regularization and learning-rate schedules.
    const md = [
      '## 3.5 学习率调度',
      '',
      '**Step LR**：固定间隔衰减',
      '',
      '```python',
      'scheduler = optim.lr_scheduler.StepLR(optimizer, step_size=30, gamma=0.1)',
      '```',
      '',
      '**ReduceLROnPlateau**：监控指标，不改善时降低学习率',
      '',
      '```python',
      "scheduler = optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode='min', factor=0.1, patience=5)",
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^指标$/), []);
    const obs = '# 可观测性\n\nPrometheus 每 15 秒抓取一次指标，Grafana 展示指标和日志，OpenTelemetry Collector 接收追踪数据。\n';
    assert.deepEqual(notesAt(obs, 'markdown', /^指标$/), ['observability', 'observability']);
  });

  it("Element Plus's ElMenuItem is no ARIA menuitem role; role=\"menuitem\" is (blind audit bq, bq-code-1)", () => {
    const vue = [
      '<script setup>',
      "import { ref, onMounted, computed, watch } from 'vue';",
      'import {',
      '    ElMenu,',
      '    ElMenuItem,',
      '    ElSubMenu,',
      "} from 'element-plus';",
      'const isCollapsed = ref(false);',
      '</script>',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vue, 'vue', /menuitem/i), []);
    const html = ['<ul role="menu" aria-label="File">', '  <li role="menuitem" tabindex="-1">Open</li>', '  <li role="menuitem" tabindex="-1">Save</li>', '</ul>', ''].join('\n');
    assert.deepEqual(notesAt(html, 'html', /^menuitem$/), ['aria-roles', 'aria-roles']);
  });
});
