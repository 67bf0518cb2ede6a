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

import { insideRange, isSpace } from './text-structure';
import { atShellCommandStart, isOperatorAt, isTypeQueryAt, STYLE_LANGUAGES } from './operator-context';
import { takesPossessive, wordForms } from './word-forms';

const SEP = 0x0001;
/** A scan longer than this builds the word table first (see warmUp). */
export const WARM_UP_SCAN_CHARS = 2000;
/** Node n is nodes[n * 2 ..]: entry list or -1, first edge; a last record holds the edge count. */
const NODE_STRIDE = 2;
/** Saved entry columns: term, surface, flags, value, languages, context, topic. */
const ENTRY_STRIDE = 7;
/** A saved node's edge count from which on the count is stored apart (see toBinary). */
const MANY_EDGES = 0x7f;

const enum Cls {
  Other = 0,
  Lower = 1,
  Upper = 2,
  Digit = 3,
  Sep = 4,
  Cjk = 5,
  Break = 6,
}

/** U+2013, a word break like '-' (en dash). */
const EN_DASH = 0x2013;

/**
 * Dashes typeset text joins words with as '-' does: the en dash (Boyer–Moore), the Unicode hyphen and non-breaking
 * hyphen (fine‑tuning, as web pages and generated text write it), and the full-width hyphen-minus of Chinese text (点－积).
 */
function isPrintedHyphen(c: number): boolean {
  return c === EN_DASH || c === 0x2010 || c === 0x2011 || c === 0xff0d;
}

/**
 * Whether the word break text[i, j) (starting with c) may be skipped because Chinese is next to it: a space on
 * either side, a hyphen or underscore only between two Chinese characters ("标记-清除" is 标记清除, not "Redis-集群").
 */
function optionalBreak(text: string, i: number, j: number, c: number): boolean {
  const cjkBefore = classOf(text.charCodeAt(i - 1)) === Cls.Cjk;
  if (isJoiner(c)) return cjkBefore && classOf(text.charCodeAt(j)) === Cls.Cjk;
  return cjkBefore || classOf(text.charCodeAt(j)) === Cls.Cjk;
}

/** A one-character word break inside a name (`kube-proxy`, `max_len`, `Boyer–Moore`, `fine‑tuning`), unlike a run of spaces. */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x5f || isPrintedHyphen(c);
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
  if (isPrintedHyphen(c)) return Cls.Sep; // printed names join with them: Boyer–Moore, Fisher–Yates
  return Cls.Other;
}

const isAlnum = (cls: Cls): boolean => cls === Cls.Lower || cls === Cls.Upper || cls === Cls.Digit;

/**
 * `side-channel`, `kube-proxy`: the second half of a hyphenated compound is not a word of its own. An
 * acronym is (`Pretrain-SFT-RLHF`, `non-TCP`).
 */
function afterCompoundHyphen(text: string, i: number): boolean {
  const before = i >= 2 ? text.charCodeAt(i - 1) : 0;
  return (before === 0x2d || isPrintedHyphen(before)) && isAlnum(classOf(text.charCodeAt(i - 2))) && !startsAcronym(text, i);
}

function startsAcronym(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0x41 && c <= 0x5a && d >= 0x41 && d <= 0x5a;
}

/** True when a new word part starts at i inside an identifier: `fine|Tuning`, `HTML|Parser`. */
function camelBoundaryAt(text: string, i: number, cls: Cls): boolean {
  if (cls !== Cls.Upper || i === 0) return false;
  const prev = classOf(text.charCodeAt(i - 1));
  if (prev === Cls.Lower || prev === Cls.Digit) return !insideHexLiteral(text, i);
  if (prev === Cls.Upper && i + 1 < text.length) return classOf(text.charCodeAt(i + 1)) === Cls.Lower && !isAcronymPluralEnd(text, i + 1);
  return false;
}

/** An `s` that ends a word after capitals is an acronym's plural (`PDFs`, `CRDs`), not a part `Fs` after `PD`. */
function isAcronymPluralEnd(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x73) return false;
  const after = i + 1 < text.length ? classOf(text.charCodeAt(i + 1)) : Cls.Other;
  return after !== Cls.Lower && after !== Cls.Upper && after !== Cls.Digit;
}

/** `F0` in `0xF0F0` or `FF` in `0x7FFF`: hex digits after a `0x` that starts a word are no word parts. */
function insideHexLiteral(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isHexDigit(text.charCodeAt(j))) j--;
  const x = text.charCodeAt(j);
  return (x === 0x78 || x === 0x58) && j >= 1 && text.charCodeAt(j - 1) === 0x30 && (j === 1 || !isAlnum(classOf(text.charCodeAt(j - 2))));
}

function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/**
 * Whether [start, end) is the lower-case first word of a longer camel-case identifier: `fetch` in
 * `fetchTodos`, `record` in `recordWaitTime`. There it is the identifier's verb or qualifier, so an API
 * name or keyword does not match; a concept's name still does (`kubelet` in `kubeletExtraArgs`,
 * `optimizer` in `optimizerD`). (Not for a capitalised first word: `Mutex` in `MutexLock` is the mutex.)
 */
function firstWordOfIdentifier(text: string, start: number, end: number): boolean {
  if (isWordEnd(text, end, text.length)) return false;
  if (start > 0 && isAlnum(classOf(text.charCodeAt(start - 1)))) return false;
  if (classOf(text.charCodeAt(start)) !== Cls.Lower) return false;
  for (let i = start + 1; i < end; i++) {
    const cls = classOf(text.charCodeAt(i));
    if (!isAlnum(cls) || camelBoundaryAt(text, i, cls)) return false;
  }
  return true;
}

/** Verbs that start a function's lower camel-case name (`createApp`, `setInterval`, `useState`). */
const FUNCTION_VERB = /^(?:create|set|get|use|make|build|init|add|remove|delete|update|fetch|load|read|write|parse|render|register|start|stop|run|open|close|send|emit|dispatch|apply|compute|clear|reset)[A-Z]/;

/**
 * Whether an entry gives way where its match ends inside an identifier (see longestEndFrom): an API name or keyword
 * as the first word, a dotted path, and a function's name, which a longer name turns into another function or a
 * variable (`createApp` is not in `createAppAsyncThunk`, nor `setInterval` in `setIntervalId`; a field's name still
 * is in a longer one: `podAffinity` in `podAffinityTerm`). Before a snake_case tail only a dotted path gives way
 * (`memory.max` is not in `memory.max_usage_in_bytes`).
 */
function endsInsideIdentifier(e: TermEntry<unknown>, firstWord: boolean, snakeTail: boolean): boolean {
  if (e.symbol) return false;
  if (e.term.includes('.')) return true;
  return !snakeTail && ((firstWord && e.languages !== undefined) || (e.identifier === true && FUNCTION_VERB.test(e.term)));
}

/**
 * In code (and a code span), a hyphen between letters joins one token: words written apart do not end in its
 * first part (`git merge` is not in `git merge-base`). In prose they may: "deep learning-based".
 */
function endsBeforeTokenHyphen(text: string, start: number, end: number, len: number, env: ScanEnv): boolean {
  if (end + 1 >= len || text.charCodeAt(end) !== 0x2d || !isAlnum(classOf(text.charCodeAt(end + 1))) || !isAlnum(classOf(text.charCodeAt(end - 1)))) return false;
  return !proseAt(env, start) && hasSpace(text, start, end);
}

/** Whether `start` is prose: a prose range outside its code spans (`defer` in a Markdown code span is code). */
function proseAt(env: ScanEnv, start: number): boolean {
  return env.prose && !(env.codeSpans !== undefined && insideRange(env.codeSpans, start));
}

/**
 * End of the word break starting at i: a run of spaces, or one or two of the same '-' / '_'.
 * Anything else (`-_`, ` - `) is not a word break between two words of one term; returns -1. A run of
 * spaces may end at a command-line flag (` -e`, ` --amend`), whose dashes the walk then matches, and
 * spaces may meet a dunder name's underscores (`from __future__ import`, `symbol __x86_thunk`).
 */
function separatorEnd(text: string, i: number, len: number, c: number): number {
  let j = i + 1;
  if (isJoiner(c)) {
    if (j < len && text.charCodeAt(j) === c) j++;
    if (c === 0x5f && j - i === 2) j = spacesEnd(text, j, len);
  } else {
    j = spacesEnd(text, j, len);
    // An alignment gap (three spaces or more, or a tab) parts a table's columns, not a term's words: `go           map`
    // and `if           range` in a keyword table are no Go map or HTTP range request (blind audit bx).
    if (j - i >= 3 || c === 0x09 || text.charCodeAt(j - 1) === 0x09) return -1;
    if (flagDashes(text, j, len) > 0) return j;
    if (j + 2 < len && text.charCodeAt(j) === 0x5f && text.charCodeAt(j + 1) === 0x5f && isAlnum(classOf(text.charCodeAt(j + 2)))) j += 2;
  }
  return j < len && classOf(text.charCodeAt(j)) === Cls.Sep ? -1 : j;
}

/** How far (in characters from a match's start) options between a command and its subcommand may reach. */
const OPTIONS_REACH = 48;

function isSpaceOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** The end of the command-line token at i: the next space, tab or line break. */
function tokenEnd(text: string, i: number, len: number): number {
  let j = i;
  while (j < len) {
    const d = text.charCodeAt(j);
    if (isSpaceOrTab(d) || d === 0x0a || d === 0x0d) break;
    j++;
  }
  return j;
}

function spacesEnd(text: string, j: number, len: number): number {
  while (j < len) {
    const d = text.charCodeAt(j);
    if (d !== 0x20 && d !== 0x09 && d !== 0x3000) break;
    j++;
  }
  return j;
}

/**
 * How many dashes start a command-line flag at i (`-e`, `--no-ff`): one or two, after a space or at the
 * start, and followed by a letter or digit; 0 when there is none. A flag's dashes are characters of the
 * term (`set -e`, `-Xss`), not word breaks.
 */
function flagDashes(text: string, i: number, len: number): number {
  if (i >= len || text.charCodeAt(i) !== 0x2d) return 0;
  if (i > 0) {
    const before = text.charCodeAt(i - 1);
    if (before !== 0x20 && before !== 0x09 && before !== 0x3000 && before !== 0x0a && before !== 0x28 && before !== 0x60 && before !== 0x22 && before !== 0x27) return 0;
  }
  const dashes = i + 1 < len && text.charCodeAt(i + 1) === 0x2d ? 2 : 1;
  return i + dashes < len && isAlnum(classOf(text.charCodeAt(i + dashes))) ? dashes : 0;
}

/**
 * Whether a term may start at i on a character that is no letter or digit: CJK, a symbol, a flag's dash,
 * or a dash that starts an operator (`->`).
 */
function startsSymbolTerm(text: string, i: number, len: number, c: number, cls: Cls): boolean {
  return cls === Cls.Cjk || cls === Cls.Other || (c === 0x2d && (flagDashes(text, i, len) > 0 || (i + 1 < len && isOperatorChar(text.charCodeAt(i + 1)))));
}

/** ASCII punctuation an operator may be made of: neither a letter, digit, space, underscore, quote nor backslash. */
function isOperatorChar(c: number): boolean {
  return c === 0x2d || (c < 128 && ASCII_CLASS[c] === Cls.Other && c !== 0x22 && c !== 0x27 && c !== 0x60 && c !== 0x5c);
}

/**
 * A term that is syntax, not a word: one to four operator characters (`?.`, `:=`, `<-`, `${`, `=>`). It matches
 * only as code of its languages (see TermEntry.symbol) and takes no word forms.
 */
export function isSymbolTerm(term: string): boolean {
  if (term.length === 0 || term.length > 4) return false;
  for (let i = 0; i < term.length; i++) if (!isOperatorChar(term.charCodeAt(i))) return false;
  return true;
}

/** A term as given, plus what the matcher needs to accept or reject a candidate. */
export interface TermEntry<T = unknown> {
  /** The term as written in the note (an alias or title). */
  term: string;
  /** What the text must equal for a case-sensitive entry: the term, or the word form (`LLMs`); the term for any other entry. */
  surface: string;
  /** True when this entry is a generated word form of `term` (a plural or verb form). */
  form: boolean;
  /** Whatever the caller attached (e.g. the note id). */
  value: T;
  /** VS Code language ids the term is limited to; undefined means every language. */
  languages?: readonly string[];
  /** Topic paths (prefixes) the document must be about for the entry to apply. */
  context?: readonly string[];
  /** Topic path of the term's note: what a match tells about the document. */
  topic?: string;
  /** Short all-caps acronyms (PCA, CAS, MCP) only match with the same case. */
  caseSensitive: boolean;
  /** A topic's own name (Go, Kubernetes): it tells what a document is about and is never a match itself. */
  evidence: boolean;
  /** A keyword of its `languages`: matched in their code only, never in prose or comments. */
  codeOnly?: boolean;
  /** Syntax (`?.`, `:=`, `<-`): a code-only term of operator characters, a token of its own (see isSymbolTerm). */
  symbol?: boolean;
  /**
   * A lower camel-case identifier (`useContext`, `setTimeout`): it matches only as one word, never
   * across a space, hyphen or underscore ("use context managers" is prose, not the hook).
   */
  identifier?: boolean;
  /** The match takes a following 's or s' (`Pod's`, `Pods'`): see possessiveEnd. */
  possessive?: boolean;
  /** A method name: it matches only after a member access (`xs.map`, `xs?.map`, a chain's `\n  .map`). */
  member?: boolean;
  /** A global function or keyword: it never matches after a member access (`iter(xs)`, not `self.iter`). */
  global?: boolean;
  /** A program's name in shell code: it matches only where a command starts (see atShellCommandStart). */
  command?: boolean;
  /**
   * A type name of two or more capitalised words (`RuntimeClass`, `ConcurrentHashMap`): written as words apart
   * ("runtime class", "replica set") it is an ordinary phrase, which matches only where the document is about
   * the note's field; written as one word it needs nothing.
   */
  typeName?: boolean;
  /**
   * A scoped hyphenated key or property (`runs-on`, `block-size`) or snake_case name (`file_operations`): in
   * prose it matches only as written, not as the words apart ("runs on a GPU", "try to lock").
   */
  asWritten?: boolean;
  /** The note is a concept of every field (see Note.general): its matches say nothing of the document's topic. */
  general?: boolean;
  /**
   * A constant's name (`TIME_WAIT`, `LOGICAL_CLOCK`, `MASTER_ADDR`): it matches in capitals or joined
   * (`TIME-WAIT`, `--master_addr`), not as lower-case words apart ("the node's logical clock").
   */
  capitals?: boolean;
  /**
   * The underscores the term starts and ends with (`__proto__`, `_test`, `__IO`), which the text must
   * have around the match too: leading | trailing << 2, each at most 3. Underscores are word breaks to
   * the trie, so without this `__proto__` would match "proto".
   */
  underscores?: number;
  /** Longer words the term does not count inside (see Alias.notInside). */
  inside?: readonly string[];
  /** The checks of decide() that only some terms have (TermCheck bits), derived from the term; 0 for most. */
  termChecks?: number;
}

/** Checks of decide() for particular terms, found once per entry instead of comparing every entry's term per match. */
const enum TermCheck {
  TypeQuery = 1,
  JavaTypeWord = 2,
  FromColons = 4,
  Annotation = 8,
  GoStatement = 16,
  TypeKeyword = 32,
  HasSpace = 64,
  SqlIn = 128,
  HyphenWildcard = 256,
  CssUnit = 512,
}

function termChecksOf(term: string): number {
  return (
    (term === 'typeof' ? TermCheck.TypeQuery : 0) |
    (term === 'extends' || term === 'super' || term === 'record' ? TermCheck.JavaTypeWord : 0) |
    (term.charCodeAt(0) === 0x3a ? TermCheck.FromColons : 0) |
    (term.charCodeAt(0) === 0x40 ? TermCheck.Annotation : 0) |
    (term === 'go' ? TermCheck.GoStatement : 0) |
    (TYPE_KEYWORDS.has(term) ? TermCheck.TypeKeyword : 0) |
    (term.includes(' ') ? TermCheck.HasSpace : 0) |
    (term === 'IN' || term === 'in' ? TermCheck.SqlIn : 0) |
    (term.endsWith('-*') ? TermCheck.HyphenWildcard : 0) |
    (CSS_UNITS.has(term) ? TermCheck.CssUnit : 0)
  );
}

