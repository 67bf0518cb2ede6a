import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// darshilgit/learning-redis docs/REDIS_DEEP_DIVE.md of blind audit fk (fk-en-1), lines 84-145 of the excerpt (short quotes).
const redisDeepDive = [
  '#### 2. Single-Threaded Event Loop',
  '',
  '**Why Single-Threaded?**',
  '- **No locks:** Simplifies implementation massively',
  '- **Predictable:** No race conditions, no deadlocks',
  '- **Atomic:** Every command is naturally atomic',
  '',
  'Unlike simple key-value stores, Redis implements complex data structures **in the server**:',
  '',
  '```c',
  '// Redis doesn\'t just store bytes - it understands data structures!',
  '// Sorted Set: Maintained in sorted order automatically',
  'ZADD leaderboard 1500 "player1"',
  'ZREVRANGE leaderboard 0 9',
  '```',
  '',
  '- Atomic guarantees on complex operations',
  '- Redis persists with RDB snapshots and an AOF (append-only file).',
  '',
].join('\n');

// KwaitRay/Transformer_translation README.md of blind audit fk (fk-zh-2), lines 69 and 112 (short quotes).
const transformerReadme = [
  '# Transformer',
  '',
  '```python',
  'import torch',
  'from d2l import torch as d2l',
  'os.environ["KMP_DUPLICATE_LIB_OK"] = \'TRUE\'',
  '```',
  '',
  '通过将经过分词和索引转化后的数据集，逐行进行读取，分别读取到不同数组中，并进行张量化，最后返回源词元张量数组(src_array)以及目标词元张量(tgt_array)。',
  'Transformer 的自注意力机制和位置编码让模型捕获全局依赖。',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit fk', () => {
  it('a Redis command that is "naturally atomic" is no ACID atomicity; atomic in a transaction text is (blind audit fk, fk-en-1)', () => {
    assert.deepEqual(notesAt(redisDeepDive, 'markdown', /^atomic$/i), []);
    const tx = [
      '# Database transactions',
      '',
      'A transaction is atomic: either every statement commits or the whole transaction rolls back.',
      'InnoDB writes the undo log so that ROLLBACK can undo a half-done transaction; COMMIT makes it durable.',
      'Isolation levels such as REPEATABLE READ decide what concurrent transactions see of each other.',
      '',
    ].join('\n');
    assert.ok(notesAt(tx, 'markdown', /^atomic$/).includes('acid'));
  });

  it('std::atomic keeps its bare `atomic` in C++ code, not in a Redis text (blind audit fk, fk-en-1)', () => {
    // With the ACID alias narrowed alone, these three went to std-atomic: both aliases had to be narrowed.
    assert.deepEqual(notesAt(redisDeepDive, 'markdown', /^atomic$/i), []);
    const cpp = [
      '#include <atomic>',
      '#include <thread>',
      '',
      'std::atomic<int> counter{0};',
      '',
      'void work() {',
      '    counter.fetch_add(1, std::memory_order_relaxed);',
      '}',
      '',
    ].join('\n');
    assert.ok(notesAt(cpp, 'cpp', /^atomic$/).includes('std-atomic'));
  });

  it('KMP_DUPLICATE_LIB_OK is no KMP algorithm; KMP in a string-matching text is (blind audit fk, fk-zh-2)', () => {
    assert.deepEqual(notesAt(transformerReadme, 'markdown', /^KMP$/), []);
    const kmp = [
      '# 字符串匹配',
      '',
      'KMP 利用前缀函数让文本指针永不回退，朴素匹配最坏 O(nm)，KMP 是 O(n + m)。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(kmp, 'markdown', /^KMP$/), ['kmp-algorithm', 'kmp-algorithm']);
  });

  it('"返回源词元" is no CDN back-to-origin fetch; 回源 in a CDN text is (blind audit fk, fk-zh-2)', () => {
    assert.deepEqual(notesAt(transformerReadme, 'markdown', /^回源$/), []);
    const cdn = [
      '# CDN 缓存',
      '',
      'CDN 边缘节点命中缓存就直接返回；未命中时回源，到源站取回内容再缓存。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(cdn, 'markdown', /^回源$/), ['cdn']);
  });
});
