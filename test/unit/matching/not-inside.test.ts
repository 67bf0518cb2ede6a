import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus, type TermRef } from '../../../src/core/corpus';
import { scanDocument } from '../../../src/core/document-scan';
import { INDEX_FILE, parsePrebuiltIndex, savedMatcherOptions } from '../../../src/core/index-format';
import { TermMatcher, type TermInput } from '../../../src/core/matcher';
import type { Note } from '../../../src/core/note';
import { toAlias } from '../../../src/core/note-parse';
import { parseWorkspaceNote } from '../../../src/core/workspace-note';
import { readIndexText } from '../../../src/cli/bodies-file';
import { addNotInsideWords, jiebaProperNames } from '../../../scripts/zh-inside-words';
import { bundledNotesAt } from './bundled';

const texts = (m: TermMatcher<string>, text: string) => m.matchAll(text, 'markdown').map((x) => `${x.start}:${x.text}`);

describe('a term inside a longer word it does not count in (notInside)', () => {
  const inputs: TermInput<string>[] = [
    { term: '索引', value: 'index', inside: ['搜索引擎'] },
    { term: '方差', value: 'variance' },
    { term: '对称加密', value: 'aes', inside: ['非对称加密'] },
  ];

  it('the term matches on its own and not inside the longer word, wherever in it the term sits', () => {
    const m = new TermMatcher(inputs);
    assert.deepEqual(texts(m, '搜索引擎不用索引、方差'), ['6:索引', '9:方差']);
    assert.deepEqual(texts(m, '非对称加密比对称加密慢'), ['6:对称加密']);
    // The longer word only where the text spells all of it: 搜索引导 is no 搜索引擎.
    assert.deepEqual(texts(m, '搜索引导'), ['1:索引']);
    // Latin letters of a longer word compare in any case; the match keeps the term at the text's edges.
    const latin = new TermMatcher<string>([{ term: 'exchange', value: 'x', inside: ['key exchange'] }]);
    assert.deepEqual(texts(latin, 'Key Exchange, then an exchange'), ['22:exchange']);
    assert.deepEqual(texts(latin, 'exchange key exchange'), ['0:exchange']);
  });

  it('a saved matcher keeps the rule when it is given the words (they are the notes\', not saved twice)', () => {
    const built = new TermMatcher(inputs);
    const words = new Map(inputs.map((i) => [i.term, i.inside]));
    const saved = TermMatcher.fromBinary<string>(built.toBinary(), { insideOf: (term) => words.get(term) });
    assert.deepEqual(texts(saved, '搜索引擎不用索引；非对称加密与对称加密'), ['6:索引', '15:对称加密']);
  });

  it('notes write it on an alias; it must list longer words that contain the term', () => {
    assert.deepEqual(toAlias({ term: '数据类', context: true, notInside: ['数据类型'] }), { term: '数据类', context: [], notInside: ['数据类型'] });
    assert.match(String(toAlias({ term: '数据类', notInside: ['类型'] })), /notInside must be a list of longer words/);
    assert.match(String(toAlias({ term: '数据类', notInside: '数据类型' })), /notInside must be a list/);
    assert.match(String(toAlias({ term: '数据类', notInside: ['数据类'] })), /notInside must be a list/);
    // A camel-case or snake_case word contains a term of words apart, as the matcher finds it there (blind audit bd).
    assert.deepEqual(toAlias({ term: 'baud rate', notInside: ['BaudRatePrescaler'] }), { term: 'baud rate', notInside: ['BaudRatePrescaler'] });
    assert.match(String(toAlias({ term: 'baud rate', notInside: ['BaudRate'] })), /notInside must be a list/, 'not longer once its word breaks go');
  });

  it("a team note's alias with notInside is honoured by the corpus's matcher", () => {
    const { note } = parseWorkspaceNote('---\naliases:\n  - { term: 网关, notInside: [网关地址] }\n---\n# 网关\n\n网关是服务的统一入口。\n', 'infra/网关.md', '/n/infra/网关.md');
    assert.ok(note);
    const corpus = new Corpus([note]);
    const found = corpus.scanDocument('配置网关地址之后，网关转发请求。', 'markdown').map((m) => `${m.start}:${m.text}`);
    assert.deepEqual(found, ['9:网关']);
  });

  it("a longer word one alias is kept out of is no place for the note's shorter aliases either (blind audit bb: 不可重入锁)", () => {
    const text = '---\naliases:\n  - { term: 可重入锁, notInside: [不可重入锁] }\n  - 重入锁\n  - { term: Reentrant lock, notInside: [non-reentrant lock] }\n  - reentrant\n---\n# 可重入锁\n\n同一线程可以再次获得它持有的锁。\n';
    const { note } = parseWorkspaceNote(text, 'locks/可重入锁.md', '/n/locks/可重入锁.md');
    assert.ok(note);
    const corpus = new Corpus([note]);
    const found = (t: string) => corpus.scanDocument(t, 'markdown').map((m) => `${m.start}:${m.text}`);
    assert.deepEqual(found('不可重入锁会自己死锁；可重入锁不会。'), ['11:可重入锁']);
    assert.deepEqual(found('A non-reentrant lock deadlocks; a reentrant lock does not.'), ['34:reentrant lock']);
    // The saved matcher reads the words from the notes the same way.
    const saved = TermMatcher.fromBinary<TermRef>(new TermMatcher(corpus.terms()).toBinary(), savedMatcherOptions({ notes: [note] }));
    assert.deepEqual(scanDocument(saved, '不可重入锁会自己死锁；可重入锁不会。', 'markdown', (v) => v.noteId).matches.map((m) => `${m.start}:${m.text}`), ['11:可重入锁']);
  });

  it('the build gives Chinese terms the everyday words that contain them, but not words that are terms, names, or mostly the term itself', () => {
    const note = (id: string, zh: string, aliases: string[]): Note =>
      ({ id, title: { zh, en: id }, aliases: aliases.map((term) => ({ term })), topic: ['t'], summary: { zh: '', en: '' } }) as unknown as Note;
    const notes = [note('mean', '期望', ['均值']), note('tx', '事务', []), note('index', '索引', ['倒排索引']), note('tree', '树', [])];
    const everyday = ['平均值', '均值化', '事务所', '倒排索引', '搜索引擎', '大树', '一棵树', '王树声', 'apple'];
    const filled = addNotInsideWords(notes, everyday, jiebaProperNames('王树声 275 nr\n大树 300 n\n'));
    assert.equal(filled, 3);
    // 平均值 is the mean in statistics and ML texts: left out.
    assert.deepEqual(notes[0].aliases, [{ term: '均值', notInside: ['均值化'] }]);
    // 事务所 (事务 + 所持有 in a database text) is left out; 倒排索引 is another term; 一棵树 is a tree; 王树声 a name.
    assert.deepEqual(notes[1].aliases, []);
    assert.deepEqual(notes[2].aliases, [{ term: '倒排索引' }, { term: '索引', notInside: ['搜索引擎'] }]);
    assert.deepEqual(notes[3].aliases, [{ term: '树', notInside: ['大树'] }]);
  });

  it('bundled Chinese terms stay out of everyday words that contain them (blind audits at, as, aq and al; bench/precision-audit/zh-not-inside.md)', () => {
    const doc = (lines: string[]) => `${lines.join('\n')}\n`;
    const pool = doc(['# 线程池', '', 'Java 的 FixedThreadPool 用无界队列，可能堆积大量的请求，最终 JVM 的堆内存不足。']);
    assert.deepEqual(bundledNotesAt(pool, 'markdown', /^堆/), ['jvm-garbage-collection']);
    const ml = doc(['# 批量规范化', '', '用 PyTorch 训练神经网络时，先把输入标准化，使其平均值为 0、方差为 1。']);
    assert.deepEqual(bundledNotesAt(ml, 'markdown', /均值/), ['expected-value-variance']);
    const tree = doc(['# 二叉树', '', '回溯算法关注二叉树节点间的树枝，动态规划关注整棵子树。']);
    assert.ok(bundledNotesAt(tree, 'markdown', /^树$/).length === 1, 'the 树 of 树枝');
    const search = doc(['# 搜索', '', '搜索引擎为每个词建立倒排索引，MySQL 的 B+ 树索引则按键排序。']);
    assert.deepEqual(bundledNotesAt(search, 'markdown', /索引/), ['full-text-index', 'b-plus-tree-index']);
    const crypto = doc(['# 加密', '', '非对称加密用公钥加密、私钥解密，对称加密（如 AES）加解密用同一个密钥。']);
    // 非对称加密 is public-key-cryptography's own term; 对称加密 inside it is not AES's.
    assert.deepEqual(bundledNotesAt(crypto, 'markdown', /^对称加密$/), ['aes-encryption']);
    assert.deepEqual(bundledNotesAt(crypto, 'markdown', /^非对称加密$/), ['public-key-cryptography']);
    const pandas = doc(['# pandas', '', '用 pandas 读取 CSV 后，可以用 astype 改变列的数据类型，用 Python 的 dataclass 定义数据类。']);
    assert.deepEqual(bundledNotesAt(pandas, 'markdown', /^数据类$/), ['python-dataclass']);
    const lock = doc(['# C++ 互斥锁', '', 'std::mutex 不是递归锁，同一线程递归加锁会死锁；递归函数要有出口。']);
    assert.deepEqual(bundledNotesAt(lock, 'markdown', /^递归/), ['recursion']);
    const tweak = doc(['# LoRA 微调', '', '用 PyTorch 做 LoRA 微调时，学习率可以稍微调大一点，再微调几个 epoch。']);
    assert.deepEqual(bundledNotesAt(tweak, 'markdown', /^微调$/), ['fine-tuning']);
    // Words with characters outside the everyday list's (栈), written by hand: 技术栈 is a tech stack, 堆栈 a stack.
    const stack = doc(['# 递归', '', '递归遍历链表，本质上是利用递归的堆栈实现倒序；用栈也可以模拟递归。从底层到上层形成完整的技术栈。']);
    assert.deepEqual(bundledNotesAt(stack, 'markdown', /^[堆栈]$/), ['stack-data-structure', 'stack-data-structure']);
    // Not every longer word: in a database text 事务所持有的锁 is 事务 + 所持有.
    const db = doc(['# InnoDB 的锁', '', 'MySQL InnoDB 使用 MVCC 和行锁，事务所持有的锁在提交时释放。']);
    assert.deepEqual(bundledNotesAt(db, 'markdown', /^事务$/), ['database-transaction']);
  });

  it('the shipped matcher (dist/matcher.bin) applies the words of the index it was saved with', () => {
    const dist = join(__dirname, '..', '..', '..', 'dist');
    const index = parsePrebuiltIndex(readIndexText(join(dist, INDEX_FILE)));
    const saved = TermMatcher.fromBinary<TermRef>(readFileSync(join(dist, 'matcher.bin')), savedMatcherOptions(index));
    const text = '# 搜索\n\n搜索引擎为每个词建立倒排索引，数据库的索引则按键排序。\n';
    const found = scanDocument(saved, text, 'markdown', (r) => r.noteId).matches.map((m) => `${m.start}:${m.text}:${m.entries[0].value.noteId}`);
    // Without the words, 搜索引擎 gave the database index note at 7.
    assert.deepEqual(found, ['16:倒排索引:full-text-index', '25:索引:database-index']);
  });
});
