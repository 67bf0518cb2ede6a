import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Note } from '../../../src/core/note';
import { readBrotliText } from '../../../src/cli/bodies-file';
import { ORDINARY_WORDS_FILE, OrdinaryWords, ordinaryWordProblems } from '../../../src/core/ordinary-words';

function note(aliases: Note['aliases'], title = { en: 'Kubernetes Service', zh: 'Kubernetes 服务' }): Note {
  return {
    id: 'n', title, aliases, topic: ['kubernetes'], tags: [], summary: { en: 'x', zh: 'x' }, related: [], origin: 'user',
    file: 'n.md', body: { en: 'x', zh: 'x' }, bodyLine: { zh: 1, en: 1 }, keyLines: { aliases: 5, related: 9 },
  };
}

describe('everyday-word check', () => {
  const words = new OrdinaryWords({ en: ['service', 'job', 'channel'], zh: ['服务', '微调'] });

  it('flags an unscoped alias that is an everyday word, in English or Chinese, on the aliases line', () => {
    const problems = ordinaryWordProblems([note([{ term: 'Service' }, { term: '微调' }, { term: 'kubelet' }, { term: 'Service mesh' }])], words);
    assert.deepEqual(problems.map((p) => [p.line, p.severity, p.message.split(' is ')[0]]), [
      [5, 'warning', 'alias "Service"'],
      [5, 'warning', 'alias "微调"'],
    ]);
  });
  it('accepts the word once it needs context or is scoped to languages', () => {
    assert.deepEqual(ordinaryWordProblems([note([{ term: 'Service', context: ['kubernetes'] }, { term: 'channel', languages: ['go'] }])], words), []);
  });
  it('flags a title that is an everyday word unless an alias overrides it', () => {
    assert.equal(ordinaryWordProblems([note([{ term: 'kubelet' }], { en: 'Job', zh: '任务' })], words).length, 1);
    assert.equal(ordinaryWordProblems([note([{ term: 'Job', context: ['kubernetes'] }], { en: 'Job', zh: '任务' })], words).length, 0);
  });
  it('the built list (dist/ordinary-words.txt.br) knows everyday words and not technical ones', () => {
    const built = OrdinaryWords.parse(readBrotliText(join(__dirname, '..', '..', '..', 'dist', ORDINARY_WORDS_FILE)));
    for (const w of ['service', 'Deployment', 'channel', 'job', '微调', '通道', '队列']) assert.ok(built.has(w), w);
    for (const w of ['kubelet', 'ReplicaSet', 'goroutine', '反向传播', '知识蒸馏', 'useEffect']) assert.ok(!built.has(w), w);
    // Idioms and words with a rare (GB2312 level-2) character are left out; everyday nouns stay.
    for (const w of ['前所未有', '不知不觉', '丞相', '佝偻']) assert.ok(!built.has(w), w);
    for (const w of ['东西', '城市']) assert.ok(built.has(w), w);
    // The matcher ignores leading and trailing dashes and dots, so "--release" would match "Release".
    for (const w of ['--release', '.service', 'job-']) assert.ok(built.has(w), w);
    for (const w of ['--kubelet', '.goroutine']) assert.ok(!built.has(w), w);
  });
});
