import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The V8 article of blind audit cd (cd-en-1), cut to the lines that make it a JavaScript-engine document.
const v8 = [
  '# V8 Engine Internals',
  '',
  '> **JIT compilation, optimization pipeline, and Hidden Classes**',
  '',
  "V8 is Google's high-performance JavaScript engine written in C++, used in Chrome and Node.js. Understanding V8's",
  'internals—including JIT compilation, optimization pipeline, and hidden classes—helps you write faster JavaScript code.',
  '',
  'V8 uses a **Just-In-Time (JIT)** compiler to convert JavaScript to machine code:',
  '',
  '1. **Parser** - Converts JavaScript to Abstract Syntax Tree (AST)',
  '2. **Ignition** - Bytecode interpreter (fast startup)',
  '3. **TurboFan** - Optimizing compiler (fast execution)',
  '4. **Garbage Collector (Orinoco)** - Memory management',
  '',
  '```javascript',
  '// Step 2: Ignition generates bytecode',
  'function getX(obj) {',
  '  return obj.x; // V8 remembers where x is located',
  '}',
  'getX(p1); // First call: V8 checks hidden class, caches x location',
  'getX(p1); // Cache hit: direct memory access',
  'getX({ x: 3, y: 4 }); // Cache hit: same hidden class',
  'getX({ x: 5, z: 6 }); // Another hidden class - more cache misses',
  '```',
  '',
  '3. **Adding properties after construction** - Causes hidden class transition and optimization bailout',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit cd', () => {
  it('a hidden class transition is no CSS transition; a CSS transition is (blind audit cd, cd-en-1)', () => {
    assert.deepEqual(notesAt(v8, 'markdown', /^transition$/), []);
    const css = '.button {\n  transition: background-color 200ms ease-in;\n}\n';
    assert.deepEqual(notesAt(css, 'css', /^transition$/), ['css-transitions']);
  });

  it("DDIA's atomic write operations are no ACID atomicity; an atomic transaction is (blind audit cd, cd-en-2)", () => {
    const ddia = [
      '# Chapter 07: Transactions',
      '',
      '### Read Committed',
      '',
      'The most basic level of transaction isolation, which makes 2 guarantees: no dirty reads and no dirty writes.',
      '',
      '#### Atomic write operations',
      '',
      '- Atomic operations are usually implemented by taking an exclusive lock on the object when it is read so that',
      '  no other transaction can read it until the update has been applied.',
      '- Another option is to simply force all atomic operations to be executed on a single thread.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ddia, 'markdown', /^atomic$/i), []);
    const acid = [
      '# Database transactions',
      '',
      'A transaction is atomic: either all of its writes are committed or the database rolls all of them back,',
      'and the isolation level decides which uncommitted rows another transaction can read.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(acid, 'markdown', /^atomic$/), ['acid']);
  });

  it("an Android app's TaskManager singleton is no Flink TaskManager; Flink's is (blind audit cd, cd-zh-1)", () => {
    const android = [
      '内存泄漏发生在堆内存中，指的是已经没有用的对象，仍然被引用，导致GC无法回收。推荐使用LeakCanary。',
      '',
      '```',
      'public class TaskManager {',
      '    private static volatile TaskManager instance;',
      '}',
      '```',
      '',
      '```',
      'public class MainActivity extends AppCompatActivity implements TaskListener{',
      '    @Override',
      '    protected void onCreate(Bundle savedInstanceState) {',
      '        super.onCreate(savedInstanceState);',
      '        TaskManager.getInstance().registerTaskListener(this);',
      '    }',
      '}',
      '```',
      '',
      '在这个例子中，TaskManager.instance静态成员，它的生命周期比Activity长，关闭Activity时，Activity无法回收而泄漏。',
      '',
      '### 非静态内部类引起的内存泄漏',
      '',
      '发送一个延时10秒的消息，这个时候Message被投递到MessageQueue中，移除消息队列中的对应的消息，释放Handler，从而释放Activity。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(android, 'markdown', /^TaskManager$/), []);
    const flink = [
      '# Flink 架构',
      '',
      'Flink 集群由一个 JobManager 和多个 TaskManager 组成。TaskManager 执行数据流的算子，每个 TaskManager 有若干 task slot；',
      'watermark 推进事件时间，checkpoint 保存状态。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(flink, 'markdown', /^TaskManager$/), ['apache-flink', 'apache-flink', 'apache-flink']);
  });
});
