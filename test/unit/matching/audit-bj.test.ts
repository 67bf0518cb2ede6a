import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bj', () => {
  it("a URLSession data task named task is no Swift concurrency Task; Task { } is (blind audit bj, bj-code-1)", () => {
    // As in the audited UITableViewController: the data task of URLSession.shared, then resumed.
    const swift = [
      'let session = URLSession.shared',
      'let task = session.dataTask(with: request as URLRequest, completionHandler: { data, response, error in',
      '    self.extract_json(data!)',
      '})',
      'task.resume()',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(swift, 'swift', /^task$/i), []);
    const concurrency = ['func refresh() {', '    Task {', '        await viewModel.load()', '    }', '}', ''].join('\n');
    assert.deepEqual(notesAt(concurrency, 'swift', /^Task$/), ['swift-async-await']);
  });

  it('the URL of URLResponse is no URL structure; URL(string:) is (blind audit bj, bj-code-1)', () => {
    const swift = [
      'let url: URL = URL(string: link)!',
      'guard let _: Data = data, let _: URLResponse = response, error == nil else {',
      '    return',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(swift, 'swift', /^URL$/), ['url-structure', 'url-structure']);
    const line = notesAt('guard let _: Data = data, let _: URLResponse = response else { return }\n', 'swift', /^URL$/);
    assert.deepEqual(line, []);
  });

  it("GitLab's $CI_PROJECT_NAMESPACE is no Kubernetes namespace; the helm -n namespace variable is (blind audit bj, bj-code-4)", () => {
    // As in the audited .gitlab-ci.yml: the project namespace (a group path) beside the cluster namespace of helm -n.
    const yml = [
      'variables:',
      '  NAMESPACE_MAIN: "prod"',
      '',
      'deploy_to_prod:',
      '  stage: deploy',
      '  script:',
      '    - make push-image TAG=$CI_PIPELINE_IID PROJECT_NAME=$CI_PROJECT_NAMESPACE REGISTRY=$CI_REGISTRY',
      '    - cp $INVAN_KUBECONFIG ~/.kube/config',
      '    - helm upgrade --install $DEPLOYMENT $HELM_REPO_NAME/$HELM_CHART_NAME --values .helm/values-prod.yml -n $NAMESPACE_MAIN',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(yml, 'yaml', /^NAMESPACE$/), ['namespace', 'namespace']);
    const project = notesAt('    - make build-image PROJECT_NAME=$CI_PROJECT_NAMESPACE\n', 'yaml', /^NAMESPACE$/);
    assert.deepEqual(project, []);
  });

  it('"Elasticsearch as a storage engine" is no InnoDB; the storage engine of a MySQL table is (blind audit bj, bj-en-2)', () => {
    const es = [
      '## What is Elasticsearch',
      '',
      'Elasticsearch is the distributed search and analytics engine at the heart of the Elastic Stack.',
      'It uses an inverted index for full-text search across the shards of an index.',
      '',
      '* **Automate business workflows using Elasticsearch as a storage engine**',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(es, 'markdown', /^storage engine$/), []);
    const mysql = [
      '## MySQL tables',
      '',
      'A MySQL table is stored by a storage engine; since MySQL 5.5 the default is InnoDB, with transactions,',
      'row locks and MVCC. Each SQL query reads the table through the buffer pool of the database.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mysql, 'markdown', /^storage engine$/), ['innodb']);
  });

  it("Deep Crossing's stacking layer is no ensemble stacking, and its feature vectors are no eigenvectors (blind audit bj, bj-zh-1)", () => {
    // As in the audited article on deep CTR models.
    const md = [
      '# 深度模型',
      '',
      '微软于2016年提出的Deep Crossing涵盖了深度CTR模型最典型的要素，即通过加入embedding层将稀疏特征转化为低维稠密特征，',
      '用stacking layer，或者叫做concat layer将分段的特征向量连接起来，再通过多层神经网络完成特征的组合、转换，最终用scoring layer完成CTR的计算。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^stacking$/), []);
    assert.deepEqual(notesAt(md, 'markdown', /^特征向量$/), []);
    const ensemble = [
      '# Ensemble methods',
      '',
      'Bagging, boosting and stacking combine several models. In stacking, a meta-model is trained on the',
      'predictions of the base models, as scikit-learn does with its classifiers in machine learning.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ensemble, 'markdown', /^stacking$/), ['ensemble-learning', 'ensemble-learning']);
    // Since round 47 the word needs a linear-algebra document (feature vectors are the common sense in ML texts).
    const algebra = '# 线性代数\n\n若 Av = λv，则 λ 称为矩阵 A 的特征值，v 是对应的特征向量；特征分解 A = QΛQ⁻¹ 中 Q 的列就是特征向量。\n';
    assert.deepEqual(notesAt(algebra, 'markdown', /^特征向量$/), ['eigenvalue-eigenvector', 'eigenvalue-eigenvector']);
  });

  it("a Java field mOwnerRef is no Kubernetes owner reference; an ownerRef is (blind audit bj, bj-zh-2)", () => {
    // As in the audited Handler article: a LifecycleHandler holding its owner by a weak reference.
    const java = [
      'public class LifecycleHandler extends Handler implements LifecycleObserver {',
      '    private WeakReference<LifecycleOwner> mOwnerRef;',
      '',
      '    public LifecycleHandler(LifecycleOwner owner) {',
      '        mOwnerRef = new WeakReference<>(owner);',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /ownerref/i), []);
    const md = [
      '## Garbage collection',
      '',
      'Each dependent object carries an ownerRef to its owner, and with blockOwnerDeletion the Kubernetes',
      'garbage collector deletes the Pods of a ReplicaSet after the ReplicaSet is gone.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^ownerRef$/), ['kubernetes-garbage-collection']);
  });
});
