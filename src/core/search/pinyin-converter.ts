/**
 * Pinyin syllables of Chinese text from a compact table: one reading per character, plus the words whose
 * characters read otherwise together (调 is "diao" in 调用, "tiao" in 微调). The build derives the table from
 * pinyin-pro (scripts/pinyin-data.ts), so the extension ships ~40 KB of table instead of the library's
 * ~470 KB, and reads a name the way pinyin-pro does for all but about one word in three thousand.
 */
export interface PinyinData {
  version: 1;
  /** One line per syllable: the syllable, a space, then its characters' code points as base-36 differences. */
  chars: string;
  /**
   * Comma-separated words: the characters, then (unless every one reads as alone) a space and their syllables
   * space-separated, '' where a character reads as alone.
   */
  words: string;
}

/** 了 after another Chinese character is the particle "le"; alone or first it is "liao" (as pinyin-pro reads it). */
const LE = 0x4e86;

export class PinyinConverter {
  private readonly readingOf = new Map<number, string>();
  private readonly words = new Map<string, string[]>();
  private readonly longestWord: number;

  constructor(data: PinyinData) {
    if (data?.version !== 1 || typeof data.chars !== 'string' || typeof data.words !== 'string') throw new Error('not a pinyin table');
    for (const line of data.chars.split('\n')) {
      const space = line.indexOf(' ');
      if (space <= 0) continue;
      const syllable = line.slice(0, space);
      let cp = 0;
      for (const delta of line.slice(space + 1).split(',')) {
        cp += parseInt(delta, 36);
        this.readingOf.set(cp, syllable);
      }
    }
    let longest = 1;
    for (const entry of data.words.split(',')) {
      const cut = entry.search(/[\sa-z]/);
      const word = cut < 0 ? entry : entry.slice(0, cut);
      const chars = Array.from(word);
      const given = cut < 0 ? [] : entry.slice(cut + 1).split(' ');
      this.words.set(word, chars.map((c, i) => given[i] || (this.readingOf.get(c.codePointAt(0)!) ?? '')));
      longest = Math.max(longest, chars.length);
    }
    this.longestWord = longest;
  }

  /** The reading of one character alone, or undefined when the table has none. */
  readingOfChar(char: string): string | undefined {
    return this.readingOf.get(char.codePointAt(0)!);
  }

  /**
   * A name's syllables: each Chinese character's, and Latin text as lower-cased words ("Go 通道 (channel)" →
   * go, tong, dao, channel). Characters the table does not know separate words, like punctuation.
   */
  syllables(name: string): string[] {
    const out: string[] = [];
    let latin = '';
    let run: number[] = [];
    const flushLatin = () => {
      for (const word of latin.toLowerCase().split(/[^a-z0-9]+/)) if (word) out.push(word);
      latin = '';
    };
    const flushRun = () => {
      if (run.length > 0) out.push(...this.readRun(run));
      run = [];
    };
    for (const char of name) {
      const cp = char.codePointAt(0)!;
      if (this.readingOf.has(cp)) {
        flushLatin();
        run.push(cp);
      } else {
        flushRun();
        latin += char;
      }
    }
    flushRun();
    flushLatin();
    return out;
  }

  /**
   * Syllables of a run of known characters, segmented into the fewest pieces (a word of the table or one
   * character); in a tie a word beats a character, and a word starting later beats one starting earlier
   * (参|数|数量, not 参|数数|量). That is how pinyin-pro's own segmentation comes out on nearly every word.
   */
  private readRun(run: number[]): string[] {
    const n = run.length;
    const pieces = new Int32Array(n + 1).fill(0x7fffffff);
    const startOf = new Int32Array(n + 1);
    pieces[0] = 0;
    for (let i = 0; i < n; i++) {
      if (pieces[i] === 0x7fffffff) continue;
      const next = pieces[i] + 1;
      if (next < pieces[i + 1]) {
        pieces[i + 1] = next;
        startOf[i + 1] = i;
      }
      let word = String.fromCodePoint(run[i]);
      for (let end = i + 2; end <= Math.min(n, i + this.longestWord); end++) {
        word += String.fromCodePoint(run[end - 1]);
        if (this.words.has(word) && next <= pieces[end]) {
          pieces[end] = next;
          startOf[end] = i;
        }
      }
    }
    const out: string[] = [];
    for (let end = n; end > 0; end = startOf[end]) {
      const start = startOf[end];
      if (end - start > 1) {
        out.unshift(...this.words.get(String.fromCodePoint(...run.slice(start, end)))!);
      } else {
        const cp = run[start];
        out.unshift(cp === LE && start > 0 ? 'le' : this.readingOf.get(cp)!);
      }
    }
    return out;
  }
}

/** The build's side: a PinyinData for these character readings and words (syllables in full). */
export function encodePinyinData(readingOf: ReadonlyMap<string, string>, words: ReadonlyMap<string, readonly string[]>): PinyinData {
  const bySyllable = new Map<string, number[]>();
  for (const [char, syllable] of readingOf) {
    let list = bySyllable.get(syllable);
    if (!list) bySyllable.set(syllable, (list = []));
    list.push(char.codePointAt(0)!);
  }
  const chars = [...bySyllable]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([syllable, cps]) => {
      cps.sort((a, b) => a - b);
      return `${syllable} ${cps.map((cp, i) => (cp - (i > 0 ? cps[i - 1] : 0)).toString(36)).join(',')}`;
    })
    .join('\n');
  const entries = [...words]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([word, syllables]) => {
      const alone = Array.from(word).map((c) => readingOf.get(c));
      return word + syllables.map((s, i) => (s === alone[i] ? '' : s)).join(' ').replace(/ +$/, '').replace(/^(?=.)/, ' ');
    });
  return { version: 1, chars, words: entries.join(',') };
}
