import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Kafka README of blind audit dy (dy-en-1), cut to its install steps, its partition advice and a Java sample's Maven
// dependencies: the Maven and Java words make it a Java document as well as a Kafka one.
const kafkaReadme = [
  '# Apache Kafka',
  '',
  '## Kafka Installation',
  '',
  'Download Kafka from page: https://kafka.apache.org/downloads',
  'Unzip and copy it to your base folder',
  'Add Kafka bin folder or bin\\windows folder to your path variable',
  'Go to the kafka config folder and edit zookeeper.properties file and change the dataDir= to your desired location',
  '',
  '# Advise on Partitions and Replication Factors:',
  '## Best practise for partiitions:',
  '>6 Brokers -> Partitions = 2 * no. of borkers',
  '>12 Brokers -> Partitions = 1 * no. of brokers',
  'Also look at the no. of consumers and make partitions equals to or greater than the consumers in pipeline',
  'Do not have more than 2000 to 4000 partitions per broker',
  '',
  '## Kafka Sample Programs',
  '',
  '### 1) Simple Java Producer (Project name: simple-java-producer)',
  '1. This simple java producer project has two programs one with topic and value and another with topic, key and value.',
  '',
  '2. The main dependency for this project is',
  '```xml',
  '\t<dependency>',
  '\t    <groupId>org.apache.kafka</groupId>',
  '\t    <artifactId>kafka-clients</artifactId>',
  '\t    <version>2.8.0</version>',
  '\t</dependency>',
  '\t<dependency>',
  '\t    <groupId>org.slf4j</groupId>',
  '\t    <artifactId>slf4j-simple</artifactId>',
  '\t    <version>1.7.30</version>',
  '\t</dependency>',
  '```',
  '',
].join('\n');

// The swap article of blind audit dy (dy-en-2), cut to its reclaim and kswapd0 paragraphs and one of its shell fences.
const swapArticle = [
  '# 19 Cases： Why has the Swap of the system become higher (Part 1)',
  '',
  "Let's look at the latter possible outcome, OOM (Out Of Memory) due to memory",
  'resource constraints, which is relatively easy to understand and refers to the',
  'system killing processes that are taking up a lot of memory, releasing that memory,',
  'and reallocating it to other processes that need it more.',
  '',
  'Swap writes this infrequently accessed memory to disk and then frees it up for',
  'other processes that need it more. When you access the memory again, you just',
  'read it from disk again.',
  '',
  'In addition, the hibernation and fast boot features of our common laptops are',
  "also based on Swap. When hibernating, the system's memory is stored on the disk",
  'so that when it is turned on again, the memory is simply loaded from the disk.',
  'This eliminates the need to initialize many applications and speeds up the boot process.',
  '',
  'In addition to direct memory reclamation, there is a dedicated kernel thread for',
  'periodic memory reclamation, **kswapd0**. To measure memory usage, kswapd0 defines',
  'three memory thresholds (watermarks, also known as water levels). They are pages_min,',
  'pages_low, and pages_high. The remaining memory, in turn, is represented by pages_free.',
  '',
  'You can use the `numactl` command to see how processors are distributed across',
  'Nodes and how much memory each Node uses. For example, the following is an example',
  'of `numactl` output:',
  '',
  '```shell',
  '$ numactl --hardware',
  'available: 1 nodes (0)',
  'node 0 cpus: 0 1',
  'node 0 size: 7977 MB',
  'node 0 free: 4416 MB',
  '...',
  '```',
  '',
  '```shell',
  '$ cat /proc/zoneinfo',
  '...',
  'Node 0, zone   Normal',
  ' pages free     227894',
  '       min      14896',
  '```',
  '',
].join('\n');

