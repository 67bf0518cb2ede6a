// Builds out/pinyin-data.json, the table of dist/chunks/pinyin-chunk.js (src/core/search/pinyin-converter.ts),
// from pinyin-pro and the jieba dictionary (dev dependencies): every character of jieba's dictionary and of
// pinyin-pro's word lists with its reading alone, pinyin-pro's words (its polyphones in context), and the
// words of jieba's 75,000 most frequent that the table would otherwise read differently from pinyin-pro.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { encodePinyinData, PinyinConverter, type PinyinData } from '../src/core/search/pinyin-converter';

const CHECKED_WORDS = 75_000;

/** A name's syllables as pinyin-pro reads them (what the table reproduces; tests compare against it). */
export const readAsPinyinPro = (text: string): string[] => {
  const out: string[] = [];
  for (const part of pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })) {
    for (const word of part.toLowerCase().split(/[^a-z0-9]+/)) if (word) out.push(word);
  }
  return out;
};

const isHan = (char: string) => /^\p{Script=Han}$/u.test(char);

/** pinyin-pro's word lists (data/dict2-5), which its package does not export: read from its ES module files. */
function pinyinProWords(root: string): string[] {
  const dataDir = join(root, 'dist', 'esm', 'data');
  const words: string[] = [];
  for (const file of readdirSync(dataDir).filter((f) => /^dict[2-9]\.mjs$/.test(f))) {
    for (const m of readFileSync(join(dataDir, file), 'utf8').matchAll(/^\s+['"]?(\p{Script=Han}{2,})['"]?\s*:/gmu)) words.push(m[1]);
  }
  if (words.length < 3000) throw new Error(`pinyin-pro's word lists: found ${words.length} words; has its data layout changed?`);
  return words;
}

/**
 * Drops the words whose characters all read as alone and which cannot change how a word that reads otherwise
 * is cut out of a text: only a word overlapping one of those (参数 against 数数 in 参数数量) keeps its place.
 */
function pruneWordsReadAsAlone(wordReadings: Map<string, string[]>, readingOf: ReadonlyMap<string, string>): void {
  const readsAsAlone = (word: string, syllables: readonly string[]) => Array.from(word).every((c, i) => readingOf.get(c) === syllables[i]);
  const otherwise = [...wordReadings].filter(([w, s]) => !readsAsAlone(w, s)).map(([w]) => w);
  const prefixes = new Set<string>();
  const suffixes = new Set<string>();
  for (const word of otherwise) {
    const chars = Array.from(word);
    for (let k = 1; k < chars.length; k++) {
      prefixes.add(chars.slice(0, k).join(''));
      suffixes.add(chars.slice(k).join(''));
    }
  }
  for (const [word, syllables] of wordReadings) {
    if (!readsAsAlone(word, syllables)) continue;
    const chars = Array.from(word);
    let overlaps = otherwise.some((other) => word.includes(other) || other.includes(word));
    for (let k = 1; k < chars.length && !overlaps; k++) overlaps = prefixes.has(chars.slice(k).join('')) || suffixes.has(chars.slice(0, k).join(''));
    if (!overlaps) wordReadings.delete(word);
  }
}

export function buildPinyinData(outFile: string): { data: PinyinData; rebuilt: boolean } {
  const pinyinProRoot = dirname(require.resolve('pinyin-pro/package.json'));
  const jiebaRoot = dirname(require.resolve('jieba-js/package.json'));
  const key = createHash('sha256')
    .update(readFileSync(join(pinyinProRoot, 'package.json')))
    .update(readFileSync(join(jiebaRoot, 'package.json')))
    .update(readFileSync(__filename))
    .digest('hex');
  if (existsSync(outFile)) {
    const saved = JSON.parse(readFileSync(outFile, 'utf8')) as PinyinData & { key?: string };
    if (saved.key === key) return { data: saved, rebuilt: false };
  }
  const jieba = readFileSync(join(jiebaRoot, 'dict', 'dict.txt.big'), 'utf8')
    .split('\n')
    .map((line) => line.split(' '))
    .filter((p) => p.length >= 2 && /^\p{Script=Han}+$/u.test(p[0]));
  const words = pinyinProWords(pinyinProRoot);
  const readingOf = new Map<string, string>();
  for (const text of [...jieba.map((p) => p[0]), ...words]) {
    for (const char of text) {
      if (readingOf.has(char) || !isHan(char)) continue;
      const alone = readAsPinyinPro(char);
      if (alone.length === 1 && /^[a-z]+$/.test(alone[0])) readingOf.set(char, alone[0]);
    }
  }
  const wordReadings = new Map<string, string[]>();
  for (const word of words) wordReadings.set(word, readAsPinyinPro(word));
  pruneWordsReadAsAlone(wordReadings, readingOf);
  // Words the table reads otherwise (pinyin-pro's rules beyond its word lists) become words of the table.
  const converter = new PinyinConverter(encodePinyinData(readingOf, wordReadings));
  const frequent = jieba.sort((a, b) => Number(b[1]) - Number(a[1])).slice(0, CHECKED_WORDS);
  for (const [word] of frequent) {
    const expected = readAsPinyinPro(word);
    if (converter.syllables(word).join(' ') !== expected.join(' ')) wordReadings.set(word, expected);
  }
  const data = encodePinyinData(readingOf, wordReadings);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify({ ...data, key }));
  return { data, rebuilt: true };
}
