import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Kafka transactions page of blind audit db (db-en-1, smallrye-reactive-messaging, Apache-2.0), cut to the lines
// that make it a Kafka (databases/messaging) document.
const kafka = [
  '# Kafka Transactions and Exactly-Once Processing',
  '',
  'Inside a transaction, a producer writes records to the Kafka topic partitions as it would normally do.',
  '',
  '* Each transactional producer is configured with a unique identifier called the `transactional.id`.',
  'This is used to identify the same producer instance across application restarts.',
  'When it is configured, the producer is limited to idempotent delivery, therefore `enable.idempotence=true` is implied.',
  '',
  '## Pooled Producer for Concurrent Transactions',
  '',
  'By default, `KafkaTransactions` uses a single transactional producer and a global lock, meaning only one transaction can be in progress at a time.',
  'This limits throughput when consuming from multiple partitions concurrently.',
  '',
].join('\n');

// The JVM collectors page of blind audit db (db-zh-2), cut to its Serial Old and Parallel Scavenge lines.
const collectors = [
  '## JVM垃圾回收器',
  '',
  '`Serial Old`是提供用于执行老年代垃圾收集的, 也是采用串行回收和STW机制。只不过内存回收算法使用的是**标记压缩算法**。',
  '',
  'Serial Old不仅是与Serial配合使用的老年代收集器, 而且也是作为CMS收集器的后背方案。',
  '',
  '- `-XX:ParallelGCThreads`,设置年轻代PS收集器的线程数。**一般最好与CPU数量相等, 避免线程切换带来的性能问题。**',
  '',
  '    - 在默认情况下, 当CPU数量小于8个, PS Thread的值等于CPU数量;',
  '',
  '    - 当CPU数量大于8个, PS Threads的值等于**3 + ((5 * CPU_Count)/8)**',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit db', () => {
  it("a Kafka emitter's global lock is no Seata @GlobalLock; Seata's annotation is (blind audit db, db-en-1)", () => {
    assert.deepEqual(notesAt(kafka, 'markdown', /^global ?lock$/i), []);
    const seata = [
      'import io.seata.spring.annotation.GlobalLock;',
      '',
      'public class AccountService {',
      '    @GlobalLock',
      '    @Transactional',
      '    public void deduct(String userId, int money) {',
      '        accountMapper.deduct(userId, money);',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(seata, 'java', /^GlobalLock$/), ['seata', 'seata']);
  });

  it('the count of Parallel Scavenge GC threads is no java.lang.Thread; Thread in Java code is (blind audit db, db-zh-2)', () => {
    assert.deepEqual(notesAt(collectors, 'markdown', /^Threads?$/), []);
    const java = ['Runnable task = () -> System.out.println("run");', 'Thread t = new Thread(task);', 't.start();', ''].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^Thread$/), ['java-runnable', 'java-runnable']);
  });

  it("Flutter's TextOverflow is no CSS text-overflow; a stylesheet's is (blind audit db, db-code-3)", () => {
    const dart = [
      "import 'package:flutter/material.dart';",
      '',
      'class _Item extends StatelessWidget {',
      '  @override',
      '  Widget build(BuildContext context) {',
      '    return new Text(',
      '      text,',
      '      style: const TextStyle(fontSize: 15.0, fontWeight: FontWeight.w500),',
      '      maxLines: 1,',
      '      overflow: TextOverflow.ellipsis,',
      '    );',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(dart, 'dart', /^TextOverflow$/), []);
    const css = ['.title {', '  white-space: nowrap;', '  overflow: hidden;', '  text-overflow: clip;', '}', ''].join('\n');
    assert.deepEqual(notesAt(css, 'css', /^text-overflow$/), ['css-overflow']);
  });

  it('a socket.io package directory is no BSD socket; socket() in C is (blind audit db, db-code-4)', () => {
    const workflow = [
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    strategy:',
      '      matrix:',
      '        node-version: [22, 24]',
      '    steps:',
      '    - name: Run unit tests of @foal/socket.io',
      '      run: cd packages/socket.io && npm run test',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(workflow, 'github-actions-workflow', /^socket$/i), []);
    const c = ['#include <sys/socket.h>', '', 'int fd = socket(AF_INET, SOCK_STREAM, 0);', ''].join('\n');
    assert.deepEqual(notesAt(c, 'c', /^socket$/), ['socket', 'socket']);
  });

  it('标记压缩 is mark-compact, another name of 标记整理 (alias added after blind audit db, db-zh-2)', () => {
    assert.deepEqual(notesAt(collectors, 'markdown', /^标记压缩$/), ['jvm-garbage-collection']);
  });

  it("Kafka's transactional.id is the transactional producer's id (alias added after blind audit db, db-en-1)", () => {
    assert.deepEqual(notesAt(kafka, 'markdown', /^transactional\.id$/), ['delivery-semantics']);
  });
});
