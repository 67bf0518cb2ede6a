import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The MySQL index article of blind audit ch (ch-zh-1), cut to its index-hint section: two `mysql` fences of
// client sessions, each ending in the client's "1 row in set" footer, one with a USE INDEX hint.
const mysqlHints = [
  '### 索引提示',
  '',
  'MySQL数据库支持索引提示功能，**索引提示功能就是我们可以显式的告诉优化器使用哪个索引**，一般有下面两种情况可能使用到索引提示功能（INDEX HINT）：',
  '',
  '```mysql',
  "mysql> EXPLAIN SELECT * FROM t_index WHERE a = 'a' AND b = 'b' AND c = 'c' \\G;",
  'possible_keys: abcd,a,b,c',
  '          key: abcd',
  '      key_len: 18 -- 使用了3个索引, 其实使用单个索引即可',
  '        Extra: Using index',
  '1 row in set, 1 warning (0.03 sec)',
  '```',
  '',
  '发现这条语句就可以使用三个索引，这个时候，我们可以显式的使用索引提示来使用a这个索引，如下：',
  '',
  '```mysql',
  "mysql> EXPLAIN SELECT * FROM t_index USE INDEX(a) WHERE a = 'a' AND b = 'b' AND c = 'c' \\G;",
  'possible_keys: a',
  '          key: a',
  '      key_len: 6 -- 使用了单个索引',
  '1 row in set, 1 warning (0.00 sec)',
  '```',
  '',
].join('\n');

// The ArkTS article of blind audit ch (ch-zh-2), cut to its decorators, page lifecycle and parameter passing.
const arkts = [
  '## Harmony ArkTS',
  '',
  '> ArkTS是在TypeScript上扩展. UI是声明式, 设置属性和事件链式调用.',
  '',
  '* @Component 自定义组件, ArkTS卡片',
  '* @Entry     入口组件, ArkTS卡片, 一个页面有且只有一个',
  '* @State     状态变量',
  '* @Builder   @Component轻量实现',
  '* @Styles    @Styles装饰器可以将多条样式设置提炼成一个方法',
  '* @Extend    @Extend，用于扩展原生组件样式',
  '',
  'stateStyles是属性方法，可以根据UI内部状态来设置样式，类似于css伪类，但语法不同。',
  '',
  '> onClick有时需要调用bind, 确保this是当前UI组件. 箭头函数不需要',
  '',
  '页面生命周期:',
  '* onPageShow：页面每次显示时触发一次，包括路由过程、应用进入前台等场景。',
  '* onPageHide：页面每次隐藏时触发一次，包括路由过程、应用进入后台等场景。',
  '* aboutToAppear：组件即将出现时回调该接口，具体时机为在创建自定义组件的新实例后，在执行其build()函数之前执行。',
  '',
  '不建议在生命周期aboutToDisappear内使用async await，如果使用异步操作（Promise或者回调方法），自定义组件将被保留在Promise的闭包中。',
  '',
  '    import router from \'@ohos.router\';',
  '    router.pushUrl({ url: \'pages/Page2\' });',
  '',
  '### 参数传递',
  '',
  '> 默认为值传递, 当状态变量为值传递, 并且改变后, 不会触发UI更新, 需要使用引用传递',
  '',
].join('\n');

