/**
 * Term spotting: one trie over every title and alias, walked only from token starts.
 *
 * A term is normalised into a key of code units: ASCII letters lower-cased, digits and CJK
 * characters as they are, other symbols literally, and one SEP unit wherever the term has a
 * word break (space, hyphen, underscore or a camel-case boundary). In the text, a run of
 * spaces, hyphens or underscores, or a camel-case boundary, walks a SEP edge, so "fine-tuning"
 * matches `fine tuning`, `fine_tuning` and `fineTuning`. Multi-word Latin terms are also
 * stored concatenated, so `finetuning` and `FINETUNING` match too.
 */

const SEP = 0x0001;

const enum Cls {
  Other = 0,
  Lower = 1,
  Upper = 2,
  Digit = 3,
  Sep = 4,
  Cjk = 5,
  Break = 6,
}

const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 0x61 && c <= 0x7a) ASCII_CLASS[c] = Cls.Lower;
  else if (c >= 0x41 && c <= 0x5a) ASCII_CLASS[c] = Cls.Upper;
  else if (c >= 0x30 && c <= 0x39) ASCII_CLASS[c] = Cls.Digit;
  else if (c === 0x20 || c === 0x09 || c === 0x2d || c === 0x5f) ASCII_CLASS[c] = Cls.Sep;
  else if (c === 0x0a || c === 0x0d) ASCII_CLASS[c] = Cls.Break;
  else ASCII_CLASS[c] = Cls.Other;
}

function classOf(c: number): Cls {
  if (c < 128) return ASCII_CLASS[c] as Cls;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007) {
    return Cls.Cjk;
  }
  if (c === 0x3000) return Cls.Sep; // ideographic space
  return Cls.Other;
}

const isAlnum = (cls: Cls): boolean => cls === Cls.Lower || cls === Cls.Upper || cls === Cls.Digit;

/** True when a new word part starts at i inside an identifier: `fine|Tuning`, `HTML|Parser`. */
function camelBoundaryAt(text: string, i: number, cls: Cls): boolean {
  if (cls !== Cls.Upper || i === 0) return false;
  const prev = classOf(text.charCodeAt(i - 1));
  if (prev === Cls.Lower || prev === Cls.Digit) return true;
  if (prev === Cls.Upper && i + 1 < text.length) return classOf(text.charCodeAt(i + 1)) === Cls.Lower;
  return false;
}

/** A term as given, plus what the matcher needs to accept or reject a candidate. */
export interface TermEntry<T = unknown> {
  /** The term as written in the note (an alias or title). */
  term: string;
  /** Whatever the caller attached (e.g. the note id). */
  value: T;
  /** VS Code language ids the term is limited to; undefined means every language. */
  languages?: readonly string[];
  /** Short all-caps acronyms (PCA, CAS, MCP) only match with the same case. */
  caseSensitive: boolean;
}

export interface TermInput<T> {
  term: string;
  value: T;
  languages?: readonly string[];
}

