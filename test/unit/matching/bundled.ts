import { join } from 'node:path';
import { scanDocument } from '../../../src/core/document-scan';
import { Corpus, type TermRef } from '../../../src/core/corpus';
import { readIndexText } from '../../../src/cli/bodies-file';
import { INDEX_FILE, parsePrebuiltIndex } from '../../../src/core/index-format';
import { TermMatcher } from '../../../src/core/matcher';

let bundledCache: TermMatcher<TermRef> | undefined;

/** The bundled notes' matcher (dist/ as built), built once per test run for the tests that need it (about a second). */
export function bundledMatcher(): TermMatcher<TermRef> {
  if (!bundledCache) {
    const index = parsePrebuiltIndex(readIndexText(join(__dirname, '..', '..', '..', 'dist', INDEX_FILE)));
    bundledCache = new TermMatcher(new Corpus(index.notes, index.topics).terms());
  }
  return bundledCache;
}

/** For each match of the bundled notes whose text `word` matches, in order: its notes' ids joined by `|`. */
export function bundledNotesAt(text: string, languageId: string, word: RegExp): string[] {
  return scanDocument(bundledMatcher(), text, languageId, (v: TermRef) => v.noteId)
    .matches.filter((x) => word.test(x.text))
    .map((x) => x.entries.map((e) => e.value.noteId).join('|'));
}
