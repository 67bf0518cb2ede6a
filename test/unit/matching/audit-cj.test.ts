import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The JVM garbage-collection notes of blind audit cj (cj-zh-1), cut to the lines that make it a JVM document:
// the collectors, jstat's heap areas, jmap -heap's output.
const jvm = [
  '### 老年代GC',
  '      Serial GC',
  '      Concurrent Mark & Swepp GC (CMS)',
  '      Garbage First (G1) GC',
  '',
  '### Serial Gc(-XX:+UseSerialGC)',
  '        第一步是标记老年代中依然存活对象。（标记）',
  '        第二步，从头开始检查堆内存空间，并且只留下依然幸存的对象。（清理）',
  '',
  '### CMS GC (-XX:+UseConcMarkSweepGC)',
  '        当Stop-the-world发生时，除了GC所需的线程以外，所有线程都处于等待状态，直到GC任务完成。',
  '        在标记的过程中，其他的线程依然在执行。垃圾回收工作会在其他线程的执行过程中展开。',
  '',
  '### 监控工具 jstat',
  '        gc',
  '',
  '        输出每个堆区域的当前可用空间以及已用空间，GC执行的总次数，GC操作累计所花费的时间。',
  '',
  '        gcnew',
  '',
  '        输出新生代空间的GC性能数据',
  '',
  '        starting occupancy3 |	GC执行前堆区域总大小',
  '',
  '### 内存时出现OutOfMemoryError ，你应该执行堆内存转储（heap dump）',
  '     jmap –heap 3772',
  '',
  '        using parallel threads in the new generation.  ##新生代采用的是并行线程处理方式',
  '',
  '        using thread-local object allocation.',
  '',
  '        Concurrent Mark-Sweep GC   ##同步并行垃圾回收',
  '',
  '        Heap Configuration:  ##堆配置情况',
  '',
  '        MinHeapFreeRatio = 40 ##最小堆使用比例',
  '        MaxHeapFreeRatio = 70 ##最大堆使用比例',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit cj', () => {
  it('an Ansible task named "Find packages to upgrade" is no CMake find_package; find_package is (blind audit cj, cj-code-3)', () => {
    const tasks = [
      '---',
      '- name: Update apt cache',
      '  become: true',
      '  apt:',
      '    update_cache: true',
      '',
      '- name: Find packages to upgrade',
      '  become: true',
      '  shell: aptitude -q -F%p --disable-columns search "~U"',
      '  register: updates',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(tasks, 'yaml', /package/i), []);
    const prose = 'To find packages you depend on, look at the lock file before you upgrade.\n';
    assert.deepEqual(notesAt(prose, 'markdown', /package/i), []);
    const cmake = 'cmake_minimum_required(VERSION 3.20)\nproject(app CXX)\nfind_package(Threads REQUIRED)\ntarget_link_libraries(app PRIVATE Threads::Threads)\n';
    assert.deepEqual(notesAt(cmake, 'cmake', /^find_package$/), ['cmake']);
    const md = '# CMake\n\nUse `find_package(Foo REQUIRED)` to locate an installed package in CMakeLists.txt.\n';
    assert.deepEqual(notesAt(md, 'markdown', /^find_package$/), ['cmake']);
  });

  it("a JVM text's 堆区域 is the Java heap, not a C process's 堆区; a C++ memory-layout text's is (blind audit cj, cj-zh-1)", () => {
    assert.deepEqual(notesAt(jvm, 'markdown', /^堆区$/), []);
    const cpp = [
      '# C++ 内存分区模型',
      '',
      'C++ 程序运行时内存分为四个区：代码区、全局区、栈区、堆区。`new` 出来的对象在堆区，由程序员用 `delete` 释放；',
      '局部变量在栈区，函数返回时自动释放。`int* p = new int(10);` 中 p 本身在栈区，它指向的 int 在堆区。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cpp, 'markdown', /^堆区$/), ['process-memory-layout', 'process-memory-layout', 'process-memory-layout']);
  });

  it("jmap's \"thread-local object allocation\" is the TLAB, not ThreadLocal (blind audit cj, cj-zh-1)", () => {
    assert.deepEqual(notesAt(jvm, 'markdown', /thread-local/i), ['jvm-tlab']);
    const java = [
      '# ThreadLocal',
      '',
      'Each thread keeps its own copy: `private static final ThreadLocal<SimpleDateFormat> FMT = ThreadLocal.withInitial(...)`.',
      'A thread pool reuses threads, so call `remove()` in a finally block or the thread-local storage leaks.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'markdown', /^ThreadLocal\.withInitial$/), ['thread-local']);
  });

  it("HotSpot's MinHeapFreeRatio / MaxHeapFreeRatio are no min-heap or max-heap; a min-heap is (blind audit cj, cj-zh-1)", () => {
    assert.deepEqual(notesAt(jvm, 'markdown', /^M(in|ax)Heap$/), []);
    const algo = 'A priority queue is usually a binary heap: in a MinHeap the smallest key is at the root, so peek is O(1).\n';
    assert.deepEqual(notesAt(algo, 'markdown', /^MinHeap$/), ['binary-heap']);
  });

  it('编码位置 and 非线性表达 hold no 码位 or 线性表; a code point and a linear list are (blind audit cj, cj-zh-2)', () => {
    const pe = [
      '## 3.5 位置编码（Positional Encoding）',
      '',
      'Transformer 不像 RNN 那样自然感知顺序，因此需要显式位置编码。',
      '',
      '> 直观理解：正弦/余弦波不同频率编码位置，使模型区分顺序，同时允许插值预测。',
      '',
      '## 3.6 前馈全连接网络（Feed-Forward）',
      '',
      '* 独立处理每个位置',
      '* 增加非线性表达能力',
      '* 配合残差连接和 LayerNorm',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(pe, 'markdown', /^(码位|线性表)$/), []);
    const utf8 = 'Unicode 给每个字符一个码位（code point），UTF-8 把码位编码为 1 到 4 个字节。\n';
    assert.deepEqual(notesAt(utf8, 'markdown', /^码位$/), ['unicode-utf8', 'unicode-utf8']);
    const ds = '线性表是 n 个数据元素的有限序列，顺序表和链表是线性表的两种存储结构。\n';
    assert.deepEqual(notesAt(ds, 'markdown', /^线性表$/), ['linear-list', 'linear-list']);
  });
});
