import { TermMatcher } from '../src/core/matcher';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assembleCorpus } from '../src/core/assemble';
import { hoverExamples } from '../src/core/hover-example';
import { BODIES_FILE, bodyOrder, encodeBodiesFile, encodeIndexFile, INDEX_FILE, indexStrings, PINYIN_FILE, splitBodies, type PrebuiltIndex } from '../src/core/index-format';
import { loadNotes } from '../src/core/load';
import { ORDINARY_WORDS_FILE, OrdinaryWords, ordinaryWordProblems } from '../src/core/ordinary-words';
import { readBrotliText } from '../src/cli/bodies-file';
import { formatProblem } from '../src/core/problems';
import { compactPinyin, pinyinTable } from '../src/core/search/pinyin';
import { encodeBrotliJson } from '../src/cli/bodies-file';
import { folderSource } from '../src/cli/folder-source';
import { renderNoteBody } from '../src/core/render';
import { mathCharacters } from './katex-fonts.mjs';
import { addNotInsideWords, jiebaProperNames } from './zh-inside-words';

/**
 * Parses and validates content/, writes dist/index.utf16.json.br and the files beside it. Returns false when any note is invalid.
 * @param options.mathCharacters receives every character the notes' math lays out (for the KaTeX font subsets)
 */
export async function buildContentIndex(contentDir: string, distDir: string, options: { packaged?: boolean; mathCharacters?: Set<string> } = {}): Promise<boolean> {
  const loaded = await loadNotes(folderSource(contentDir, 'content'), 'bundled');
  loaded.notes = bodyOrder(loaded.notes).map((k) => loaded.notes[k]);
  const corpus = assembleCorpus(undefined, [loaded]);
  const problems = [...loaded.problems, ...corpus.crossCheck()];
  const wordList = join(distDir, ORDINARY_WORDS_FILE);
  const everyday = existsSync(wordList) ? OrdinaryWords.parse(readBrotliText(wordList)) : undefined;
  if (everyday) problems.push(...ordinaryWordProblems(loaded.notes, everyday));
  for (const p of problems) console.error(formatProblem(p));
  if (problems.some((p) => p.severity === 'error')) return false;
  // After the checks, which read the notes as written.
  if (everyday) addNotInsideWords(loaded.notes, everyday.chinese, jiebaProperNames(readFileSync(join(dirname(require.resolve('jieba-js/package.json')), 'dict', 'dict.txt.big'), 'utf8')));
  for (const note of loaded.notes) {
    const example = hoverExamples(note.body);
    if (example) note.example = example;
    if (options.mathCharacters) {
      for (const body of [note.body.zh, note.body.en]) if (body.includes('$')) mathCharacters(renderNoteBody(body, { exists: () => true }).html, options.mathCharacters);
    }
  }
  const names = loaded.notes.flatMap((n) => [n.title.zh, n.title.en, ...n.aliases.map((a) => a.term)]);
  const index: PrebuiltIndex = { version: 1, topics: loaded.topics, notes: loaded.notes, pinyin: pinyinTable(names) };
  mkdirSync(distDir, { recursive: true });
  const split = splitBodies(index);
  const effort = options.packaged ? 'smallest' : 'fast';
  writeFileSync(join(distDir, INDEX_FILE), encodeBrotliJson(encodeIndexFile(split.index), effort, 'utf16le'));
  writeFileSync(join(distDir, BODIES_FILE), encodeBrotliJson(encodeBodiesFile(split.bodies), effort));
  writeFileSync(join(distDir, PINYIN_FILE), encodeBrotliJson(JSON.stringify(compactPinyin(split.pinyin)), effort));
  // Files of earlier builds (uncompressed, or the index in UTF-8) would otherwise be packaged too.
  for (const stale of ['index.json', 'index.json.br', 'pinyin.json']) rmSync(join(distDir, stale), { force: true });
  // The matcher of exactly these notes, so activation loads it instead of building it. It refers to the
  // index's aliases and titles instead of storing them again (the index file keeps its notes' order).
  const sharedStrings = indexStrings(split.index.notes);
  writeFileSync(join(distDir, 'matcher.bin'), new TermMatcher(corpus.terms()).toBinary({ sharedStrings }));
  return true;
}
