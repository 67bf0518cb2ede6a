import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../../src/core/corpus';
import { loadNotes } from '../../../src/core/load';
import { scanText } from '../../../src/core/scan';
import { folderSource } from '../../../src/cli/folder-source';

/**
 * Everyday English and Chinese prose (test/fixtures/prose, sources in its README): cooking, travel,
 * family, sports, with words that are technical terms elsewhere (thread, service, pod, 服务, 通道) in
 * their everyday sense. No alias of any bundled note may fire on it.
 */
describe('no note fires on everyday prose (test/fixtures/prose)', () => {
  let corpus: Corpus;
  before(async () => {
    const loaded = await loadNotes(folderSource(join(__dirname, '..', '..', '..', 'content'), 'content'), 'bundled');
    corpus = new Corpus(loaded.notes, loaded.topics);
  });

  for (const file of ['en.txt', 'zh.txt']) {
    for (const languageId of ['plaintext', 'markdown']) {
      it(`${file} as ${languageId}: no matches`, () => {
        const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'prose', file), 'utf8');
        assert.ok(text.split('\n').length >= 200, 'the corpus is there');
        const hits = scanText(corpus, text, languageId).map((m) => `${file}:${m.line + 1}: "${m.text}" → ${m.note.id}`);
        assert.deepEqual(hits, []);
      });
    }
  }
});