/**
 * A TermEntry with every field present, in one order: entries made with only the flags they have came in
 * dozens of object shapes, and the scan's reads of their fields (decide, the document scan's topic count)
 * went megamorphic.
 */
function termEntry<T>(e: TermEntry<T>): TermEntry<T> {
  return {
    term: e.term,
    surface: e.surface,
    form: e.form,
    value: e.value,
    languages: e.languages,
    context: e.context,
    topic: e.topic,
    caseSensitive: e.caseSensitive,
    evidence: e.evidence,
    codeOnly: e.codeOnly === true,
    identifier: e.identifier === true,
    possessive: e.possessive === true,
    member: e.member === true,
    global: e.global === true,
    command: e.command === true,
    // Both follow from the term, so they are derived here, the one place every entry (built or loaded) passes.
    typeName: isTypeName(e.term),
    symbol: isSymbolTerm(e.term),
    asWritten: e.languages !== undefined && !e.term.includes(' ') && (e.term.includes('-') || e.term.includes('_')),
    general: e.general === true,
    capitals: e.capitals === true,
    underscores: e.underscores,
    inside: e.inside,
    termChecks: termChecksOf(e.term),
  };
}

export interface TermInput<T> {
  term: string;
  value: T;
  languages?: readonly string[];
  context?: readonly string[];
  topic?: string;
  /** False: no generated word forms for this term. */
  forms?: boolean;
  /** Matches only with this exact case (default: short all-caps acronyms only). */
  caseSensitive?: boolean;
  evidence?: boolean;
  codeOnly?: boolean;
  /** True: see TermEntry.member; false: see TermEntry.global. */
  member?: boolean;
  /** See TermEntry.command. */
  command?: boolean;
  /**
   * Matches only written as one word, like a lower camel-case identifier (see TermEntry.identifier): a class
   * name (`WeakReference`) whose words apart ("weak reference") its note gives narrower rules of their own.
   */
  joined?: boolean;
  /** The term's note is a concept of every field: a match adds no weight to its topic. */
  general?: boolean;
  /** See Alias.notInside. */
  inside?: readonly string[];
}

/**
 * How a scan decides entries that depend on the document: contextual terms (ordinary words) and
 * language-scoped terms met in prose.
 */
export interface ScanEnv {
  languageId?: string;
  /** The scanned range is prose (Markdown text, plain text, a comment). */
  prose: boolean;
  /** Sorted [start, end) offsets of the code's string literals, where a keyword is text, not code (`"unable to make it"`). */
  literals?: readonly number[];
  /** Sorted [start, end) offsets of code spans in prose (`defer` in Markdown, {@code x} in a comment): a keyword there is code. */
  codeSpans?: readonly number[];
  /**
   * The prose is a comment of a program: a code span in it is code of the program's own language (`free` in a C
   * comment is C's free(), not the shell's free command), where a prose document's is the code it is about.
   */
  programComment?: boolean;
  /**
   * The languages of the prose document's fenced code: a keyword in a code span is code of one of them (`var` in
   * a JavaScript book is not CSS's var()). Undefined where the document has none: then its topic decides.
   */
  codeLanguages?: ReadonlySet<string>;
  /** Whether the document is about one of these topics; undefined defers every contextual entry. */
  supports?: (context: readonly string[]) => boolean;
  /** Topic evidence terms match (the first pass of a document scan); otherwise they are skipped. */
  evidence?: boolean;
  /** Where an entry was deferred because `supports` was not given (filled by the scan): one offset per entry below. */
  deferred?: number[];
  /** The entries deferred, in step with `deferred`. */
  deferredEntries?: TermEntry<unknown>[];
  /**
   * Where the scan went on after a span a contextual term held (see longestEndFrom), in order (filled by
   * the scan): a document scan's second pass stands there too once it has decided that span alike.
   */
  heldEnds?: number[];
}

export interface Match<T = unknown> {
  /** Offsets in the scanned text, `end` exclusive, in UTF-16 code units. */
  start: number;
  end: number;
  text: string;
  /** Every entry of the matched term that applies here (several notes may share a term). */
  entries: TermEntry<T>[];
}

/**
 * The underscores a match covers besides its key (leading | trailing << 2, see edgeUnderscores): a dunder name's are
 * the name's (`__init__.py`, `__proto__`), where every entry of the match has the same. 0: none.
 */
function spannedUnderscores(entries: readonly TermEntry<unknown>[]): number {
  const edges = entries[0].underscores;
  if (edges === undefined) return 0;
  for (let k = 1; k < entries.length; k++) if (entries[k].underscores !== edges) return 0;
  return edges;
}

/** Where a match starting at `start` begins with up to `count` underscores before it that it does not hold yet. */
function underscoresBefore(text: string, start: number, count: number): number {
  if (count === 0 || text.charCodeAt(start) === 0x5f) return start;
  let s = start;
  while (s > start - count && text.charCodeAt(s - 1) === 0x5f) s--;
  return s;
}

/** Where a match ending at `end` ends with up to `count` underscores after it that it does not hold yet. */
function underscoresAfter(text: string, end: number, count: number): number {
  if (count === 0 || text.charCodeAt(end - 1) === 0x5f) return end;
  let e = end;
  while (e < end + count && text.charCodeAt(e) === 0x5f) e++;
  return e;
}

/** A match whose text is cut from the scanned text only when someone reads it (most never do). */
class ScannedMatch<T> implements Match<T> {
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly entries: TermEntry<T>[],
  ) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;

export function isCaseSensitiveTerm(term: string): boolean {
  return ACRONYM.test(term) && /[A-Z].*[A-Z]/.test(term);
}

/**
 * What makes two aliases of one note the same term: their key and languages, and the spelling of one written
 * `case: exact` (`KeepAlive` and `keep-alive` share a key but match different text).
 * @param key the term's first key, termKeys(term)[0]
 */
