/**
 * Several term matchers as one: the bundled notes' matcher saved at build time, and a matcher of the
 * team's notes built when they load or change. A change to team notes then rebuilds only the team's
 * matcher, never the bundled one. Matches are merged leftmost-longest, as one trie over both would give;
 * where both match the same span, its entries are joined.
 */
import type { Match, MatcherStats, ScanEnv, TermMatcher } from './matcher';

/** What the document scan, the hover and the in-file view need from a matcher. */
export interface TermMatching<T> {
  readonly stats: MatcherStats;
  matchAll(text: string, language?: string | ScanEnv, from?: number, to?: number): Match<T>[];
  /** `stopAfter` ends the scan after a match it accepts; only a resumable matcher honours it. */
  matchInto(out: Match<T>[], text: string, language?: string | ScanEnv, from?: number, to?: number, stopAfter?: (m: Match<T>) => boolean): Match<T>[];
  matchAt(text: string, offset: number, language?: string | ScanEnv): Match<T> | undefined;
  /** Builds the lookup tables a first scan would otherwise build (the matcher works without them). */
  warmUp(): void;
  /**
   * True when a scan may start at any position a full scan stopped at and find what the full scan found
   * from there (one trie). Several layers merged are not: a longer match of one layer may cover it.
   */
  readonly resumable: boolean;
}

export class LayeredMatcher<T> implements TermMatching<T> {
  readonly stats: MatcherStats;
  readonly resumable: boolean;

  constructor(private readonly layers: readonly TermMatcher<T>[]) {
    this.resumable = layers.length === 1;
    this.stats = { terms: layers.reduce((n, l) => n + l.stats.terms, 0), nodes: layers.reduce((n, l) => n + l.stats.nodes, 0) };
  }

  matchAll(text: string, language?: string | ScanEnv, from = 0, to = text.length): Match<T>[] {
    return this.matchInto([], text, language, from, to);
  }

  warmUp(): void {
    for (const layer of this.layers) layer.warmUp();
  }

  matchInto(out: Match<T>[], text: string, language?: string | ScanEnv, from = 0, to = text.length, stopAfter?: (m: Match<T>) => boolean): Match<T>[] {
    if (this.layers.length === 1) return this.layers[0].matchInto(out, text, language, from, to, stopAfter);
    const all: Match<T>[] = [];
    for (const layer of this.layers) layer.matchInto(all, text, language, from, to);
    return mergeLeftmostLongest(all, out);
  }

  matchAt(text: string, offset: number, language?: string | ScanEnv): Match<T> | undefined {
    if (this.layers.length === 1) return this.layers[0].matchAt(text, offset, language);
    const found: Match<T>[] = [];
    for (const layer of this.layers) {
      const m = layer.matchAt(text, offset, language);
      if (m) found.push(m);
    }
    return mergeLeftmostLongest(found, [])[0];
  }
}

/** Appends to `out` the matches of `all` (any order) that a leftmost-longest scan keeps, same spans joined. */
function mergeLeftmostLongest<T>(all: Match<T>[], out: Match<T>[]): Match<T>[] {
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  let covered = -1;
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.start < covered) continue;
    let entries = m.entries;
    while (i + 1 < all.length && all[i + 1].start === m.start && all[i + 1].end === m.end) entries = entries.concat(all[++i].entries);
    out.push(entries === m.entries ? m : { start: m.start, end: m.end, text: m.text, entries });
    covered = m.end;
  }
  return out;
}
