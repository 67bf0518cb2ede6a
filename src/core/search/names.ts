import SearchableMap from 'minisearch/SearchableMap';
import type { Note } from '../note';
import type { PinyinLookup } from './pinyin';
import { Tier, Within } from './rank';
import { compactKey, cjkRuns, hasCjk, latinWords, maxTypos, type ParsedQuery } from './tokenize';

/**
 * The index of every title and alias (the "names" of a note): exact, prefix, word, Chinese-substring,
 * pinyin and typo matches. Small (a few keys per note) and cheap to build; the full text is separate.
 *
 * - Keys: every name's compact key plus, for Chinese names, the full pinyin, the initials and the
 *   pinyin of each inner position, in one sorted array. A query's compact key is looked up with
 *   two binary searches: the range holds every exact and prefix hit.
 * - Words: MiniSearch's radix tree (SearchableMap) of the Latin words of every name (and the full
 *   pinyin), for word prefixes and for typo-tolerant lookups (`fuzzyGet`, Levenshtein on the tree).
 * - Han characters: for each character, the names containing it; a Chinese query takes the rarest
 *   character's list and checks each name for the exact substring.
 */

const enum Field {
  Title = 0,
  Alias = 1,
}

const enum KeyKind {
  Text = 0,
  PinyinFull = 1,
  PinyinInitials = 2,
  /** Full pinyin from an inner syllable onwards: 知识蒸馏 → "shizhengliu", "zhengliu". */
  PinyinInner = 3,
}

/** Scores per document, filled by the stages of one query. */
export class ScoreBoard {
  readonly best: Float64Array;
  private readonly touched: number[] = [];

  constructor(size: number) {
    this.best = new Float64Array(size);
  }

  offer(doc: number, score: number): void {
    const current = this.best[doc];
    if (current === 0) this.touched.push(doc);
    if (score > current) this.best[doc] = score;
  }

  get count(): number {
    return this.touched.length;
  }

  docs(): readonly number[] {
    return this.touched;
  }

  reset(): void {
    for (const d of this.touched) this.best[d] = 0;
    this.touched.length = 0;
  }
}

interface NameKey {
  key: string;
  name: number;
  kind: KeyKind;
}

/** Key order, then kind; equal ones keep the order they were read in (Array.prototype.sort and RunMerge are both stable). */
const byKey = (a: NameKey, b: NameKey): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.kind - b.kind);

/**
 * Two runs sorted by byKey merged into one, a part at a time (see NameIndexBuilder.step); on a tie the
 * earlier run's key comes first.
 */
class RunMerge {
  readonly out: NameKey[];
  private i = 0;
  private j = 0;
  private k = 0;

  constructor(
    private readonly earlier: readonly NameKey[],
    private readonly later: readonly NameKey[],
  ) {
    this.out = new Array<NameKey>(earlier.length + later.length);
  }

  /** Merges until done or performance.now() passes `deadline` (at least a batch per call); true when done. */
  advance(deadline: number): boolean {
    const { earlier, later, out } = this;
    let { i, j, k } = this;
    while (k < out.length) {
      const batchEnd = Math.min(out.length, k + 4096);
      while (k < batchEnd) {
        if (i === earlier.length) out[k++] = later[j++];
        else if (j === later.length || byKey(later[j], earlier[i]) >= 0) out[k++] = earlier[i++];
        else out[k++] = later[j++];
      }
      if (performance.now() >= deadline) break;
    }
    this.i = i;
    this.j = j;
    this.k = k;
    return k === out.length;
  }
}

/** What NameIndexBuilder gathers for NameIndex. */
interface NameParts {
  docs: number[];
  fields: Field[];
  nameCompact: string[];
  /** Every key, sorted by byKey. */
  sortedKeys: NameKey[];
  words: SearchableMap<number[]>;
  byChar: Map<number, number[]>;
}

/**
 * Reads notes' names a few notes at a time (see SearchIndex.warmInSlices): the picker builds the index
 * while it paints without blocking the extension host for the whole build (a few hundred ms, more in a
 * fresh host).
 */
export class NameIndexBuilder {
  private next = 0;
  private readonly parts: NameParts = { docs: [], fields: [], nameCompact: [], sortedKeys: [], words: new SearchableMap<number[]>(), byChar: new Map() };
  /** Keys of the notes read since the last step. */
  private rawKeys: NameKey[] = [];
  /**
   * Each step's keys, sorted, oldest first. A run is merged into the one before it while that one is no
   * longer, and once every note is read, until one is left. Sorting all keys at once was a single task of
   * 100 ms for the bundled notes in a fresh host (300 ms at 10,000 notes); a step now sorts its own keys
   * and merges only until its deadline.
   */
  private readonly runs: NameKey[][] = [];
  private merging: RunMerge | undefined;

  constructor(
    private readonly notes: readonly Note[],
    private readonly pinyin: PinyinLookup,
  ) {}