export function aliasIdentity(key: string, term: string, languages: readonly string[] | undefined, exactCase: boolean): string {
  return key + '\u0000' + (languages ?? []).join(',') + (exactCase ? '\u0000' + term : '');
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
    const flag = c === 0x2d && !word ? flagDashes(term, i, term.length) : 0;
    if (isAlnum(cls)) {
      if (word && camelBoundaryAt(term, i, cls)) {
        pushWord();
        pendingSep = true;
      }
      if (!word && pendingSep && units.length > 0) units.push('\u0001');
      pendingSep = false;
      word += cls === Cls.Upper ? String.fromCharCode(c + 32) : term[i];
    } else if (flag > 0) {
      // `set -e`, `--no-ff`: the flag's dashes are characters of the key.
      if (pendingSep && units.length > 0) units.push('\u0001');
      pendingSep = false;
      for (let k = 0; k < flag; k++) units.push('-');
      i += flag - 1;
    } else if (c === 0x2d && i > 0 && /^-+$/.test(term.slice(i)) && (word || units.length > 0) && classOf(term.charCodeAt(i - 1)) !== Cls.Sep) {
      // Dashes that end a term written tight (an operator's `chan<-`, a mode string's `-rw-r--r--`) are characters of
      // the key: as a word break at the end they would be dropped, and the match would end short of them.
      pushWord();
      for (; i < term.length; i++) units.push('-');
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
  // A word break next to a CJK character is optional (see walk), so the key leaves it out.
  const isCjkUnit = (u: string | undefined) => u !== undefined && u.length === 1 && classOf(u.charCodeAt(0)) === Cls.Cjk;
  for (let k = units.length - 1; k >= 0; k--) {
    if (units[k] === '\u0001' && (isCjkUnit(units[k - 1]) || isCjkUnit(units[k + 1]))) units.splice(k, 1);
  }
  if (!units.some((u) => /[a-z0-9\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(u))) return isSymbolTerm(term) ? [term] : [];
  const canonical = units.join('');
  const keys = [canonical];
  // `finetuning`, `useref`, `maxflow`: the same Latin words written as one identifier. Not for phrases of
  // three words or more (`binary search tree`): nobody glues those, and their keys would be a fifth of the trie.
  if (canonical.includes('\u0001') && term.trim().split(/\s+/).length <= 2 && units.every((u) => u === '\u0001' || /^[a-z0-9]+$/.test(u))) {
    keys.push(units.filter((u) => u !== '\u0001').join(''));
  }
  return keys;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The hash a word starts from after `seed` (the root, or a node just past a word break). */
function seedHash(seed: number): number {
  return seed === 0 ? FNV_OFFSET : Math.imul(FNV_OFFSET ^ seed, 0x9e3779b1) | 0;
}

const PAIR_BITS = 1 << 18;
/** Stands for "the key ends here" in PartTable's pair filter (no key unit is 0). */
const WHOLE_KEY = 0;

function pairBit(first: number, second: number): number {
  const h = Math.imul(first * 65599 + second, 0x9e3779b1);
  return (h >>> 14) & (PAIR_BITS - 1);
}

/** What PartTable.find returns when a camel-case word part may end inside a key's word: walk it letter by letter. */
const WALK_PART = -2;

/**
 * Open-addressing table: (seed node, hash of a lower-cased Latin word) → the trie node the word leads
 * to. Seeds are the root and every node just past a word break (SEP), so both a key's first word and
 * each word after a space, hyphen or underscore are one lookup instead of a walk per character. A hit
 * is verified against the word's characters: a hash collision never produces a wrong match.
 *
 * Only whole words have slots (a key's word that ends there); a bit filter covers every prefix too. A
 * camel-case part (`use` of `useRef`) may stop inside a key's word (`useref`): when the filter says
 * some key's word starts with it, find answers WALK_PART and the caller walks it letter by letter. That
 * keeps the table to a quarter of the slots every prefix would take.
 */
class PartTable {
  /**
   * Slot k is table[k * 3 ..]: seed, node id + 1 (0: empty), pool offset. The hash only places a word: a
   * probe compares seed, length and characters.
   */
  private readonly table: Int32Array;
  /** Length of slot k's word. */
  private readonly lengths: Uint16Array;
  /** One bit per hash bucket of a small filter: most words of a text are no key's word, and one bit says so. */
  private readonly filter: Uint32Array;
  private readonly filterMask: number;
  /** The words' characters: ASCII, as only ASCII word edges go in (half the memory of UTF-16 units). */
  private readonly pool: Uint8Array;
  private readonly mask: number;
  /**
   * A bit per (first unit, second unit) pair some key starts with, and a bit per first unit that is a
   * whole key: most CJK characters and symbols of a text (`.`, `:`, `{`) start no key once the next
   * character is known, and this says so without a walk.
   */
  private readonly pairs: Uint32Array;

  /**
   * Built from the flattened trie (see TermMatcher.nodes; edge e leads to node e + 1), so a matcher
   * loaded from bytes builds it on first use instead of shipping it: its slots are hash-ordered and do
   * not compress.
   */
  constructor(nodes: Int32Array, edges: Uint16Array) {
    const nodeCount = nodes.length / NODE_STRIDE - 1;
    const isWord = new Uint8Array(128);
    for (let c = 0; c < 128; c++) isWord[c] = isAlnum(ASCII_CLASS[c] as Cls) ? 1 : 0;
    // Per node: 1 when a word may end there (a key ends, or goes on with a separator, symbol or CJK).
    const canEnd = new Uint8Array(nodeCount);
    for (let n = 0; n < nodeCount; n++) {
      let ends = nodes[n * NODE_STRIDE] !== -1;
      const first = nodes[n * NODE_STRIDE + 1];
      const last = nodes[n * NODE_STRIDE + NODE_STRIDE + 1];
      for (let e = first; !ends && e < last; e++) {
        const code = edges[e];
        if (code >= 128 || isWord[code] === 0) ends = true;
      }
      canEnd[n] = ends ? 1 : 0;
    }
    // A slot per word edge into a node where a word can end; a filter bit per word edge. Sized for a load
    // of at most 0.7, which keeps probes short.
    let wordEdges = 0;
    let wholeWords = 0;
    for (let e = 0; e < edges.length; e++) {
      if (edges[e] >= 128 || isWord[edges[e]] === 0) continue;
      wordEdges++;
      if (canEnd[e + 1] === 1) wholeWords++;
    }
    let size = 16;
    while (size * 0.7 < wholeWords) size <<= 1;
    this.mask = size - 1;
    // Typed arrays only, no per-node objects: a loaded matcher builds this on its first lookup.
    this.table = new Int32Array(size * 3); // node ids are stored + 1, so a zeroed slot is empty
    this.lengths = new Uint16Array(size);
    let filterBits = 1 << 12;
    while (filterBits < wordEdges * 16) filterBits <<= 1;
    this.filter = new Uint32Array(filterBits >>> 5);
    this.filterMask = filterBits - 1;
    // Each node's word is stored once in `chars`; a first child extends its parent's copy in place.
    let chars = new Uint8Array(1 << 16);
    let used = 0;
    const push = (code: number) => {
      if (used === chars.length) {
        const bigger = new Uint8Array(chars.length * 2);
        bigger.set(chars);
        chars = bigger;
      }
      chars[used++] = code;
    };
    let stack = new Int32Array(4 * 256);
    const table = this.table;
    const lengths = this.lengths;
    const filter = this.filter;
    const seeds: number[] = [0];
    for (let e = 0; e < edges.length; e++) if (edges[e] === SEP) seeds.push(e + 1);
    for (const seed of seeds) {
      // Stack records: node, hash, offset, length.
      stack[0] = seed;
      stack[1] = seedHash(seed);
      stack[2] = used;
      stack[3] = 0;
      let top = 4;
      while (top > 0) {
        top -= 4;
        const node = stack[top];
        const hash = stack[top + 1];
        const offset = stack[top + 2];
        const length = stack[top + 3];
        const first = nodes[node * NODE_STRIDE + 1];
        const last = nodes[node * NODE_STRIDE + NODE_STRIDE + 1];
        for (let e = first; e < last; e++) {
          const code = edges[e];
          if (code >= 128 || isWord[code] === 0) continue;
          const child = e + 1;
          let childOffset = offset;
          if (offset + length !== used) {
            childOffset = used;
            for (let k = 0; k < length; k++) push(chars[offset + k]);
          }
          push(code);
          const h = Math.imul(hash ^ code, FNV_PRIME);
          const bit = (h ^ (h >>> 13)) & this.filterMask;
          filter[bit >>> 5] |= 1 << (bit & 31);
          if (length + 1 <= 0xffff && canEnd[child] === 1) {
            let slot = (h ^ (h >>> 15)) & this.mask;
            while (table[slot * 3 + 1] !== 0) slot = (slot + 1) & this.mask;
            table[slot * 3] = seed;
            table[slot * 3 + 1] = child + 1;
            table[slot * 3 + 2] = childOffset;
            lengths[slot] = length + 1;
          }
          if (top + 4 > stack.length) {
            const bigger = new Int32Array(stack.length * 2);
            bigger.set(stack);
            stack = bigger;
          }
          stack[top] = child;
          stack[top + 1] = h;
          stack[top + 2] = childOffset;
          stack[top + 3] = length + 1;
          top += 4;
        }
      }
    }
    this.pool = chars.slice(0, used);
    this.pairs = new Uint32Array(PAIR_BITS >>> 5);
    for (let e = nodes[1]; e < nodes[NODE_STRIDE + 1]; e++) {
      const first = edges[e];
      const child = e + 1;
      if (nodes[child * NODE_STRIDE] !== -1) this.setPair(first, WHOLE_KEY);
      for (let f = nodes[child * NODE_STRIDE + 1]; f < nodes[child * NODE_STRIDE + NODE_STRIDE + 1]; f++) this.setPair(first, edges[f]);
    }
  }

  private setPair(first: number, second: number): void {
    const bit = pairBit(first, second);
    this.pairs[bit >>> 5] |= 1 << (bit & 31);
  }

  private hasPair(first: number, second: number): boolean {
    const bit = pairBit(first, second);
    return (this.pairs[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }

  /**
   * Whether a key may start with the CJK character or symbol at i: false only when no key is that
   * character alone and none goes on with what follows it. A word break after it counts as the key's
   * SEP, except next to CJK, where a key has none (see walk): then it may.
   */
  mayStartAt(text: string, i: number, len: number, c: number, cls: Cls): boolean {
    if (this.hasPair(c, WHOLE_KEY)) return true;
    if (i + 1 >= len) return false;
    const d = text.charCodeAt(i + 1);
    const dc = d < 128 ? (ASCII_CLASS[d] as Cls) : classOf(d);
    // An operator's dash (`<-`) is a character of its key.
    if (d === 0x2d && this.hasPair(c, 0x2d)) return true;
    if (dc === Cls.Sep && !(c === 0x2d && d === 0x2d)) {
      if (cls === Cls.Cjk) return true;
      let j = i + 2;
      while (j < len && classOf(text.charCodeAt(j)) === Cls.Sep) j++;
      return (j < len && classOf(text.charCodeAt(j)) === Cls.Cjk) || this.hasPair(c, SEP);
    }
    return this.hasPair(c, d < 128 ? foldCase(d) : d);
  }

  /**
   * The node reached from `seed` by the whole word text[start, end) (ASCII letters and digits), or -1.
   * A word that ends at a camel-case boundary may also stop inside a key's word (`use|Ref` for
   * `useref`): WALK_PART when that may be so and no key has it as a whole word.
   */
  find(seed: number, hash: number, text: string, start: number, end: number, camel: boolean): number {
    const bit = (hash ^ (hash >>> 13)) & this.filterMask;
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    const length = end - start;
    const table = this.table;
    let slot = (hash ^ (hash >>> 15)) & this.mask;
    for (;;) {
      const rec = slot * 3;
      const node = table[rec + 1] - 1;
      if (node === -1) return camel ? WALK_PART : -1;
      if (table[rec] === seed && this.lengths[slot] === length && this.sameWord(table[rec + 2], text, start, length)) return node;
      slot = (slot + 1) & this.mask;
    }
  }

  private sameWord(offset: number, text: string, start: number, length: number): boolean {
    const pool = this.pool;
    for (let k = 0; k < length; k++) if (pool[offset + k] !== foldCase(text.charCodeAt(start + k))) return false;
    return true;
  }
}

/** Lower-cases ASCII only, the same folding the matcher applies to text. */
function foldCase(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

/**
 * The trie while terms go in: nodes numbered in insertion order in typed arrays, each child found through
 * one open-addressing table keyed by (parent, code). A Map per node cost a tenth of a second and most
 * of the garbage of building 10,000 team notes' terms.
 */
class TrieBuilder<E> {
  nodeCount = 1;
  private parent = new Int32Array(1024);
  private code = new Uint16Array(1024);
  private firstChild = new Int32Array(1024).fill(-1);
  private nextSibling = new Int32Array(1024);
  /** Per node: index into `lists` + 1, or 0. */
  private listOf = new Int32Array(1024);
  private readonly lists: E[][] = [];
  /** Child id + 1 per slot; 0 is empty. */
  private slots = new Int32Array(2048);

  private static slotOf(parent: number, code: number, mask: number): number {
    return (Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) & mask;
  }

  /** The child of `node` by `code`, made if it is missing. */
  child(node: number, code: number): number {
    const mask = this.slots.length - 1;
    for (let slot = TrieBuilder.slotOf(node, code, mask); ; slot = (slot + 1) & mask) {
      const held = this.slots[slot];
      if (held === 0) break;
      if (this.parent[held - 1] === node && this.code[held - 1] === code) return held - 1;
    }
    const id = this.nodeCount++;
    if (id === this.parent.length) this.grow();
    this.parent[id] = node;
    this.code[id] = code;
    this.firstChild[id] = -1;
    this.nextSibling[id] = this.firstChild[node];
    this.firstChild[node] = id;
    if (this.nodeCount * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id, mask);
    return id;
  }

  /** The entry list of a node, made empty if it has none. */
  entriesOf(node: number): E[] {
    let k = this.listOf[node];
    if (k === 0) k = this.listOf[node] = this.lists.push([]);
    return this.lists[k - 1];
  }

  existingEntries(node: number): E[] | undefined {
    const k = this.listOf[node];
    return k === 0 ? undefined : this.lists[k - 1];
  }

  /**
   * The flattened trie (see TermMatcher's fields): nodes breadth first, each node's edges sorted by code,
   * so that edge e leads to node e + 1; `lists` in node order.
   */
  flatten(): { nodes: Int32Array; edges: Uint16Array; lists: E[][] } {
    const n = this.nodeCount;
    const nodes = new Int32Array((n + 1) * NODE_STRIDE);
    const edges = new Uint16Array(n - 1);
    const lists: E[][] = [];
    const queue = new Int32Array(n);
    let queued = 1;
    const children: number[] = [];
    for (let id = 0; id < n; id++) {
      const node = queue[id];
      const rec = id * NODE_STRIDE;
      const list = this.listOf[node];
      nodes[rec] = list === 0 ? -1 : lists.push(this.lists[list - 1]) - 1;
      nodes[rec + 1] = queued - 1;
      children.length = 0;
      for (let c = this.firstChild[node]; c !== -1; c = this.nextSibling[c]) children.push(c);
      // Most nodes have one child or none: sort only where there is something to sort.
      if (children.length > 1) children.sort((a, b) => this.code[a] - this.code[b]);
      for (const c of children) {
        edges[queued - 1] = this.code[c];
        queue[queued++] = c;
      }
    }
    nodes[n * NODE_STRIDE] = -1;
    nodes[n * NODE_STRIDE + 1] = n - 1;
    return { nodes, edges, lists };
  }

  private place(id: number, mask: number): void {
    let slot = TrieBuilder.slotOf(this.parent[id], this.code[id], mask);
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let id = 1; id < this.nodeCount; id++) this.place(id, size - 1);
  }

  private grow(): void {
    const size = this.parent.length * 2;
    const widen = <A extends Int32Array | Uint16Array>(a: A, make: (n: number) => A): A => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.parent = widen(this.parent, (k) => new Int32Array(k));
    this.code = widen(this.code, (k) => new Uint16Array(k));
    this.firstChild = widen(this.firstChild, (k) => new Int32Array(k));
    this.nextSibling = widen(this.nextSibling, (k) => new Int32Array(k));
    this.listOf = widen(this.listOf, (k) => new Int32Array(k));
  }
}

export interface MatcherStats {
  terms: number;
  nodes: number;
}

export class TermMatcher<T = unknown> {
  // Flattened trie with nodes numbered breadth first. Node n is nodes[n * 2 ..] = [entry list index or -1,
  // first edge]; its edges run to the next node's first edge (a last record holds the edge count). Each
  // node's edges are consecutive codes, sorted, found by binary search (the root's by a direct table).
  // Breadth-first numbering makes edge e lead to node e + 1, so no child ids are stored at all.
  private readonly nodes: Int32Array;
  private readonly edges: Uint16Array;
  private readonly rootTable: Int32Array;
  private readonly entryLists: TermEntry<T>[][];
  /** A matcher loaded from bytes has no entryLists: it makes (and keeps) each list on first use. */
  private readonly materialize?: (list: number) => TermEntry<T>[];
  /** Length of the longest key, which bounds how far back a match covering a position can start. */
  private readonly maxKeyLength: number;
  /**
   * The trie node reached by every Latin word the keys start with, and by every prefix of one, by
   * the hash of that word. The scan hashes each word of the text once: a word no key starts with is
   * skipped whole, and a match's walk starts after its first word instead of at the root.
   */
  /** Built on first use (a matcher loaded from bytes does not carry it). */
  private partsCache: PartTable | undefined;
  /** The matcher this one is a view of (see excluding). */
  private viewOf: TermMatcher<T> | undefined;
  /** Entries this matcher never accepts (see excluding). */
  private exclude: ((entry: TermEntry<T>) => boolean) | undefined;
  /** Per entry list: 1 when every entry applies everywhere (no scope, context or case), so no check is needed. */
  private readonly unconditional: Uint8Array;
  readonly stats: MatcherStats;

  /**
   * See TermMatching.resumable. A getter, not a field: matchers loaded by fromBinary and the views of
   * excluding are made with Object.create and never run field initialisers.
   */
  get resumable(): boolean {
    return true;
  }

  constructor(terms: Iterable<TermInput<T>>) {
    const trie = new TrieBuilder<TermEntry<T>>();
    let termCount = 0;
    let maxKeyLength = 0;
    const insert = (key: string, entry: TermEntry<T>): void => {
      maxKeyLength = Math.max(maxKeyLength, key.length);
      let node = 0;
      for (let i = 0; i < key.length; i++) node = trie.child(node, key.charCodeAt(i));
      // A form that is already a term (of this note or another) belongs to that term; where the term is written
      // in one exact case, the form keeps the other spellings (`transformers` the Python package takes only that
      // spelling from the plural of "transformer"), and the term wins where both match (acceptedEntries). A term
      // with its own underscores (`__annotations__`) is no claim on the bare word: "annotations" stays a form.
      // A term limited to manifest kinds (`replicas` in a Deployment) claims its words only there: elsewhere the form stays.
      // So does a term that is one identifier (`ownerReferences`): it claims the joined name, not the words apart
      // ("owner references", the plural of "owner reference").
      if (entry.form && trie.existingEntries(node)?.some((e) => !e.form && !e.caseSensitive && !e.identifier && e.underscores === undefined && !isKindEntry(e))) return;
      const entries = trie.entriesOf(node);
      if (!entries.includes(entry)) entries.push(entry);
    };
    const formInputs: TermInput<T>[] = [];
    for (const input of terms) {
      const keys = termKeys(input.term);
      if (keys.length === 0) continue;
      const symbol = isSymbolTerm(input.term);
      // Syntax is only syntax in the code of the languages it belongs to.
      if (symbol && !(input.codeOnly && input.languages)) continue;
      termCount++;
      const underscores = edgeUnderscores(input.term);
      // An identifier such as `__init__` has no plural or verb forms, nor has an operator.
      const forms = input.forms !== false && underscores === 0 && !symbol;
      const entry = termEntry<T>({
        term: input.term,
        surface: input.term,
        form: false,
        value: input.value,
        languages: input.languages,
        context: input.context,
        topic: input.topic,
        caseSensitive: input.caseSensitive ?? isCaseSensitiveTerm(input.term),
        evidence: input.evidence === true,
        codeOnly: input.codeOnly,
        member: input.member === true,
        global: input.member === false,
        command: input.command === true,
        general: input.general,
        identifier: input.joined === true || isIdentifierTerm(input.term),
        capitals: isConstantName(input.term),
        possessive: forms && takesPossessive(input.term),
        underscores: underscores !== 0 ? underscores : undefined,
        inside: input.inside,
      });
      for (const key of keys) insert(key, entry);
      if (forms) formInputs.push(input);
    }
    // Forms go in after every term, so that a term always wins over another term's form.
    for (const input of formInputs) {
      const caseSensitive = input.caseSensitive ?? isCaseSensitiveTerm(input.term);
      const possessive = takesPossessive(input.term);
      const capitals = isConstantName(input.term);
      // Forms that need no exact case differ only in whether they are an identifier: they share an entry.
      const shared: (TermEntry<T> | undefined)[] = [undefined, undefined];
      for (const surface of wordForms(input.term)) {
        const identifier = input.joined === true || isIdentifierTerm(surface);
        let entry = caseSensitive ? undefined : shared[identifier ? 1 : 0];
        if (!entry) {
          entry = termEntry<T>({
            term: input.term,
            surface: caseSensitive ? surface : input.term,
            form: true,
            value: input.value,
            languages: input.languages,
            context: input.context,
            topic: input.topic,
            caseSensitive,
            evidence: input.evidence === true,
            codeOnly: input.codeOnly,
            member: input.member === true,
            global: input.member === false,
            command: input.command === true,
            general: input.general,
            identifier,
            capitals,
            possessive,
            inside: input.inside,
          });
          if (!caseSensitive) shared[identifier ? 1 : 0] = entry;
        }
        for (const key of termKeys(surface)) insert(key, entry);
      }
    }
    const n = trie.nodeCount;
    const flat = trie.flatten();
    this.nodes = flat.nodes;
    this.edges = flat.edges;
    this.entryLists = flat.lists;
    this.rootTable = rootTableOf(this.nodes, this.edges);
    this.maxKeyLength = maxKeyLength;
    this.unconditional = new Uint8Array(this.entryLists.length);
    // (A term written from `::` or `@` is decided by the characters around it: see decide.)
    this.entryLists.forEach((list, k) => {
      this.unconditional[k] = list.every((e) => !e.languages && !e.context && !e.caseSensitive && !e.evidence && !e.identifier && !e.capitals && !e.underscores && !e.member && !e.global && !e.command && !e.typeName && !e.inside && e.term.charCodeAt(0) !== 0x3a && e.term.charCodeAt(0) !== 0x40) ? 1 : 0;
    });
    this.stats = { terms: termCount, nodes: n };
  }

  /**
   * The built matcher as bytes (the build saves the bundled notes' matcher, so activation loads it
   * instead of building it): "CRM1", a JSON header (entries, lists, array layout), then the arrays.
   * @param sharedStrings strings the loader has anyway (the index's aliases and titles, see
   *   fromBinary): they are referred to by position instead of stored again.
   */
  toBinary({ sharedStrings = [] }: { sharedStrings?: readonly string[] } = {}): Uint8Array {
    // Entries as columns of numbers over tables of distinct strings, values and scopes: the header
    // stays small and parses fast.
    const strings: string[] = [];
    const stringIds = new Map<string, number>();
    for (let k = 0; k < sharedStrings.length; k++) if (!stringIds.has(sharedStrings[k])) stringIds.set(sharedStrings[k], k);
    const ownFrom = sharedStrings.length;
    const str = (v: string | undefined): number => {
      if (v === undefined) return -1;
      let id = stringIds.get(v);
      if (id === undefined) stringIds.set(v, (id = ownFrom + strings.push(v) - 1));
      return id;
    };
    const values: unknown[] = [];
    const valueIds = new Map<string, number>();
    const val = (v: unknown): number => {
      const key = JSON.stringify(v);
      let id = valueIds.get(key);
      if (id === undefined) valueIds.set(key, (id = values.push(v) - 1));
      return id;
    };
    const scopes: string[][] = [];
    const scopeIds = new Map<string, number>();
    const scope = (v: readonly string[] | undefined): number => {
      if (!v) return -1;
      const key = v.join('\u0000');
      let id = scopeIds.get(key);
      if (id === undefined) scopeIds.set(key, (id = scopes.push([...v]) - 1));
      return id;
    };
    // The trie is saved as what cannot be derived, node by node in depth-first order: per node one byte,
    // whether it has an entry list (bit 7; lists are numbered in this order) and its edge count
    // (bits 0-6; 127: the count is the next of `manyEdges`), and the code of the edge that leads to it. Depth
    // first puts a term's nodes next to each other, which compresses 60 KB smaller in the .vsix than
    // breadth first; fromBinary turns it back (nodesFromPreorder).
    const nodeCount = this.nodes.length / NODE_STRIDE - 1;
    const nodeBytes = new Uint8Array(nodeCount);
    const incoming = new Uint16Array(Math.max(0, nodeCount - 1));
    const manyEdges: number[] = [];
    const pending = [0];
    const depthOf = new Int32Array(nodeCount);
    const perDepth: { nodes: number[] } = { nodes: [] };
    // The lists in the order their nodes come here, which is the order fromBinary numbers them in.
    const listOrder: number[] = [];
    for (let p = 0; pending.length > 0; p++) {
      const k = pending.pop()!;
      const depth = depthOf[k];
      perDepth.nodes[depth] = (perDepth.nodes[depth] ?? 0) + 1;
      if (this.nodes[k * NODE_STRIDE] !== -1) listOrder.push(this.nodes[k * NODE_STRIDE]);
      const first = this.nodes[k * NODE_STRIDE + 1];
      const end = this.nodes[k * NODE_STRIDE + NODE_STRIDE + 1];
      const count = end - first;
      if (count >= MANY_EDGES) manyEdges.push(count);
      nodeBytes[p] = (this.nodes[k * NODE_STRIDE] === -1 ? 0 : 0x80) | Math.min(count, MANY_EDGES);
      if (p > 0) incoming[p - 1] = this.edges[k - 1];
      // Edge e leads to node e + 1; pushed last to first, so that they come out first to last.
      for (let e = end - 1; e >= first; e--) {
        depthOf[e + 1] = depth + 1;
        pending.push(e + 1);
      }
    }
    // Entries numbered note by note, term by term: their columns then change little from row to row.
    const distinct = new Map<TermEntry<T>, string>();
    const listCount = this.unconditional.length;
    for (let k = 0; k < listCount; k++) for (const e of this.listAt(k)) if (!distinct.has(e)) distinct.set(e, JSON.stringify(e.value));
    const entryIds = new Map<TermEntry<T>, number>();
    const entryCols: number[] = [];
    // Values that are all objects of the same string fields ({ noteId }) are stored as their strings' ids: the
    // bundled notes' ids are the index's own (shared strings), so they are not stored a second time (21 KB deflated).
    const valueKeys = stringFieldsOfAll([...distinct.keys()].map((e) => e.value));
    const valueRank = new Map<string, number>();
    if (valueKeys) {
      for (const [e, json] of distinct) if (!valueRank.has(json)) valueRank.set(json, str((e.value as Record<string, string>)[valueKeys[0]]));
    }
    const rankOf = (json: string) => valueRank.get(json) ?? 0;
    // Within a note, terms in the order of the shared strings (the note's aliases as written), so that the
    // term column's differences are mostly 0 and 1: 15 KB less in the .vsix than terms in alphabetical order.
    const sharedAt = (term: string) => (stringIds.get(term) ?? ownFrom) as number;
    const byNote = [...distinct].sort(([a, av], [b, bv]) => rankOf(av) - rankOf(bv) || (av < bv ? -1 : av > bv ? 1 : sharedAt(a.term) - sharedAt(b.term) || (a.term < b.term ? -1 : a.term > b.term ? 1 : a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0)));
    for (const [e] of byNote) {
      entryIds.set(e, entryIds.size);
      const flags = (e.form ? 1 : 0) | (e.caseSensitive ? 2 : 0) | (e.evidence ? 4 : 0) | (e.codeOnly ? 8 : 0) | (e.identifier ? 16 : 0) | (e.possessive ? 32 : 0) | ((e.underscores ?? 0) << 6) | (e.capitals ? 1024 : 0) | (e.general ? 2048 : 0) | (e.member ? 4096 : 0) | (e.global ? 8192 : 0) | (e.command ? 16384 : 0) | (e.inside ? 32768 : 0);
      entryCols.push(str(e.term), e.surface === e.term ? -1 : str(e.surface), flags, val(e.value), scope(e.languages), scope(e.context), str(e.topic));
    }
    // Lists in depth-first order: a term's forms and spellings (`deployment`, `deployments`) are neighbours
    // there, and their entries are neighbours in note order, so the items stored as differences from the item
    // before are small numbers: 54 KB less in the .vsix than breadth-first ids.
    const listStarts = new Int32Array(listCount + 1);
    const listItems: number[] = [];
    const unconditional = new Uint8Array(listCount);
    for (const [k, list] of listOrder.entries()) {
      listStarts[k] = listItems.length;
      unconditional[k] = this.unconditional[list];
      for (const e of this.listAt(list)) listItems.push(entryIds.get(e)!);
    }
    listStarts[listCount] = listItems.length;
    // Entries are stored column by column, and the columns that grow with the row (term, note) as
    // differences: the bytes then compress a quarter smaller in the .vsix (zip) than rows would.
    // The large arrays of numbers that vary from one item to the next (the edges' codes, which entry each
    // list holds) and the entry columns are stored as byte planes (see toBytePlanes): 83 KB less in the .vsix.
    const arrays: [string, Int32Array | Uint32Array | Uint16Array | Uint8Array, BytePlanes?][] = [
      ['nodeBytes', nodeBytes],
      ['manyEdges', Int32Array.from(manyEdges)],
      ['codes', incoming, 'planes'],
      ['unconditional', unconditional],
      ['entries', deltaWithin(columnMajor(Int32Array.from(entryCols), ENTRY_STRIDE), ENTRY_STRIDE, DELTA_ENTRY_COLUMNS), 'zigzag planes'],
      ['listStarts', deltaWithin(listStarts, 1, [0])],
      ['listItems', deltaWithin(Int32Array.from(listItems), 1, [0]), 'zigzag planes'],
      // The terms' strings, each decoded when a match first needs its entry (not at load).
      ['strings', new TextEncoder().encode(joinStrings(strings))],
    ];
    const layout: ArrayLayout[] = [];
    const stored: Uint8Array[] = [];
    let size = 0;
    for (const [name, array, planes] of arrays) {
      const encoded = planes ? toBytePlanes(array, planes === 'zigzag planes') : undefined;
      const bytes = encoded ? encoded.bytes : new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      layout.push({ name, type: array.constructor.name, offset: size, length: array.length, ...(encoded ? { planes: encoded.planes, zigzag: planes === 'zigzag planes' } : {}) });
      stored.push(bytes);
      size += Math.ceil(bytes.byteLength / 8) * 8;
    }
    const storedValues = valueKeys ? { valueStrings: { keys: valueKeys, ids: Array.from(deltaWithin(Int32Array.from(values.flatMap((v) => valueKeys.map((k) => str((v as Record<string, string>)[k])))), 1, [0])) } } : { values };
    const header = new TextEncoder().encode(JSON.stringify({ version: 18, maxKeyLength: this.maxKeyLength, stats: this.stats, ...storedValues, scopes, layout, perDepth, ...(ownFrom > 0 ? { shared: { count: ownFrom, hash: stringsHash(sharedStrings) } } : {}) }));
    const dataStart = Math.ceil((8 + header.length) / 8) * 8;
    const out = new Uint8Array(dataStart + size);
    out.set([0x43, 0x52, 0x4d, 0x31]); // "CRM1"
    new DataView(out.buffer).setUint32(4, header.length, true);
    out.set(header, 8);
    for (const [k, bytes] of stored.entries()) out.set(bytes, dataStart + layout[k].offset);
    return out;
  }

  /**
   * A matcher saved by toBinary. Throws on bytes that are not one (the caller then builds it). Its arrays are new
   * ones, never views of `bytes`: the caller's bytes stay as they were, and the file's buffer (2.7 MB for the
   * bundled notes) is not kept alive by a few small views into it.
   * @param sharedStrings the same strings toBinary was given (or their count, hash and a reader); a matcher
   *   saved with them throws without them.
   * @param insideOf an entry's notInside words, which are not saved: the notes have them (savedMatcherOptions).
   */
  static fromBinary<T>(bytes: Uint8Array, { sharedStrings: given, insideOf }: { sharedStrings?: readonly string[] | SharedStrings; insideOf?: (term: string, value: T) => readonly string[] | undefined } = {}): TermMatcher<T> {
    if (bytes.length < 8 || bytes[0] !== 0x43 || bytes[1] !== 0x52 || bytes[2] !== 0x4d || bytes[3] !== 0x31) throw new Error('not a saved matcher');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const headerLength = view.getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as {
      version: number;
      maxKeyLength: number;
      stats: MatcherStats;
      values?: T[];
      valueStrings?: { keys: string[]; ids: number[] };
      scopes: string[][];
      layout: ArrayLayout[];
      shared?: { count: number; hash: number };
      perDepth: { nodes: number[] };
    };
    const shared = header.shared;
    const sharedStrings = given === undefined || isSharedStrings(given) ? given : { count: given.length, hash: stringsHash(given), at: (id: number) => given[id] };
    if (shared && (sharedStrings === undefined || sharedStrings.count !== shared.count || sharedStrings.hash !== shared.hash)) {
      throw new Error('saved matcher: it was saved with other shared strings (index) than given');
    }
    if (header.version !== 18) throw new Error('unsupported saved matcher');
    const dataStart = Math.ceil((8 + headerLength) / 8) * 8;
    // Typed arrays need aligned offsets: copy once if the bytes do not start on an 8-byte boundary.
    const aligned = (bytes.byteOffset + dataStart) % 8 === 0 ? bytes : bytes.slice();
    const types = { Int32Array, Uint32Array, Uint16Array, Uint8Array } as const;
    const arrays: Record<string, Int32Array | Uint32Array | Uint16Array | Uint8Array> = {};
    let codePlanes: CodePlanes | undefined;
    for (const a of header.layout) {
      const Type = types[a.type as keyof typeof types];
      if (!Type) throw new Error(`unsupported array type ${a.type}`);
      if (a.planes !== undefined) {
        if (!Number.isInteger(a.planes) || a.planes < 1 || a.planes > 4 || dataStart + a.offset + a.length * a.planes > aligned.length) throw new Error(`saved matcher: bad byte planes for ${a.name}`);
        if (a.name === 'codes') {
          // Read where they lie by nodesFromPreorder, which places each code once.
          if (a.planes > 2) throw new Error('saved matcher: bad byte planes for codes');
          codePlanes = { bytes: aligned.subarray(dataStart + a.offset, dataStart + a.offset + a.length * a.planes), count: a.length, planes: a.planes };
          continue;
        }
        arrays[a.name] = fromBytePlanes(aligned.subarray(dataStart + a.offset, dataStart + a.offset + a.length * a.planes), a.length, a.planes, a.zigzag === true, new Type(a.length));
        continue;
      }
      // Copied: byte planes are decoded into arrays of their own, and the rest must not hold the file's buffer.
      arrays[a.name] = new Type(aligned.buffer as ArrayBuffer, aligned.byteOffset + dataStart + a.offset, a.length).slice();
    }
    if (!codePlanes) throw new Error('saved matcher: no edge codes');
    const { nodes, edges, lists: listCount } = nodesFromPreorder(arrays.nodeBytes as Uint8Array, arrays.manyEdges as Int32Array, codePlanes, header.perDepth);
    if (listCount !== arrays.listStarts.length - 1 || listCount !== arrays.unconditional.length) throw new Error('saved matcher: the lists do not match the nodes');
    undoDeltaWithin(arrays.entries as Int32Array, ENTRY_STRIDE, DELTA_ENTRY_COLUMNS);
    undoDeltaWithin(arrays.listStarts as Int32Array, 1, [0]);
    undoDeltaWithin(arrays.listItems as Int32Array, 1, [0]);
    const { scopes } = header;
    const ownAt = stringReader(arrays.strings as Uint8Array);
    const sharedCount = shared ? shared.count : 0;
    const stringAt = (id: number): string => (id < sharedCount ? sharedStrings!.at(id) : ownAt(id - sharedCount));
    const valueAt = valueReader<T>(header, stringAt);
    const cols = arrays.entries as Int32Array;
    const starts = arrays.listStarts as Int32Array;
    const items = arrays.listItems as Int32Array;
    // Entries become objects only when a walk first reaches their list: most are never needed.
    const rows = cols.length / ENTRY_STRIDE;
    // Caches that stay sparse: a hover or a file's scan needs a few hundred of the tens of thousands of
    // entries and lists (an array of every slot would cost activation its allocation).
    const entryCache = new Map<number, TermEntry<T>>();
    const entryAt = (id: number): TermEntry<T> => {
      const cached = entryCache.get(id);
      if (cached) return cached;
      // Column c of row id is cols[c * rows + id].
      const col = (c: number) => cols[c * rows + id];
      const term = stringAt(col(0));
      const flags = col(2);
      const value = valueAt(col(3));
      const entry = termEntry<T>({
        term,
        surface: col(1) === -1 ? term : stringAt(col(1)),
        form: (flags & 1) !== 0,
        value,
        languages: col(4) === -1 ? undefined : scopes[col(4)],
        context: col(5) === -1 ? undefined : scopes[col(5)],
        topic: col(6) === -1 ? undefined : stringAt(col(6)),
        caseSensitive: (flags & 2) !== 0,
        evidence: (flags & 4) !== 0,
        codeOnly: (flags & 8) !== 0,
        identifier: (flags & 16) !== 0,
        possessive: (flags & 32) !== 0,
        underscores: ((flags >> 6) & 15) !== 0 ? (flags >> 6) & 15 : undefined,
        capitals: (flags & 1024) !== 0,
        general: (flags & 2048) !== 0,
        member: (flags & 4096) !== 0,
        global: (flags & 8192) !== 0,
        command: (flags & 16384) !== 0,
        inside: (flags & 32768) !== 0 ? insideOf?.(term, value) : undefined,
      });
      entryCache.set(id, entry);
      return entry;
    };
    const lists: TermEntry<T>[][] = [];
    const slotOf = new Int32Array(starts.length - 1); // list l is lists[slotOf[l] - 1]; 0: not yet made
    const materialize = (l: number): TermEntry<T>[] => {
      const slot = slotOf[l];
      if (slot !== 0) return lists[slot - 1];
      const list: TermEntry<T>[] = [];
      for (let i = starts[l]; i < starts[l + 1]; i++) list.push(entryAt(items[i]));
      slotOf[l] = lists.push(list);
      return list;
    };
    const m = Object.create(TermMatcher.prototype) as TermMatcher<T>;
    Object.assign(m, {
      nodes,
      edges,
      unconditional: arrays.unconditional,
      rootTable: rootTableOf(nodes, edges),
      entryLists: [],
      materialize,
      maxKeyLength: header.maxKeyLength,
      stats: header.stats,
      partsCache: undefined,
      symbolStarts: undefined,
      viewOf: undefined,
      exclude: undefined,
      candEnds: new Int32Array(64),
      candNodes: new Int32Array(64),
      candCount: 0,
      lastEntries: undefined,
      partHash: 0,
      partCamel: false,
    });
    return m;
  }

  /**
   * A view of `base` that never accepts the excluded entries, sharing its trie (no copy): the bundled
   * notes' saved matcher with the notes a team replaced, or the ignored terms, left out. A longer term
   * that is excluded gives way to a shorter one under it, as if it had never been added.
   */
  static excluding<T>(base: TermMatcher<T>, exclude: (entry: TermEntry<T>) => boolean): TermMatcher<T> {
    const view = Object.create(base) as TermMatcher<T>;
    // The word table is built on the base (see parts), so every view of it shares one.
    Object.assign(view, { viewOf: base, exclude, candEnds: new Int32Array(64), candNodes: new Int32Array(64), candCount: 0, lastEntries: undefined, partHash: 0, partCamel: false });
    return view;
  }

  private listAt(k: number): TermEntry<T>[] {
    return this.entryLists[k] ?? this.materialize!(k);
  }

  private get parts(): PartTable {
    if (!this.partsCache) {
      const owner = this.viewOf ?? this;
      owner.partsCache ??= new PartTable(owner.nodes, owner.edges);
    }
    return this.partsCache!;
  }

  private child(node: number, code: number): number {
    if (node === 0) return this.rootTable[code];
    const nodes = this.nodes;
    const rec = node * NODE_STRIDE;
    const edges = this.edges;
    let lo = nodes[rec + 1];
    let hi = nodes[rec + NODE_STRIDE + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = edges[mid];
      if (c === code) return mid + 1;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Every match in `text`, left to right, longest first at each start, never overlapping. */
  matchAll(text: string, language?: string | ScanEnv, from = 0, to = text.length): Match<T>[] {
    return this.matchInto([], text, language, from, to);
  }

  /**
   * Builds the word table that turns each word of a scan into one lookup (tens of ms for the bundled
   * notes). A matcher works without it, walking letter by letter, so loading one need not wait for it:
   * scans of more than a few lines build it, a hover on one line does not.
   */
  warmUp(): void {
    void this.parts;
  }

  /** matchAll, appending to `out`; `stopAfter` may end the scan after a match (which is kept). */
  matchInto(out: Match<T>[], text: string, language?: string | ScanEnv, from = 0, to = text.length, stopAfter?: (m: Match<T>) => boolean): Match<T>[] {
    if (to - from > WARM_UP_SCAN_CHARS) this.warmUp();
    this.scan(text, toEnv(language), from, to, out, stopAfter);
    return out;
  }

  /**
   * The match covering `offset` (the character under the mouse), exactly as `matchAll` over the whole
   * text would report it, but looking only near the offset: the scan starts at the nearest point before
   * the offset that no candidate match spans, so the greedy left-to-right result there is the same.
   */
  matchAt(text: string, offset: number, language?: string | ScanEnv): Match<T> | undefined {
    if (offset < 0 || offset >= text.length) return undefined;
    const env = toEnv(language);
    let p = offset;
    while (p > 0 && isAlnum(classOf(text.charCodeAt(p - 1))) && isAlnum(classOf(text.charCodeAt(p)))) p--;
    for (;;) {
      const spanning = this.earliestSpanning(text, p, env);
      if (spanning < 0) break;
      p = spanning;
    }
    // The scan stops after the first match ending past the offset: the one covering it, if any.
    const found: Match<T>[] = [];
    this.scan(text, env, p, text.length, found, (m) => m.end > offset);
    const last = found[found.length - 1];
    return last !== undefined && last.start <= offset && offset < last.end ? last : undefined;
  }

  /** The earliest start before p whose longest valid match ends after p, or -1 if p is a safe restart point. */
  private earliestSpanning(text: string, p: number, env: ScanEnv): number {
    // Window: as many letters, digits and symbols as the longest key has units. Separators in the text
    // count for nothing: a key may have none where the text has some (spaces next to Chinese are
    // optional, "a 文 中" matches the key "a文中"), and counting none only makes the window larger.
    // Options a match skipped (see walkPastOption) widen it by up to OPTIONS_REACH; only where the window has one.
    let t = p;
    let units = 0;
    let keysOnly = p;
    let option = false;
    while (t > 0 && units < this.maxKeyLength + OPTIONS_REACH) {
      t--;
      const c = text.charCodeAt(t);
      if (c === 0x0a || c === 0x0d) {
        t++;
        break;
      }
      if (c === 0x2d && t > 0 && isSpaceOrTab(text.charCodeAt(t - 1))) option = true;
      if (classOf(c) !== Cls.Sep) units++;
      if (units <= this.maxKeyLength) keysOnly = t;
    }
    if (!option) t = keysOnly;
    for (let i = t; i < p; i++) {
      const c = text.charCodeAt(i);
      if (this.rootTable[foldCase(c)] === -1 || !this.isStartAt(text, i, c, env)) continue;
      const end = this.longestEnd(text, i, text.length, env);
      // A held span (see longestEndFrom) spans p as a match would; a match spans its name's trailing underscores.
      if (end > p || this.heldEnd > p || (end > i && underscoresAfter(text, end, spannedUnderscores(this.lastEntries!) >> 2) > p)) return i;
    }
    return -1;
  }

  private isStartAt(text: string, i: number, c: number, env: ScanEnv): boolean {
    const cls = classOf(c);
    if (isAlnum(cls)) {
      return i === 0 || (!isAlnum(classOf(text.charCodeAt(i - 1))) && !afterCompoundHyphen(text, i)) || camelBoundaryAt(text, i, cls) || (stylesheetCode(env) && unitAfterNumber(text, i));
    }
    return startsSymbolTerm(text, i, text.length, c, cls);
  }

  /** Greedy leftmost-longest scan of [from, to) into `out`; it ends after a match `stopAfter` returns true for. */
  private scan(text: string, env: ScanEnv, from: number, to: number, out: Match<T>[], stopAfter: ((m: Match<T>) => boolean) | undefined): void {
    const root = this.rootTable;
    const gate = this.symbolStartsFor(env);
    const units = stylesheetCode(env);
    let prevCls: Cls = from > 0 ? classOf(text.charCodeAt(from - 1)) : Cls.Break;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      const cls = c < 128 ? (ASCII_CLASS[c] as Cls) : classOf(c);
      // Fast path: inside a word, a lower-case letter or digit never starts a term, but for a stylesheet's unit after its
      // number (`1.5rem`, `1fr`).
      if ((cls === Cls.Lower || cls === Cls.Digit) && isAlnum(prevCls) && !(units && prevCls === Cls.Digit && cls === Cls.Lower)) {
        prevCls = cls;
        i++;
        continue;
      }
      if (root[c < 128 ? foldCase(c) : c] !== -1) {
        // Latin terms start only at a word start; CJK and symbols anywhere.
        const isStart = isAlnum(cls)
          ? (!isAlnum(prevCls) && !afterCompoundHyphen(text, i)) || camelBoundaryAt(text, i, cls) || (units && prevCls === Cls.Digit && unitAfterNumber(text, i))
          : startsSymbolTerm(text, i, to, c, cls);
        if (isStart) {
          let end = -1;
          let skipTo = i + 1;
          this.heldEnd = -1;
          if (isAlnum(cls)) {
            // Hash the word part starting here; skip it whole if no key starts with it.
            const j = this.readPart(text, i, to, FNV_OFFSET);
            const parts = this.partsCache;
            if (parts) {
              const node = parts.find(0, this.partHash, text, i, j, this.partCamel);
              if (node >= 0) end = this.longestEndFrom(text, i, to, env, node, j);
              else if (node === WALK_PART) end = this.longestEnd(text, i, to, env);
            } else {
              end = this.longestEnd(text, i, to, env);
            }
            skipTo = j;
            // `1.5rem`'s part is `5rem`: its unit may be a term of its own.
            if (units && cls === Cls.Digit) while (skipTo > i + 1 && classOf(text.charCodeAt(skipTo - 1)) !== Cls.Digit) skipTo--;
          } else if ((c >= 128 || gate[c] === 1) && (this.partsCache === undefined || this.partsCache.mayStartAt(text, i, to, c, cls))) {
            end = this.longestEnd(text, i, to, env);
          }
          if (end > i) {
            const entries = this.lastEntries!;
            const edges = spannedUnderscores(entries);
            const m = edges === 0 ? new ScannedMatch(text, i, end, entries) : new ScannedMatch(text, underscoresBefore(text, i, edges & 3), underscoresAfter(text, end, edges >> 2), entries);
            out.push(m);
            if (stopAfter !== undefined && stopAfter(m)) return;
            i = m.end;
            prevCls = classOf(text.charCodeAt(i - 1));
            continue;
          }
          if (this.heldEnd >= 0) {
            if (this.heldEnd > skipTo) skipTo = this.heldEnd;
            env.heldEnds?.push(skipTo);
          }
          if (isAlnum(cls) || skipTo > i + 1) {
            prevCls = classOf(text.charCodeAt(skipTo - 1));
            i = skipTo;
            continue;
          }
        }
      }
      prevCls = cls;
      i++;
    }
  }

  /**
   * Per ASCII character: 1 where a key that can apply in `env` starts with it. An operator (`|`, `>`, `?.`) is code of
   * its languages only, so elsewhere (a TypeScript file's `<`, `>` and `|`, any prose) its first character starts no
   * walk. Kept per language and prose or not, on the matcher a view shares.
   */
  private symbolStartsFor(env: ScanEnv): Uint8Array {
    const owner = this.viewOf ?? this;
    const key = env.prose ? '' : (env.languageId ?? '');
    owner.symbolStarts ??= new Map();
    let gate = owner.symbolStarts.get(key);
    if (gate) return gate;
    gate = new Uint8Array(128).fill(1);
    const nodes = owner.nodes;
    const edges = owner.edges;
    for (let e = nodes[1]; e < nodes[NODE_STRIDE + 1]; e++) {
      const c = edges[e];
      if (c >= 128 || !isOperatorChar(c) || c === 0x2d) continue;
      // Every key under this first character: does one apply here?
      let applies = false;
      const stack = [e + 1];
      while (stack.length > 0 && !applies) {
        const node = stack.pop()!;
        const list = nodes[node * NODE_STRIDE];
        if (list !== -1) applies = owner.listAt(list).some((entry) => !entry.symbol || operatorAppliesIn(entry, env));
        for (let f = nodes[node * NODE_STRIDE + 1]; f < nodes[node * NODE_STRIDE + NODE_STRIDE + 1]; f++) stack.push(f + 1);
      }
      gate[c] = applies ? 1 : 0;
    }
    owner.symbolStarts.set(key, gate);
    return gate;
  }
  private symbolStarts: Map<string, Uint8Array> | undefined;

  // Candidate terminals of the current walk, reused to avoid allocating per token.
  private candEnds = new Int32Array(64);
  private candNodes = new Int32Array(64);
  private candCount = 0;
  private lastEntries: TermEntry<T>[] | undefined;
  /** After longestEnd found no match: the end of the span a contextual term holds there (see longestEndFrom), or -1. */
  private heldEnd = -1;

  /** End of the longest valid match starting at `start` (its entries in lastEntries), or -1. */
  // Hash and end of the last word part read by readPart (fields, so the hot loop allocates nothing).
  private partHash = 0;
  private partCamel = false;

  /**
   * Reads the word part at i (letters and digits up to a non-letter or a camel-case boundary),
   * hashing it lower-cased from `hash`; returns its end and sets partHash and partCamel.
   */
  private readPart(text: string, i: number, to: number, hash: number): number {
    let h = Math.imul(hash ^ foldCase(text.charCodeAt(i)), FNV_PRIME);
    let j = i + 1;
    let camel = false;
    while (j < to) {
      const d = text.charCodeAt(j);
      const dc = d < 128 ? (ASCII_CLASS[d] as Cls) : Cls.Other;
      if (dc === Cls.Lower || dc === Cls.Digit) h = Math.imul(h ^ d, FNV_PRIME);
      else if (dc === Cls.Upper) {
        if (camelBoundaryAt(text, j, dc)) {
          camel = true;
          break;
        }
        h = Math.imul(h ^ (d + 32), FNV_PRIME);
      } else break;
      j++;
    }
    this.partHash = h;
    this.partCamel = camel;
    return j;
  }

  private longestEnd(text: string, start: number, len: number, env: ScanEnv): number {
    return this.longestEndFrom(text, start, len, env, 0, start);
  }

  /** longestEnd with the walk resumed at `node`, reached by the text up to `at`. */
  private longestEndFrom(text: string, start: number, len: number, env: ScanEnv, node: number, at: number): number {
    this.candCount = 0;
    this.heldEnd = -1;
    this.walk(text, start, len, node, at);
    const ends = this.candEnds;
    // Longest first; a candidate whose entries do not apply here (language, case) gives way to the next.
    for (;;) {
      let best = -1;
      for (let k = 0; k < this.candCount; k++) if (ends[k] > 0 && (best < 0 || ends[k] > ends[best])) best = k;
      if (best < 0) return -1;
      if (endsBeforeTokenHyphen(text, start, ends[best], len, env)) {
        ends[best] = 0;
        continue;
      }
      let entries = this.acceptedEntries(this.candNodes[best], text, start, ends[best], env);
      // An API name or keyword (a term scoped to languages) is not the first word of a longer identifier,
      // and a dotted API path does not end inside one (`root.render` in `root.renderDrawables`).
      // A dotted name goes on past a snake_case tail too: `memory.max` is not in `memory.max_usage_in_bytes`.
      const end = ends[best];
      const snakeTail = text.charCodeAt(end) === 0x5f && end + 1 < len && isAlnum(classOf(text.charCodeAt(end + 1)));
      if (entries && (snakeTail || !isWordEnd(text, end, len))) {
        const firstWord = !snakeTail && firstWordOfIdentifier(text, start, end);
        // Filtered only when something goes: this runs at most word starts of a camel-case identifier.
        let drop = 0;
        for (const e of entries) if (endsInsideIdentifier(e, firstWord, snakeTail)) drop++;
        if (drop > 0) entries = drop === entries.length ? undefined : entries.filter((e) => !endsInsideIdentifier(e, firstWord, snakeTail));
      }
      if (entries) {
        this.lastEntries = entries;
        return possessiveEnd(text, start, ends[best], len, entries, env);
      }
      // Words that are a contextual term in a document not (yet known to be) about its field hold their
      // span: no shorter term inside them stands in (队列 in 消息队列, "mesh" in "service mesh").
      if (this.heldEnd >= 0) return -1;
      ends[best] = 0;
    }
  }

  private walk(text: string, start: number, len: number, node: number, i: number): void {
    const nodes = this.nodes;
    for (;;) {
      if (nodes[node * NODE_STRIDE] !== -1 && i > start && this.endsCleanly(text, start, i, len)) this.addCandidate(i, node);
      if (i >= len) return;
      const c = text.charCodeAt(i);
      const cls = c < 128 ? (ASCII_CLASS[c] as Cls) : classOf(c);
      // Hot path: letters and digits inside a word.
      if (cls === Cls.Lower || cls === Cls.Digit) {
        node = this.child(node, c);
        if (node === -1) return;
        i++;
        continue;
      }
      if (c === 0x2d) {
        // A flag's dashes (` -e`, ` --amend`) are characters of the key, where it has them.
        const dashes = flagDashes(text, i, len);
        if (dashes > 0 && i > start && isSpaceOrTab(text.charCodeAt(i - 1)) && i - start < OPTIONS_REACH) this.walkPastOption(text, start, len, node, i);
        let flag = node;
        for (let k = 0; k < dashes && flag !== -1; k++) flag = this.child(flag, 0x2d);
        if (dashes > 0 && flag !== -1) {
          node = flag;
          i += dashes;
          continue;
        }
        // An operator's dash (`<-`, `->`) is a character of its key too.
        if (dashes === 0) {
          const operator = this.child(node, 0x2d);
          if (operator !== -1) this.walk(text, start, len, operator, i + 1);
        }
      }
      if (cls === Cls.Sep) {
        if (i === start) return;
        const j = separatorEnd(text, i, len, c);
        if (j < 0) return;
        // Spaces next to Chinese are optional: "CSS 定位" and "CSS定位" are one term (the key has no SEP there).
        if (j < len && optionalBreak(text, i, j, c)) {
          const d = text.charCodeAt(j);
          const skipped = this.child(node, d < 128 ? foldCase(d) : d);
          if (skipped !== -1) this.walk(text, start, len, skipped, j + 1);
        }
        node = this.child(node, SEP);
        if (node === -1) return;
        i = j;
        if (this.partsCache && i < len && isAlnum(classOf(text.charCodeAt(i)))) {
          // The next word in one lookup (no word break inside it, so no candidate either).
          const end = this.readPart(text, i, len, seedHash(node));
          const next = this.parts.find(node, this.partHash, text, i, end, this.partCamel);
          if (next === -1) return;
          // WALK_PART: the loop goes on letter by letter from the word's start.
          if (next !== WALK_PART) {
            node = next;
            i = end;
          }
        }
        continue;
      }
      if (cls === Cls.Break) return;
      if (cls === Cls.Upper && i > start && camelBoundaryAt(text, i, cls)) {
        const viaSep = this.child(node, SEP);
        if (viaSep !== -1) {
          const direct = this.child(node, c + 32);
          if (direct !== -1) this.walk(text, start, len, direct, i + 1);
          // The camel-case word as the key's next word, in one lookup.
          const end = this.partsCache ? this.readPart(text, i, len, seedHash(viaSep)) : -1;
          const next = end < 0 ? WALK_PART : this.parts.find(viaSep, this.partHash, text, i, end, this.partCamel);
          if (next === -1) return;
          if (next !== WALK_PART) {
            node = next;
            i = end;
            continue;
          }
          // No word table yet, or a part that may end inside a key's word: its letters one by one.
          node = this.child(viaSep, c + 32);
          if (node === -1) return;
          i++;
          continue;
        }
      }
      node = this.child(node, c < 128 ? foldCase(c) : c);
      if (node === -1) return;
      i++;
    }
  }

  /**
   * Options between a command and its subcommand (`kubectl -n kube-system exec`, `git -C repo log`,
   * `kubectl --namespace=prod get`): the key's next word may come after the option at i, or after the option
   * and its value. Both are tried; only a key word that follows completes a match.
   */
  private walkPastOption(text: string, start: number, len: number, node: number, i: number): void {
    const optionEnd = tokenEnd(text, i, len);
    const next = spacesEnd(text, optionEnd, len);
    if (next === optionEnd || next >= len || next - start > OPTIONS_REACH) return;
    this.walk(text, start, len, node, next);
    // `--namespace=prod` has its value; a dash starts another option.
    for (let k = i; k < optionEnd; k++) if (text.charCodeAt(k) === 0x3d) return;
    if (text.charCodeAt(next) === 0x2d) return;
    const valueEnd = tokenEnd(text, next, len);
    const after = spacesEnd(text, valueEnd, len);
    if (after > valueEnd && after < len && after - start <= OPTIONS_REACH) this.walk(text, start, len, node, after);
  }

  private addCandidate(end: number, node: number): void {
    if (this.candCount === this.candEnds.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.candEnds = grow(this.candEnds);
      this.candNodes = grow(this.candNodes);
    }
    this.candEnds[this.candCount] = end;
    this.candNodes[this.candCount] = node;
    this.candCount++;
  }

  /**
   * A Latin term must not end inside a word: `run` in `runtime` or `PCA` in `PCAP` is no match. It may end
   * where a camel-case name goes on (`base` in `baseURL`), unless the text writes its words apart: `go get`
   * is not the start of `go getData(ch)`.
   */
  private endsCleanly(text: string, start: number, end: number, len: number): boolean {
    // Words written apart do not start in a snake_case name's last part: `model matrix` is not in "d_model matrix" (blind audit eu).
    if (start > 1 && text.charCodeAt(start - 1) === 0x5f && isAlnum(classOf(text.charCodeAt(start - 2))) && hasSpace(text, start, end)) return false;
    if (end >= len) return true;
    const last = classOf(text.charCodeAt(end - 1));
    if (!isAlnum(last)) return true;
    const next = classOf(text.charCodeAt(end));
    // Words written apart do not end in a snake_case name's first part: `int main` is not in `int main_sock_fd;`.
    if (text.charCodeAt(end) === 0x5f) return !(end + 1 < len && isAlnum(classOf(text.charCodeAt(end + 1))) && hasSpace(text, start, end));
    if (!isAlnum(next)) return true;
    return camelBoundaryAt(text, end, next) && !hasSpace(text, start, end);
  }

  private acceptedEntries(node: number, text: string, start: number, end: number, env: ScanEnv): TermEntry<T>[] | undefined {
    const listIndex = this.nodes[node * NODE_STRIDE];
    const list = this.listAt(listIndex);
    const exclude = this.exclude;
    if (this.unconditional[listIndex] === 1 && exclude === undefined && !spansHtmlTagAndAttribute(text, start, end, env)) {
      return spansGoNameAndType(text, start, end, env) ? undefined : list;
    }
    let rejected = 0;
    let contextual = false;
    let acceptedTerm = false;
    let acceptedForm = false;
    for (let k = 0; k < list.length; k++) {
      const verdict = exclude?.(list[k]) ? Verdict.Reject : decide(list[k], text, start, end, env);
      if (verdict !== Verdict.Accept) rejected++;
      else if (list[k].form) acceptedForm = true;
      else acceptedTerm = true;
      if (verdict === Verdict.Defer) {
        env.deferredEntries?.push(list[k]);
        env.deferred?.push(start);
      }
      if (verdict === Verdict.Defer || verdict === Verdict.Unsupported) contextual = true;
    }
    const termBeatsForm = acceptedTerm && acceptedForm;
    if (rejected === 0 && !termBeatsForm) return list;
    if (rejected === list.length) {
      if (contextual) this.heldEnd = end;
      return undefined;
    }
    // A loop, not a filter callback: a closure over these arguments would be allocated on every call.
    const accepted: TermEntry<T>[] = [];
    for (const e of list) if (!(termBeatsForm && e.form) && !exclude?.(e) && decide(e, text, start, end, env) === Verdict.Accept) accepted.push(e);
    return accepted;
  }
}

/**
 * The end of a match with its possessive: `Pod's`, `LLM’s`, and `Pods'` after a plural (or a term ending
 * in s). The apostrophe must end the word: `Pod'sx` keeps `Pod`. A quote that closes a string (`'web-vitals'`
 * in code) or a quoted word (`'pods'`) is no plural possessive.
 */
function possessiveEnd(text: string, start: number, end: number, len: number, entries: readonly TermEntry<unknown>[], env: ScanEnv): number {
  if (end >= len) return end;
  const apostrophe = text.charCodeAt(end);
  if (apostrophe !== 0x27 && apostrophe !== 0x2019) return end;
  const last = text.charCodeAt(end - 1) | 0x20;
  if (last < 0x61 || last > 0x7a || !entries.some((e) => e.possessive)) return end;
  if (end + 1 < len && (text.charCodeAt(end + 1) | 0x20) === 0x73 && isWordEnd(text, end + 2, len)) return end + 2;
  if (last === 0x73 && isWordEnd(text, end + 1, len) && !closesQuote(text, start, apostrophe, env)) return end + 1;
  return end;
}

/** Whether the quote after a match starting at `start` closes a string literal or a quote opened right before it. */
function closesQuote(text: string, start: number, quote: number, env: ScanEnv): boolean {
  if (env.literals !== undefined && insideRange(env.literals, start)) return true;
  const before = text.charCodeAt(start - 1);
  return quote === 0x27 ? before === 0x27 : before === 0x2018;
}

/** Whether no letter or digit follows at i: a word ends there. */
function isWordEnd(text: string, i: number, len: number): boolean {
  return i >= len || !isAlnum(classOf(text.charCodeAt(i)));
}

/**
 * String `id` of a NUL-separated UTF-8 block, decoded on first use: a hover needs a few of the tens of
 * thousands, and decoding all of them would cost the first lookup after activation milliseconds.
 */
function stringReader(bytes: Uint8Array): (id: number) => string {
  const decoder = new TextDecoder();
  const decoded = new Map<number, string>();
  let starts: Int32Array | undefined;
  const startsOf = (): Int32Array => {
    let count = 1;
    for (let k = 0; k < bytes.length; k++) if (bytes[k] === 0) count++;
    const out = new Int32Array(count + 1);
    let n = 1;
    for (let k = 0; k < bytes.length; k++) if (bytes[k] === 0) out[n++] = k + 1;
    out[n] = bytes.length + 1;
    return out;
  };
  return (id) => {
    let text = decoded.get(id);
    if (text === undefined) {
      starts ??= startsOf();
      text = decoder.decode(bytes.subarray(starts[id], starts[id + 1] - 1));
      decoded.set(id, text);
    }
    return text;
  };
}

/**
 * Strings a saved matcher refers to by position instead of storing them (the index's aliases and titles):
 * `count` and `hash` (stringsHash) say which strings they are, without reading them all at load.
 */
export interface SharedStrings {
  readonly count: number;
  readonly hash: number;
  at(id: number): string;
}

function isSharedStrings(v: readonly string[] | SharedStrings): v is SharedStrings {
  return !Array.isArray(v);
}

/** FNV-1a over strings and their boundaries: tells a saved matcher whether it got the strings it was saved with. */
export function stringsHash(strings: readonly string[]): number {
  let h = FNV_OFFSET;
  for (const s of strings) {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
    h = Math.imul(h ^ 0xffff, FNV_PRIME);
  }
  return h >>> 0;
}

/** NUL-separated; a term or topic never contains NUL (the note parsers reject binary text). */
function joinStrings(strings: readonly string[]): string {
  if (strings.some((s) => s.includes('\u0000'))) throw new Error('a term contains a NUL character');
  return strings.join('\u0000');
}

/** The entry columns stored as differences (term and note ids, which grow row by row); the others repeat and compress as they are. */
const DELTA_ENTRY_COLUMNS = [0, 3];

/** A row-major table (rows of `stride` numbers) as its columns one after another. */
function columnMajor(table: Int32Array, stride: number): Int32Array {
  const rows = table.length / stride;
  const out = new Int32Array(table.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < stride; c++) out[c * rows + r] = table[r * stride + c];
  return out;
}

/** How a saved array is stored: 'planes' for non-negative numbers, 'zigzag planes' for any (see toBytePlanes). */
type BytePlanes = 'planes' | 'zigzag planes';

/** Where a saved array is (see toBinary); `planes`: stored as that many byte planes, `type` being what they decode to. */
interface ArrayLayout {
  name: string;
  type: string;
  offset: number;
  length: number;
  planes?: number;
  zigzag?: boolean;
}

/** The field names when every value is an object of the same string fields (`{ noteId }`), else undefined. */
function stringFieldsOfAll(values: readonly unknown[]): string[] | undefined {
  let keys: string[] | undefined;
  for (const v of values) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    const own = Object.keys(v);
    if (own.length === 0 || own.some((k) => typeof (v as Record<string, unknown>)[k] !== 'string')) return undefined;
    if (!keys) keys = own;
    else if (own.length !== keys.length || own.some((k, i) => k !== keys![i])) return undefined;
  }
  return keys;
}

/** A saved matcher's value by number: from `values`, or made (once) from `valueStrings`' string ids. */
function valueReader<T>(header: { values?: T[]; valueStrings?: { keys: string[]; ids: number[] } }, stringAt: (id: number) => string): (id: number) => T {
  const { values, valueStrings } = header;
  if (Array.isArray(values)) return (id) => values[id];
  const keys = valueStrings?.keys;
  const diffs = valueStrings?.ids;
  if (!Array.isArray(keys) || keys.length === 0 || !Array.isArray(diffs) || diffs.length % keys.length !== 0 || !diffs.every(Number.isInteger)) throw new Error('saved matcher: bad values');
  const ids = Int32Array.from(diffs);
  undoDeltaWithin(ids, 1, [0]);
  const made: T[] = [];
  return (id) => {
    let value = made[id];
    if (value === undefined) {
      const fields: Record<string, string> = {};
      for (const [k, key] of keys.entries()) fields[key] = stringAt(ids[id * keys.length + k]);
      made[id] = value = fields as T;
    }
    return value;
  };
}

/**
 * Numbers as byte planes, most significant first: plane p holds byte p of every number, as many planes as the
 * largest needs. Deflate finds the repeats in a plane of high bytes (mostly zero, or few values) that it
 * cannot see when each number's bytes sit together. With `zigzag`, signed numbers are mapped to unsigned
 * ones first (0, -1, 1, -2 → 0, 1, 2, 3), so small differences of either sign keep their high bytes zero.
 */
function toBytePlanes(values: ArrayLike<number>, zigzag: boolean): { bytes: Uint8Array; planes: number } {
  const n = values.length;
  const unsigned = new Uint32Array(n);
  let max = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] | 0;
    const u = zigzag ? ((v << 1) ^ (v >> 31)) >>> 0 : v >>> 0;
    if (!zigzag && v < 0) throw new Error('byte planes: a negative number needs zigzag');
    unsigned[i] = u;
    if (u > max) max = u;
  }
  const planes = max < 0x100 ? 1 : max < 0x10000 ? 2 : max < 0x1000000 ? 3 : 4;
  const out = new Uint8Array(n * planes);
  for (let p = 0; p < planes; p++) {
    const shift = 8 * (planes - 1 - p);
    const plane = p * n;
    for (let i = 0; i < n; i++) out[plane + i] = unsigned[i] >>> shift;
  }
  return { bytes: out, planes };
}

function fromBytePlanes<A extends Int32Array | Uint32Array | Uint16Array | Uint8Array>(bytes: Uint8Array, n: number, planes: number, zigzag: boolean, out: A): A {
  // One pass per plane count (not one per plane): activation reads 770,000 numbers this way.
  const n2 = 2 * n;
  const n3 = 3 * n;
  if (planes === 1) for (let i = 0; i < n; i++) out[i] = bytes[i];
  else if (planes === 2) for (let i = 0; i < n; i++) out[i] = (bytes[i] << 8) | bytes[n + i];
  else if (planes === 3) for (let i = 0; i < n; i++) out[i] = (bytes[i] << 16) | (bytes[n + i] << 8) | bytes[n2 + i];
  else for (let i = 0; i < n; i++) out[i] = (bytes[i] << 24) | (bytes[n + i] << 16) | (bytes[n2 + i] << 8) | bytes[n3 + i];
  if (zigzag) {
    for (let i = 0; i < n; i++) {
      const u = out[i];
      out[i] = (u >>> 1) ^ -(u & 1);
    }
  }
  return out;
}

/** A copy of a column-major table with the listed columns as differences from the row before. */
function deltaWithin(table: Int32Array, stride: number, columns: readonly number[]): Int32Array {
  const rows = table.length / stride;
  const out = table.slice();
  for (const c of columns) for (let r = rows - 1; r >= 1; r--) out[c * rows + r] = table[c * rows + r] - table[c * rows + r - 1];
  return out;
}

function undoDeltaWithin(table: Int32Array, stride: number, columns: readonly number[]): void {
  const rows = table.length / stride;
  for (const c of columns) for (let r = 1; r < rows; r++) table[c * rows + r] += table[c * rows + r - 1];
}

/** The root's children by code (-1: none), so a walk's first step is one read. */
function rootTableOf(nodes: Int32Array, edges: Uint16Array): Int32Array {
  const table = new Int32Array(65536).fill(-1);
  for (let e = nodes[1]; e < nodes[NODE_STRIDE + 1]; e++) table[edges[e]] = e + 1;
  return table;
}

/** The saved edge codes as they lie in the file: byte planes, high byte first (see toBytePlanes). */
interface CodePlanes {
  bytes: Uint8Array;
  count: number;
  planes: number;
}

/**
 * The breadth-first trie (node records, and edge codes in which edge e leads to node e + 1) of one saved in
 * depth-first order (see toBinary): per node its byte and the code of the edge that leads to it (still in byte planes), and per depth
 * how many nodes and entry lists lie there. Breadth-first order is depth-first order sorted by depth, so one
 * walk places every node: each takes the next place at its depth. Its edges start where the next child at the
 * depth below will be placed, whether it has children or not (lists are numbered in the walk's order, depth first).
 */
function nodesFromPreorder(nodeBytes: Uint8Array, manyEdges: Int32Array, incoming: CodePlanes, perDepth: { nodes: number[] }): { nodes: Int32Array; edges: Uint16Array; lists: number } {
  const count = nodeBytes.length;
  const bad = () => new Error('saved matcher: edge counts do not match the nodes');
  const depths = Array.isArray(perDepth?.nodes) ? perDepth.nodes.length : -1;
  if (count === 0 || incoming.count !== count - 1 || depths < 1) throw bad();
  const codes = incoming.bytes;
  // Two planes: the high byte, then the low byte at `low` further on; one plane: the byte alone (read twice).
  const wide = incoming.planes === 2;
  const low = wide ? count - 1 : 0;
  const shift = wide ? 8 : 0;
  if (!perDepth.nodes.every((n) => Number.isInteger(n) && n >= 0)) throw bad();
  // Where the next node of each depth goes (one more depth: the one below the deepest).
  const place = new Int32Array(depths + 1);
  for (let d = 0, id = 0; d <= depths; d++) {
    place[d] = id;
    if (d === depths) break;
    id += perDepth.nodes[d];
  }
  // Lists are numbered in the order their nodes come (depth first), as toBinary stored them.
  let lists = 0;
  if (place[depths] !== count) throw bad();
  const ends = place.slice(1);
  const nodes = new Int32Array((count + 1) * NODE_STRIDE);
  const edges = new Uint16Array(count - 1);
  // Per depth: how many children of the node last met there are still to come.
  const left = new Int32Array(depths);
  let depth = 0;
  let many = 0;
  for (let p = 0; p < count; p++) {
    if (p > 0) left[depth - 1]--;
    // A count that does not add up sends a node into the next depth's places (or past the end, where a typed
    // array ignores the write); the check after the walk finds it.
    const id = place[depth]++;
    const b = nodeBytes[p];
    nodes[id * NODE_STRIDE] = b >= 0x80 ? lists++ : -1;
    nodes[id * NODE_STRIDE + 1] = place[depth + 1] - 1;
    if (p > 0) edges[id - 1] = (codes[p - 1] << shift) | codes[low + p - 1];
    let children = b & 0x7f;
    if (children === MANY_EDGES) {
      if (many >= manyEdges.length) throw new Error('saved matcher: node columns do not match');
      children = manyEdges[many++];
    }
    if (children > 0) {
      if (depth + 1 >= depths) throw bad();
      left[depth++] = children;
    } else {
      while (depth > 0 && left[depth - 1] === 0) depth--;
      if (depth === 0 && p < count - 1) throw bad();
    }
  }
  if (depth !== 0 || many !== manyEdges.length) throw bad();
  for (let d = 0; d < depths; d++) if (place[d] !== ends[d]) throw bad();
  nodes[count * NODE_STRIDE] = -1;
  nodes[count * NODE_STRIDE + 1] = count - 1;
  return { nodes, edges, lists };
}

const enum Verdict {
  Reject = 0,
  Accept = 1,
  /** Depends on what the document is about, which this scan does not know yet. */
  Defer = 2,
  /** The words are the entry's term, but the document is not about the field the term belongs to. */
  Unsupported = 3,
}

/** The top-level topic of a topic path: "kubernetes/resources" → "kubernetes". */
export function topicRoot(topic: string): string {
  const slash = topic.indexOf('/');
  return slash < 0 ? topic : topic.slice(0, slash);
}

/** The topics a deferred entry waits for: its own context, or for a scoped term met in prose, its note's top-level topic. */
export function deferredContext(e: TermEntry<unknown>): readonly string[] {
  return e.context ?? defaultContext(e) ?? [];
}

/**
 * A context that names Kubernetes manifest kinds instead of topics (an alias's `kinds`): "kind:NetworkPolicy".
 * A document scan supports it where the document holds a manifest of that kind (see scanDocument).
 */
export const KIND_CONTEXT_PREFIX = 'kind:';

/** Whether an entry is an alias limited to manifest kinds (its context names kinds, see kindContext). */
export function isKindEntry(e: TermEntry<unknown>): boolean {
  return e.context !== undefined && e.context.length > 0 && e.context[0].startsWith(KIND_CONTEXT_PREFIX);
}

export function kindContext(kinds: readonly string[]): string[] {
  return kinds.map((kind) => KIND_CONTEXT_PREFIX + kind);
}

/**
 * A context that names modules instead of topics (an alias's `imports`): "import:logging". A document scan
 * supports it where the document imports that module (see importsNamedModule).
 */
export const IMPORT_CONTEXT_PREFIX = 'import:';

export function importContext(modules: readonly string[]): string[] {
  return modules.map((module) => IMPORT_CONTEXT_PREFIX + module);
}

/** One array per topic, so that a document scan can remember its verdict per context (see scanDocument). */
const DEFAULT_CONTEXTS = new Map<string, readonly string[]>();

/** The topic prefix a scoped or contextual entry needs by default: its note's own field (see ownField). */
function defaultContext(e: TermEntry<unknown>): readonly string[] | undefined {
  if (!e.topic) return undefined;
  let context = DEFAULT_CONTEXTS.get(e.topic);
  if (!context) {
    context = [ownField(e.topic)];
    DEFAULT_CONTEXTS.set(e.topic, context);
  }
  return context;
}

/**
 * Top-level topics whose sub-topics are separate fields: Python, git, the shell and JavaScript tooling are
 * all "developer tools", but a Go changelog that mentions CI is no Python document.
 */
export const UMBRELLA_TOPICS = new Set(['tools']);

/**
 * The field a topic belongs to, which an alias with `context: true` (or a scoped term in prose) needs the
 * document to be about: the top-level topic, or under an umbrella topic its first sub-topic.
 */
export function ownField(topic: string): string {
  const root = topicRoot(topic);
  if (!UMBRELLA_TOPICS.has(root)) return root;
  const second = topic.indexOf('/', root.length + 1);
  return second < 0 ? topic : topic.slice(0, second);
}

/** Whether an operator's entry applies in this scan at all: code (not prose) of one of its languages. */
function operatorAppliesIn(e: TermEntry<unknown>, env: ScanEnv): boolean {
  return !env.prose && env.languageId !== undefined && e.languages!.includes(env.languageId);
}

/** Whether the match [start, end) is part of one of the longer words its term does not count inside (索引 of 搜索引擎). */
function insideLongerWord(words: readonly string[], text: string, start: number, end: number): boolean {
  // Compared in place, letter case aside (no slices: this runs for every candidate of such a term in a scan). Only where
  // the word's k-th letter can be the match's first does the word start k letters before it (see sameLettersAt).
  const first = foldCase(text.charCodeAt(start));
  const firstIsJoiner = isJoiner(text.charCodeAt(start));
  for (const word of words) {
    for (let k = 0; k < word.length && k <= start; k++) {
      const w = foldCase(word.charCodeAt(k));
      if (w !== first && !(w === 0x20 && firstIsJoiner)) continue;
      const from = start - k;
      const wordEnd = from + word.length;
      // A word form of the term may run on past the listed word: "time selectors" is inside "time selector".
      if (end > wordEnd && !isInflectionEnd(text, wordEnd, end)) continue;
      if (wordEnd <= text.length && sameLettersAt(word, text, from)) return true;
    }
  }
  return false;
}

/**
 * Whether text[from, to) is the ending of an inflected word: one to three lower-case letters (`s`, `es`, `ing`), or
 * capitals after a capital (`// ARGUMENT MATCHERS`, blind audit cv).
 */
function isInflectionEnd(text: string, from: number, to: number): boolean {
  if (to - from > 3 || from === 0) return false;
  const letters = isUpperCaseLetter(text.charCodeAt(from)) && isUpperCaseLetter(text.charCodeAt(from - 1)) ? Cls.Upper : Cls.Lower;
  for (let i = from; i < to; i++) if (classOf(text.charCodeAt(i)) !== letters) return false;
  return true;
}

/** An ASCII capital (the matcher's upper-case class; shell code asks it too). */
export function isUpperCaseLetter(c: number): boolean {
  return classOf(c) === Cls.Upper;
}

/**
 * Letter case aside, and a space of the word standing for any one word break: "Kubernetes service account" is also
 * `KUBERNETES_SERVICE_ACCOUNT` and `kubernetes-service-account`. A written joiner is itself (`_PATH` is not " PATH").
 */
function sameLettersAt(word: string, text: string, from: number): boolean {
  for (let i = 0; i < word.length; i++) {
    const w = word.charCodeAt(i);
    const t = text.charCodeAt(from + i);
    if (foldCase(w) !== foldCase(t) && !(w === 0x20 && isJoiner(t))) return false;
  }
  return true;
}

/** Whether an entry applies here: language scope, document context and, for acronyms, the exact case. */
function decide(e: TermEntry<unknown>, text: string, start: number, end: number, env: ScanEnv): Verdict {
  // An operator is code of its languages only (a fence of one included), never prose, even in a code span: `<datalist>`, `f(...)`.
  if (e.symbol) {
    const inCode = operatorAppliesIn(e, env) && !(env.literals !== undefined && insideRange(env.literals, start));
    return inCode && isOperatorAt(e.term, text, start, end, env.languageId!) ? Verdict.Accept : Verdict.Reject;
  }
  if (e.evidence && !env.evidence) return Verdict.Reject;
  if (e.inside !== undefined && insideLongerWord(e.inside, text, start, end)) return Verdict.Reject;
  if (e.identifier && hasWordBreak(text, start, end)) return Verdict.Reject;
  if (e.capitals && hasLowerCase(text, start, end) && hasSpace(text, start, end)) return Verdict.Reject;
  if (e.underscores !== undefined) {
    const leading = e.underscores & 3;
    const trailing = e.underscores >> 2;
    if (!edgeUnderscoresAt(e, text, start, end, leading, trailing)) return Verdict.Reject;
    if (e.caseSensitive && !sameText(text, start - leading, end + trailing, e.surface)) return Verdict.Reject;
  } else if (e.caseSensitive && !sameText(text, start, end, e.surface)) return Verdict.Reject;
  if (e.member && !afterMemberAccess(text, start)) return Verdict.Reject;
  if (e.global && notGlobalCall(text, start)) return Verdict.Reject;
  // A program's name in a document's prose is a word ("you just / read it from disk again" starts a wrapped line): it
  // is a command in code (a comment's root prompt `# read answer` included), a fence or a code span (blind audit dy).
  if (e.command && !env.programComment && proseAt(env, start)) return Verdict.Reject;
  if (e.command && (!atShellCommandStart(text, start) || continuesCommandWord(text, end))) return Verdict.Reject;
  let context = e.context;
  const checks = e.termChecks ?? termChecksOf(e.term);
  // A stylesheet's unit follows its number (`2em`, `1fr`); a word there that starts after a number is nothing else, and
  // the unit's name alone is something else: the element of `i, em {` (blind audit ex).
  // Only a stylesheet's scan starts a word after a digit, and only where unitAfterNumber says so.
  if (start > 0 && classOf(text.charCodeAt(start - 1)) === Cls.Digit && classOf(text.charCodeAt(start)) === Cls.Lower) {
    if ((checks & TermCheck.CssUnit) === 0) return Verdict.Reject;
  } else if ((checks & TermCheck.CssUnit) !== 0 && stylesheetCode(env) && e.languages?.includes(env.languageId!)) return Verdict.Reject;
  if (e.codeOnly) {
    // In a code span of prose (`defer`), a keyword is code of the language the document is about (below).
    if (proseAt(env, start) || partOfLongerName(text, start, end, e.underscores ?? 0) || (env.literals !== undefined && insideRange(env.literals, start))) return Verdict.Reject;
    if (env.languageId === 'java' && (checks & TermCheck.JavaTypeWord) !== 0 && (isJavaTypeBound(e.term, text, start) || (e.term === 'record' && !declaresJavaRecord(text, end)))) return Verdict.Reject;
  }
  if (checks !== 0) {
    // TypeScript's type query (`ReturnType<typeof f>`) is no JavaScript typeof operator.
    if ((checks & TermCheck.TypeQuery) !== 0 && !env.prose && (env.languageId === 'typescript' || env.languageId === 'typescriptreact') && isTypeQueryAt(text, start)) return Verdict.Reject;
    // An address written from `::` (`::1`) is no address of its own right after a hex digit: `fe80::1`, `ff02::1`, and a
    // ZooKeeper server's `zk-0:2888:3888::1` (blind audits cg and ci).
    if ((checks & TermCheck.FromColons) !== 0 && start > 0 && isHexDigit(text.charCodeAt(start - 1))) return Verdict.Reject;
    // An annotation or decorator is a whole name: `@Composable` is not the start of `@ComposableTarget` (blind audit ce).
    if ((checks & TermCheck.Annotation) !== 0 && end < text.length && isNameChar(text.charCodeAt(end))) return Verdict.Reject;
    // Go's `go` statement starts a call (`go worker(ch)`, `go func() {`); `go run main.go` in a code span is the go command.
    if ((checks & TermCheck.GoStatement) !== 0 && e.codeOnly && !startsGoCall(text, end)) return Verdict.Reject;
    // `union(x, y)` in code is a function (a union-find article's C++), never the keyword: no type keyword opens a call.
    if ((checks & TermCheck.TypeKeyword) !== 0 && !env.prose && nextOnLine(text, end) === 0x28) return Verdict.Reject;
    // Nor is a type keyword part of a name: `vm_operations_struct`, `class_weight`, `getClass` (blind audit eo).
    if ((checks & TermCheck.TypeKeyword) !== 0 && (isNameChar(text.charCodeAt(start - 1)) || isNameChar(text.charCodeAt(end)))) return Verdict.Reject;
    // SQL's IN is the membership test before its list or subquery (`IN (`, BigQuery's `IN UNNEST(`): `position('@' in
    // email)` and a PL/pgSQL `FOR r IN SELECT` loop are other syntax (blind audit ep).
    if ((checks & TermCheck.SqlIn) !== 0 && !env.prose && env.languageId === 'sql' && !startsInList(text, end)) return Verdict.Reject;
    // A family of names written with a wildcard (`data-*`, `aria-*`) keeps its hyphen: Markdown's `**data **` is no `data *`
    // (blind audit ew).
    if ((checks & TermCheck.HyphenWildcard) !== 0 && text.charCodeAt(end - 2) !== 0x2d) return Verdict.Reject;
  }
  // A type name of code written exactly (Java's `Thread`) does not end another name: `@MainThread` and `currentThread()`
  // are an annotation and a method (blind audit ah).
  if (e.languages !== undefined && e.caseSensitive && !env.prose && start > 0 && isLowerOrDigit(text.charCodeAt(start - 1))) return Verdict.Reject;
  if (e.asWritten && env.prose && hasSpace(text, start, end)) return Verdict.Reject;
  if (!e.languages && spansGoNameAndType(text, start, end, env)) return Verdict.Reject;
  if ((checks & TermCheck.HasSpace) === 0 && spansHtmlTagAndAttribute(text, start, end, env)) return Verdict.Reject;
  if (e.languages && (env.languageId === undefined || !e.languages.includes(env.languageId))) {
    // A scoped term also explains prose about its topic: `chan` in a Go tutorial's text, as a word of
    // its own (not `unsafe` in the MySQL variable `innodb_locks_unsafe_for_binlog`).
    if (!env.prose || partOfLongerName(text, start, end, e.underscores ?? 0)) return Verdict.Reject;
    if (e.codeOnly && (env.programComment || outsideFencedLanguages(e.languages, env.codeLanguages))) return Verdict.Reject;
    context ??= defaultContext(e);
    if (!context) return Verdict.Reject;
  }
  if (!context && e.typeName && !e.languages && hasWordBreak(text, start, end)) context = defaultContext(e);
  if (!context) return Verdict.Accept;
  // In prose, an ordinary word that ends a longer camel-case name is a part of that name, not the word: the Deployment of
  // the custom resource `DynamoGraphDeployment` (blind audit et).
  // Only after a lower-case letter, and only a word with no capital past its first letter: `BAdam`, `rsLoRA` and `FromISR` name
  // variants of Adam, LoRA and an ISR.
  if (e.context !== undefined && start > 0 && classOf(text.charCodeAt(start - 1)) === Cls.Lower && classOf(text.charCodeAt(start)) === Cls.Upper && proseAt(env, start) && !/[A-Z]/.test(e.term.slice(1))) return Verdict.Reject;
  if (!env.supports) return Verdict.Defer;
  return env.supports(context) ? Verdict.Accept : Verdict.Unsupported;
}

/**
 * Whether a program's name goes on past `end` into a longer word, which names another program or a function: `read` in
 * `read_github_token() {` (blind audit eo), `readLine`, `git` in `git-lfs`.
 */
function continuesCommandWord(text: string, end: number): boolean {
  const after = text.charCodeAt(end);
  return isNameChar(after) || (after === 0x2d && isNameChar(text.charCodeAt(end + 1)));
}

/** Whether the list or subquery of SQL's IN starts after `end`: `(`, or BigQuery's `UNNEST(`, past any white space. */
function startsInList(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 0x28 || /^unnest\s*\(/i.test(text.slice(i, i + 12));
}

/**
 * Java's `extends` (and `super`) inside a type parameter list or type arguments bounds a type variable: `<T extends
 * ViewModel>`, `Map<K, V extends Comparable<V>>` (blind audit ah: an Android ViewModel factory). Not inheritance; the
 * wildcards `? extends` and `? super` are terms of their own. Looks back on the line for a `<` not yet closed.
 */
function isJavaTypeBound(term: string, text: string, start: number): boolean {
  if (term !== 'extends' && term !== 'super') return false;
  let depth = 0;
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x7b || c === 0x7d || c === 0x3b || c === 0x28 || c === 0x29 || c === 0x3d) return false;
    if (c === 0x3e) depth++;
    else if (c === 0x3c) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/**
 * Java's `record` is a keyword only where it declares a record (`record Point(int x, int y)`, `record Pair<A, B>(A a, B b)`);
 * anywhere else it is a name (blind audit bi: Kafka's `for (ConsumerRecord<K, V> record : records)`).
 */
function declaresJavaRecord(text: string, end: number): boolean {
  return /^[ \t]+[A-Z][\w$]*[ \t]*(?:<[^>()]*>)?[ \t]*\(/.test(text.slice(end, end + 160));
}

/**
 * Whether the words after a `go` keyword ending at `end` are the call a go statement needs: `func`, or a name, a selector
 * chain or an instantiation (`s.serve`, `run[int]`) right before `(`, or nothing (the keyword named in a code span). The go
 * command's `go run main.go` and `go tool pprof` are not (blind audit bx: a Go tutorial's table of commands in code spans).
 */
function startsGoCall(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && isSpaceOrTab(text.charCodeAt(i))) i++;
  const nameStart = i;
  while (i < text.length && (isNameChar(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e)) i++;
  // The keyword named on its own ("`go` 关键字") is the statement too.
  if (i === nameStart) return true;
  if (nameStart === end) return false; // `go.mod`, `go.sum`: a file name
  if (text.startsWith('func', nameStart) && i === nameStart + 4) return true;
  if (text.charCodeAt(i) === 0x5b) {
    const close = text.indexOf(']', i);
    const newline = text.indexOf('\n', i);
    if (close < 0 || (newline >= 0 && newline < close)) return false;
    i = close + 1;
  }
  return text.charCodeAt(i) === 0x28;
}

/** CSS's relative length and grid units: terms of a stylesheet only right after a number (see unitAfterNumber). */
const CSS_UNITS = new Set(['em', 'rem', 'ex', 'ch', 'lh', 'rlh', 'vw', 'vh', 'vmin', 'vmax', 'vi', 'vb', 'svw', 'svh', 'lvw', 'lvh', 'dvw', 'dvh', 'cqw', 'cqh', 'cqi', 'cqb', 'cqmin', 'cqmax', 'fr']);

/** Code of a stylesheet (a `<style>` block and a ```css fence included), where numbers carry units. */
function stylesheetCode(env: ScanEnv): boolean {
  return !env.prose && env.languageId !== undefined && STYLE_LANGUAGES.has(env.languageId);
}

/**
 * Whether the letters at i are a number's unit: digits (and a decimal point) right before them that no name, `#` colour or
 * `$`/`@` variable holds: `1.5rem`, `calc(100% - 2em)`, not `h1em` or `#1e90ff`.
 */
function unitAfterNumber(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && (classOf(text.charCodeAt(j - 1)) === Cls.Digit || text.charCodeAt(j - 1) === 0x2e)) j--;
  if (j === i || classOf(text.charCodeAt(i - 1)) !== Cls.Digit) return false;
  const before = j > 0 ? text.charCodeAt(j - 1) : 0;
  // `-2em` is a negative length; `col-2em` a name.
  if (before === 0x2d) return j < 2 || !isNameChar(text.charCodeAt(j - 2));
  return !isNameChar(before) && before !== 0x23 && before !== 0x24 && before !== 0x40;
}

/** Keywords that introduce a type: `(` never follows one (`struct (` is a call of a function so named). */
const TYPE_KEYWORDS = new Set(['struct', 'union', 'enum', 'class', 'interface']);

/** The first character after `at` on its line that is not a space or tab, or -1. */
function nextOnLine(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return c === 0x0a ? -1 : c;
  }
  return -1;
}

function isLowerOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** Go's predeclared types: in Go code, `name type` declares a parameter or a field. */
const GO_TYPES = new Set(['string', 'int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'byte', 'rune', 'bool', 'error', 'any', 'float32', 'float64', 'complex64', 'complex128']);

/**
 * An unscoped phrase over a Go declaration's name and type: `query string` in `func Find(query string)` is a
 * parameter, not a URL's query string. Go writes the type after the name with only a space between; other
 * languages put a colon there (TypeScript, Rust, Kotlin) or the type first.
 */
function spansGoNameAndType(text: string, start: number, end: number, env: ScanEnv): boolean {
  if (env.prose || env.languageId !== 'go' || (env.literals !== undefined && insideRange(env.literals, start))) return false;
  let k = end;
  while (k > start && isNameChar(text.charCodeAt(k - 1))) k--;
  return k > start && isSpace(text.charCodeAt(k - 1)) && GO_TYPES.has(text.slice(k, end));
}

/**
 * In HTML code, a match that starts with an element's name (right after `<` or `</`) and goes on past a space takes
 * the element and its first attribute together. A term written as one word or with a hyphen is not that: CSP's
 * `script-src` and `form-action` are not `<script src="app.js">` and `<form action="/login">` (blind audit aa:
 * 98yyc/Firefly vue3-basics.md). A term of words apart (`script defer`) still names the element with its attribute.
 */
function spansHtmlTagAndAttribute(text: string, start: number, end: number, env: ScanEnv): boolean {
  if (env.prose || env.languageId !== 'html') return false;
  const before = text.charCodeAt(start - 1);
  if (before !== 0x3c && !(before === 0x2f && text.charCodeAt(start - 2) === 0x3c)) return false;
  return hasSpace(text, start, end);
}

/** A keyword of none of the languages a prose document's fenced code is written in (none fenced: it is not). */
function outsideFencedLanguages(languages: readonly string[], fenced: ReadonlySet<string> | undefined): boolean {
  return fenced !== undefined && !languages.some((l) => fenced.has(l));
}

/**
 * Whether a keyword's match is only part of a longer name: `with` in `args.with_tracking` or
 * `get_schedule_with_warmup`, `finally` in `runFinallyHook`, `local` in `/usr/local`, `export` in
 * `--export`. A keyword (a code-only term) is a token of its own.
 */
function partOfLongerName(text: string, start: number, end: number, underscores: number): boolean {
  const before = text.charCodeAt(start - (underscores & 3) - 1);
  const after = text.charCodeAt(end + (underscores >> 2));
  // Nor is it a flag (`gpg --export`), a path segment (`/usr/local/bin`) or the first word of a hyphenated
  // name (`go-app-deploy.sh`).
  return isNameChar(before) || isNameChar(after) || before === 0x2d || before === 0x2f || after === 0x2f || after === 0x2d;
}

/** `xs.map`, `xs?.map`, or a chain's next line `  .map`: the dot before the name (spaces between), but not a spread's `...map`. */
function afterMemberAccess(text: string, start: number): boolean {
  // C's and C++'s `p->close`, written tight; with a space after it `->` is a lambda's or a return type's arrow.
  if (start >= 2 && text.charCodeAt(start - 1) === 0x3e && text.charCodeAt(start - 2) === 0x2d) return true;
  let i = start - 1;
  let newline = -1;
  for (; i >= 0 && isSpace(text.charCodeAt(i)); i--) if (text.charCodeAt(i) === 0x0a) newline = i;
  if (i < 0 || text.charCodeAt(i) !== 0x2e || (i > 0 && text.charCodeAt(i - 1) === 0x2e)) return false;
  // A full stop that ends a line comment above (`// Close the queue.`) is no chain going on below it.
  return newline < 0 || !endsLineComment(text, i);
}

/**
 * The underscores an entry's term has at its edges are in the text too, and a leading one starts the name
 * (`_write`, `__IO`), not a snake_case part of another (`i2c_write_dt`); a file name's suffix (`_test.go`) is the
 * exception. (Apart from decide, which V8 inlines into the scan only while it stays small.)
 */
function edgeUnderscoresAt(e: TermEntry<unknown>, text: string, start: number, end: number, leading: number, trailing: number): boolean {
  if (!underscoresAt(text, start - leading, start) || !underscoresAt(text, end, end + trailing)) return false;
  return !(leading > 0 && start - leading > 0 && isNameChar(text.charCodeAt(start - leading - 1)) && !e.term.includes('.'));
}

/** Where a global function's name is no call of it: after a member access, qualified by a type, or declared as a function or method. */
function notGlobalCall(text: string, start: number): boolean {
  return afterMemberAccess(text, start) || qualifiedByType(text, start) || declaredAt(text, start) || pointerDeclaratorAt(text, start);
}

/** C's `int (*poll)(struct napi_struct *, int);`: a function pointer's own name (a struct field, a variable), not the function. */
function pointerDeclaratorAt(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpaceOrTab(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) !== 0x2a /* * */) return false;
  i--;
  while (i >= 0 && isSpaceOrTab(text.charCodeAt(i))) i--;
  return text.charCodeAt(i) === 0x28 /* ( */;
}

/**
 * `Event_Loop::poll`, `Self::poll`, `Future::poll`: a type's own function (C++, Rust), whose name starts with a capital.
 * A namespace or crate is written in lower case, and `::poll`, `std::printf` and `libc::poll` are the global ones.
 */
function qualifiedByType(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 0x3a || text.charCodeAt(start - 2) !== 0x3a) return false;
  let k = start - 3;
  if (text.charCodeAt(k) === 0x3e /* > */) return true; // a generic type's: `Vec<T>::new`
  while (k >= 0 && isNameChar(text.charCodeAt(k))) k--;
  const first = text.charCodeAt(k + 1);
  return k + 1 < start - 2 && first >= 0x41 && first <= 0x5a;
}

/** Keywords that declare a function: the name after one is being defined, not called. */
const DECLARING_KEYWORDS = new Set(['func', 'def', 'function', 'fn', 'fun']);

/**
 * Whether the name at `start` is a function being declared (`func Close()`, Go's `func (c *conn) close()`,
 * `def iter(self)`): a method of that name, not the global function a `member: false` alias means.
 */
function declaredAt(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x0a) i--;
  if (i >= 0 && text.charCodeAt(i) === 0x29 /* ) */) {
    // Go's receiver: `func (c *conn) close()`.
    const open = text.lastIndexOf('(', i);
    if (open < 0 || i - open > 80 || text.lastIndexOf('\n', i) > open) return false;
    i = open - 1;
    while (i >= 0 && isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 0x0a) i--;
  }
  let k = i;
  while (k >= 0 && isNameChar(text.charCodeAt(k))) k--;
  return k < i && i - k <= 8 && DECLARING_KEYWORDS.has(text.slice(k + 1, i + 1));
}

/** Whether the dot at `dot` is inside a line comment (`//`, `#`, or a block comment's `*` line). */
function endsLineComment(text: string, dot: number): boolean {
  const lineStart = text.lastIndexOf('\n', dot) + 1;
  let k = lineStart;
  while (k < dot && isSpace(text.charCodeAt(k))) k++;
  const first = text.charCodeAt(k);
  if (first === 0x23 /* # */ || first === 0x2a /* * */) return true;
  const slashes = text.indexOf('//', k);
  return slashes >= 0 && slashes < dot;
}

/** A letter, digit or underscore: a character of an identifier. */
export function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** `RuntimeClass`, `ConcurrentHashMap`: two or more capitalised words joined (see TermEntry.typeName). */
function isTypeName(term: string): boolean {
  return /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+$/.test(term);
}

/** `useContext`, `setTimeout`, `getElementById`: lower camel case, written as one word. */
function isIdentifierTerm(term: string): boolean {
  return /^[a-z][a-z0-9]*[A-Z][A-Za-z0-9]*$/.test(term);
}

/** Leading | trailing << 2 underscores of a term, each counted up to 3. */
function edgeUnderscores(term: string): number {
  let leading = 0;
  while (leading < 3 && term.charCodeAt(leading) === 0x5f) leading++;
  let trailing = 0;
  while (trailing < 3 && term.length - trailing - 1 > leading && term.charCodeAt(term.length - trailing - 1) === 0x5f) trailing++;
  return leading | (trailing << 2);
}

function underscoresAt(text: string, from: number, to: number): boolean {
  if (from < 0 || to > text.length) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 0x5f) return false;
  return true;
}

/** `TIME_WAIT`, `GFP_KERNEL`, `O_DIRECT`: capitals and digits joined by underscores. */
function isConstantName(term: string): boolean {
  return /^_*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+_*$/.test(term);
}

function hasSpace(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0x09 || c === 0x3000) return true;
  }
  return false;
}

