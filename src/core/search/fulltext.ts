import type { Note } from '../note';
import { isCjk } from './tokenize';

/**
 * Full-text index over summaries, tags and bodies (titles and aliases too, so a query that mixes a
 * title word and a body word still finds the note): an inverted index scored with BM25.
 *
 * Tokens: lower-case Latin words, and overlapping bigrams of Chinese text (a lone Han character is a
 * token of its own). Bigrams were chosen by measurement, over the 3.9 M Chinese characters of 10,000
 * generated notes: bigrams take ~50 ms, `Intl.Segmenter` (called per line) 3.2 s, jieba-wasm 3.6 s
 * plus 0.35 s to load its 4 MB dictionary; and a Chinese query that occurs in a note is always found,
 * where the segmenters lost 1.3% (Intl.Segmenter) and 4.7% (jieba) of the dictionary words they were
 * asked for, because they split the word differently in the query and in the text. A Chinese query of
 * three or more characters is then checked as an exact substring of the candidates, so bigrams that
 * occur in a note but not next to each other do not count.
 *
 * Own code rather than a library because, on the same tokens at 10,000 notes, MiniSearch 7.2 took 14 s
 * to build (with 130 MB) and FlexSearch 0.8 2.1 s without term scores or a way to verify substrings;
 * this index built in ~1.2 s then, and since FullTextBuilder (no allocation per token) reads the 10 M
 * characters of the 2,261 bundled notes in ~0.4 s, against ~0.9 s before it. (MiniSearch's radix tree does
 * serve the title and alias words: names.ts.)
 */

const K1 = 1.2;
const B = 0.75;
/** Weights of a token occurrence by field (counted into the term frequency). */
const WEIGHT_NAME = 3;
const WEIGHT_META = 2;
const WEIGHT_BODY = 1;
/** A last query word expands to at most this many indexed words that start with it. */
const MAX_PREFIX_EXPANSION = 64;

export interface FullTextHit {
  doc: number;
  score: number;
}

/** Dense index of a Han character (0 … 28,096), so that a bigram key is a small integer. */
function cjkIndex(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return c - 0x4e00;
  if (c >= 0x3400 && c <= 0x4dbf) return 20992 + c - 0x3400;
  if (c >= 0xf900 && c <= 0xfaff) return 27584 + c - 0xf900;
  return 28096; // 〇
}

const LONE = 32767;

/** Integer key of a Chinese bigram, or of a lone character (b = undefined). Fits in a small integer. */
export function cjkKey(a: number, b?: number): number {
  return cjkIndex(a) * 32768 + (b === undefined ? LONE : cjkIndex(b));
}

/**
 * Tokenises `text`: Latin words (lower-case) go to `word`, Chinese bigrams and lone Han characters go
 * to `cjk` as integer keys (hashing an integer is much cheaper than slicing and hashing a string).
 */
export function tokenize(text: string, word: (w: string) => void, cjk: (key: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      let upper = c <= 0x5a && c >= 0x41;
      while (j < n) {
        const d = text.charCodeAt(j);
        if ((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39)) j++;
        else if (d >= 0x41 && d <= 0x5a) {
          upper = true;
          j++;
        } else break;
      }
      const w = text.slice(i, j);
      word(upper ? w.toLowerCase() : w);
      i = j;
    } else if (isCjk(c)) {
      let j = i + 1;
      while (j < n && isCjk(text.charCodeAt(j))) j++;
      if (j - i === 1) cjk(cjkKey(c));
      else for (let k = i; k + 1 < j; k++) cjk(cjkKey(text.charCodeAt(k), text.charCodeAt(k + 1)));
      i = j;
    } else {
      i++;
    }
  }
}

