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
 * this index builds in ~1.2 s. (MiniSearch's radix tree does serve the title and alias words: names.ts.)
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

export class FullTextIndex {
  private readonly words = new Map<string, Int32Array>();
  private readonly bigrams = new Map<number, Int32Array>();
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

  constructor(private readonly notes: readonly Note[]) {
    // term → [doc, weighted tf, doc, weighted tf, ...]; documents arrive in order, so a term seen
    // again in the same document only bumps the last pair.
    const words = new Map<string, number[]>();
    const bigrams = new Map<number, number[]>();
    const count = notes.length;
    const docLength = new Float32Array(count);
    let total = 0;
    let doc = 0;
    let weight = 1;
    let length = 0;
    // Postings are flat (doc, weighted count) pairs; a token seen again in the same doc adds to its count.
    const add = <K>(postings: Map<K, number[]>, t: K) => {
      length++;
      const list = postings.get(t);
      if (list === undefined) postings.set(t, [doc, weight]);
      else if (list[list.length - 2] === doc) list[list.length - 1] += weight;
      else list.push(doc, weight);
    };
    const addWord = (t: string) => add(words, t);
    const addCjk = (t: number) => add(bigrams, t);
    const field = (text: string) => tokenize(text, addWord, addCjk);
    for (; doc < count; doc++) {
      const note = notes[doc];
      length = 0;
      weight = WEIGHT_NAME;
      field(note.title.en);
      field(note.title.zh);
      for (const a of note.aliases) field(a.term);
      weight = WEIGHT_META;
      field(note.summary.en);
      field(note.summary.zh);
      for (const tag of note.tags) field(tag);
      weight = WEIGHT_BODY;
      field(note.body.en);
      field(note.body.zh);
      docLength[doc] = length;
      total += length;
    }
    for (const [term, list] of words) this.words.set(term, Int32Array.from(list));
    for (const [term, list] of bigrams) this.bigrams.set(term, Int32Array.from(list));
    this.latinTerms = [...this.words.keys()].sort();
    const avgLength = count > 0 ? total / count : 1;
    this.docNorm = new Float32Array(count);
    for (let d = 0; d < count; d++) this.docNorm[d] = K1 * (1 - B + (B * docLength[d]) / avgLength);
    this.seen = new Int32Array(count);
    this.groupsMatched = new Int32Array(count);
    this.acc = new Float64Array(count);
    this.last = new Float64Array(count);
  }

  get termCount(): number {
    return this.words.size + this.bigrams.size;
  }

  private postings(term: Term): Int32Array | undefined {
    return typeof term === 'string' ? this.words.get(term) : this.bigrams.get(term);
  }

  /** Notes containing every query token (the last Latin word may be a prefix), best BM25 first. */
  search(words: readonly string[], cjkRuns: readonly string[], limit: number): FullTextHit[] {
    const groups: QueryGroup[] = [];
    words.forEach((word, i) => {
      const last = i === words.length - 1;
      const terms = last && word.length >= 3 ? this.expand(word) : this.words.has(word) ? [word] : [];
      groups.push({ terms });
    });
    for (const run of cjkRuns) {
      const keys: number[] = [];
      if (run.length === 1) keys.push(cjkKey(run.charCodeAt(0)));
      else for (let k = 0; k + 1 < run.length; k++) keys.push(cjkKey(run.charCodeAt(k), run.charCodeAt(k + 1)));
      for (const key of keys) groups.push({ terms: this.bigrams.has(key) ? [key] : [] });
    }
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
    return out.sort((a, b) => (a === prefix ? -1 : b === prefix ? 1 : this.words.get(b)!.length - this.words.get(a)!.length));
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
