import * as assert from 'node:assert/strict';
import { bundledNotesAt as notesAt } from './bundled';

// The Supabase Auth migration of blind audit dx (dx-code-4): a Go text/template whose names are all `{{ index .Options "Namespace" }}.…`.
const migration = [
  '-- Create OAuth 2.1 support with enums, authorization, and consent tables',
  '',
  '-- Create oauth_consents table for user consent management',
  'create table if not exists {{ index .Options "Namespace" }}.oauth_consents (',
  '    id uuid not null,',
  '    user_id uuid not null references {{ index .Options "Namespace" }}.users(id) on delete cascade,',
  '    client_id uuid not null references {{ index .Options "Namespace" }}.oauth_clients(id) on delete cascade,',
  '    scopes text not null,',
  '    granted_at timestamptz not null default now(),',
  '    constraint oauth_consents_pkey primary key (id)',
  ');',
  '',
  '-- "Show me all consents for this user, newest first"',
  'create index if not exists oauth_consents_user_order_idx',
  '    on {{ index .Options "Namespace" }}.oauth_consents (user_id, granted_at desc);',
  '',
].join('\n');

// The Transformer article of blind audit dx (dx-zh-2), cut to the lines that make it a machine-learning/llm document.
const transformer = [
  '# 3. Encoder',
  '',
  'Transformer 的 encoder 由 6 个编码器叠加组成，都包含一个 Self-Attention 模块和一个 Feed Forward 模块。',
  '',
  '- Input 经过 embedding 后，要做 positional encoding',
  '- 然后是 Multi-head attention',
  '- 每个子层之间有残差连接',
  '',
].join('\n');

describe('bundled aliases corrected after blind audit dx', () => {
  it("a Go template's {{ index … }} in SQL is no database index; an index of the schema is (blind audit dx, dx-code-4)", () => {
    assert.deepEqual(notesAt(migration, 'sql', /^index$/), []);
    const mysql = [
      'CREATE TABLE orders (',
      '  id BIGINT PRIMARY KEY,',
      '  user_id BIGINT NOT NULL,',
      '  INDEX idx_user (user_id)',
      ');',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(mysql, 'sql', /^INDEX$/), ['database-index']);
  });

  it("softmax's 归一化 is no layer normalisation; the sub-layers' is (blind audit dx, dx-zh-2)", () => {
    const softmax = [
      transformer,
      '- **第四步**，将算得的分数传入 softmax，将其归一化为和为 1 的正数。归一化后的分数代表句子中的每一个词对当前某个位置的表达量。很明显，当前位置所在的词的归一化分数肯定最高。',
      '',
      '> 得到相似性后，采用 softmax 归一化，得到每个单词相对第一个单词的（重要性/注意力）权重。',
      '',
    ].join('\n');
    // The first, 归一化为 ("normalised to"), is left: LayerNorm "归一化为均值 0、方差 1" reads the same.
    assert.deepEqual(notesAt(softmax, 'markdown', /^归一化$/), ['layer-normalization']);
    const layerNorm = [transformer, '每个子层的输出先与输入相加，再做归一化，即 Add & Norm。', ''].join('\n');
    assert.deepEqual(notesAt(layerNorm, 'markdown', /^归一化$/), ['layer-normalization']);
  });

  it("an RNN's 隐层状态 is no MLP hidden layer; an MLP's 隐层 is (blind audit dx, dx-zh-2)", () => {
    const rnn = [transformer, 'RNN 可以通过隐层状态将其已处理的先前单词/向量的表示与正在处理的当前单词/向量相结合。', ''].join('\n');
    assert.deepEqual(notesAt(rnn, 'markdown', /^隐层$/), []);
    const mlp = [transformer, '前馈网络是一个两层的 MLP：一个隐层加 ReLU 激活，维度 2048。', ''].join('\n');
    assert.deepEqual(notesAt(mlp, 'markdown', /^隐层$/), ['multilayer-perceptron']);
  });

  it('子序列 is not in 句子序列, 顺序编码 not in 按顺序编码 (blind audit dx, dx-zh-2)', () => {
    const order = [
      transformer,
      '由于 Transformer 抛弃了卷积（convolution）和循环（recurrence），为了使得模型具备利用句子序列顺序的能力，必须要在词向量中插入一些相对或绝对位置信息。',
      '',
      '在RNN（LSTM，GRU）中，时间步长的概念按顺序编码，因为输入/输出流一次一个。',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(order, 'markdown', /^子序列$/), []);
    assert.deepEqual(notesAt(order, 'markdown', /^顺序编码$/), []);
    const words = '子串必须连续，子序列只要求保持相对顺序。类别特征可以用独热编码，也可以用顺序编码映射为整数。\n';
    assert.deepEqual(notesAt(words, 'markdown', /^子序列$/), ['subarray-subsequence-substring']);
    assert.deepEqual(notesAt(words, 'markdown', /^顺序编码$/), ['label-encoding']);
  });

  it('"first in, first out" is the queue (alias added after blind audit dx, dx-en-2)', () => {
    const generics = [
      '## Motivation and samples',
      '',
      'Consider the simple `Queue` (first in, first out) data structure implementation. A simple one in TypeScript / JavaScript looks like:',
      '',
    ].join('\n');
    assert.deepEqual(notesAt(generics, 'markdown', /^first in, first out$/), ['queue-data-structure']);
  });
});
