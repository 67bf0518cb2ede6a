import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit am', () => {
  it("an ArkTS page's @Component is ArkUI's custom component; Angular's needs an Angular file (blind audit am, am-code-2)", () => {
    // As in the audited cart page: plenty of this / filter / => (frontend words) around one @Component.
    const ets = [
      "import router from '@ohos.router';",
      '',
      '@Component',
      'export default struct CartPage {',
      '  @State private items: CartItem[] = CartStore.getItems();',
      '  @State private selectedIds: number[] = [];',
      '',
      '  private toggleSelection(id: number): void {',
      '    const exists: boolean = this.selectedIds.indexOf(id) >= 0;',
      '    this.selectedIds = exists ? this.selectedIds.filter((v: number) => v !== id) : [...this.selectedIds, id];',
      '  }',
      '',
      '  private async handlePurchase(): Promise<void> {',
      '    const picked: CartItem[] = this.items.filter((item: CartItem) => this.selectedIds.indexOf(item.id) >= 0);',
      '    for (const entry of picked) {',
      '      await PointsStore.addPoints(entry.price);',
      '    }',
      '    this.items = CartStore.getItems();',
      '  }',
      '',
      '  build() {',
      '    Column() {',
      "      Text('购物车').fontSize(24)",
      '    }',
      '  }',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(ets, 'typescript', /^@Component$/), ['arkui-declarative-ui']);
    const angular = "import { Component, OnInit } from '@angular/core';\n\n@Component({\n  selector: 'app-hero-list',\n  templateUrl: './hero-list.component.html',\n})\nexport class HeroListComponent implements OnInit {\n  heroes: string[] = [];\n  ngOnInit(): void {\n    this.heroes = ['a'];\n  }\n}\n";
    assert.deepEqual(notesAt(angular, 'typescript', /^@Component$/), ['angular']);
  });
  it("Java's Atomic* classes are no ACID atomicity; a database transaction's atomic is (blind audit am, am-zh-2: a JUC note)", () => {
    const juc = [
      '### 四、原子类',
      '#### 六类原子类',
      '- Atomic* 基本类型原子类：AtomicInteger、AtomicLong、AtomicBoolean',
      '- Atomic* Array 数组类型原子类：AtomicIntegerArray、AtomicLongArray',
      '- 悲观锁：synchronized 和 ReentrantLock；乐观锁：CAS；线程池 ThreadPoolExecutor 与 ThreadLocal',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(juc, 'markdown', /^Atomic$/), []);
    const db = 'A database transaction is atomic: either all of its writes are committed or the whole transaction is rolled back. PostgreSQL and MySQL InnoDB use a write-ahead log so that a committed transaction survives a crash.\n';
    assert.deepEqual(notesAt(db, 'markdown', /^atomic$/), ['acid']);
  });
  // A Java lock-classification passage: 悲观锁 / 乐观锁 (filed under databases/transactions) make it read as a databases document too.
  const locks = [
    '#### 锁的分类',
    '- 线程要不要锁住同步资源：悲观锁(互斥同步锁)--乐观锁(非互斥同步锁)',
    '  - Java中悲观锁实现就是synchronized和Lock相关类，原子类、并发容器等为乐观锁',
    '  - 乐观锁一般利用CAS算法实现；悲观锁适合并发写入多、临界区持锁时间长的场景',
    '- 多线程能否共享一把锁：共享锁--独占锁',
    '  - Java中ReentrantReadWriteLock读写锁，读锁为共享锁，写锁为独占锁',
    '- 同一个线程是否可以重复获取一把锁：可重入锁--不可重入锁',
    '  - 可重入性能够避免死锁，synchronized和ReentrantLock都是可重入锁',
    '- ThreadLocal 的 initialValue() 是一个延迟加载的方法，调用 get() 的时候才会触发；线程池 ThreadPoolExecutor 复用线程',
    '',
  ].join('\n');
  it("a Java read lock's 共享锁 is no InnoDB shared row lock; a MySQL text's is (blind audit am, am-zh-2)", () => {
    assert.deepEqual(notesAt(locks, 'markdown', /^共享锁$/), []);
    const innodb = 'InnoDB 的行锁分为共享锁（S 锁）和排他锁（X 锁）：SELECT ... LOCK IN SHARE MODE 加共享锁，SELECT ... FOR UPDATE 加排他锁。事务提交后释放，MySQL 的间隙锁防止幻读。\n';
    assert.deepEqual(notesAt(innodb, 'markdown', /^共享锁$/), ['innodb-row-locks', 'innodb-row-locks']);
  });
  it("ThreadLocal's lazily initialised value (延迟加载) is no ORM lazy loading; a Hibernate N+1 text's is (blind audit am, am-zh-2)", () => {
    assert.deepEqual(notesAt(locks, 'markdown', /^延迟加载$/), []);
    const orm = 'Hibernate 默认对 @OneToMany 关联使用延迟加载：查询 100 个订单后循环访问 order.getItems()，会再发出 100 条 SQL，这就是 N+1 查询问题。可以用 JOIN FETCH 或 EntityGraph 一次取回。\n';
    assert.deepEqual(notesAt(orm, 'markdown', /^延迟加载$/), ['n-plus-one-query']);
  });
  it("a lock's 可重入性 is no reentrant function; a C signal-handler text's is (blind audit am, am-zh-2)", () => {
    assert.deepEqual(notesAt(locks, 'markdown', /^可重入性$/), []);
    const c = '信号处理函数必须是可重入的：malloc、printf 都不是可重入函数。strtok 使用静态缓冲区，破坏了可重入性，多线程或信号处理中应改用 strtok_r；中断服务程序 ISR 里同样只能调用可重入的函数。\n';
    assert.deepEqual(notesAt(c, 'markdown', /^可重入性$/), ['reentrant-function']);
  });
  it('栈 of a memory-management text (栈段, the stack segment) is no stack data structure; an algorithm text\'s is (blind audit am, am-zh-3)', () => {
    const memory = '- **段式管理**：应用程序的虚拟地址空间被分为大小不等的段，例如有主程序段 MAIN、数据段 D 及栈段 S 等。\n- **页式管理**：把物理内存分为物理页，虚拟地址经页表翻译，缺页中断时由内核调页；TLB 缓存页表项。\n';
    assert.deepEqual(notesAt(memory, 'markdown', /^栈$/), []);
    const brackets = '栈是后进先出的数据结构。用栈实现括号匹配：遇到左括号入栈，遇到右括号时弹出栈顶元素比较；时间复杂度 O(n)。\n';
    assert.deepEqual(notesAt(brackets, 'markdown', /^栈$/), ['stack-data-structure', 'stack-data-structure', 'stack-data-structure', 'stack-data-structure']);
  });
  it('乐观锁 / 悲观锁 say nothing about a document being about databases: a Java CAS text\'s 原子性 is no ACID (general notes, after blind audit am)', () => {
    // test/fixtures/documents/38-java-javaguide-cas-zh.md line 58; CAS 乐观锁 used to make the Java text a databases one.
    const cas = 'Java 的 Atomic 类依赖于 CAS 乐观锁来保证其方法的原子性，而不需要使用传统的锁机制（如 `synchronized` 块或 `ReentrantLock`）。悲观锁则假设冲突一定发生，先加锁再访问。\n';
    assert.deepEqual(notesAt(cas, 'markdown', /^原子性$/), []);
    assert.deepEqual(notesAt(cas, 'markdown', /^(乐观锁|悲观锁)$/), ['optimistic-locking', 'pessimistic-locking']);
    const mysql = 'MySQL 的事务具有原子性、一致性、隔离性和持久性。InnoDB 用 undo log 保证原子性，用 redo log 保证持久性；乐观锁靠 version 列实现。\n';
    assert.deepEqual(notesAt(mysql, 'markdown', /^原子性$/), ['acid', 'acid']);
  });
  it("Rust's std::thread is no C++ std::thread; a Rust concurrency page's threads are still threads (blind audit am, am-en-1)", () => {
    const rust = [
      '## Using threads to run code simultaneously',
      '',
      'In Rust, a thread is created with `thread::spawn`; the closure runs on a new OS thread. Concurrency in Rust is checked at compile time.',
      '',
      '```rust',
      'use std::thread;',
      'use std::time::Duration;',
      '',
      'fn main() {',
      '    let handle = thread::spawn(|| {',
      '        thread::sleep(Duration::from_millis(1));',
      '    });',
      '    handle.join().unwrap();',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(rust, 'markdown', /^std::thread$/), []);
    assert.ok(notesAt(rust, 'markdown', /^threads?$/).filter((n) => n.includes('process-and-thread')).length >= 2);
    assert.deepEqual(notesAt(rust, 'markdown', /^Concurrency$/), ['concurrency-vs-parallelism']);
    const cpp = 'C++11 added std::thread: a `std::thread` object starts a thread of execution at once, and must be joined or detached before it is destroyed.\n\n```cpp\nstd::thread t([] { work(); });\nt.join();\n```\n';
    assert.deepEqual(notesAt(cpp, 'markdown', /^std::thread$/), ['std-thread', 'std-thread', 'std-thread']);
  });
});
