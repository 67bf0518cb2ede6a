import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../../src/core/corpus';
import { readIndexText } from '../../../src/cli/bodies-file';
import { INDEX_FILE, indexStrings, parsePrebuiltIndex, savedMatcherOptions } from '../../../src/core/index-format';
import { languageIdForPath } from '../../../src/core/languages';
import { TermMatcher } from '../../../src/core/matcher';
import { parseWorkspaceNote } from '../../../src/core/workspace-note';
import type { Note } from '../../../src/core/note';

const root = join(__dirname, '..', '..', '..');
const dist = join(root, 'dist');
const docsDir = join(root, 'test', 'fixtures', 'documents');

function teamNote(rel: string, text: string): Note {
  const { note } = parseWorkspaceNote(text, rel, rel);
  assert.ok(note);
  return note;
}

/** Every match as "start-end:ids", the ids sorted. */
function summary(corpus: Corpus, text: string, languageId: string): string[] {
  return corpus.scanDocument(text, languageId).map((m) => `${m.start}-${m.end}:${[...new Set(m.entries.map((e) => e.value.noteId))].sort().join(',')}`);
}

describe('the saved bundled matcher with team notes layered on top', () => {
  const index = parsePrebuiltIndex(readIndexText(join(dist, INDEX_FILE)));
  const saved = TermMatcher.fromBinary<{ noteId: string }>(readFileSync(join(dist, 'matcher.bin')), { sharedStrings: indexStrings(index.notes), insideOf: savedMatcherOptions(index).insideOf });
  const prebuilt = { matcher: saved, notes: new Set(index.notes), topics: index.topics };
  const team = [
    teamNote('payments/ledger.md', '# Ledger\n\nThe append-only record of balance changes.'),
    // Replaces the bundled note of the same id: its terms must come from this note only.
    teamNote('kubectl-run.md', '---\nid: kubectl-run\ntitle: Team kubectl run\naliases: [kubectl run, debug pod]\n---\nOur rule: debug Pods only.'),
    // A longer term over bundled ones, and one that is another bundled note's term too.
    teamNote('fine-tuning-budget.md', '# Fine-tuning budget\n\nHow many GPU hours a fine-tuning run may use.'),
  ];
  const docs = readdirSync(docsDir).filter((f) => !f.endsWith('.json')).slice(0, 40);

  it('matches exactly what one matcher built over all the notes matches', () => {
    const notes = [...index.notes.filter((n) => n.id !== 'kubectl-run'), ...team];
    const layered = new Corpus([...index.notes, ...team], index.topics, [], prebuilt);
    const single = new Corpus(notes, index.topics);
    let compared = 0;
    for (const file of docs) {
      const text = readFileSync(join(docsDir, file), 'utf8') + '\nkubectl run x; a debug pod; the ledger; our fine-tuning budget; fine-tuning.\n';
      const languageId = languageIdForPath(file);
      assert.deepEqual(summary(layered, text, languageId), summary(single, text, languageId), file);
      compared++;
    }
    assert.ok(compared >= 20, `only ${compared} documents compared`);
    const run = layered.scanDocument('kubectl run nginx', 'shellscript')[0];
    assert.deepEqual(run.entries.map((e) => e.value.noteId), ['kubectl-run']);
    assert.equal(layered.get('kubectl-run')?.origin, 'user');
  });

  it('leaves ignored terms out of the saved matcher, so a shorter term under them still matches', () => {
    const corpus = new Corpus(index.notes, index.topics, ['kubectl run'], prebuilt);
    const matches = corpus.scanDocument('kubectl run nginx --image=nginx', 'shellscript');
    assert.equal(matches[0].text, 'kubectl');
    assert.deepEqual(summary(corpus, 'kubectl run nginx', 'shellscript'), summary(new Corpus(index.notes, index.topics, ['kubectl run']), 'kubectl run nginx', 'shellscript'));
  });

  it('uses the saved matcher as it is when nothing is replaced or ignored', () => {
    const corpus = new Corpus([...index.notes, team[0]], index.topics, [], prebuilt);
    assert.equal(corpus.matcher.stats.terms, saved.stats.terms + new TermMatcher(new Corpus([team[0]]).terms()).stats.terms);
  });
});