  /**
   * Goes on with a merge of sorted keys, or reads notes (at least one), until all is done or performance.now()
   * passes `deadline`; true when all is.
   */
  step(deadline = Infinity): boolean {
    let worked = false;
    for (;;) {
      if (this.merging) {
        worked = true;
        if (!this.merging.advance(deadline)) return false;
        this.runs.push(this.merging.out);
        this.merging = undefined;
      }
      const runs = this.runs;
      const allRead = this.next >= this.notes.length;
      if (runs.length > 1 && (allRead || runs[runs.length - 2].length <= runs[runs.length - 1].length)) {
        const later = runs.pop()!;
        this.merging = new RunMerge(runs.pop()!, later);
        continue;
      }
      if (allRead) return true;
      if (worked && performance.now() >= deadline) return false;
      worked = true;
      do {
        this.addNote(this.next, this.notes[this.next]);
        this.next++;
      } while (this.next < this.notes.length && performance.now() < deadline);
      if (this.rawKeys.length > 0) {
        runs.push(this.rawKeys.sort(byKey));
        this.rawKeys = [];
      }
    }
  }

  /** Does what is left and makes the index. */
  finish(): NameIndex {
    this.step();
    this.parts.sortedKeys = this.runs[0] ?? [];
    return new NameIndex(this.parts);
  }

  private addNote(doc: number, note: Note): void {
    const { docs, fields, nameCompact, words: wordMap, byChar } = this.parts;
    const rawKeys = this.rawKeys;
    const seen = new Set<string>();
    const add = (text: string, field: Field) => {
      const compact = compactKey(text);
      if (!compact || seen.has(compact)) return;
      seen.add(compact);
      const name = docs.length;
      docs.push(doc);
      fields.push(field);
      nameCompact.push(compact);
      const words = new Set(latinWords(text));
      rawKeys.push({ key: compact, name, kind: KeyKind.Text });

      const syllables = hasCjk(text) ? this.pinyin.syllables(text) : undefined;
      if (syllables && syllables.length > 0) {
        const full = syllables.join('');
        const initials = syllables.map((s) => s[0]).join('');
        rawKeys.push({ key: full, name, kind: KeyKind.PinyinFull });
        if (initials.length >= 2) rawKeys.push({ key: initials, name, kind: KeyKind.PinyinInitials });
        for (let k = 1; k + 1 < syllables.length; k++) rawKeys.push({ key: syllables.slice(k).join(''), name, kind: KeyKind.PinyinInner });
        words.add(full);
      }
      for (const w of words) {
        const list = wordMap.get(w);
        if (list) {
          if (list[list.length - 1] !== name) list.push(name);
        } else {
          wordMap.set(w, [name]);
        }
      }
      for (const run of cjkRuns(compact)) {
        for (let i = 0; i < run.length; i++) {
          const c = run.charCodeAt(i);
          const list = byChar.get(c);
          if (!list) byChar.set(c, [name]);
          else if (list[list.length - 1] !== name) list.push(name);
        }
      }
    };
    add(note.title.en, Field.Title);
    add(note.title.zh, Field.Title);
    for (const alias of note.aliases) add(alias.term, Field.Alias);
  }
}

export class NameIndex {
  private readonly nameDoc: Int32Array;
  private readonly nameField: Uint8Array;
  private readonly nameCompact: string[];
  /** Sorted keys and, at the same position, the name and kind each key belongs to. */
  private readonly keys: string[];
  private readonly keyName: Int32Array;
  private readonly keyKind: Uint8Array;
  private readonly words: SearchableMap<number[]>;
  private readonly byChar: Map<number, number[]>;

  /** Made by NameIndexBuilder.finish, from the names it read. */
  constructor(parts: NameParts) {
    const { docs, fields, sortedKeys } = parts;
    this.nameCompact = parts.nameCompact;
    this.words = parts.words;
    this.byChar = parts.byChar;
    this.nameDoc = Int32Array.from(docs);
    this.nameField = Uint8Array.from(fields);
    // Loops, not map and Int32Array.from with a mapping function: those took 50 ms for the bundled notes.
    const count = sortedKeys.length;
    this.keys = new Array<string>(count);
    this.keyName = new Int32Array(count);
    this.keyKind = new Uint8Array(count);
    for (let k = 0; k < count; k++) {
      const { key, name, kind } = sortedKeys[k];
      this.keys[k] = key;
      this.keyName[k] = name;
      this.keyKind[k] = kind;
    }
  }

  get nameCount(): number {
    return this.nameDoc.length;
  }

  get keyCount(): number {
    return this.keys.length;
  }

