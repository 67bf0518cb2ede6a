import { TermMatcher } from '../src/core/matcher';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleCorpus } from '../src/core/assemble';
import { hoverExamples } from '../src/core/hover-example';
import { BODIES_FILE, PINYIN_FILE, splitBodies, type PrebuiltIndex } from '../src/core/index-format';
import { loadNotes } from '../src/core/load';
import { ORDINARY_WORDS_FILE, OrdinaryWords, ordinaryWordProblems } from '../src/core/ordinary-words';
import { readBrotliText } from '../src/cli/bodies-file';
import { formatProblem } from '../src/core/problems';
import { pinyinTable } from '../src/core/search/pinyin';
import { encodeBodies } from '../src/cli/bodies-file';
import { folderSource } from '../src/cli/folder-source';

/** Parses and validates content/, writes dist/index.json. Returns false when any note is invalid. */
export async function buildContentIndex(contentDir: string, distDir: string, options: { packaged?: boolean } = {}): Promise<boolean> {
  const loaded = await loadNotes(folderSource(contentDir, 'content'), 'bundled');
  const corpus = assembleCorpus(undefined, [loaded]);
  const problems = [...loaded.problems, ...corpus.crossCheck()];
  const wordList = join(distDir, ORDINARY_WORDS_FILE);
  if (existsSync(wordList)) problems.push(...ordinaryWordProblems(loaded.notes, OrdinaryWords.parse(readBrotliText(wordList))));
  for (const p of problems) console.error(formatProblem(p));
  if (problems.some((p) => p.severity === 'error')) return false;
  for (const note of loaded.notes) {
    const example = hoverExamples(note.body);
    if (example) note.example = example;
  }
  const names = loaded.notes.flatMap((n) => [n.title.zh, n.title.en, ...n.aliases.map((a) => a.term)]);
  const index: PrebuiltIndex = { version: 1, topics: loaded.topics, notes: loaded.notes, pinyin: pinyinTable(names) };
  mkdirSync(distDir, { recursive: true });
  const split = splitBodies(index);
  writeFileSync(join(distDir, 'index.json'), JSON.stringify(split.index));
  writeFileSync(join(distDir, BODIES_FILE), encodeBodies(JSON.stringify(split.bodies), options.packaged ? 'smallest' : 'fast'));
  writeFileSync(join(distDir, PINYIN_FILE), JSON.stringify(split.pinyin));
  // The matcher of exactly these notes, so activation loads it instead of building it.
  writeFileSync(join(distDir, 'matcher.bin'), new TermMatcher(corpus.terms()).toBinary());
  return true;
}
