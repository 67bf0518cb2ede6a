import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { tempDir } from '../temp-dirs';

const dist = join(__dirname, '..', '..', '..', 'dist');

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, dist);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function noteFile(id: string, en: string, zh: string, aliases: string[], body: string): string {
  return `---
id: ${id}
title:
  zh: ${zh}
  en: ${en}
aliases: [${aliases.join(', ')}]
topic: test/search
summary:
  zh: ${zh}的摘要。
  en: Summary of ${en}.
---
<!-- lang: zh -->
## 定义

${zh}。

<!-- lang: en -->
## Definition

${body}
`;
}

describe('concept-ref search', () => {
  const dir = tempDir('concept-ref-search-');
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', 'kd.md'), noteFile('kd', 'Knowledge distillation', '知识蒸馏', ['knowledge distillation', '知识蒸馏', 'KD'], 'A student learns from a teacher.'));
  writeFileSync(join(dir, 'notes', 'ft.md'), noteFile('ft', 'Fine-tuning', '微调', ['fine-tuning', '微调'], 'Often combined with knowledge distillation.'));
  const base = ['--no-bundled', '--notes', join(dir, 'notes'), '--json'];

  it('prints [{ id, title, aliases, topic, score }] best first (pinyin initials of a user note)', async () => {
    const r = await cli(...base, 'search', 'zszl');
    assert.equal(r.code, 0, r.err);
    const hits = JSON.parse(r.out) as { id: string; title: string; aliases: string[]; topic: string; score: number }[];
    assert.deepEqual(Object.keys(hits[0]), ['id', 'title', 'aliases', 'topic', 'score']);
    assert.equal(hits[0].id, 'kd');
    assert.deepEqual(hits[0].aliases, ['knowledge distillation', '知识蒸馏', 'KD']);
    assert.equal(hits[0].topic, 'test/search');
  });

  it('ranks the title hit above the note that only mentions the words in its text, and joins QUERY words', async () => {
    const r = await cli(...base, 'search', 'knowledge', 'distillation');
    const hits = JSON.parse(r.out) as { id: string; score: number }[];
    assert.deepEqual(
      hits.map((h) => h.id),
      ['kd', 'ft'],
    );
    assert.ok(hits[0].score > hits[1].score);
  });

  it('honours --limit and --lang', async () => {
    const r = await cli('--lang', 'zh', ...base, 'search', '--limit', '1', 'knowledge distillation');
    const hits = JSON.parse(r.out) as { id: string; title: string }[];
    assert.deepEqual(hits.map((h) => [h.id, h.title]), [['kd', '知识蒸馏']]);
  });
});