// The GMP article of blind audit dy (dy-zh-1), cut to its thread-model passage and the G-M-P overview.
const gmpArticle = [
  '# GMP模型',
  '',
  'Golang的一大特色就是Goroutine。Goroutine是Golang支持高并发的重要保障。Golang可以创建成千上万个Goroutine来处理任务，将这些Goroutine分配、负载、调度到处理器上采用的是G-M-P模型。',
  '',
  '### 内核级线程模型',
  '',
  '**内核级线程模型中用户线程与内核线程是一对一关系（1 : 1）**。**线程的创建、销毁、切换工作都是有内核完成的**。应用程序不参与线程的管理工作，只能调用内核级线程编程接口(应用程序创建一个新线程或撤销一个已有线程时，都会进行一个系统调用）。',
  '',
  '### 用户级线程模型',
  '',
  '从上图中可以看出来：库调度器从进程的多个线程中选择一个线程，然后该线程和该进程允许的一个内核线程关联起来。内核线程将被操作系统调度器指派到处理器内核。',
  '',
  '## G-M-P模型概览',
  '',
  '- G - Goroutine，Go协程，是参与调度与执行的最小单位',
  '- M - Machine，指的是系统级线程',
  '- 若全局队列也未找到可运行的G时候，M会随机从其他 P 的本地队列偷一半放到自己 P 的本地队列。',
  '- 调度器初始化：设置M最大数量，P个数，栈和内存出事，以及创建 GOMAXPROCS个P',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dy', () => {
  it("the English verb equals is no Java equals in prose; an equals override in Java is (blind audit dy, dy-en-1)", () => {
    assert.deepEqual(notesAt(kafkaReadme, 'markdown', /^equals$/), []);
    const java = [
      'public final class Money {',
      '    private final long cents;',
      '',
      '    @Override',
      '    public boolean equals(Object other) {',
      '        return other instanceof Money m && m.cents == cents;',
      '    }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^equals$/), ['equals-hashcode']);
  });

  it("your PATH variable is no Spring path variable; a @PathVariable's is (blind audit dy, dy-en-1)", () => {
    assert.deepEqual(notesAt(kafkaReadme, 'markdown', /^path variable$/i), []);
    const spring = [
      '# Binding request data in Spring MVC',
      '',
      'In a `@RestController`, `@GetMapping("/owners/{ownerId}")` maps the request and `@PathVariable Long ownerId` binds the',
      'path variable to the handler method parameter; `@RequestParam` reads the query string instead.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(spring, 'markdown', /^path variable$/i), ['spring-mvc-handler-arguments']);
  });

  it("a command's name starting a wrapped prose line is a word; in shell code, a fence or a code span it is the command (blind audit dy, dy-en-2)", () => {
    assert.deepEqual(notesAt(swapArticle, 'markdown', /^read$/), []);
    const shell = ['#!/usr/bin/env bash', 'printf "Continue? "', 'read answer', '[ "$answer" = y ] || exit 1', ''].join('\n');
    assert.deepEqual(notesAt(shell, 'shellscript', /^read$/), ['bash-read-builtin']);
    const md = [
      '# Prompting in a script',
      '',
      'The builtin `read` stores the line it reads in a variable:',
      '',
      '```bash',
      'printf "Continue? "',
      'read answer',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^read$/), ['bash-read-builtin', 'bash-read-builtin']);
  });

  it('the boot process is no OS process; the processes OOM kills are (blind audit dy, dy-en-2)', () => {
    const processes = notesAt(swapArticle, 'markdown', /^process(es)?$/);
    // The three "processes" that OOM kills and memory goes to; not "speeds up the boot process".
    assert.equal(processes.length, 3);
    assert.ok(processes.every((n) => n === 'process-and-thread'));
  });

  it('kswapd0 is the kswapd thread (alias added after blind audit dy, dy-en-2)', () => {
    assert.deepEqual(notesAt(swapArticle, 'markdown', /^kswapd0$/), ['page-reclaim', 'page-reclaim']);
  });

  it('a thread library\'s 编程接口 is no Go interface; Go\'s 接口 is (blind audit dy, dy-zh-1)', () => {
    assert.deepEqual(notesAt(gmpArticle, 'markdown', /^接口$/), []);
    const iface = [
      '# Go 接口',
      '',
      'Go 的接口是隐式实现的：只要 struct 实现了接口的全部方法，就满足该接口，不需要 implements 声明。',
      '',
      '```go',
      'type Reader interface {',
      '\tRead(p []byte) (n int, err error)',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(iface, 'markdown', /^接口$/), ['go-interface', 'go-interface', 'go-interface']);
  });

  it("a thread library's 库调度器 is no Go scheduler; Go's 调度器 is (blind audit dy, dy-zh-1)", () => {
    // 库调度器 of the N:1 model and 操作系统调度器 are not Go's; 调度器初始化 of the GMP overview is.
    assert.deepEqual(notesAt(gmpArticle, 'markdown', /^调度器$/), ['gmp-scheduler']);
  });

  it('shader linking is no native linker; linking in C++ is (blind audit dy, dy-code-1)', () => {
    const shader = [
      '\t\tglLinkProgram(program);',
      '',
      '\t\tGLint isLinked;',
      '\t\tglGetProgramiv(program, GL_LINK_STATUS, &isLinked);',
      '\t\tif (isLinked == GL_FALSE)',
      '\t\t{',
      '\t\t\tGLint maxLength;',
      '\t\t\tglGetProgramiv(program, GL_INFO_LOG_LENGTH, &maxLength);',
      '',
      '\t\t\tstd::vector<GLchar> infoLog(maxLength);',
      '\t\t\tglGetProgramInfoLog(program, maxLength, &maxLength, infoLog.data());',
      '\t\t\tHZ_CORE_ERROR("Shader linking failed ({0}):\\n{1}", m_FilePath, infoLog.data());',
      '',
      '\t\t\tglDeleteProgram(program);',
      '\t\t}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(shader, 'cpp', /^linking$/), []);
    const cpp = [
      '// An undefined reference is reported at linking, not compiling: the declaration compiles,',
      '// but no object file defines the symbol.',
      'int helper();',
      'int main() { return helper(); }',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpp, 'cpp', /^linking$/), ['linker']);
  });
});