/** The tokens of `text` as strings (Latin words, Chinese bigrams, lone Han characters), in order. */
export function forEachToken(text: string, emit: (token: string) => void): void {
  let i = 0;
  // Re-walk the text for the Chinese tokens' characters: only used by tests and tools.
  const cjkTokens: string[] = [];
  for (const run of text.match(/[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g) ?? []) {
    if (run.length === 1) cjkTokens.push(run);
    else for (let k = 0; k + 1 < run.length; k++) cjkTokens.push(run.slice(k, k + 2));
  }
  tokenize(text, emit, () => emit(cjkTokens[i++]));
}

/** The tokens of a query, grouped: every group must match (AND); a group matches when any of its terms does. */
type Term = string | number;

interface QueryGroup {
  terms: Term[];
}

function idfOf(N: number, df: number): number {
  return Math.log(1 + (N - df + 0.5) / (df + 0.5));
}

/** Weighted term frequency of `doc` in a posting list [doc, tf, doc, tf, ...] sorted by doc (0 if absent). */
function tfOf(list: Int32Array, doc: number): number {
  let lo = 0;
  let hi = list.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const d = list[2 * mid];
    if (d === doc) return list[2 * mid + 1];
    if (d < doc) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

/** The k best (doc, score) pairs seen, kept in a binary min-heap. */
class TopK {
  private readonly docs: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.docs = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  wouldTake(score: number): boolean {
    return this.size < this.k || score > this.scores[0];
  }

  add(doc: number, score: number): void {
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.scores[parent] <= score) break;
        this.docs[i] = this.docs[parent];
        this.scores[i] = this.scores[parent];
        i = parent;
      }
      this.docs[i] = doc;
      this.scores[i] = score;
      return;
    }
    // Replace the minimum and sift down.
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && this.scores[r] < this.scores[l] ? r : l;
      if (this.scores[c] >= score) break;
      this.docs[i] = this.docs[c];
      this.scores[i] = this.scores[c];
      i = c;
    }
    this.docs[i] = doc;
    this.scores[i] = score;
  }

  sorted(): FullTextHit[] {
    const out: FullTextHit[] = [];
    for (let i = 0; i < this.size; i++) out.push({ doc: this.docs[i], score: this.scores[i] });
    return out.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }
}

/** Whether text, from `at`, starts with the lower-cased word `w` (ASCII letters folded). */
function sameLowerWord(w: string, text: string, at: number): boolean {
  for (let k = 0; k < w.length; k++) {
    const d = text.charCodeAt(at + k);
    if (w.charCodeAt(k) !== (d >= 0x41 && d <= 0x5a ? d + 32 : d)) return false;
  }
  return true;
}

