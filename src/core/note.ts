// A note: the model every part of the extension shares. Parsing is in note-parse.ts, checks in note-check.ts.
export { isNoteIdSyntax, MAX_ID_CHARS } from '../shared/note-id';
import type { HoverExample } from './hover-example';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export interface Localized {
  zh: string;
  en: string;
}

/** One way of writing a note's term. `languages` limits it to documents of those VS Code language ids. */
export interface Alias {
  term: string;
  languages?: string[];
  /** Declares that another note may use the same term (both are then shown). */
  shared?: boolean;
  /**
   * Topic paths (prefixes) the document must be about for this alias to match. `context: true` in the
   * frontmatter means the note's own field (see ownField: its top-level topic, under `tools` its sub-topic).
   * Ordinary words (service, 通道) need context.
   */
  context?: string[];
  /** False switches off generated English word forms (plurals, verb forms) for this alias. */
  forms?: boolean;
  /** False: a keyword or identifier of its `languages`, matched in their code only, never in prose or comments. */
  prose?: boolean;
  /**
   * True: a method name of its `languages` (`map`, `filter`), matched only where it is called on something
   * (`xs.map`), not as a variable or function of that name. False: a global function or keyword, never matched
   * after a member access (`iter(xs)`, not the attribute `self.iter`).
   */
  member?: boolean;
  /**
   * True: a program's name in shell code (`node`, the Node.js runtime), matched only where a command starts: a line's
   * first word, after `|`, `;`, `&&`, `$(`, a prompt `$ `, `sudo` or `VAR=value`, not as an argument (`kubectl get node`).
   */
  command?: boolean;
  /**
   * `exact`: matches only as written (`ss`, not `SS` or `Ss`); `any`: in any case, also a short all-caps
   * acronym (`BGSAVE` also as `bgsave`). By default short all-caps acronyms are exact and the rest any.
   */
  case?: 'exact' | 'any';
  /**
   * Kubernetes manifest kinds (`NetworkPolicy`): the alias matches only in a YAML document whose `kind` is one
   * of these, and there it wins over other notes' claims to the same words (a NetworkPolicy's `ingress` rules
   * are a direction, not the Ingress resource). Parsing sets `languages: [yaml]` and `prose: false` with it.
   */
  kinds?: string[];
  /**
   * Modules (`logging`, `loguru`, `java.util.logging`, `pino`): the alias matches only in a document that imports one
   * of them (`import logging`, `from loguru import logger`, `import pino from 'pino'`, `require('pino')`), so a
   * project's own `Logger` class is not the library's. It is the alias's context: it takes no `context` of its own.
   */
  imports?: string[];
  /**
   * Longer words the term does not count inside (索引 not in 搜索引擎, 堆 not in 堆积): Chinese has no spaces, so
   * a term is found inside any word that contains it. The build adds the everyday words that contain a bundled
   * Chinese term.
   */
  notInside?: string[];
}

/**
 * The longer words a term of `note` does not count inside: the notInside words of any of the note's aliases that
 * contain the term. A word one alias is not meant in is no place for the note's shorter aliases either: with
 * 可重入锁 kept out of 不可重入锁, 重入锁 and 重入 must not stand in there.
 */
export function notInsideWords(note: Pick<Note, 'aliases'>, term: string): string[] | undefined {
  let words: string[] | undefined;
  for (const alias of note.aliases) {
    for (const word of alias.notInside ?? []) {
      if (containsTerm(word, term) && !words?.includes(word)) (words ??= []).push(word);
    }
  }
  return words;
}

/**
 * Whether a longer word contains a term, letter case and word breaks aside: 不可重入锁 contains 可重入锁, and the
 * camel-case `BaudRatePrescaler` contains "baud rate" (the matcher finds the term there as `BaudRate`).
 */
export function containsTerm(word: string, term: string): boolean {
  return word.length > term.length && withoutBreaks(word).includes(withoutBreaks(term));
}

function withoutBreaks(s: string): string {
  return s.toLowerCase().replace(/[\s_-]+/g, '');
}

export type NoteOrigin = 'bundled' | 'user';


export interface NoteMeta {
  id: string;
  title: Localized;
  aliases: Alias[];
  /** Path in the topic tree, e.g. ["machine-learning", "optimization"]. */
  topic: string[];
  tags: string[];
  summary: Localized;
  related: string[];
  /** Versions the version-dependent facts were checked against, e.g. { kubectl: "1.31" }. */
  verified?: Record<string, string>;
  /**
   * A concept every field uses (deadlock, context switch): its matches say nothing about what a document
   * is about, so a C++ text that mentions deadlocks is not taken for a Java one.
   */
  general?: boolean;
  origin: NoteOrigin;
  /** File the note came from: relative to content/ for bundled notes, a URI or path for user notes. */
  file: string;
  /**
   * Set when the note is written in one language only: both variants of title, summary and body then
   * hold that language's text, and the UI marks the other language as a fallback.
   */
  lang?: Lang;
  /**
   * Folders (URI or path prefixes ending in "/") whose files this note applies to; absent: everywhere.
   * A Contextive glossary in a subfolder applies only below that folder.
   */
  scope?: string[];
  /** Terms the team agreed not to use for this concept (terminology lint). */
  avoid?: string[];
  /** The hover's short example per language, saved in the index at build time (bundled bodies load later). */
  example?: Partial<Record<Lang, HoverExample>>;
}

export interface Note extends NoteMeta {
  body: Localized;
  /** 1-based line in the file where each language's body starts (for problem reports). */
  bodyLine: { zh: number; en: number };
  /** 1-based lines of the frontmatter keys `aliases` and `related` (for problem reports). */
  keyLines?: { aliases: number; related: number };
}

export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  /** 1-based line. */
  line: number;
  severity: Severity;
  message: string;
}

export const SUMMARY_MAX = 160;
export const MAX_NOTE_BYTES = 256 * 1024;
export const LANG_MARKER = /^<!--\s*lang:\s*(zh|en)\s*-->\s*$/;

export interface ParseResult {
  note?: Note;
  problems: Problem[];
}

export function localize(value: Localized, lang: Lang): string {
  return value[lang] || value[lang === 'zh' ? 'en' : 'zh'];
}

export function toMeta(note: Note): NoteMeta {
  const { body: _body, bodyLine: _bodyLine, keyLines: _keyLines, ...meta } = note;
  return meta;
}