function hasLowerCase(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

function hasWordBreak(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (classOf(text.charCodeAt(k)) === Cls.Sep) return true;
  return false;
}

function sameText(text: string, start: number, end: number, surface: string): boolean {
  if (end - start !== surface.length) return false;
  for (let k = 0; k < surface.length; k++) if (text.charCodeAt(start + k) !== surface.charCodeAt(k)) return false;
  return true;
}

const ENV_BY_LANGUAGE = new Map<string | undefined, ScanEnv>();

/** The plain environment of a language: prose for Markdown and plain text, contextual entries rejected. */
function toEnv(language: string | ScanEnv | undefined): ScanEnv {
  if (typeof language === 'object') return language;
  let env = ENV_BY_LANGUAGE.get(language);
  if (!env) {
    env = { languageId: language, prose: language !== undefined && PROSE_LANGUAGES.has(language), supports: () => false };
    ENV_BY_LANGUAGE.set(language, env);
  }
  return env;
}

/** Languages whose whole text is prose. */
export const PROSE_LANGUAGES: ReadonlySet<string> = new Set(['markdown', 'plaintext', 'restructuredtext', 'asciidoc', 'latex', 'mdx']);

/** Offsets → 0-based line and UTF-16 column, for a whole-document scan. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return starts;
}

/** The last k with starts[k] <= offset, for ascending starts beginning at 0 (a line, a note's first string). */
export function lastStartAtOrBefore(starts: ArrayLike<number>, offset: number, count = starts.length): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function positionOf(starts: readonly number[], offset: number): { line: number; character: number } {
  const line = lastStartAtOrBefore(starts, offset);
  return { line, character: offset - starts[line] };
}

/**
 * The matches of one document version, indexed by line: the hover asks this instead of rescanning
 * while the document has not changed. Matches never span lines, so a lookup reads one line's slice.
 */
export class DocumentMatches<T = unknown> {
  private readonly lineStartOffsets: number[];
  /** Index of the first match of each line; the matches of line l are [firstOfLine[l], firstOfLine[l + 1]). */
  private readonly firstOfLine: Int32Array;

  constructor(
    readonly matches: readonly Match<T>[],
    text: string,
  ) {
    this.lineStartOffsets = lineStarts(text);
    const lines = this.lineStartOffsets.length;
    this.firstOfLine = new Int32Array(lines + 1);
    let k = 0;
    for (let l = 0; l < lines; l++) {
      while (k < matches.length && matches[k].start < this.lineStartOffsets[l]) k++;
      this.firstOfLine[l] = k;
    }
    this.firstOfLine[lines] = matches.length;
  }

  /** The match covering (line, character), with document offsets. */
  atPosition(line: number, character: number): Match<T> | undefined {
    if (line < 0 || line >= this.lineStartOffsets.length) return undefined;
    const offset = this.lineStartOffsets[line] + character;
    for (let k = this.firstOfLine[line], end = this.firstOfLine[line + 1]; k < end; k++) {
      const m = this.matches[k];
      if (offset < m.start) return undefined;
      if (offset < m.end) return m;
    }
    return undefined;
  }

  /** Offset of the start of a line, to turn document offsets back into line columns. */
  lineStart(line: number): number {
    return this.lineStartOffsets[line] ?? 0;
  }
}