/** Grows an Int32Array to hold at least `need` elements. */
function grown(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

const enum Phase {
  Notes,
  Place,
  Name,
  Done,
}
/** FullTextBuilder's rows come in blocks of 2^ROW_BLOCK_BITS. */
const ROW_BLOCK_BITS = 15;
const ROW_MASK = (1 << ROW_BLOCK_BITS) - 1;
/** Units of work of FullTextBuilder.step between two looks at the clock. */
const BATCH_ROWS = 1 << 16;
const BATCH_TERMS = 1 << 13;

/** The postings of every term, as FullTextBuilder leaves them for FullTextIndex. */
export interface Postings {
  /** Latin word → term id. */
  words: Map<string, number>;
  /** Chinese bigram or lone-character key (cjkKey) → term id. */
  bigrams: Map<number, number>;
  /** Term id t's postings are flat[start[t] .. start[t + 1]]: doc, weighted tf, doc, weighted tf, ... by doc. */
  start: Int32Array;
  flat: Int32Array;
  docLength: Float32Array;
}

/**
 * The terms one query can read (see termsOfQuery): a FullTextBuilder given one keeps postings for these
 * only, and still counts every token in the notes' lengths.
 */
export interface QueryTerms {
  /** Lower-cased Latin words kept as they are. */
  words: ReadonlySet<string>;
  /** Lower-cased Latin prefixes: every word starting with one is kept. */
  prefixes: readonly string[];
  /** Chinese keys (cjkKey) kept. */
  cjk: ReadonlySet<number>;
}

/**
 * Every term FullTextIndex.search and searchMost can read for these query tokens: the words, each word of
 * three or more letters as a prefix (either may expand one), and the Chinese runs' bigrams and lone characters.
 */
export function termsOfQuery(words: readonly string[], cjkRuns: readonly string[]): QueryTerms {
  const cjk = new Set<number>();
  for (const run of cjkRuns) for (const key of runKeys(run)) cjk.add(key);
  return { words: new Set(words), prefixes: words.filter((w) => w.length >= 3), cjk };
}

/** The Chinese keys a query's run of Han characters reads: its bigrams, or a lone character's own key. */
function runKeys(run: string): number[] {
  if (run.length === 1) return [cjkKey(run.charCodeAt(0))];
  const keys: number[] = [];
  for (let k = 0; k + 1 < run.length; k++) keys.push(cjkKey(run.charCodeAt(k), run.charCodeAt(k + 1)));
  return keys;
}

/**
 * Reads notes into postings a few at a time, so a caller can spread the work over several tasks
 * (see SearchIndex.warmInSlices) instead of blocking its thread for the whole build.
 *
 * A token costs no allocation: a Latin word is hashed as it is read (lower-cased) and looked up in an
 * open-addressing table whose keys are stored once in a character pool; a Chinese bigram is an integer
 * key in a second table. A note's terms count in per-term slots, and each term touched by the note adds
 * one (term, doc, tf) row when the note ends; the rows become each term's postings in one pass at the end.
 */
export class FullTextBuilder {
  private readonly count: number;
  private next = 0;
  private doc = 0;
  private weight = 1;
  private length = 0;
  private readonly docLength: Float32Array;
  // Latin words: slots hold word index + 1 (0: empty); per word, its hash, [start, start + length) in pool, term id.
  private wordSlots = new Int32Array(1 << 14);
  private wordHash = new Int32Array(1 << 12);
  private wordStart = new Int32Array(1 << 12);
  private wordLength = new Int32Array(1 << 12);
  private termOfWord = new Int32Array(1 << 12);
  private wordCount = 0;
  private pool = new Uint16Array(1 << 16);
  private poolUsed = 0;
  // Chinese keys: slot keys are cjkKey + 1 (0: empty), slot values term ids.
  private cjkSlotKeys = new Int32Array(1 << 14);
  private cjkSlotIds = new Int32Array(1 << 14);
  private cjkCount = 0;
  // Term ids: words and Chinese keys share one numbering. Per term: the last doc it was seen in, its tf there.
  private termKeyOf = new Int32Array(1 << 13); // word: -(word index + 1); Chinese: the key
  private lastDoc = new Int32Array(1 << 13);
  private tf = new Int32Array(1 << 13);
  private termCount = 0;
  private docTerms = new Int32Array(1 << 10);
  private docTermCount = 0;
  /**
   * Rows of (term, doc, tf), in doc order, ROW_BLOCK rows to a block: growing one array by doubling copied
   * tens of MB in one step at 10,000 notes (115 ms); a new block is one small allocation.
   */
  private rowBlocks: Int32Array[] = [];
  private rowCount = 0;

  /** For `only`: per ASCII code, 1 when some kept word or prefix starts with it. */
  private readonly firstCodes: Uint8Array | undefined;

  /**
   * @param only postings for these terms alone (one query's, see termsOfQuery): the index then answers
   *   that query as the whole index would, at a fraction of the build.
   */
  constructor(
    private readonly notes: readonly Note[],
    private readonly only?: QueryTerms,
  ) {
    this.count = notes.length;
    this.docLength = new Float32Array(this.count);
    if (only) {
      this.firstCodes = new Uint8Array(128);
      for (const w of [...only.words, ...only.prefixes]) if (w.charCodeAt(0) < 128) this.firstCodes[w.charCodeAt(0)] = 1;
    }
  }

  /** Whether a build for `only` keeps the word text[i, j) (lower-cased). */
  private keepsWord(text: string, i: number, j: number): boolean {
    const only = this.only!;
    const first = text.charCodeAt(i);
    if (this.firstCodes![first >= 0x41 && first <= 0x5a ? first + 32 : first] === 0) return false;
    const length = j - i;
    for (const w of only.words) if (w.length === length && sameLowerWord(w, text, i)) return true;
    for (const p of only.prefixes) if (p.length <= length && sameLowerWord(p, text, i)) return true;
    return false;
  }

  /** True once the postings are ready (see step). */
  get done(): boolean {
    return this.phase === Phase.Done;
  }

  /**
   * Does the next part of the build until it is complete or performance.now() passes `deadline`; returns
   * whether it is complete. Each call does at least one unit of work (a note, or a batch of rows or terms).
   */
  step(deadline = Infinity): boolean {
    for (;;) {
      switch (this.phase) {
        case Phase.Notes:
          if (this.next < this.count) this.addNote(this.notes[this.next++]);
          else this.startPlacing();
          break;
        case Phase.Place:
          this.placeRows(BATCH_ROWS);
          break;
        case Phase.Name:
          this.nameTerms(BATCH_TERMS);
          break;
        case Phase.Done:
          return true;
      }
      if (performance.now() >= deadline) return this.done;
    }
  }

  /** Completes the build and hands over the postings. */
  finish(): Postings {
    this.step();
    return { words: this.words, bigrams: this.bigrams, start: this.start, flat: this.flat, docLength: this.docLength };
  }

  private phase = Phase.Notes;
  private start = new Int32Array(0);
  private flat = new Int32Array(0);
  private cursor = new Int32Array(0);
  private placed = 0;
  private named = 0;
  private readonly words = new Map<string, number>();
  private readonly bigrams = new Map<number, number>();

  /** Sizes each term's postings from the rows' counts. */
  private startPlacing(): void {
    const terms = this.termCount;
    const start = new Int32Array(terms + 1);
    for (let r = 0; r < this.rowCount; r++) start[this.rowBlocks[r >>> ROW_BLOCK_BITS][3 * (r & ROW_MASK)] + 1] += 2;
    for (let t = 0; t < terms; t++) start[t + 1] += start[t];
    this.start = start;
    this.flat = new Int32Array(start[terms]);
    this.cursor = start.slice(0, terms);
    this.phase = Phase.Place;
  }

  /** Copies up to `batch` rows into their terms' postings (rows are in doc order, so postings are too). */
  private placeRows(batch: number): void {
    const flat = this.flat;
    const cursor = this.cursor;
    const end = Math.min(this.rowCount, this.placed + batch);
    for (let r = this.placed; r < end; r++) {
      const rows = this.rowBlocks[r >>> ROW_BLOCK_BITS];
      const k = 3 * (r & ROW_MASK);
      const t = rows[k];
      const at = cursor[t];
      flat[at] = rows[k + 1];
      flat[at + 1] = rows[k + 2];
      cursor[t] = at + 2;
    }
    this.placed = end;
    if (end === this.rowCount) {
      this.rowBlocks = [];
      this.cursor = new Int32Array(0);
      this.phase = Phase.Name;
    }
  }

  /** Maps up to `batch` terms' keys (the words as strings) to their ids. */
  private nameTerms(batch: number): void {
    const end = Math.min(this.termCount, this.named + batch);
    for (let t = this.named; t < end; t++) {
      const key = this.termKeyOf[t];
      if (key >= 0) {
        this.bigrams.set(key, t);
        continue;
      }
      const w = -key - 1;
      const from = this.wordStart[w];
      const length = this.wordLength[w];
      // Most words are short; a long one goes in pieces, under the engine's limit on arguments.
      let word = '';
      for (let k = from; k < from + length; k += 4096) word += String.fromCharCode.apply(null, this.pool.subarray(k, Math.min(from + length, k + 4096)) as unknown as number[]);
      this.words.set(word, t);
    }
    this.named = end;
    if (end === this.termCount) this.phase = Phase.Done;
  }

  private addNote(note: Note): void {
    this.doc = this.next - 1;
    this.length = 0;
    this.docTermCount = 0;
    this.weight = WEIGHT_NAME;
    this.field(note.title.en);
    this.field(note.title.zh);
    for (const a of note.aliases) this.field(a.term);
    this.weight = WEIGHT_META;
    this.field(note.summary.en);
    this.field(note.summary.zh);
    for (const tag of note.tags) this.field(tag);
    this.weight = WEIGHT_BODY;
    this.field(note.body.en);
    this.field(note.body.zh);
    this.docLength[this.doc] = this.length;
    for (let k = 0; k < this.docTermCount; k++) {
      const t = this.docTerms[k];
      const row = this.rowCount++;
      if ((row & ROW_MASK) === 0) this.rowBlocks.push(new Int32Array(3 << ROW_BLOCK_BITS));
      const rows = this.rowBlocks[row >>> ROW_BLOCK_BITS];
      const r = 3 * (row & ROW_MASK);
      rows[r] = t;
      rows[r + 1] = this.doc;
      rows[r + 2] = this.tf[t];
    }
  }

  /** The tokens of `text`, as `tokenize` splits them. */
  private field(text: string): void {
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a)) {
        let j = i + 1;
        let h = Math.imul(0x811c9dc5 ^ (c <= 0x5a && c >= 0x41 ? c + 32 : c), 0x01000193);
        while (j < n) {
          const d = text.charCodeAt(j);
          if ((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39)) h = Math.imul(h ^ d, 0x01000193);
          else if (d >= 0x41 && d <= 0x5a) h = Math.imul(h ^ (d + 32), 0x01000193);
          else break;
          j++;
        }
        if (this.only === undefined || this.keepsWord(text, i, j)) this.count1(this.wordTerm(text, i, j, h));
        else this.length++;
        i = j;
      } else if (c >= 0x3007 && isCjk(c)) {
        let j = i + 1;
        while (j < n && isCjk(text.charCodeAt(j))) j++;
        if (j - i === 1) this.countCjk(cjkKey(c));
        else for (let k = i; k + 1 < j; k++) this.countCjk(cjkKey(text.charCodeAt(k), text.charCodeAt(k + 1)));
        i = j;
      } else {
        i++;
      }
    }
  }

  private countCjk(key: number): void {
    if (this.only === undefined || this.only.cjk.has(key)) this.count1(this.cjkTerm(key));
    else this.length++;
  }

  private count1(t: number): void {
    this.length++;
    if (this.lastDoc[t] === this.doc + 1) {
      this.tf[t] += this.weight;
      return;
    }
    this.lastDoc[t] = this.doc + 1;
    this.tf[t] = this.weight;
    if (this.docTermCount === this.docTerms.length) this.docTerms = grown(this.docTerms, this.docTermCount + 1);
    this.docTerms[this.docTermCount++] = t;
  }

  private newTerm(key: number): number {
    const t = this.termCount++;
    if (t === this.termKeyOf.length) {
      this.termKeyOf = grown(this.termKeyOf, t + 1);
      this.lastDoc = grown(this.lastDoc, t + 1);
      this.tf = grown(this.tf, t + 1);
    }
    this.termKeyOf[t] = key;
    return t;
  }

  /** The term id of the lower-cased word text[i, j) with hash h. */
  private wordTerm(text: string, i: number, j: number, h: number): number {
    const length = j - i;
    const slots = this.wordSlots;
    const mask = slots.length - 1;
    let slot = (h ^ (h >>> 15)) & mask;
    for (;;) {
      const id = slots[slot];
      if (id === 0) break;
      const w = id - 1;
      if (this.wordHash[w] === h && this.wordLength[w] === length && this.samePoolWord(this.wordStart[w], text, i, length)) return this.termOfWord[w];
      slot = (slot + 1) & mask;
    }
    const w = this.wordCount++;
    if (w === this.wordHash.length) {
      this.wordHash = grown(this.wordHash, w + 1);
      this.wordStart = grown(this.wordStart, w + 1);
      this.wordLength = grown(this.wordLength, w + 1);
      this.termOfWord = grown(this.termOfWord, w + 1);
    }
    if (this.poolUsed + length > this.pool.length) {
      const bigger = new Uint16Array(Math.max(this.pool.length * 2, this.poolUsed + length));
      bigger.set(this.pool);
      this.pool = bigger;
    }
    const pool = this.pool;
    for (let k = 0; k < length; k++) {
      const d = text.charCodeAt(i + k);
      pool[this.poolUsed + k] = d >= 0x41 && d <= 0x5a ? d + 32 : d;
    }
    this.wordHash[w] = h;
    this.wordStart[w] = this.poolUsed;
    this.wordLength[w] = length;
    this.poolUsed += length;
    slots[slot] = w + 1;
    const t = this.newTerm(-(w + 1));
    this.termOfWord[w] = t;
    if (this.wordCount * 2 > slots.length) this.growWordSlots();
    return t;
  }

  private samePoolWord(from: number, text: string, i: number, length: number): boolean {
    const pool = this.pool;
    for (let k = 0; k < length; k++) {
      const d = text.charCodeAt(i + k);
      if (pool[from + k] !== (d >= 0x41 && d <= 0x5a ? d + 32 : d)) return false;
    }
    return true;
  }

  /** The term id of a Chinese key. */
  private cjkTerm(key: number): number {
    const keys = this.cjkSlotKeys;
    const mask = keys.length - 1;
    const h = Math.imul(key, 0x9e3779b1);
    let slot = (h ^ (h >>> 16)) & mask;
    for (;;) {
      const k = keys[slot];
      if (k === 0) break;
      if (k === key + 1) return this.cjkSlotIds[slot];
      slot = (slot + 1) & mask;
    }
    const t = this.newTerm(key);
    keys[slot] = key + 1;
    this.cjkSlotIds[slot] = t;
    if (++this.cjkCount * 2 > keys.length) {
      const oldKeys = keys;
      const oldIds = this.cjkSlotIds;
      const size = keys.length * 2;
      this.cjkSlotKeys = new Int32Array(size);
      this.cjkSlotIds = new Int32Array(size);
      for (let s = 0; s < oldKeys.length; s++) {
        if (oldKeys[s] === 0) continue;
        const hh = Math.imul(oldKeys[s] - 1, 0x9e3779b1);
        let at = (hh ^ (hh >>> 16)) & (size - 1);
        while (this.cjkSlotKeys[at] !== 0) at = (at + 1) & (size - 1);
        this.cjkSlotKeys[at] = oldKeys[s];
        this.cjkSlotIds[at] = oldIds[s];
      }
    }
    return t;
  }

  /** The word table at twice the size. */
  private growWordSlots(): void {
    const size = this.wordSlots.length * 2;
    const slots = new Int32Array(size);
    for (let w = 0; w < this.wordCount; w++) {
      const h = this.wordHash[w];
      let at = (h ^ (h >>> 15)) & (size - 1);
      while (slots[at] !== 0) at = (at + 1) & (size - 1);
      slots[at] = w + 1;
    }
    this.wordSlots = slots;
  }
}

