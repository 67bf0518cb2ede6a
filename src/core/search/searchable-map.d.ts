// Types for MiniSearch's radix tree, which the package exports as `minisearch/SearchableMap` (a
// subpath that TypeScript's "node" module resolution does not read from package.json "exports").
declare module 'minisearch/SearchableMap' {
  /** [value, edit distance] for each key within the distance. */
  export type FuzzyResults<T> = Map<string, [T, number]>;

  export default class SearchableMap<T = unknown> implements Iterable<[string, T]> {
    constructor();
    readonly size: number;
    get(key: string): T | undefined;
    has(key: string): boolean;
    set(key: string, value: T): this;
    /** A view of the entries whose key starts with `prefix`. */
    atPrefix(prefix: string): SearchableMap<T>;
    /** Entries whose key is within `maxEditDistance` (Levenshtein) of `key`. */
    fuzzyGet(key: string, maxEditDistance: number): FuzzyResults<T>;
    entries(): IterableIterator<[string, T]>;
    keys(): IterableIterator<string>;
    [Symbol.iterator](): IterableIterator<[string, T]>;
  }
}
