import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// smartjiang-java/JVM 03_01_JMM.md of blind audit fi (fi-zh-1), lines 1-19, 34-48, 61-62 and 66-97 (short quotes).
const jmmNotes = [
  '# JMM',
  '',
  '## 硬件层数据一致性',
  '',
  '现代CPU的数据一致性实现 = 缓存锁(MESI ...) + 总线锁',
  '',
  '读取缓存以cache line为基本单位，目前64bytes',
  '',
  '位于同一缓存行的两个不同数据，被两个不同CPU锁定，产生互相影响的伪共享问题',
  '',
  '伪共享问题：JUC/c_028_FalseSharing',
  '',
  '乱序执行的证明：JVM/jmm/Disorder.java',
  '',
  'cpu内存屏障 X86   屏障的作用是:不允许屏障两侧的指令乱序执行,在两条指令之间加了屏障',
  '> 写屏障 sfence:  store| 在sfence指令前的写操作当必须在sfence指令后的写操作前完成。',
  '> 读屏障 lfence：load | 在lfence指令前的读操作当必须在lfence指令后的读操作前完成。',
  '> 读写屏障 mfence：modify/mix | 在mfence指令前的读写操作当必须在mfence指令后的读写操作前完成。',
  '',
  '> StoreLoad屏障：',
  '> 对于这样的语句Store1; StoreLoad; Load2，',
  '',
  '软件层次：JVM级别如何规范（JSR133）:依赖于硬件级别的内存屏障或者lock指令',
  '',
  'volatile的实现细节',
  '',
  '1. 字节码层面,加了ACC_VOLATILE访问标记(flags),读取到这个之后,去加屏障',
  '2. JVM层面',
  '   volatile内存区的读写 都加屏障',
  '   注意:volatile不能保证原子性,不能替代synchronized的原因',
  '   例如: volatile i;    i++;',
  '        对于i++的操作,分两步,先读出i,读的时候加内存屏障,++的时候加内存屏障,但是在这两步之间却没有同步',
  '',
  'synchronized实现细节',
  '',
  '1. 字节码层面',
  '   同步语句块:1个monitorenter   两个monitorexit --->告诉虚拟机需要加锁',
  '2. JVM层面',
  '   C C++ 调用了操作系统提供的同步机制',
  '3. OS和硬件层面',
  '   X86 : lock cmpxchg / xxx',
  '',
].join('\n');

// delta94e/MD-front-end security/WebSecurity-Deep-Dive.md of blind audit fi (fi-en-1): lines 357 and 419-423 (short quotes),
// with two lines summing up its §7 written for the test.
const csrfNotes = [
  '## §7. CSRF: Cross-Site Request Forgery',
  '',
  'Victim logs into Bank.com and gets a session cookie; Evil.com then sends a request to Bank.com.',
  'XSS injects code into the target site; CSRF only rides along on its cookies. Defense: CSRF token, SameSite.',
  '',
  '```javascript',
  '// CSRF attack examples:',
  '',
  '// ① GET-based (simplest — just an image tag!)',
  '// Evil.com page contains:',
  '<img src="https://bank.com/transfer?to=attacker&amount=10000" />',
  '```',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit fi', () => {
  it("a Java memory-model text's volatile is Java's, not embedded C's; an MCU text's volatile stays C's (blind audit fi, fi-zh-1)", () => {
    const ids = notesAt(jmmNotes, 'markdown', /^volatile$/);
    assert.ok(ids.length > 0);
    assert.ok(ids.every((id) => id === 'java-volatile'), ids.join(', '));
    const mcu = [
      '# STM32 中断与 volatile',
      '',
      '在 STM32 单片机上，ISR 修改、主循环读取的标志必须声明为 volatile，否则编译器可能只读一次；',
      '外设寄存器也要通过 volatile 指针访问，CMSIS 的 __IO 就是 volatile。',
      '',
      '```c',
      'volatile uint32_t tick;',
      'void SysTick_Handler(void) { tick++; }',
      '```',
      '',
    ].join('\n');
    assert.ok(notesAt(mcu, 'markdown', /^volatile$/).includes('volatile-in-embedded-c'));
  });

  it('"告诉虚拟机需要加锁" in a JVM text is no hypervisor; 虚拟机 in a KVM text is (blind audit fi, fi-zh-1)', () => {
    assert.deepEqual(notesAt(jmmNotes, 'markdown', /^虚拟机$/), []);
    const kvm = [
      '# KVM 虚拟化',
      '',
      'KVM 是 Linux 内核模块，把内核变成 hypervisor；QEMU 负责设备模拟，每个虚拟机是宿主机上的一个 qemu 进程。',
      '用 virsh list 查看虚拟机，virsh start 启动，cgroups 限制它的 CPU 和内存。',
      '',
    ].join('\n');
    assert.ok(notesAt(kvm, 'markdown', /^虚拟机$/).includes('hypervisor'));
  });

  it('an HTML <img> "image tag" in a CSRF text is no container image tag; a Docker image tag is (blind audit fi, fi-en-1)', () => {
    assert.deepEqual(notesAt(csrfNotes, 'markdown', /^image tag$/i), []);
    const docker = [
      '# Tagging Docker images',
      '',
      'Build with `docker build -t myapp:1.4 .` and push to the registry with `docker push`. An image tag is a',
      'movable name, so pin the digest in the Dockerfile FROM line; never reuse an image tag like latest in production.',
      '',
    ].join('\n');
    assert.ok(notesAt(docker, 'markdown', /^image tag$/i).includes('container-image'));
  });
});
