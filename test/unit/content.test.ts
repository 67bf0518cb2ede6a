import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { Corpus } from '../../src/core/corpus';
import { loadNotes } from '../../src/core/load';
import { formatProblem } from '../../src/core/problems';
import { folderSource } from '../../src/cli/folder-source';
import { renderNoteBody } from '../../src/core/render';
import { leftOutFontsFor } from '../../scripts/katex-fonts.mjs';

/** The bundled notes must pass every check the CLI's `check` runs (see test/unit/core/note.test.ts for the checks themselves). */
describe('bundled notes (content/)', () => {
  let loaded: Awaited<ReturnType<typeof loadNotes>>;
  before(async function () {
    this.timeout(60_000);
    loaded = await loadNotes(folderSource(join(__dirname, '..', '..', 'content'), 'content'), 'bundled');
  });

  it('have no problems: schema, ids, aliases, links, languages, summaries, sections', () => {
    const corpus = new Corpus(loaded.notes, loaded.topics);
    const problems = [...loaded.problems, ...corpus.crossCheck()].map(formatProblem);
    assert.deepEqual(problems, []);
    assert.ok(corpus.size >= 120, `at least 120 notes, found ${corpus.size}`);
  });
  it('render their math without the KaTeX fonts the package leaves out (scripts/katex-fonts.mjs)', function () {
    this.timeout(60_000); // renders every note with math (about 3 s alone)
    const needed: string[] = [];
    let withMath = 0;
    for (const note of loaded.notes) {
      let hasMath = false;
      // Each language's body as the viewer renders it.
      for (const body of [note.body.zh, note.body.en]) {
        if (!body.includes('$')) continue;
        const { html } = renderNoteBody(body, { exists: () => true });
        if (html.includes('class="katex"')) hasMath = true;
        for (const [, classes] of html.matchAll(/<span class="([^"]*)"/g)) {
          for (const font of leftOutFontsFor(classes.split(' '))) needed.push(`${note.id}: ${font}`);
        }
      }
      if (hasMath) withMath++;
    }
    assert.ok(withMath >= 50, `notes with math: ${withMath}`);
    assert.deepEqual(needed, []);
  });
});
