import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../src/core/corpus';
import { loadNotes } from '../../src/core/load';
import { formatProblem } from '../../src/core/problems';
import { folderSource } from '../../src/cli/folder-source';
import { renderNoteBody } from '../../src/core/render';
import { leftOutFontsFor } from '../../scripts/katex-fonts.mjs';

/** The bundled notes must pass every check the CLI's `check` runs (see test/unit/core/note.test.ts for the checks themselves). */
describe('bundled notes (content/)', () => {
  it('have no problems: schema, ids, aliases, links, languages, summaries, sections', async () => {
    const loaded = await loadNotes(folderSource(join(__dirname, '..', '..', 'content'), 'content'), 'bundled');
    const corpus = new Corpus(loaded.notes, loaded.topics);
    const problems = [...loaded.problems, ...corpus.crossCheck()].map(formatProblem);
    assert.deepEqual(problems, []);
    assert.ok(corpus.size >= 120, `at least 120 notes, found ${corpus.size}`);
  });
  it('render their math without the KaTeX fonts the package leaves out (scripts/katex-fonts.mjs)', function () {
    this.timeout(60_000); // renders every note with math (about 3 s alone)
    const root = join(__dirname, '..', '..', 'content');
    const needed: string[] = [];
    let withMath = 0;
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.md') && readFileSync(path, 'utf8').includes('$')) {
          const { html } = renderNoteBody(readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''), { exists: () => true });
          if (html.includes('class="katex"')) withMath++;
          for (const [, classes] of html.matchAll(/<span class="([^"]*)"/g)) {
            for (const font of leftOutFontsFor(classes.split(' '))) needed.push(`${entry.name}: ${font}`);
          }
        }
      }
    };
    walk(root);
    assert.ok(withMath >= 50, `notes with math: ${withMath}`);
    assert.deepEqual(needed, []);
  });
});