// The vector-database article of blind audit ch (ch-en-2), cut to the lines that make it lend Kubernetes a
// share (Milvus and Qdrant "run on Kubernetes").
const vectorDbs = [
  '#### What a vector DB does',
  'A vector database provides:',
  '- Insert embeddings',
  '- Fast indexing using ANN algorithms like HNSW, IVF, PQ.',
  '',
  '#### When to use a vector DB',
  '- Retrieval Augented Generation(RAG)',
  '- Semantic search',
  '- Deduplication and clustering',
  '',
  '#### Pinecone',
  'Pinecone is a fully managed, cloud-based vector database.',
  'You do not manage servers, scaling, or index building; Pinecone handles everything.',
  '',
  'Key points',
  '- Fully managed service',
  '- Strong metadata filtering',
  '',
  '#### Milvus',
  'Milvus is an open-source, high-performance vector database originally built by Zilliz.',
  '- Can run on your own server, Kubernetes, or cloud',
  '- Uses powerful ANN algorithms like HNSW, IVF, PQ',
  '',
  '| Feature     | Pinecone   | Milvus                | Qdrant                |',
  '| ----------- | ---------- | --------------------- | --------------------- |',
  '| Scaling     | Automatic  | Manual or Kubernetes  | Manual or Kubernetes  |',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit ch', () => {
  it("the MySQL client's \"1 row in set\" footer is no SQL IN; an IN list is (blind audit ch, ch-zh-1)", () => {
    assert.deepEqual(notesAt(mysqlHints, 'markdown', /^in$/i), []);
    const sql = 'SELECT * FROM orders WHERE status IN (\'paid\', \'shipped\');\n';
    assert.deepEqual(notesAt(sql, 'sql', /^IN$/), ['sql-in-between']);
  });

  it('an index hint USE INDEX is no USE statement, and is a query-optimizer hint (blind audit ch, ch-zh-1)', () => {
    assert.deepEqual(notesAt(mysqlHints, 'markdown', /^USE$/i), []);
    assert.deepEqual(notesAt(mysqlHints, 'markdown', /^USE INDEX$/), ['query-optimizer']);
    assert.deepEqual(notesAt(mysqlHints, 'markdown', /^索引提示$/), Array(5).fill('query-optimizer'));
    assert.deepEqual(notesAt('USE shop;\nSELECT * FROM orders;\n', 'sql', /^USE$/), ['mysql-use']);
  });

  it("ArkUI's @Extend decorator is no Sass @extend; Sass's is (blind audit ch, ch-zh-2)", () => {
    assert.deepEqual(notesAt(arkts, 'markdown', /^@extend$/i), []);
    const scss = '.btn-primary {\n  @extend .btn;\n  color: white;\n}\n';
    assert.deepEqual(notesAt(scss, 'scss', /^@extend$/), ['css-preprocessors']);
  });

  it("a HarmonyOS page's 路由 is no web SPA routing; a Vue app's is (blind audit ch, ch-zh-2)", () => {
    assert.deepEqual(notesAt(arkts, 'markdown', /^路由$/), []);
    const vue = [
      '# Vue Router 入门',
      '',
      '单页应用里，页面切换靠路由完成：Vue Router 的 history 模式依赖 History API，在组件中用 `useRouter()` 跳转，用 `<router-view>` 渲染匹配的组件。',
      '',
      '```js',
      "const router = createRouter({ history: createWebHistory(), routes: [{ path: '/', component: Home }] })",
      '```',
      '',
      '每次导航，路由把 URL 映射到一个 Vue 组件，组件的 props 来自路径参数。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vue, 'markdown', /^路由$/), ['single-page-application', 'single-page-application']);
  });

  it("ArkTS's 引用传递 is no C++ reference; a C++ text's is (blind audit ch, ch-zh-2)", () => {
    assert.deepEqual(notesAt(arkts, 'markdown', /^引用传递$/), []);
    const cpp = [
      '# C++ 函数参数',
      '',
      '值传递会拷贝实参；引用传递让形参成为实参的别名，函数内的修改对调用者可见。',
      '',
      '```cpp',
      'void swap(int& a, int& b) { int t = a; a = b; b = t; }',
      'std::vector<int> v; const std::string& name = s;',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpp, 'markdown', /^引用传递$/), ['cpp-reference']);
  });

  it("a shell function named parse_args is no argparse; Python's parse_args() is (blind audit ch, ch-code-4)", () => {
    const sh = [
      '#!/bin/bash',
      'set -euo pipefail',
      '',
      '# Parse command line arguments',
      'parse_args() {',
      '    while [[ $# -gt 0 ]]; do',
      '        case $1 in',
      '            -e|--environment)',
      '                ENVIRONMENT="$2"',
      '                shift 2',
      '                ;;',
      '        esac',
      '    done',
      '}',
      '',
      'main() {',
      '    parse_args "$@"',
      '}',
      'main "$@"',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sh, 'shellscript', /^parse_args$/), []);
    const py = 'import argparse\n\nparser = argparse.ArgumentParser()\nparser.add_argument("--epochs", type=int)\nargs = parser.parse_args()\n';
    assert.deepEqual(notesAt(py, 'python', /^parse_args$/), ['python-argparse']);
  });

  it('clustering and a fully managed service are no Kubernetes cluster or Service; a k8s text\'s are (blind audit ch, ch-en-2)', () => {
    assert.deepEqual(notesAt(vectorDbs, 'markdown', /^clustering$/), []);
    assert.deepEqual(notesAt(vectorDbs, 'markdown', /^service$/i), []);
    const k8s = [
      '# Exposing a Deployment',
      '',
      'Create a Kubernetes cluster with kind, apply the Deployment, then expose its pods with a Service:',
      '',
      '```bash',
      'kubectl expose deployment web --type=ClusterIP --port=80',
      'kubectl get pods -n default',
      '```',
      '',
      'The Service load-balances across the pods of the Deployment; every node in the cluster runs kube-proxy.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(k8s, 'markdown', /^cluster$/), ['kubernetes-cluster']);
    assert.deepEqual(notesAt(k8s, 'markdown', /^Service$/), ['kubernetes-service', 'kubernetes-service']);
  });
});