export class FullTextIndex {
  private readonly words: Map<string, number>;
  private readonly bigrams: Map<number, number>;
  private readonly start: Int32Array;
  private readonly flat: Int32Array;
  /** BM25 length normalisation per document: K1 * (1 - B + B * length / average length). */
  private readonly docNorm: Float32Array;
  /** Sorted Latin terms, for prefix expansion of the last query word. */
  private readonly latinTerms: string[];
  /** Per-query scratch, indexed by document: query generation, groups matched, score, last group's score. */
  private readonly seen: Int32Array;
  private readonly groupsMatched: Int32Array;
  private readonly acc: Float64Array;
  private readonly last: Float64Array;
  private generation = 0;

  /** @param built the notes' postings from a FullTextBuilder over the same notes; read here when absent. */
  constructor(
    private readonly notes: readonly Note[],
    built: Postings = new FullTextBuilder(notes).finish(),
  ) {
    const count = notes.length;
    this.words = built.words;
    this.bigrams = built.bigrams;
    this.start = built.start;
    this.flat = built.flat;
    let total = 0;
    for (let d = 0; d < count; d++) total += built.docLength[d];
    this.latinTerms = [...this.words.keys()].sort();
    const avgLength = count > 0 ? total / count : 1;
    this.docNorm = new Float32Array(count);
    for (let d = 0; d < count; d++) this.docNorm[d] = K1 * (1 - B + (B * built.docLength[d]) / avgLength);
    this.seen = new Int32Array(count);
    this.groupsMatched = new Int32Array(count);
    this.acc = new Float64Array(count);
    this.last = new Float64Array(count);
  }

