import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// oktadev/okta-blog _source/_posts/2022-08-26-state-of-java-project-loom.md of blind audit fg (fg-en-2), lines 12-14, 26-28,
// 41, 58-65 and 164-168 of the excerpt (short quotes): a Java text that compares virtual threads with goroutines.
const loomPost = [
  '# What the Heck Is Project Loom for Java?',
  '',
  'One of the most common concurrency use cases is serving requests over the wire using a server. For this, the preferred',
  'approach is the thread-per-request model, where a separate thread handles each request.',
  '',
  'Virtual threads are lightweight threads that are not tied to OS threads but are managed by the JVM. This is quite similar to',
  'coroutines, like goroutines, made famous by the Go programming language (Golang). Compare the below with Golang\'s goroutines.',
  '',
  '```java',
  'Thread.startVirtualThread(() -> {',
  '    System.out.println("Hello, Project Loom!");',
  '});',
  '```',
  '',
  '```go',
  'go func() {',
  '    println("Hello, Goroutines!")',
  '}()',
  '```',
  '',
  'The new implementation of virtual threads is done in the JVM, where it maps multiple virtual threads to one or more OS threads.',
  '',
  '- It is a `Thread` in code, runtime, debugger, and profiler',
  '- Virtual threads use a work-stealing `ForkJoinPool` scheduler',
  '- Pluggable schedulers can be used for asynchronous programming',
  '',
  '```java',
  'try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {',
  '    IntStream.range(0, 100_000).forEach(i -> executor.submit(() -> {',
  '        Thread.sleep(Duration.ofSeconds(1));',
  '        return i;',
  '    }));',
  '}',
  '```',
  '',
  'You can find the benchmark source code on GitHub. Here are some other meaningful benchmarks for virtual threads:',
  '',
  '- A benchmark using Akka actors on Medium',
  '- JMH benchmarks for I/O and non-I/O tasks on GitHub',
  '',
].join('\n');

// luoluocaihong/rabbitmq-learn readme.md of blind audit fg (fg-zh-1), lines 19-20 and 41 (short quotes).
const rabbitReadme = [
  '- [Work Queues](http://www.rabbitmq.com/tutorials/tutorial-two-java.html)',
  '   RabbitMQ提供```prefetch```的配置用于控制消费者允许的未回复的最大消息数.',
  '   ```spring.rabbitmq.listener.simple.prefetch=1```即告诉RabbitMQ Server,当前消费者最多一次只能处理一条消息,要等到消息处理完回复ack之后才能再给这个消费者派发消息.',
  '   RabbitMQ通过提供**Message acknowledgment**机制来确保消息不丢失.消费者通过回复生产者一个ack消息来通知生产者消息已经接收并消费完成.',
  '   > Also, RabbitMQ doesn\'t do fsync(2) for every message -- it may be just saved to cache and not really written to the disk.',
  '',
].join('\n');

// rofl0r/microsocks sockssrv.c of blind audit fg (fg-code-1), lines 64-77 of the excerpt (short quotes).
const microsocks = [
  '#include <netdb.h>',
  '#include <sys/socket.h>',
  'static int connect_socks_target(unsigned char *buf, size_t n, struct client *client) {',
  '\tstruct addrinfo* remote;',
  '\tif(resolve(namebuf, port, &remote)) return -EC_GENERAL_FAILURE;',
  '\tint fd = socket(remote->ai_family, SOCK_STREAM, 0);',
  '\tif(fd == -1) {',
  '\t\teval_errno:',
  '\t\tif(fd != -1) close(fd);',
  '\t\tfreeaddrinfo(remote);',
  '\t\tswitch(errno) {',
  '\t\t\tcase ETIMEDOUT:',
  '\t\t\t\treturn -EC_TTL_EXPIRED;',
  '\t\t\tcase ECONNREFUSED:',
  '\t\t\t\treturn -EC_CONN_REFUSED;',
  '\t\t}',
  '\t}',
  '\tif(connect(fd, remote->ai_addr, remote->ai_addrlen) == -1)',
  '\t\tgoto eval_errno;',
  '\treturn fd;',
  '}',
  '',
].join('\n');

