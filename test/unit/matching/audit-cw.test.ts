import * as assert from 'node:assert/strict';
import { bundledMatcher, bundledNotesAt as notesAt } from './bundled';
import { scanDocument } from '../../../src/core/document-scan';
import type { TermRef } from '../../../src/core/corpus';

/** The notes of each match of `word`, with the four characters just before it (as `before|note`). */
function notesAfter(text: string, languageId: string, word: string): string[] {
  return scanDocument(bundledMatcher(), text, languageId, (v: TermRef) => v.noteId)
    .matches.filter((x) => x.text === word)
    .map((x) => text.slice(Math.max(0, x.start - 4), x.start) + '|' + x.entries.map((e) => e.value.noteId).join('|'));
}

// The Kafka article of blind audit cw (cw-en-1), cut to the lines that make it a Kafka (messaging) document.
const kafka = [
  '---',
  'title: "Kafka Internals #4: Consumer Groups & Coordination Protocol"',
  'categories: ["apache-kafka", "distributed-systems", "coordination", "consumer-groups"]',
  '---',
  '',
  'Today, we dive into how Kafka manages consumer group membership, partition assignment, and offset commits.',
  '',
  "Kafka's consumer group protocol enables **distributed consumption** where multiple consumers coordinate to consume",
  'partitions in parallel. The protocol provides:',
  '',
  '- **Automatic partition assignment**: Partitions distributed among active consumers',
  '- **Rebalancing**: Dynamic membership changes trigger reassignment',
  '- **Exactly-once semantics**: Coordinated offset commits prevent duplicate/lost messages',
  '- **Failure detection**: Heartbeat mechanism detects crashed consumers',
  '',
  '### Group Coordinator Selection',
  '',
  'Each consumer group is managed by exactly one coordinator, determined by:',
  '',
  '```java',
  '// From GroupCoordinatorService.java:394',
  'public int partitionFor(String groupId) {',
  '    return Utils.abs(groupId.hashCode()) % numPartitions;',
  '}',
  '```',
  '',
  'Where `numPartitions` is the number of partitions in the `__consumer_offsets` topic.',
  '',
  '**Example:**',
  '```',
  'groupId = "my-app"',
  'groupId.hashCode = 1234567',
  '__consumer_offsets partitions = 50',
  '',
  'coordinator partition = abs(1234567) % 50 = 17',
  'coordinator broker = leader of __consumer_offsets-17',
  '```',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit cw', () => {
  it('a parent class loader (父类加载器) is no superclass; a Java superclass is (blind audit cw, cw-zh-1)', () => {
    const loader = [
      '## 双亲委派模型',
      '',
      '```java',
      'public final ClassLoader getParent()',
      '```',
      '  - 返回该类加载器的超类加载器',
      '',
      '如果一个类加载器在接到加载类的请求时，它首先不会自己尝试去加载这个类，而是把这个请求任务委托给父类加载器去完成，',
      '依次递归，如果父类加载器可以完成类加载任务，就成功返回。这是一种父类加载器去请求子类加载器完成类加载的行为。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(loader, 'markdown', /^(父类|子类|超类)$/), []);
    assert.equal(notesAt(loader, 'markdown', /^类加载器$/).length, 7);
    const inheritance = [
      '# Java 继承',
      '',
      '`class B extends A` 让 B 成为子类，继承 A 可访问的成员。类只有一个父类（默认 `Object`），超类的构造器经 super(...) 调用。',
      '',
      '```java',
      'class Dog extends Animal {',
      '    Dog() { super(); }',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(inheritance, 'markdown', /^(父类|子类|超类)$/), [
      'java-inheritance',
      'java-inheritance',
      'java-inheritance',
    ]);
  });

  it("a Kafka group's membership changes are no Raft membership change; a Raft cluster's are (blind audit cw, cw-en-1)", () => {
    assert.deepEqual(notesAt(kafka, 'markdown', /^membership change/i), []);
    const raft = [
      '# Raft consensus',
      '',
      'Raft elects a leader by term; the leader appends entries to its log and replicates them to followers. An entry',
      'is committed once a quorum of the cluster has it. A membership change adds or removes servers through a',
      'configuration entry, one server at a time, so that two majorities never exist at once.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(raft, 'markdown', /^membership change/i), ['raft']);
  });

  it("a Kafka consumer group's groupId is no Maven groupId; a pom.xml's is (blind audit cw, cw-en-1)", () => {
    // The Java fence's `groupId` parameter is no Maven term either (xml and groovy only); the plain fence's were.
    assert.deepEqual(notesAt(kafka, 'markdown', /^groupId$/), []);
    const pom = [
      '<project>',
      '  <modelVersion>4.0.0</modelVersion>',
      '  <groupId>com.example</groupId>',
      '  <artifactId>demo</artifactId>',
      '  <version>1.0.0-SNAPSHOT</version>',
      '</project>',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pom, 'xml', /^groupId$/), ['maven', 'maven']);
  });

  it('a depthwise convolution is no depth-wise tree growth; XGBoost\'s grow_policy is (blind audit cw, cw-zh-2)', () => {
    const cnn = [
      '# 卷积神经网络（CNN）',
      '',
      '3.1 卷积层（Conv Layer）',
      '',
      '- 深度可分离卷积（Depthwise Separable Conv）：',
      '  - Step1: Depthwise Conv —— 每个输入通道单独卷积',
      '  - Step2: Pointwise Conv —— 1×1卷积融合通道',
      '  - 参数量大幅减少 → 用于MobileNet等轻量模型',
      '- The depthwise convolution of MobileNet filters each input channel on its own.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cnn, 'markdown', /^depthwise$/i), []);
    const xgb = [
      'import xgboost as xgb',
      '',
      'model = xgb.XGBClassifier(tree_method="hist", grow_policy="depthwise", max_depth=6)',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(xgb, 'python', /^depthwise$/), ['level-wise-tree-growth']);
  });

  it("a Django permission's \"Can view\" is no database view; a SQL view is (blind audit cw, cw-code-1)", () => {
    const django = [
      'from django.conf import settings',
      'from django.db import models',
      '',
      '',
      'class Collection(models.Model):',
      '    title = models.CharField(max_length=255)',
      '    featured_product = models.ForeignKey(',
      "        'Product', on_delete=models.SET_NULL, null=True, related_name='+', blank=True)",
      '',
      '',
      'class Customer(models.Model):',
      '    phone = models.CharField(max_length=255)',
      '    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)',
      '',
      '    class Meta:',
      "        ordering = ['user__first_name', 'user__last_name']",
      '        permissions = [',
      "            ('view_history', 'Can view history')",
      '        ]',
      '',
      '',
      'class Order(models.Model):',
      '    customer = models.ForeignKey(Customer, on_delete=models.PROTECT)',
      '',
      '',
      'class Cart(models.Model):',
      '    id = models.UUIDField(primary_key=True, default=uuid4)',
      '',
    ].join('\n');
    // Only "Can view" is fixed here; the `view` of the codename `view_history` is left for the lead (report cw).
    assert.deepEqual(
      notesAfter(django, 'python', 'view').filter((x) => x.startsWith('Can ')),
      [],
    );
    const sql = [
      '# Views',
      '',
      'A view is a named query over the schema: the table and its columns stay where they are, and a user who',
      'can view the rows queries the view like a table; the primary key and foreign key constraints stay on the tables.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(sql, 'markdown', /^view$/), ['database-view', 'database-view']);
  });

  it("an AWS secret access key is no Kubernetes Secret; a Secret object is (blind audit cw, cw-code-3)", () => {
    const cronjob = [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: mysql-backup',
      'spec:',
      '  schedule: "0 1 * * 0"',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          restartPolicy: Never',
      '          containers:',
      '            - name: mysql-dumper',
      '              image: mysql-dumper:latest',
      '              env:',
      '                - name: AWS_SECRET_ACCESS_KEY',
      '                  valueFrom:',
      '                    secretKeyRef:',
      '                      name: mysql-backup',
      '                      key: AWS_SECRET_ACCESS_KEY',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cronjob, 'yaml', /^secret$/i), []);
    const secret = ['apiVersion: v1', 'kind: Secret', 'metadata:', '  name: mysql-backup', 'type: Opaque', ''].join('\n');
    assert.deepEqual(notesAt(secret, 'yaml', /^Secret$/), ['kubernetes-secret']);
  });

  it('partition assignment, loadClass and findClass are explained (blind audit cw, cw-en-1 and cw-zh-1)', () => {
    assert.deepEqual(notesAt(kafka, 'markdown', /^partition assignment$/), [
      'kafka-consumer-group',
      'kafka-consumer-group',
    ]);
    const loader = [
      '## ClassLoader源码解析',
      '',
      '自定义类加载器时，会直接覆盖ClassLoader的findClass（）方法，而不是重写loadClass（）方法。',
      '',
      '```java',
      'protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {',
      '    Class<?> c = findLoadedClass(name);',
      '    if (c == null) c = findClass(name);',
      '    return c;',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(loader, 'markdown', /^(loadClass|findClass)$/), [
      'java-class-loading',
      'java-class-loading',
      'java-class-loading',
      'java-class-loading',
    ]);
  });
});
