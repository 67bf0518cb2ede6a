import type * as PinyinPro from 'pinyin-pro';
import { hasCjk } from './tokenize';

/**
 * Pinyin of Chinese names, so "zhishizhengliu" and "zszl" find 知识蒸馏.
 *
 * A name's pinyin is kept as a list of syllables (Latin words of a mixed name stay whole words):
 * 知识蒸馏 → ["zhi", "shi", "zheng", "liu"]; "Go 通道 (channel)" → ["go", "tong", "dao", "channel"].
 * Tones are dropped and ü is written v, as pinyin input methods do (绿 → "lv").
 *
 * Bundled notes get their syllables at build time (PrebuiltIndex.pinyin); only names that are not in
 * that table (user notes) load pinyin-pro, on first need.
 */

/** Chinese name → its syllables, as stored in dist/pinyin.json.br. */
export type PinyinTable = Record<string, string[]>;

export interface PinyinLookup {
  /** Syllables of a name that contains Chinese, or undefined when it has none. */
  syllables(name: string): string[] | undefined;
}

let pinyinPro: typeof PinyinPro | undefined;

function loadPinyinPro(): typeof PinyinPro {
  // Required on first use: the library and its dictionary cost ~60 ms to load and initialise, which
  // activation and a corpus of bundled notes (whose pinyin is prebuilt) never pay.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  pinyinPro ??= require('pinyin-pro') as typeof PinyinPro;
  return pinyinPro;
}

/** Computes the syllables of a name with pinyin-pro (context-aware for polyphonic characters). */
export function computeSyllables(name: string): string[] {
  const parts = loadPinyinPro().pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const out: string[] = [];
  for (const part of parts) {
    for (const word of part.toLowerCase().split(/[^a-z0-9]+/)) if (word) out.push(word);
  }
  return out;
}

/** Syllable lookups: the prebuilt table first, pinyin-pro for anything else (remembered). */
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

/** The table for a set of names: what the build writes into dist/pinyin.json.br. */
export function pinyinTable(names: Iterable<string>): PinyinTable {
  const table: PinyinTable = {};
  for (const name of names) {
    if (hasCjk(name) && !(name in table)) table[name] = computeSyllables(name);
  }
  return table;
}