const dnsText = [
  '# DNS resolution on Linux',
  '',
  'The recursive resolver asks the root, TLD and authoritative servers over UDP port 53 and caches every record for its TTL;',
  'lower the TTL before a migration. An authoritative-only server answers a recursive query with REFUSED, a missing name',
  'with NXDOMAIN; `dig` shows the status, and getaddrinfo() reads /etc/resolv.conf and nsswitch.conf.',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit fg', () => {
  it('a ForkJoinPool scheduler in a Java text is no Go scheduler; the Go runtime\'s scheduler is (blind audit fg, fg-en-2)', () => {
    assert.deepEqual(notesAt(loomPost, 'markdown', /^(work.stealing|schedulers?)$/i), []);
    const go = [
      '# Go 调度器',
      '',
      'The Go scheduler runs goroutines on OS threads: each P has a local run queue of goroutines, GOMAXPROCS sets the number of',
      'Ps, and an idle P uses work stealing to take half of another P\'s goroutines. When a goroutine blocks in a system call,',
      'the scheduler hands its P to another M; runtime.Gosched yields the processor.',
      '',
    ].join('\n');
    assert.ok(notesAt(go, 'markdown', /^scheduler$/).includes('gmp-scheduler'));
    assert.deepEqual(notesAt(go, 'markdown', /^work stealing$/), ['gmp-scheduler']);
  });

  it('a Java benchmark is no Go benchmark; a benchmark in a Go text is (blind audit fg, fg-en-2)', () => {
    assert.deepEqual(notesAt(loomPost, 'markdown', /^benchmarks?$/i), []);
    const go = [
      '# Go testing',
      '',
      'A benchmark is a function BenchmarkXxx(b *testing.B) in a _test.go file; go test -bench=. runs it with b.N iterations,',
      'goroutines and channels included, and benchstat compares two runs.',
      '',
    ].join('\n');
    assert.ok(notesAt(go, 'markdown', /^benchmark$/).includes('go-benchmark'));
  });

  it('"it maps multiple virtual threads" in a Java text is no Go map; a map in Go code is (blind audit fg, fg-en-2)', () => {
    assert.deepEqual(notesAt(loomPost, 'markdown', /^maps?$/i), []);
    const go = ['package main', '', 'func count(words []string) map[string]int {', '\tm := map[string]int{}', '\tfor _, w := range words {', '\t\tm[w]++', '\t}', '\treturn m', '}', ''].join('\n');
    assert.ok(notesAt(go, 'go', /^map$/).every((id) => id === 'go-map'));
    assert.ok(notesAt(go, 'go', /^map$/).length >= 2);
  });

  it('"最多一次只能处理一条消息" is no at-most-once delivery; 最多一次 as a delivery guarantee is (blind audit fg, fg-zh-1)', () => {
    assert.deepEqual(notesAt(rabbitReadme, 'markdown', /^最多一次$/), []);
    const kafka = [
      '# Kafka 投递语义',
      '',
      'Kafka 的消费者先提交 offset 再处理消息是最多一次，先处理再提交是至少一次；幂等生产者加事务才能做到精确一次。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kafka, 'markdown', /^最多一次$/), ['delivery-semantics']);
  });

  it("RabbitMQ's fsync(2) is no FatFs f_sync; f_sync in FatFs C code is (blind audit fg, fg-zh-1)", () => {
    assert.deepEqual(notesAt(rabbitReadme, 'markdown', /^fsync$/), ['fsync']);
    const fatfs = ['#include "ff.h"', '', 'void log_line(FIL *fil, const char *s) {', '\tUINT bw;', '\tf_write(fil, s, strlen(s), &bw);', '\tf_sync(fil);', '}', ''].join('\n');
    assert.deepEqual(notesAt(fatfs, 'c', /^f_sync$/), ['fatfs']);
  });

  it("a SOCKS reply's EC_TTL_EXPIRED is no DNS TTL; a record's TTL is (blind audit fg, fg-code-1)", () => {
    assert.deepEqual(notesAt(microsocks, 'c', /^TTL$/), []);
    assert.ok(notesAt(dnsText, 'markdown', /^TTL$/).every((id) => id.split('|').includes('dns')));
    assert.equal(notesAt(dnsText, 'markdown', /^TTL$/).length, 2);
  });

  it('EC_CONN_REFUSED is no DNS REFUSED; an authoritative server\'s REFUSED is (blind audit fg, fg-code-1)', () => {
    assert.deepEqual(notesAt(microsocks, 'c', /^REFUSED$/), []);
    assert.deepEqual(notesAt(dnsText, 'markdown', /^REFUSED$/), ['dns-response-codes']);
  });
});