  get termCount(): number {
    return this.words.size + this.bigrams.size;
  }

  private postings(term: Term): Int32Array | undefined {
    const t = typeof term === 'string' ? this.words.get(term) : this.bigrams.get(term);
    return t === undefined ? undefined : this.flat.subarray(this.start[t], this.start[t + 1]);
  }

  /** Notes containing every query token (the last Latin word may be a prefix), best BM25 first. */
  search(words: readonly string[], cjkRuns: readonly string[], limit: number): FullTextHit[] {
    const groups: QueryGroup[] = [];
    words.forEach((word, i) => {
      const last = i === words.length - 1;
      const terms = last && word.length >= 3 ? this.expand(word) : this.words.has(word) ? [word] : [];
      groups.push({ terms });
    });
    for (const run of cjkRuns) for (const key of runKeys(run)) groups.push({ terms: this.bigrams.has(key) ? [key] : [] });
    if (groups.length === 0 || groups.some((g) => g.terms.length === 0)) return [];

    // Smallest group first: its documents are the candidates, every other group filters them.
    // A document's score adds, per group, the BM25 of its best term in that group.
    const sized = groups.map((g) => ({ g, size: g.terms.reduce((n: number, t) => n + this.postings(t)!.length, 0) }));
    sized.sort((a, b) => a.size - b.size);
    const gen = ++this.generation;
    const N = this.notes.length;
    let candidates: number[] = [];
    for (let gi = 0; gi < sized.length; gi++) {
      const { g, size } = sized[gi];
      // Few candidates left against long lists: look each candidate up (binary search) instead of
      // walking the lists.
      if (gi > 0 && candidates.length * 16 < size / 2) {
        candidates = this.filterByLookup(candidates, g.terms, N);
        if (candidates.length === 0) return [];
        continue;
      }
      const next: number[] = [];
      const { seen, groupsMatched, acc, last, docNorm } = this;
      for (const term of g.terms) {
        const list = this.postings(term)!;
        const idfK = idfOf(N, list.length / 2) * (K1 + 1);
        for (let p = 0; p < list.length; p += 2) {
          const doc = list[p];
          if (gi === 0) {
            if (seen[doc] !== gen) {
              seen[doc] = gen;
              groupsMatched[doc] = 0;
              acc[doc] = 0;
            }
          } else if (seen[doc] !== gen) {
            continue;
          }
          const matched = groupsMatched[doc];
          if (matched !== gi && matched !== gi + 1) continue;
          const f = list[p + 1];
          const s = (idfK * f) / (f + docNorm[doc]);
          if (matched === gi) {
            groupsMatched[doc] = gi + 1;
            acc[doc] += s;
            last[doc] = s;
            next.push(doc);
          } else if (s > last[doc]) {
            acc[doc] += s - last[doc];
            last[doc] = s;
          }
        }
      }
      candidates = next;
      if (candidates.length === 0) return [];
    }
    const verify = cjkRuns.filter((r) => r.length >= 3);
    // The best `limit` candidates with a small min-heap: no sort of (possibly thousands of) candidates.
    const top = new TopK(limit);
    for (const doc of candidates) {
      const score = this.acc[doc];
      if (!top.wouldTake(score)) continue;
      if (verify.length > 0 && !verify.every((run) => this.containsText(doc, run))) continue;
      top.add(doc, score);
    }
    return top.sorted();
  }

