import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { Corpus } from '../../src/core/corpus';
import { loadNotes } from '../../src/core/load';
import { formatProblem } from '../../src/core/problems';
import { folderSource } from '../../src/cli/folder-source';

/** The bundled notes must pass every check the CLI's `check` runs (see test/unit/core/note.test.ts for the checks themselves). */
describe('bundled notes (content/)', () => {
  it('have no problems: schema, ids, aliases, links, languages, summaries, sections', async () => {
    const loaded = await loadNotes(folderSource(join(__dirname, '..', '..', 'content'), 'content'), 'bundled');
    const corpus = new Corpus(loaded.notes, loaded.topics);
    const problems = [...loaded.problems, ...corpus.crossCheck()].map(formatProblem);
    assert.deepEqual(problems, []);
    assert.ok(corpus.size >= 120, `at least 120 notes, found ${corpus.size}`);
  });
});
