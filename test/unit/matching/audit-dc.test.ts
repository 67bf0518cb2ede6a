import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Raft paper's Chinese translation of blind audit dc (dc-zh-1, maemual/raft-zh_cn, sections 5.1-5.4), cut to a
// few lines: a databases document through Raft (databases/distributed), where 索引 is the index of a log entry.
const raft = [
  '### 5.1 Raft 基础',
  '',
  '任期在 Raft 算法中充当逻辑时钟的作用，任期使得服务器可以检测一些过期的信息：比如过期的领导人。每个节点存储一个当前任期号。',
  '',
  'Raft 算法中服务器节点之间通信使用远程过程调用（RPCs），并且基本的一致性算法只需要两种类型的 RPCs。请求投票（RequestVote） RPCs',
  '由候选人在选举期间发起（章节  5.2），然后附加条目（AppendEntries）RPCs 由领导人发起，用来复制日志和提供一种心跳机制（章节 5.3）。',
  '',
  '### 5.3 日志复制',
  '',
  '日志以图 6 展示的方式组织。每一个日志条目存储一条状态机指令和从领导人收到这条指令时的任期号。每一条日志条目同时也都有一个整数索引值来表明它在日志中的位置。',
  '',
  '* 如果在不同的日志中的两个条目拥有相同的索引和任期号，那么他们存储了相同的指令。',
  '* 如果在不同的日志中的两个条目拥有相同的索引和任期号，那么他们之前的所有日志条目也全部相同。',
  '',
  '#### 5.4.1 选举限制',
  '',
  '在任何基于领导人的一致性算法中，领导人都必须存储所有已经提交的日志条目。在某些一致性算法中，例如 Viewstamped Replication，',
  '某个节点即使是一开始并没有包含所有已经提交的日志条目，它也能被选为领导人。',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dc', () => {
  it("索引 in the Raft paper is a log entry's index, not a database index; in a MySQL text it is one (blind audit dc, dc-zh-1)", () => {
    assert.deepEqual(notesAt(raft, 'markdown', /^索引$/), []);
    const mysql = [
      '# MySQL 索引',
      '',
      'InnoDB 的索引是一棵 B+ 树：聚簇索引的叶子节点存整行数据，二级索引的叶子节点存主键值，查到主键后还要回表。',
      '用 `EXPLAIN` 看查询走了哪个索引；`WHERE` 条件满足联合索引的最左前缀时才能用上它。',
      '',
    ].join('\n');
    assert.ok(notesAt(mysql, 'markdown', /^索引$/).includes('database-index'));
  });

  it('Viewstamped Replication is a consensus protocol, not database replication; MySQL replication is (blind audit dc, dc-zh-1)', () => {
    assert.deepEqual(notesAt(raft, 'markdown', /^Replication$/i), []);
    const mysql = [
      '# MySQL replication',
      '',
      'MySQL replication copies the binlog of the source to each replica; `SHOW REPLICA STATUS` reports the replication lag,',
      'and InnoDB, the primary key and the binlog format decide how rows are applied on the replica.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mysql, 'markdown', /^replication$/), ['database-replication', 'database-replication']);
  });

  it("a Java method named runBlocking is no Kotlin coroutine builder; Kotlin's runBlocking is (blind audit dc, dc-code-1)", () => {
    const java = [
      'package com.backstreetbrogrammer.ch02_chainingAndSplittingTasks;',
      '',
      'import java.util.concurrent.*;',
      '',
      'public class ChainingTasksDemo {',
      '',
      '    public static void main(final String[] args) throws ExecutionException, InterruptedException {',
      '        runBlocking();',
      '        runAsync();',
      '    }',
      '',
      '    private static void runBlocking() throws ExecutionException, InterruptedException {',
      '        final ExecutorService executor = Executors.newFixedThreadPool(4);',
      '        final Future<MarketData> futureMarketData = executor.submit(() -> getMarketData());',
      '        final MarketData marketData = futureMarketData.get();',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^runBlocking$/), []);
    const kotlin = [
      'import kotlinx.coroutines.*',
      '',
      'fun main() = runBlocking {',
      '    launch { delay(1000L); println("World!") }',
      '    println("Hello")',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kotlin, 'kotlin', /^runBlocking$/), ['kotlin-coroutines']);
  });

  it("a Go package named postgresdb is not the image's POSTGRES_DB; a Compose file's is (blind audit dc, dc-code-2)", () => {
    const go = [
      'package middleware',
      '',
      'import (',
      '\t"github.com/appleboy/gin-jwt/v2"',
      '\t"github.com/gin-gonic/gin"',
      '\t"github.com/lucabrasi83/vscan/postgresdb"',
      ')',
      '',
      '// AuthenticateUser queries the DB for credentials match and return user details',
      'func authenticateUser(u string, p string) (*postgresdb.VulscanoDBUser, error) {',
      '',
      '\tuserDetails, err := postgresdb.DBInstance.AuthenticateUser(u, p)',
      '',
      '\tif err != nil {',
      '\t\treturn nil, err',
      '\t}',
      '',
      '\treturn userDetails, nil',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /^postgres_?db$/i), []);
    const compose = [
      'services:',
      '  db:',
      '    image: postgres:16',
      '    environment:',
      '      POSTGRES_USER: app',
      '      POSTGRES_PASSWORD: secret',
      '      POSTGRES_DB: appdb',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(compose, 'dockercompose', /^POSTGRES_DB$/), ['postgres-docker']);
  });

  it("SECRET_KEY_BASE is the application's signing key, not a Kubernetes Secret; the chart's secret is (blind audit dc, dc-code-4)", () => {
    const deployment = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: {{ include "plausible-analytics.fullname" . }}',
      '  annotations:',
      '    checksum/secret: {{ include (print $.Template.BasePath "/secret.yaml") . | sha256sum }}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: {{ .Chart.Name }}',
      '          env:',
      '            - name: SECRET_KEY_BASE',
      '              valueFrom:',
      '                secretKeyRef:',
      '                  key: SECRET_KEY_BASE',
      '                  name: {{ include "plausible-analytics.fullname" . }}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(deployment, 'yaml', /^SECRET$/), []);
    assert.deepEqual(notesAt(deployment, 'yaml', /^secret$/), ['kubernetes-secret', 'kubernetes-secret']);
  });

  it("Vue's ReactiveEffect is the reactivity system's effect (alias added after blind audit dc, dc-zh-2)", () => {
    const vue = [
      '## 响应式核心 effect、trace、trigger 简单认识',
      '',
      '### 由 `ReactiveEffect` 引出 track',
      '',
      'effect 重点就是 `ReactiveEffect` 类。',
      '',
      '```ts',
      'export class ReactiveEffect<T = any> {',
      '    constructor(',
      '        public fn: () => T,',
      '        public scheduler: EffectScheduler | null = null,',
      '        scope?: EffectScope',
      '    ) {',
      '        recordEffectScope(this, scope)',
      '    }',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(vue, 'markdown', /^ReactiveEffect$/), ['vue-reactive', 'vue-reactive', 'vue-reactive']);
  });

  it("the detection idiom's is_detected is std-enable-if's (alias added after blind audit dc, dc-code-3)", () => {
    const hpp = [
      '// http://en.cppreference.com/w/cpp/experimental/is_detected',
      'template <class Default, class AlwaysVoid, template <class...> class Op, class... Args>',
      'struct detector {',
      '    using value_t = std::false_type;',
      '    using type = Default;',
      '};',
      '',
      'template <template <class...> class Op, class... Args>',
      'using is_detected = typename detector<nonesuch, void, Op, Args...>::value_t;',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(hpp, 'cpp', /^is_detected$/), ['std-enable-if']);
    assert.deepEqual(notesAt('if face.is_detected:\n    draw_box(frame, face)\n', 'python', /^is_detected$/), []);
  });
});