  /**
   * Fallback for a natural-language query that no note contains as a whole (按第二个元素排序):
   * notes matching most of the query's tokens, each token group adding its best BM25 score.
   */
  searchMost(words: readonly string[], cjkRuns: readonly string[], limit: number): FullTextHit[] {
    const groups: Term[][] = words.map((word) => (this.words.has(word) ? [word] : word.length >= 3 ? this.expand(word) : []));
    for (const run of cjkRuns) {
      for (let k = 0; k + 1 < run.length; k++) {
        const key = cjkKey(run.charCodeAt(k), run.charCodeAt(k + 1));
        groups.push(this.bigrams.has(key) ? [key] : []);
      }
    }
    const needed = Math.max(2, Math.ceil(groups.length * 0.6));
    if (groups.length < 2) return [];
    const N = this.notes.length;
    const score = new Map<number, { sum: number; groups: number }>();
    for (const terms of groups) {
      const best = new Map<number, number>();
      for (const term of terms) {
        const list = this.postings(term)!;
        const idf = idfOf(N, list.length / 2);
        for (let p = 0; p < list.length; p += 2) {
          const s = this.bm25(idf, list[p + 1], list[p]);
          if (s > (best.get(list[p]) ?? -1)) best.set(list[p], s);
        }
      }
      for (const [doc, s] of best) {
        const acc = score.get(doc) ?? { sum: 0, groups: 0 };
        acc.sum += s;
        acc.groups++;
        score.set(doc, acc);
      }
    }
    const top = new TopK(limit);
    for (const [doc, acc] of score) if (acc.groups >= needed && top.wouldTake(acc.sum)) top.add(doc, acc.sum);
    return top.sorted();
  }

