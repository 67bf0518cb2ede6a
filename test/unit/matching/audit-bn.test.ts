import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bn', () => {
  it("Raft's log replication is no primary-replica database replication; MySQL replication is (blind audit bn, bn-en-1)", () => {
    // As in the audited Raft article.
    const raft = [
      '## Raft',
      '',
      'Raft is a consensus algorithm used to manage a replicated log in distributed systems.',
      'Raft **separates the key elements of consensus** including leader election, log replication and safety.',
      '',
      '### Log replication',
      '',
      'The leader handles all client request. Each log entry stores a state machine command.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(raft, 'markdown', /^replication$/i), []);
    const mysql = [
      '## MySQL replication',
      '',
      'With asynchronous replication the source writes each transaction to the binlog and the replica',
      'applies it later; a SQL query on the replica may read stale rows of the database.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mysql, 'markdown', /replication$/i), ['database-replication', 'database-replication']);
  });

  it('"nav links" is no React Router NavLink; <NavLink> is (blind audit bn, bn-en-2)', () => {
    // As in the audited CSS grid-template-areas tutorial.
    const css = [
      '# CSS Grid Template Areas',
      '',
      '* NOTE: Notice we also added some css to the `nav ul` so the nav links will show in a row at 700px',
      '  with `display: flex` and `justify-content: space-around`.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(css, 'markdown', /nav ?links?/i), []);
    const react = [
      '## React Router',
      '',
      'Render a `<NavLink to="/tasks">` in the sidebar: NavLink also reports `isActive` to its children,',
      'and `useNavigate()` navigates from code in the React component.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(react, 'markdown', /^NavLink$/), ['react-router', 'react-router']);
  });

  it("a JVM text's Heap, Java objects stored in eden and tri-colour marking are no binary heap, object storage or cycle detection (blind audit bn, bn-zh-1)", () => {
    // As in the audited JVM GC article (generational collection, CMS and G1GC).
    const jvm = [
      '### Generational Collection',
      '',
      '- 年轻代（young generation）：用于存储存在时间较短的 Java 对象，适合采用 Mark-Copy 算法。',
      '- 老年代（old generation）：用于存储存在时间较长的 Java 对象，适合采用 Mark-Compact 算法。',
      '  - young 区域的 Java 对象存储在 eden space 和一个 survivor space 中，触发 young GC 时拷贝到另一个 survivor space。',
      '',
      '### ConcMarkSweepGC',
      '',
      '- 并发标记（Concurrent Mark）：找出灰色对象引用的所有对象，递归执行该操作，直到不存在灰色对象。',
      '  - 这种标记方案，称为三色标记法。缺点：可能漏标，需要 Final Remark 阶段的 STW 重新标记。',
      '',
      '### G1GC',
      '',
      '- 当堆内存使用率达到 `-XX:InitiatingHeapOccupancyPercent=45` 百分比时，G1GC 就会触发一次 Concurrent Marking Cycle 。',
      '- G1GC 发生 full GC 时采用 mark-sweep-compact 算法，容易导致长时间的 STW 。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(jvm, 'markdown', /^Heap$/), []);
    assert.deepEqual(notesAt(jvm, 'markdown', /^对象存储$/), []);
    assert.deepEqual(notesAt(jvm, 'markdown', /^三色标记法$/), []);
    const heap = [
      '## Priority queue',
      '',
      'A binary heap keeps the smallest element at the root: push and pop sift the element up or down in O(log n).',
      'Dijkstra and top-k problems use the heap as a priority queue in these algorithms.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(heap, 'markdown', /^heap$/), ['binary-heap']);
    const s3 = '# 对象存储\n\n对象存储把文件作为对象放进存储桶（bucket），用 S3 API 按 object key 读写。\n';
    assert.deepEqual(notesAt(s3, 'markdown', /^对象存储$/), ['object-storage-s3', 'object-storage-s3']);
    const graph = [
      '## 有向图判环',
      '',
      '用 DFS 的三色标记法：白色未访问，灰色在递归栈上，黑色已完成。DFS 遇到指向灰色顶点的回边就说明图中有环，',
      '时间复杂度 O(V+E)，这也是拓扑排序判环的常用算法。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(graph, 'markdown', /^三色标记法$/), ['cycle-detection']);
  });

  it("ArkUI's 请输入验证码 and VerticalAlign.Center are no input validation or CSS vertical-align (blind audit bn, bn-code-2)", () => {
    // As in the audited ArkTS login page.
    const ets = [
      '  checkLoginResponse(responseText: string) {',
      "    if (responseText.includes('请输入验证码')) {",
      "      throw new Error('需要输入验证码');",
      '    }',
      '  }',
      '',
      '  @Builder',
      '  loginForm(): void {',
      '    Row() {',
      "      Image($r('app.media.icon_user'))",
      '        .width(20)',
      '    }',
      "    .width('100%')",
      '    .alignItems(VerticalAlign.Center)',
      '  }',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ets, 'typescript', /^输入验证$/), []);
    assert.deepEqual(notesAt(ets, 'typescript', /^VerticalAlign$/), []);
    const zh = '## 安全\n\n服务端必须做输入验证：按白名单校验每个字段，不能只信任前端的表单校验。\n';
    assert.deepEqual(notesAt(zh, 'markdown', /^输入验证$/), ['input-validation']);
    const css = '.icon {\n  vertical-align: middle;\n}\n';
    assert.deepEqual(notesAt(css, 'css', /^vertical-align/), ['css-vertical-align']);
  });

  it("a workflow's own env variable Environment is no GitHub deployment environment; environment: is (blind audit bn, bn-code-4)", () => {
    // As in the audited workflow: a job-level env variable, tested in an if: condition.
    const workflow = [
      'jobs:',
      '  build-and-deploy:',
      '    runs-on: ubuntu-latest',
      '    env:',
      '      Environment: ${{ secrets.ENV }}',
      '    steps:',
      '      - name: Configure AWS Credentials for Demo',
      "        if: env.Environment == 'demo'",
      '        uses: aws-actions/configure-aws-credentials@v4',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(workflow, 'github-actions-workflow', /^Environment$/), []);
    const deploy = [
      'jobs:',
      '  deploy:',
      '    runs-on: ubuntu-latest',
      '    environment: production',
      '    steps:',
      '      - run: ./deploy.sh',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(deploy, 'github-actions-workflow', /^environment$/), ['github-actions-secrets']);
  });
});
