import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// joelagnel/rust-cpp-book chapters/04-ownership-lifetimes-clone.md of blind audit er (er-en-2), lines 49-68 and 81-100 of the excerpt.
const rustErrors = [
  '## Ownership, Lifetimes and Cloning',
  '',
  "When passing objects to functions, Rust's ownership model ensures that ownership must be explicitly managed.",
  '',
  '```rust',
  'fn main() {',
  '    let mut x = 42;',
  '    let ptr2 = &mut x;',
  '    let y = ptr2;       // mutable ref moved',
  '',
  '    println!("{} {}", y, ptr2);',
  '}',
  '```',
  '',
  'Results in the following error:',
  '```rust',
  "error[E0382]: borrow of moved value: `ptr2`",
  ' --> src/main.rs:4:26',
  '  |',
  '2 |     let mut x = 42; let ptr2 = &mut x; let y = ptr2;',
  '  |                         ----                   ---- value moved here',
  '  |                         |',
  "  |                         move occurs because `ptr2` has type `&mut i32`, which does not implement the `Copy` trait",
  '3 |',
  '4 |     println!("{} {}", y, ptr2);',
  '  |                          ^^^^ value borrowed here after move',
  '```',
  '',
  'This results in the following error:',
  '```rust',
  'error[E0503]: cannot use `x` because it was mutably borrowed',
  ' --> src/main.rs:5:13',
  '  |',
  '4 |     let ptr2 = &mut x;  // create mutable ref',
  '  |                ------ `x` is borrowed here',
  '5 |     let y = x;       // mutable ref moved',
  '  |             ^ use of borrowed `x`',
  '6 |',
  '7 |     println!("{} {} {}", x, y, ptr2);',
  '  |                                ---- borrow later used here',
  '```',
  '',
].join('\n');

// The same chapter's Java comparison (er-en-2, lines 31-35 of the excerpt).
const javaList = [
  '```java',
  'List<Integer> list = Arrays.asList(1, 2, 3);',
  'modifyList(list);',
  '// `list` is still accessible after the function and potentially modified.',
  '```',
].join('\n');

// Paulenoch/stackedit-app-data 八股文/Spring&SpringBoot.md of blind audit er (er-zh-1), lines 30-48 of the excerpt.
const springAop = [
  '# Spring AOP',
  'AOP 的目的是将横切关注点（如日志记录、事务管理、权限控制、接口限流、接口幂等等）从核心业务逻辑中分离出来，通过动态代理、字节码操作等技术，实现代码的复用和解耦，提高代码的可维护性和可扩展性。',
  '',
  '### Spring AOP 的工作原理：动态代理',
  '',
  'Spring AOP 不会去修改你写的原始代码（`.java` 文件）或字节码（`.class` 文件）。它是在**运行时**，动态地为你创建出一个**代理 (Proxy)** 对象。',
  '',
  '这个代理对象看起来和你的原始对象一模一样（有相同的方法），但它内部包含了切面的逻辑。当你调用这个代理对象的方法时，它会先执行切面中的通知逻辑，然后再去调用你原始对象的核心方法。',
  '',
  'Spring A-OP 使用两种技术来创建动态代理：',
  '',
  '1.  **JDK 动态代理 (JDK Dynamic Proxy)**',
  '    -   **要求**：目标对象**必须实现一个或多个接口**。',
  '    -   Spring 会创建一个实现了相同接口的代理类。',
  '2.  **CGLIB 代理 (CGLIB Proxy)**',
  '    -   它通过**继承**目标对象来创建代理类。所以如果你的类是 `final` 的，它就无法被代理。',
  '',
].join('\n');

// The chapter's opening, its Java comparison and its Copy / Clone advice (er-en-2, lines 1-9, 31-35, 37 and 146-150 of the excerpt).
const rustCopyClone = [
  '## Ownership, Lifetimes and Cloning',
  "When passing objects to functions, Rust's ownership model ensures that ownership must be explicitly managed. For types that **do not** implement the `Copy` trait, you need to either pass a reference or explicitly clone the object.",
  '',
  "### Example:  Passing Vectors implies move semantic as Vector doesn't have Copy trait",
  '',
  '```rust',
  'fn print_vector(v: Vec<i32>) {',
  '    println!("{:?}", v);',
  '}',
  '```',
  '',
  javaList,
  '',
  'Note that an array in Rust (as opposed to a Vector) does result in an implicit Copy, much like C++, when passing arrays to functions.',
  '',
  '#### When to Use which',
  '',
  '- Use `Copy` for small, fixed-size types like numbers.',
  '- Use `Clone` for heap-allocated or resource-heavy types when deep copies are needed.',
  '',
].join('\n');