export interface Match<T = unknown> {
  /** Offsets in the scanned text, `end` exclusive, in UTF-16 code units. */
  start: number;
  end: number;
  text: string;
  /** Every entry of the matched term that applies in this language (several notes may share a term). */
  entries: TermEntry<T>[];
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

export function isCaseSensitiveTerm(term: string): boolean {
  return ACRONYM.test(term) && /[A-Z].*[A-Z]/.test(term);
}

/**
 * Normalises a term to its trie key(s). Returns an empty list for a term with no letters, digits or CJK.
 * The first key is the canonical one (used to detect two notes claiming the same term).
 */
export function termKeys(term: string): string[] {
  const units: string[] = [];
  let word = '';
  let pendingSep = false;
  const pushWord = () => {
    if (word) {
      units.push(word);
      word = '';
    }
  };
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    const cls = classOf(c);
    if (isAlnum(cls)) {
      if (word && camelBoundaryAt(term, i, cls)) {
        pushWord();
        pendingSep = true;
      }
      if (!word && pendingSep && units.length > 0) units.push('\u0001');
      pendingSep = false;
      word += cls === Cls.Upper ? String.fromCharCode(c + 32) : term[i];
    } else if (cls === Cls.Sep || cls === Cls.Break) {
      pushWord();
      pendingSep = true;
    } else {
      pushWord();
      if (pendingSep && units.length > 0) units.push('\u0001');
      pendingSep = false;
      units.push(term[i]);
    }
  }
  pushWord();
  if (!units.some((u) => /[a-z0-9\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(u))) return [];
  const canonical = units.join('');
  const keys = [canonical];
  // `finetuning`, `useref`: the same Latin words written as one identifier.
  if (canonical.includes('\u0001') && units.every((u) => u === '\u0001' || /^[a-z0-9]+$/.test(u))) {
    keys.push(units.filter((u) => u !== '\u0001').join(''));
  }
  return keys;
}

/** Lower-cases ASCII only, the same folding the matcher applies to text. */
function foldCase(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

interface BuildNode {
  children: Map<number, BuildNode>;
  entries?: TermEntry<unknown>[];
  id: number;
}

export interface MatcherStats {
  terms: number;
  nodes: number;
}

export class TermMatcher<T = unknown> {
  // Flattened trie: children of node n are childCode/childNode[childStart[n] .. childStart[n+1]).
  private readonly childStart: Int32Array;
  private readonly childCode: Uint16Array;
  private readonly childNode: Int32Array;
  private readonly rootTable: Int32Array;
  private readonly entryIndex: Int32Array;
  private readonly entryLists: TermEntry<T>[][];
  readonly stats: MatcherStats;

  constructor(terms: Iterable<TermInput<T>>) {
    const root: BuildNode = { children: new Map(), id: 0 };
    const all: BuildNode[] = [root];
    let termCount = 0;
    for (const input of terms) {
      const keys = termKeys(input.term);
      if (keys.length === 0) continue;
      termCount++;
      const entry: TermEntry<T> = {
        term: input.term,
        value: input.value,
        languages: input.languages,
        caseSensitive: isCaseSensitiveTerm(input.term),
      };
      for (const key of keys) {
        let node = root;
        for (let i = 0; i < key.length; i++) {
          const code = key.charCodeAt(i);
          let next = node.children.get(code);
          if (!next) {
            next = { children: new Map(), id: all.length };
            all.push(next);
            node.children.set(code, next);
          }
          node = next;
        }
        node.entries ??= [];
        if (!node.entries.includes(entry as TermEntry<unknown>)) node.entries.push(entry as TermEntry<unknown>);
      }
    }
    const n = all.length;
    this.childStart = new Int32Array(n + 1);
    let edges = 0;
    for (const node of all) edges += node.children.size;
    this.childCode = new Uint16Array(edges);
    this.childNode = new Int32Array(edges);
    this.entryIndex = new Int32Array(n).fill(-1);
    this.entryLists = [];
    let pos = 0;
    for (const node of all) {
      this.childStart[node.id] = pos;
      const sorted = [...node.children.entries()].sort((a, b) => a[0] - b[0]);
      for (const [code, child] of sorted) {
        this.childCode[pos] = code;
        this.childNode[pos] = child.id;
        pos++;
      }
      if (node.entries) {
        this.entryIndex[node.id] = this.entryLists.length;
        this.entryLists.push(node.entries as TermEntry<T>[]);
      }
    }
    this.childStart[n] = pos;
    this.rootTable = new Int32Array(65536).fill(-1);
    for (const [code, child] of root.children) this.rootTable[code] = child.id;
    this.stats = { terms: termCount, nodes: n };
  }

  private child(node: number, code: number): number {
    if (node === 0) return this.rootTable[code];
    let lo = this.childStart[node];
    let hi = this.childStart[node + 1] - 1;
    const codes = this.childCode;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = codes[mid];
      if (c === code) return this.childNode[mid];
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Every match in `text`, left to right, longest first at each start, never overlapping. */
  matchAll(text: string, languageId?: string, from = 0, to = text.length): Match<T>[] {
    const out: Match<T>[] = [];
    const len = to;
    let prevCls: Cls = from > 0 ? classOf(text.charCodeAt(from - 1)) : Cls.Break;
    let i = from;
    while (i < len) {
      const c = text.charCodeAt(i);
      const cls = c < 128 ? (ASCII_CLASS[c] as Cls) : classOf(c);
      // Latin terms start only at a word start; CJK and symbols anywhere.
      const isStart = isAlnum(cls) ? !isAlnum(prevCls) || camelBoundaryAt(text, i, cls) : cls === Cls.Cjk || cls === Cls.Other;
      if (isStart && this.rootTable[foldCase(c)] !== -1) {
        const m = this.longestAt(text, i, len, languageId);
        if (m) {
          out.push(m);
          i = m.end;
          prevCls = classOf(text.charCodeAt(i - 1));
          continue;
        }
      }
      prevCls = cls;
      i++;
    }
    return out;
  }

  /** The match covering `offset` (the character under the mouse), if any. */
  matchAt(text: string, offset: number, languageId?: string): Match<T> | undefined {
    for (const m of this.matchAll(text, languageId)) {
      if (m.start <= offset && offset < m.end) return m;
      if (m.start > offset) break;
    }
    return undefined;
  }

  private longestAt(text: string, start: number, len: number, languageId: string | undefined): Match<T> | undefined {
    const ends: number[] = [];
    const nodes: number[] = [];
    this.walk(text, start, len, 0, start, ends, nodes);
    // Candidates were pushed in walk order; try the longest first.
    let bestIdx = -1;
    let bestEnd = -1;
    let bestEntries: TermEntry<T>[] | undefined;
    for (let k = 0; k < ends.length; k++) {
      if (ends[k] <= bestEnd) continue;
      const entries = this.acceptedEntries(nodes[k], text, start, ends[k], languageId);
      if (entries.length > 0) {
        bestIdx = k;
        bestEnd = ends[k];
        bestEntries = entries;
      }
    }
    if (bestIdx < 0 || !bestEntries) return undefined;
    return { start, end: bestEnd, text: text.slice(start, bestEnd), entries: bestEntries };
  }

  private walk(text: string, start: number, len: number, node: number, i: number, ends: number[], nodes: number[]): void {
    for (;;) {
      if (i > start && this.entryIndex[node] !== -1 && this.endsCleanly(text, i, len)) {
        ends.push(i);
        nodes.push(node);
      }
      if (i >= len) return;
      const c = text.charCodeAt(i);
      const cls = c < 128 ? (ASCII_CLASS[c] as Cls) : classOf(c);
      if (cls === Cls.Sep) {
        const next = this.child(node, SEP);
        if (next === -1 || i === start) return;
        let j = i + 1;
        while (j < len && classOf(text.charCodeAt(j)) === Cls.Sep) j++;
        node = next;
        i = j;
        continue;
      }
      if (cls === Cls.Break) return;
      if (i > start && camelBoundaryAt(text, i, cls)) {
        const viaSep = this.child(node, SEP);
        if (viaSep !== -1) {
          const direct = this.child(node, foldCase(c));
          if (direct !== -1) this.walk(text, start, len, direct, i + 1, ends, nodes);
          node = viaSep;
          // fall through: consume c from the SEP child
        }
      }
      const next = this.child(node, foldCase(c));
      if (next === -1) return;
      node = next;
      i++;
    }
  }

  /** A Latin term must not end inside a word: `run` in `runtime` or `PCA` in `PCAP` is no match. */
  private endsCleanly(text: string, end: number, len: number): boolean {
    if (end >= len) return true;
    const last = classOf(text.charCodeAt(end - 1));
    if (!isAlnum(last)) return true;
    const next = classOf(text.charCodeAt(end));
    if (!isAlnum(next)) return true;
    return camelBoundaryAt(text, end, next);
  }

  private acceptedEntries(node: number, text: string, start: number, end: number, languageId: string | undefined): TermEntry<T>[] {
    const list = this.entryLists[this.entryIndex[node]];
    let out: TermEntry<T>[] | undefined;
    for (const e of list) {
      if (e.languages && (languageId === undefined || !e.languages.includes(languageId))) continue;
      if (e.caseSensitive && text.slice(start, end) !== e.term) continue;
      (out ??= []).push(e);
    }
    return out ?? [];
  }
}

/** Offsets → 0-based line and UTF-16 column, for a whole-document scan. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) starts.push(i + 1);
  return starts;
}

export function positionOf(starts: readonly number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
