import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

describe('bundled aliases corrected after blind audit bs', () => {
  it("Lombok's @Builder on a JPA entity is no ArkUI @Builder, nor its optional = false a java.util.Optional (blind audit bs, bs-code-4)", () => {
    // As in the audited Spring Data JPA entity.
    const java = [
      'import lombok.*;',
      'import javax.persistence.*;',
      '',
      '@Entity',
      '@Getter',
      '@Setter',
      '@NoArgsConstructor',
      '@AllArgsConstructor',
      '@Builder',
      'public class Product {',
      '    @ManyToOne(fetch = FetchType.LAZY, optional = false)',
      '    @JoinColumn(name = "brand_id", nullable = false)',
      '    private Brand brand;',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(java, 'java', /^@Builder$/), []);
    assert.deepEqual(notesAt(java, 'java', /^optional$/i), []);
    const arkui = [
      '# ArkUI 自定义组件',
      '',
      'HarmonyOS 的 ArkUI 用 @Component 装饰 struct，在 build() 里描述界面；@Builder 装饰的函数是可复用的 UI 片段，',
      '@Entry 标记页面入口组件，@State 变化时重新渲染。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(arkui, 'markdown', /^@Builder$/), ['arkui-declarative-ui']);
    const repository = [
      'public interface UserRepository extends JpaRepository<User, Long> {',
      '    Optional<User> findByEmail(String email);',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(repository, 'java', /^Optional$/), ['java-optional']);
  });

  it("uuid.Nil is no Go nil; return nil is (blind audit bs, bs-code-2)", () => {
    // As in the audited table-driven handler test.
    const go = [
      'package handler',
      '',
      'func TestGetUser(t *testing.T) {',
      '\ttests := map[string]struct {',
      '\t\tstatusCode int',
      '\t\tuserID     uuid.UUID',
      '\t}{',
      '\t\t"400 invalid userID": {',
      '\t\t\thttp.StatusBadRequest,',
      '\t\t\tuuid.Nil,',
      '\t\t},',
      '\t}',
      '\t_ = tests',
      '}',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(go, 'go', /^nil$/i), []);
    const check = 'package main\n\nfunc find(id uuid.UUID) *User {\n\tif id == uuid.Nil {\n\t\treturn nil\n\t}\n\treturn users[id]\n}\n';
    assert.deepEqual(notesAt(check, 'go', /^nil$/i), ['go-nil']);
  });

  it('a receiver\'s "backlog" in prose is no listen backlog; the backlog argument of listen() is (blind audit bs, bs-en-1)', () => {
    // As in the audited HTTP/2 chapter (flow control over one TCP connection).
    const md = [
      '### Stream prioritization and flow control',
      '',
      'Flow control is another necessary consequence of using multiple streams over the same TCP connection.',
      'If the receiver is unable to process the incoming messages as fast as the sender is sending, a backlog exists,',
      'which must be buffered and eventually leads to packets being dropped. The server calls listen() and accept() on its socket.',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^backlog$/), []);
    const c = 'int serve(int fd, int backlog) {\n    if (listen(fd, backlog) < 0)\n        return -1;\n    return accept(fd, NULL, NULL);\n}\n';
    assert.deepEqual(notesAt(c, 'c', /^backlog$/), ['tcp-accept-queue', 'tcp-accept-queue']);
  });

  it('what lives 栈上 is the call stack, no stack data structure; 入栈 and 出栈 of a stack are (blind audit bs, bs-zh-1)', () => {
    // As in the audited article on C++ smart pointers (RAII).
    const md = [
      '### auto_ptr 对象生命周期的管理—— RAII',
      '',
      '我们知道在函数内部的一些成员是放置在栈空间上的，当函数返回时，这些栈上的局部变量就会立即释放空间。要想确保析构函数在对象释放前被执行，',
      '可以把对象放到这个程序的栈上。因为 stack winding 会保证它们的析构函数都会被执行。RAII 就利用了栈里面的变量的这一特点。',
      '`std::unique_ptr` 和 `std::shared_ptr` 用析构函数释放指针指向的对象。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^栈$/), []);
    const ds = [
      '## 栈',
      '',
      '栈是一种后进先出（LIFO）的线性表，只能在栈顶入栈和出栈；C++ 的 std::stack 默认用 deque 实现，括号匹配常用栈来做。',
      '',
    ].join('\n');
    assert.ok(notesAt(ds, 'markdown', /^栈$/).every((ids) => ids.split('|').includes('stack-data-structure')));
    assert.ok(notesAt(ds, 'markdown', /^栈$/).length >= 2);
  });

  it("a search engine's in-place index update and index inversion are no in-place algorithm or inversion count, nor its 优先级别队列 a FIFO queue (blind audit bs, bs-zh-2)", () => {
    // As in the audited reading notes on search-engine indexing.
    const md = [
      '## 第三章 搜索引擎索引',
      '',
      '搜索引擎的索引其实就是实现单词—文档矩阵的具体数据结构，比如倒排索引、签名文件、后缀树等方式。',
      '',
      '#### 两遍文档遍历法（2-Pass In-Memory Inversion）',
      '',
      '#### 归并法（Merge-based Inversion）',
      '',
      '常见的索引更新策略如下：完全重建策略、再合并策略、原地更新策略、混合策略。',
      '',
      '#### 原地更新策略（In-Place）',
      '',
      '在实际实现一次一文档方式时，只需要在内存中维护一个大小为K的优先级别队列（根堆数据结构）。倒排列表以 B+ 树或哈希加链表结构组织。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(md, 'markdown', /^原地$/), []);
    assert.deepEqual(notesAt(md, 'markdown', /^Inversion$/), []);
    assert.deepEqual(notesAt(md, 'markdown', /^队列$/), []);
    const algo = [
      '# 数组算法',
      '',
      '原地反转数组只用 O(1) 额外空间；归并排序在合并时统计逆序对，二分查找和快速排序的时间复杂度都要会算。',
      '队列是先进先出的线性表，BFS 用队列逐层遍历二叉树。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(algo, 'markdown', /^原地$/), ['in-place-algorithm']);
    assert.deepEqual(notesAt(algo, 'markdown', /^队列$/), ['queue-data-structure', 'queue-data-structure']);
    const en = [
      '# Counting inversions',
      '',
      'An inversion is a pair i < j with a[i] > a[j]. Merge sort counts every inversion in O(n log n) time,',
      'and a binary search tree or a Fenwick tree does the same for the sorting algorithm analysis.',
      '',
    ].join('\n');
    assert.ok(notesAt(en, 'markdown', /^inversion$/).length >= 2);
    assert.ok(notesAt(en, 'markdown', /^inversion$/).every((ids) => ids === 'inversion-count'));
  });
});
