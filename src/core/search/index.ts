import type { Corpus } from '../corpus';
import { localize, type Lang, type Note } from '../note';
import { FullTextBuilder, FullTextIndex, termsOfQuery } from './fulltext';
import { NameIndexBuilder, type NameIndex, ScoreBoard } from './names';
import { sharedPinyin, type PinyinLookup } from './pinyin';
import { compareRanked, Tier } from './rank';
import { parseQuery, type ParsedQuery } from './tokenize';
import { nextTask } from '../next-task';

export { Tier, tierName } from './rank';
export { PinyinCache, sharedPinyin, pinyinTable, compactPinyin, expandPinyin, computeSyllables, type PinyinTable, type PinyinReadings, type PinyinLookup } from './pinyin';
export { compactKey, latinWords, cjkRuns, parseQuery } from './tokenize';

export interface SearchHit {
  note: Note;
  /** Tier (integer part, see rank.ts) plus a fraction that orders hits inside the tier. */
  score: number;
}

export interface SearchOptions {
  /** Most hits returned (default 10). */
  limit?: number;
  /** Language whose title length and order break ties (default en). */
  lang?: Lang;
  /** False: titles, aliases and tags only (the notes' bodies are not loaded yet). Default true. */
  fullText?: boolean;
}

export interface SearchIndexOptions {
  pinyin?: PinyinLookup;
}

/**
 * Ranked search over titles, aliases (both languages, pinyin, typos) and full text, for the palette
 * and `concept-ref search`. Built once per corpus (see `searchIndexFor`); the name index on first
 * query, the full-text index the first time a query needs it. Nothing is re-read per query.
 */
export class SearchIndex {
  private readonly notes: Note[];
  private readonly namesBuild: SlicedBuild<NameIndex>;
  private readonly fullTextBuild: SlicedBuild<FullTextIndex>;
  private boardCache: ScoreBoard | undefined;
  private readonly pinyin: PinyinLookup;

  constructor(notes: Corpus | readonly Note[], options: SearchIndexOptions = {}) {
    this.notes = Array.isArray(notes) ? [...notes] : (notes as Corpus).all();
    this.pinyin = options.pinyin ?? sharedPinyin;
    this.namesBuild = new SlicedBuild(() => new NameIndexBuilder(this.notes, this.pinyin));
    this.fullTextBuild = new SlicedBuild(() => {
      const builder = new FullTextBuilder(this.notes);
      return { step: (deadline) => builder.step(deadline), finish: () => new FullTextIndex(this.notes, builder.finish()) };
    });
  }

  get size(): number {
    return this.notes.length;
  }

  /** Builds the indexes now instead of on first use (a benchmark, or a warm-up while the picker paints). */
  warm(options: { fullText?: boolean } = {}): this {
    void this.names;
    if (options.fullText !== false) void this.fullText;
    return this;
  }

  private get names(): NameIndex {
    return this.namesBuild.value;
  }

  /** Whether full text is built: search then uses it without building anything. */
  get fullTextReady(): boolean {
    return this.fullTextBuild.ready;
  }

  /**
   * Builds the name index and then (unless `fullText` is false) the full-text index a slice of about
   * `sliceMs` at a time, waiting for `pause` between slices, so that an extension host or a page is never
   * blocked for a whole build (a few hundred ms for the names, a second or more of full text with thousands
   * of notes). A search meanwhile completes what it needs at once.
   */
  async warmInSlices({ fullText = true, sliceMs = 8, pause = nextTask }: { fullText?: boolean; sliceMs?: number; pause?: () => Promise<void> } = {}): Promise<void> {
    await this.namesBuild.inSlices(sliceMs, pause);
    if (fullText) await this.fullTextBuild.inSlices(sliceMs, pause);
  }

  private get fullText(): FullTextIndex {
    return this.fullTextBuild.value;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.rank(parseQuery(query), options, () => this.fullText);
  }

