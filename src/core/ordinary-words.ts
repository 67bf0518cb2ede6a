import type { Note, Problem } from './note';

/** The everyday-word list in dist/, Brotli-compressed text (see OrdinaryWords.parse). */
export const ORDINARY_WORDS_FILE = 'ordinary-words.txt.br';

/** Everyday English and Chinese words (dist/ordinary-words.txt.br). */
export interface OrdinaryWordList {
  en: string[];
  zh: string[];
}

/** Everyday words: an alias that is one of them fires on ordinary prose unless it is scoped or needs context. */
export class OrdinaryWords {
  private readonly words: Set<string>;
  readonly chinese: readonly string[];

  constructor(list: OrdinaryWordList) {
    this.words = new Set([...list.en, ...list.zh]);
    this.chinese = list.zh;
  }

  /**
   * The list's text (dist/ordinary-words.txt.br, decompressed): a "#" header line, English words one a line, a blank line, Chinese words;
   * front-coded when the header says so (a line is one character, '0' plus the count of leading
   * characters shared with the word before, then the rest of the word).
   */
  static parse(text: string): OrdinaryWords {
    if (!text.startsWith('#')) throw new Error('not an ordinary-words list');
    const newline = text.indexOf('\n');
    const frontCoded = text.slice(0, newline).includes('front-coded');
    const body = text.slice(newline + 1);
    const blank = body.indexOf('\n\n');
    if (blank < 0) throw new Error('not an ordinary-words list');
    const lines = (s: string) => {
      const raw = s.split('\n').filter((w) => w !== '');
      if (!frontCoded) return raw;
      let previous = '';
      return raw.map((line) => (previous = previous.slice(0, line.charCodeAt(0) - 48) + line.slice(1)));
    };
    return new OrdinaryWords({ en: lines(body.slice(0, blank)), zh: lines(body.slice(blank + 2)) });
  }

  /** True for a single everyday word (`service`, `Service`, `微调`); phrases and identifiers are not. */
  has(term: string): boolean {
    // As the matcher reads a term: leading and trailing dashes and dots are not part of its key
    // ("--release" matches the word "Release").
    const t = term.trim().replace(/^[-_.]+|[-_.]+$/g, '');
    if (/^[A-Za-z][a-z]+$/.test(t) || /^[a-z]+$/.test(t)) return this.words.has(t.toLowerCase());
    if (/^[\u4e00-\u9fff]{2,}$/.test(t)) return this.words.has(t);
    return false;
  }
}

/**
 * Warnings for terms that fire everywhere although they are everyday words: unscoped aliases
 * without context, and titles that no alias overrides.
 */
export function ordinaryWordProblems(notes: Iterable<Note>, words: OrdinaryWords): Problem[] {
  const problems: Problem[] = [];
  for (const note of notes) {
    // A team's one-language notes and glossaries are its own vocabulary: in its code "Ledger" is the Ledger.
    if (note.origin === 'user' && (note.lang !== undefined || note.scope !== undefined)) continue;
    const line = note.keyLines?.aliases ?? 1;
    const aliasTerms = new Set(note.aliases.map((a) => a.term.toLowerCase()));
    for (const alias of note.aliases) {
      if (alias.languages || alias.context || alias.imports || !words.has(alias.term)) continue;
      problems.push({
        file: note.file,
        line,
        severity: 'warning',
        message: `alias "${alias.term}" is an everyday word and would match ordinary prose; write { term: ${alias.term}, context: true } so it matches only in documents about this topic, or scope it with languages: [...]`,
      });
    }
    for (const title of new Set([note.title.en, note.title.zh])) {
      if (aliasTerms.has(title.toLowerCase()) || !words.has(title)) continue;
      problems.push({
        file: note.file,
        line: 1,
        severity: 'warning',
        message: `title "${title}" is an everyday word and, as a term, would match ordinary prose; add it to aliases as { term: ${title}, context: true }`,
      });
    }
  }
  return problems;
}
