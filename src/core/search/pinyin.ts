import { isStringList } from '../index-format';
import { hasCjk } from './tokenize';

/**
 * Pinyin of Chinese names, so "zhishizhengliu" and "zszl" find 知识蒸馏.
 *
 * A name's pinyin is kept as a list of syllables (Latin words of a mixed name stay whole words):
 * 知识蒸馏 → ["zhi", "shi", "zheng", "liu"]; "Go 通道 (channel)" → ["go", "tong", "dao", "channel"].
 * Tones are dropped and ü is written v, as pinyin input methods do (绿 → "lv").
 *
 * Bundled notes get their syllables at build time (PrebuiltIndex.pinyin); only names that are not in
 * that table (user notes) load the converter and its table (./pinyin-chunk), on first need.
 */

/** Chinese name → its syllables, as stored in dist/pinyin.json.br. */
export type PinyinTable = Record<string, string[]>;

export interface PinyinLookup {
  /** Syllables of a name that contains Chinese, or undefined when it has none. */
  syllables(name: string): string[] | undefined;
}

let chunk: typeof import('./pinyin-chunk') | undefined;

/** Computes the syllables of a name (context-aware for polyphonic characters, see PinyinConverter). */
export function computeSyllables(name: string): string[] {
  // Required on first use: activation and a corpus of bundled notes (whose pinyin is prebuilt) never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  chunk ??= require('./pinyin-chunk') as typeof import('./pinyin-chunk');
  return chunk.syllablesOf(name);
}

/** Syllable lookups: the prebuilt table first, the converter for anything else (remembered). */
export class PinyinCache implements PinyinLookup {
  private readonly known = new Map<string, string[]>();
  private computed = 0;

  constructor(table?: PinyinTable) {
    if (table) this.seed(table);
  }

  seed(table: PinyinTable): void {
    for (const [name, syllables] of Object.entries(table)) {
      if (Array.isArray(syllables)) this.known.set(name, syllables);
    }
  }

  syllables(name: string): string[] | undefined {
    if (!hasCjk(name)) return undefined;
    let syllables = this.known.get(name);
    if (!syllables) {
      syllables = computeSyllables(name);
      this.computed++;
      this.known.set(name, syllables);
    }
    return syllables;
  }

  /** How many names had to be computed (not found in the table). */
  get computedCount(): number {
    return this.computed;
  }
}

/** Shared cache for the process: bundled tables seed it, user notes fill it as they are indexed. */
export const sharedPinyin = new PinyinCache();

/** The table for a set of names (the build's, see compactPinyin). */
export function pinyinTable(names: Iterable<string>): PinyinTable {
  const table: PinyinTable = {};
  for (const name of names) {
    if (hasCjk(name) && !(name in table)) table[name] = computeSyllables(name);
  }
  return table;
}

/**
 * dist/pinyin.json.br: a PinyinTable stored as one reading per Chinese character plus the names that
 * read otherwise (a polyphone in context: 调 is "diao" in 调用, "tiao" alone). The names themselves are
 * the index's titles and aliases, which the reader has anyway: a tenth of the table's size.
 */
export interface PinyinReadings {
  version: 2;
  /** Characters, one UTF-16 unit each... */
  chars: string;
  /** ...and their readings, space-separated in the same order. */
  readings: string;
  /** Names whose syllables are not their characters' readings one by one. */
  exceptions: PinyinTable;
}

/** Syllables of a name from per-character readings; anything else is Latin text, split into words as computeSyllables does. */
function readCharByChar(name: string, readingOf: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  let latin = '';
  const flush = () => {
    for (const word of latin.toLowerCase().split(/[^a-z0-9]+/)) if (word) out.push(word);
    latin = '';
  };
  for (let i = 0; i < name.length; i++) {
    const reading = readingOf.get(name[i]);
    if (reading === undefined) {
      latin += name[i];
      continue;
    }
    flush();
    out.push(reading);
  }
  flush();
  return out;
}

/** The build's side: `table` as readings, exact for every name in it (a name read otherwise is an exception). */
export function compactPinyin(table: PinyinTable): PinyinReadings {
  const readingOf = new Map<string, string>();
  for (const name of Object.keys(table)) {
    for (let i = 0; i < name.length; i++) {
      const c = name[i];
      if (readingOf.has(c) || !hasCjk(c)) continue;
      const alone = computeSyllables(c);
      if (alone.length === 1 && /^[a-z]+$/.test(alone[0])) readingOf.set(c, alone[0]);
    }
  }
  const exceptions: PinyinTable = {};
  for (const [name, syllables] of Object.entries(table)) {
    if (readCharByChar(name, readingOf).join(' ') !== syllables.join(' ')) exceptions[name] = syllables;
  }
  return { version: 2, chars: [...readingOf.keys()].join(''), readings: [...readingOf.values()].join(' '), exceptions };
}

/**
 * The table back from dist/pinyin.json.br's JSON, for `names` (the index's titles and aliases). Throws on a
 * file of another shape.
 */
export function expandPinyin(json: string, names: Iterable<string>): PinyinTable {
  const file = JSON.parse(json) as Partial<PinyinReadings>;
  const readings = typeof file.readings === 'string' ? file.readings.split(' ') : [];
  const { chars, exceptions } = file;
  if (file.version !== 2 || typeof chars !== 'string' || readings.length !== chars.length || typeof exceptions !== 'object' || exceptions === null) {
    throw new Error('unsupported pinyin file');
  }
  const readingOf = new Map<string, string>();
  for (let i = 0; i < chars.length; i++) readingOf.set(chars[i], readings[i]);
  const table: PinyinTable = {};
  for (const [name, syllables] of Object.entries(exceptions)) if (isStringList(syllables)) table[name] = syllables;
  for (const name of names) {
    if (!(name in table) && hasCjk(name)) table[name] = readCharByChar(name, readingOf);
  }
  return table;
}