  /**
   * search for a single query (`concept-ref search`): where full text is needed and not built, it reads
   * only the terms this query can use instead of building the whole index (the same hits and scores, in
   * about half the time of a full build).
   */
  searchOnce(query: string, options: SearchOptions = {}): SearchHit[] {
    const q = parseQuery(query);
    return this.rank(q, options, () => (this.fullTextReady ? this.fullText : new FullTextIndex(this.notes, new FullTextBuilder(this.notes, termsOfQuery(q.words, q.cjk)).finish())));
  }

  private rank(q: ParsedQuery, options: SearchOptions, fullTextIndex: () => FullTextIndex): SearchHit[] {
    const limit = Math.max(1, options.limit ?? 10);
    const lang = options.lang ?? 'en';
    if (!q.compact) return [];
    this.boardCache ??= new ScoreBoard(this.notes.length);
    const board = this.boardCache;
    try {
      this.names.matchKeys(q, board);
      this.names.matchWords(q, board);
      // Full-text hits rank below every name hit, so they are only needed to fill the list.
      if (board.count < limit && options.fullText !== false) {
        const fullText = fullTextIndex();
        let hits = fullText.search(q.words, q.cjk, limit);
        // Nothing has every token: a sentence-like query (Chinese without spaces, or many words) still
        // deserves the notes that match most of it.
        if (hits.length === 0 && board.count === 0 && (q.cjk.some((run) => run.length >= 4) || q.words.length >= 3)) {
          hits = fullText.searchMost(q.words, q.cjk, limit);
        }
        for (const hit of hits) {
          board.offer(hit.doc, Tier.BODY + hit.score / (hit.score + 10));
        }
      }
      let docs = board.docs();
      if (docs.length > limit * 4) {
        // Short queries can hit thousands of notes: keep those scoring at least the limit-th best
        // score (typed-array sort of the scores) before the full comparison with its title tie-breaks.
        const scores = Float64Array.from(docs, (d) => board.best[d]).sort();
        const threshold = scores[scores.length - limit];
        docs = docs.filter((d) => board.best[d] >= threshold);
      }
      const ranked = docs.map((doc) => ({ doc, score: board.best[doc], title: localize(this.notes[doc].title, lang), id: this.notes[doc].id }));
      ranked.sort(compareRanked);
      return ranked.slice(0, limit).map((r) => ({ note: this.notes[r.doc], score: r.score }));
    } finally {
      board.reset();
    }
  }
}

/** A build that reads notes a step at a time and then makes its index. */
interface StepBuilder<T> {
  /** Works until done or performance.now() passes `deadline`; true when done. */
  step(deadline?: number): boolean;
  /** Completes the build at once. */
  finish(): T;
}

/** An index built once: at once when first needed, or a slice at a time before that (inSlices). */
class SlicedBuild<T> {
  private built: T | undefined;
  private builder: StepBuilder<T> | undefined;
  private sliced: Promise<void> | undefined;

  constructor(private readonly start: () => StepBuilder<T>) {}

  get ready(): boolean {
    return this.built !== undefined;
  }

  /** The index, completing a build in slices (or the whole build) now if need be. */
  get value(): T {
    if (this.built === undefined) {
      this.built = (this.builder ?? this.start()).finish();
      this.builder = undefined;
    }
    return this.built;
  }

  /** Builds a slice of about `sliceMs` at a time, waiting for `pause` between slices (once; later calls share it). */
  inSlices(sliceMs: number, pause: () => Promise<void>): Promise<void> {
    this.sliced ??= (async () => {
      const builder = (this.builder ??= this.start());
      while (!this.ready && !builder.step(performance.now() + sliceMs)) await pause();
      void this.value;
    })();
    return this.sliced;
  }
}

const cache = new WeakMap<Corpus, SearchIndex>();

/** The search index of a corpus, built on first use and kept as long as the corpus lives. */
export function searchIndexFor(corpus: Corpus): SearchIndex {
  let index = cache.get(corpus);
  if (!index) {
    index = new SearchIndex(corpus);
    cache.set(corpus, index);
  }
  return index;
}
