import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The recall benchmark's evaluation sets (bench/real-corpus): its score means something only if every
// wanted term is in its file as written, and every file says where it came from.
const dir = join(__dirname, '..', '..', 'bench', 'real-corpus');

interface Entry {
  file: string;
  languageId: string;
  field: string;
  lang: string;
  source: { repo: string; path: string; commit: string; license: string; lines: string };
  wanted: { term: string; concept: string }[];
}

describe('the recall corpus (bench/real-corpus/manifest.json)', () => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { sets: Record<string, Entry[]> };

  it('has a main set and holdout sets, each file in one set only', () => {
    assert.ok(manifest.sets.main.length >= 20);
    for (const set of ['holdout', 'holdout2', 'holdout3']) assert.ok(manifest.sets[set].length >= 10, set);
    const files = Object.values(manifest.sets).flat().map((e) => e.file);
    assert.equal(new Set(files).size, files.length);
  });

  for (const [set, entries] of Object.entries(manifest.sets)) {
    it(`${set}: every wanted term occurs verbatim in its file, 8-25 per file, with its source`, () => {
      for (const e of entries) {
        assert.ok(e.file.startsWith(set === 'main' ? 'files/' : `${set}/`), e.file);
        assert.ok(existsSync(join(dir, e.file)), e.file);
        const text = readFileSync(join(dir, e.file), 'utf8');
        assert.ok(e.wanted.length >= 8 && e.wanted.length <= 25, `${e.file}: ${e.wanted.length} wanted`);
        for (const w of e.wanted) assert.ok(text.includes(w.term), `${e.file}: "${w.term}" is not in the file`);
        assert.match(e.source.commit, /^[0-9a-f]{40}$/, e.file);
        assert.match(e.source.lines, /^\d+-\d+$/, e.file);
        assert.ok(e.source.repo.includes('/') && e.source.path && e.source.license, e.file);
        assert.ok(['en', 'zh'].includes(e.lang), e.file);
      }
    });
  }
});
