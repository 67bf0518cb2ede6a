/**
 * Terminology lint: a note may list `avoid: [精调, finetuning]`, words the team agreed not to use for the
 * concept. Their uses are found with the same matcher as concepts (word breaks, plurals), and each comes
 * with the title to write instead.
 */
import { TermMatcher, type Match } from '../matcher';
import { localize, type Lang, type Note } from '../note';
import { detectLanguage } from '../workspace-note';

export interface AvoidedTerm {
  noteId: string;
  /** The avoided term as the note lists it. */
  avoid: string;
  /** What to write instead: the note's title in the avoided term's language. */
  replacement: string;
}

export interface TerminologyFinding {
  start: number;
  end: number;
  text: string;
  term: AvoidedTerm;
}

export class TerminologyLint {
  private readonly matcher: TermMatcher<AvoidedTerm> | undefined;

  constructor(notes: Iterable<Note>) {
    const inputs = [];
    for (const note of notes) {
      for (const avoid of note.avoid ?? []) {
        const lang: Lang = detectLanguage(avoid);
        inputs.push({ term: avoid, value: { noteId: note.id, avoid, replacement: localize(note.title, lang) } });
      }
    }
    this.matcher = inputs.length > 0 ? new TermMatcher(inputs) : undefined;
  }

  get isEmpty(): boolean {
    return this.matcher === undefined;
  }

  /** Every use of an avoided term in the text. */
  findings(text: string, languageId: string): TerminologyFinding[] {
    if (!this.matcher) return [];
    return this.matcher.matchAll(text, languageId).map((m: Match<AvoidedTerm>) => ({ start: m.start, end: m.end, text: m.text, term: m.entries[0].value }));
  }
}