describe('bundled aliases corrected after blind audit er', () => {
  it("rustc's \"move occurs because\" / \"borrowed here after move\" are no move closure; `move ||` is (blind audit er, er-en-2)", () => {
    assert.deepEqual(notesAt(rustErrors, 'markdown', /^move$/), []);
    const spawn = ['use std::thread;', '', 'fn main() {', '    let v = vec![1, 2, 3];', '    let h = thread::spawn(move || v.len());', '    h.join().unwrap();', '}', ''].join('\n');
    assert.deepEqual(notesAt(spawn, 'rust', /^move$/), ['rust-closures']);
  });

  it('"Results in the following error" is no Result type; `-> Result<…>` is (blind audit er, er-en-2)', () => {
    assert.deepEqual(notesAt(rustErrors, 'markdown', /^Results?$/), []);
    const parse = ['use std::num::ParseIntError;', '', 'fn parse(s: &str) -> Result<i32, ParseIntError> {', '    s.parse::<i32>()', '}', ''].join('\n');
    assert.deepEqual(notesAt(parse, 'rust', /^Result$/), ['rust-option-result']);
  });

  it('rustc\'s "cannot use `x`" / "use of borrowed" are no use declaration; `use std::…;` is (blind audit er, er-en-2)', () => {
    assert.deepEqual(notesAt(rustErrors, 'markdown', /^use$/), []);
    const imports = ['use std::collections::HashMap;', '', 'fn main() {', '    let m: HashMap<i32, i32> = HashMap::new();', '    println!("{}", m.len());', '}', ''].join('\n');
    assert.deepEqual(notesAt(imports, 'rust', /^use$/), ['rust-modules']);
  });

  it('a Java variable named list is no List interface; the type List is (blind audit er, er-en-2)', () => {
    assert.deepEqual(notesAt(javaList, 'markdown', /^list$/), []);
    assert.deepEqual(notesAt(javaList, 'markdown', /^List$/), ['java-list-interface']);
  });

  it('Spring AOP 的代理对象 is no JavaScript Proxy; a JS text\'s 代理对象 is (blind audit er, er-zh-1)', () => {
    assert.deepEqual(notesAt(springAop, 'markdown', /^代理对象$/), []);
    const jsProxy = [
      '# JavaScript Proxy 与 Reflect',
      '',
      '`new Proxy(target, handler)` 返回一个代理对象，handler 的 get / set 陷阱拦截属性读写，Reflect.get 转发默认行为。',
      '',
      '```javascript',
      'const target = { name: "vue" };',
      'const p = new Proxy(target, { get(t, k, r) { return Reflect.get(t, k, r); } });',
      'console.log(p.name);',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(jsProxy, 'markdown', /^代理对象$/), ['js-proxy-reflect']);
  });

  it('接口幂等 (an API call\'s idempotency) is no Java interface; 实现一个或多个接口 is (blind audit er, er-zh-1)', () => {
    assert.deepEqual(notesAt(springAop, 'markdown', /^接口$/), [
      'java-interface-vs-abstract-class',
      'java-interface-vs-abstract-class',
    ]);
  });
  it("a Rust text's Vector (Vec) is no java.util.Vector; Java's Vector is (blind audit er, er-en-2)", () => {
    assert.deepEqual(notesAt(rustCopyClone, 'markdown', /^Vectors?$/), []);
    const java = ['import java.util.Vector;', '', 'class Q {', '    private final Vector<String> items = new Vector<>();', '}', ''].join('\n');
    assert.ok(notesAt(java, 'java', /^Vector$/).includes('java-synchronized-collections'));
  });

  it("a Rust text's deep copies are no Java Cloneable; a Java clone()'s deep copy is (blind audit er, er-en-2)", () => {
    assert.deepEqual(notesAt(rustCopyClone, 'markdown', /^deep cop(y|ies)$/), []);
    const java = [
      '# Object.clone() in Java',
      '',
      'A class that implements `Cloneable` gets a shallow copy from `super.clone()`; for a deep copy, the override copies the mutable fields.',
      '',
      '```java',
      'class Cart implements Cloneable {',
      '    private ArrayList<String> items = new ArrayList<>();',
      '    @Override',
      '    public Cart clone() throws CloneNotSupportedException {',
      '        Cart c = (Cart) super.clone();',
      '        c.items = new ArrayList<>(items);',
      '        return c;',
      '    }',
      '}',
      '```',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'markdown', /^deep copy$/), ['java-cloneable']);
  });

});