  /** Exact, prefix and pinyin hits of the whole query (its compact key). */
  matchKeys(q: ParsedQuery, board: ScoreBoard): void {
    const key = q.compact;
    if (!key) return;
    const latinOnly = q.cjk.length === 0;
    let lo = lowerBound(this.keys, key);
    const keys = this.keys;
    for (; lo < keys.length; lo++) {
      const k = keys[lo];
      if (!k.startsWith(key)) break;
      const name = this.keyName[lo];
      const title = this.nameField[name] === Field.Title;
      const exact = k.length === key.length;
      let score = 0;
      switch (this.keyKind[lo] as KeyKind) {
        case KeyKind.Text:
          score = exact
            ? Tier.EXACT + (title ? Within.titleExact : Within.aliasExact)
            : (title ? Tier.TITLE_PREFIX : Tier.ALIAS_PREFIX) + Within.textPrefix;
          break;
        case KeyKind.PinyinFull:
          if (!latinOnly) break;
          if (exact) score = Tier.EXACT + Within.pinyinExact;
          else if (key.length >= 2) score = (title ? Tier.TITLE_PREFIX : Tier.ALIAS_PREFIX) + Within.pinyinPrefix;
          break;
        case KeyKind.PinyinInitials:
          if (!latinOnly) break;
          if (key.length >= 2) score = (title ? Tier.TITLE_PREFIX : Tier.ALIAS_PREFIX) + (exact ? Within.initialsExact : Within.initialsPrefix);
          break;
        case KeyKind.PinyinInner:
          if (latinOnly && key.length >= 2) score = Tier.CONTAINS;
          break;
      }
      if (score > 0) board.offer(this.nameDoc[name], score);
    }
  }

  /**
   * Word hits: each Latin word of the query starts a word of the same name (TITLE_PREFIX or
   * ALIAS_PREFIX, below a prefix of the whole name) or is within a typo or two of one (FUZZY); each
   * Chinese run of the query occurs in that name.
   */
  matchWords(q: ParsedQuery, board: ScoreBoard): void {
    if (q.words.length === 0) {
      if (q.cjk.length > 0) this.matchCjk(q, board);
      return;
    }
    // For each name: how many query words it satisfied, how many exactly, and the typos used.
    const hits = new Map<number, { matched: number; exact: number; typos: number }>();
    q.words.forEach((word, i) => {
      const perName = new Map<number, number>(); // name → typos for this word (0 = exact or prefix)
      const exactNames = new Set<number>();
      const exactList = this.words.get(word);
      if (exactList) {
        for (const n of exactList) {
          perName.set(n, 0);
          exactNames.add(n);
        }
      }
      if (word.length >= 2) {
        for (const [, names] of this.words.atPrefix(word)) for (const n of names) if (!perName.has(n)) perName.set(n, 0);
      }
      // Two typos only for a word that is no word (nor the start of one) of any name ("distilation"):
      // a real word gets one, which keeps long common words cheap and their typo hits few.
      const typos = Math.min(maxTypos(word.length), perName.size === 0 ? 2 : 1);
      if (typos > 0) {
        for (const [, [names, distance]] of this.words.fuzzyGet(word, typos)) {
          for (const n of names) if (!perName.has(n) || perName.get(n)! > distance) perName.set(n, distance);
        }
        // Levenshtein counts a swap of two neighbours ("kubeclt") as two edits; count it as one.
        for (let k = 0; k + 1 < word.length; k++) {
          const swapped = word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2);
          const names = swapped === word ? undefined : this.words.get(swapped);
          if (names) for (const n of names) if (!perName.has(n) || perName.get(n)! > 1) perName.set(n, 1);
        }
      }
      for (const [n, d] of perName) {
        const h = hits.get(n);
        if (i === 0) hits.set(n, { matched: 1, exact: exactNames.has(n) ? 1 : 0, typos: d });
        else if (h && h.matched === i) {
          h.matched++;
          if (exactNames.has(n)) h.exact++;
          h.typos += d;
        }
      }
    });
    const need = q.words.length;
    for (const [name, h] of hits) {
      if (h.matched !== need) continue;
      if (q.cjk.length > 0 && !q.cjk.every((run) => this.nameCompact[name].includes(run))) continue;
      const doc = this.nameDoc[name];
      if (h.typos > 0) board.offer(doc, Tier.FUZZY + 0.9 / (1 + h.typos));
      else {
        // Every query word starts a word of this title or alias: a prefix match at word starts
        // ("sort" → Bubble sort, "distillation" → Knowledge distillation); whole words rank higher.
        const tier = this.nameField[name] === Field.Title ? Tier.TITLE_PREFIX : Tier.ALIAS_PREFIX;
        board.offer(doc, tier + Within.wordPrefix + (Within.wordExact - Within.wordPrefix) * (h.exact / need));
      }
    }
  }

  /** Chinese query (no Latin words): names that contain every run. */
  private matchCjk(q: ParsedQuery, board: ScoreBoard): void {
    let rarest: number[] | undefined;
    for (const run of q.cjk) {
      for (let i = 0; i < run.length; i++) {
        const list = this.byChar.get(run.charCodeAt(i));
        if (!list) return;
        if (!rarest || list.length < rarest.length) rarest = list;
      }
    }
    if (!rarest) return;
    for (const name of rarest) {
      const compact = this.nameCompact[name];
      if (q.cjk.every((run) => compact.includes(run))) board.offer(this.nameDoc[name], Tier.CONTAINS);
    }
  }
}

/** First index whose key is >= `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