  private bm25(idf: number, f: number, doc: number): number {
    return (idf * f * (K1 + 1)) / (f + this.docNorm[doc]);
  }

  /** The candidates that contain one of `terms`, each scored with its best term. */
  private filterByLookup(candidates: number[], terms: readonly Term[], N: number): number[] {
    const lists = terms.map((t) => this.postings(t)!);
    const idfs = lists.map((l) => idfOf(N, l.length / 2));
    const next: number[] = [];
    for (const doc of candidates) {
      let best = -1;
      for (let k = 0; k < lists.length; k++) {
        const f = tfOf(lists[k], doc);
        if (f > 0) best = Math.max(best, this.bm25(idfs[k], f, doc));
      }
      if (best >= 0) {
        this.acc[doc] += best;
        next.push(doc);
      }
    }
    return next;
  }

  private expand(prefix: string): string[] {
    const out: string[] = [];
    let lo = 0;
    let hi = this.latinTerms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.latinTerms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.latinTerms.length && out.length < MAX_PREFIX_EXPANSION; i++) {
      const t = this.latinTerms[i];
      if (!t.startsWith(prefix)) break;
      out.push(t);
    }
    // The exact word first, then the most frequent completions.
    return out.sort((a, b) => (a === prefix ? -1 : b === prefix ? 1 : this.postings(b)!.length - this.postings(a)!.length));
  }

  private containsText(doc: number, run: string): boolean {
    const n = this.notes[doc];
    return (
      n.body.zh.includes(run) ||
      n.summary.zh.includes(run) ||
      n.title.zh.includes(run) ||
      n.aliases.some((a) => a.term.includes(run)) ||
      n.body.en.includes(run) ||
      n.tags.some((t) => t.includes(run))
    );
  }
}
