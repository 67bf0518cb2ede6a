import type { Corpus } from './corpus';
import { lineStarts, positionOf } from './matcher';
import type { Note } from './note';

export interface Mention {
  /** 0-based line; start/end are UTF-16 columns in that line, end exclusive (VS Code positions). */
  line: number;
  start: number;
  end: number;
  text: string;
  note: Note;
}

/** Every mention in a document, as the hover would show it: one per matched note. */
/** @param documentKey the file's absolute path: notes of a glossary scoped to another folder are left out. */
export function scanText(corpus: Corpus, text: string, languageId: string, documentKey?: string): Mention[] {
  const starts = lineStarts(text);
  const out: Mention[] = [];
  for (const m of corpus.scanDocument(text, languageId, documentKey)) {
    const pos = positionOf(starts, m.start);
    const seen = new Set<string>();
    for (const entry of m.entries) {
      const note = corpus.get(entry.value.noteId);
      if (!note || seen.has(note.id)) continue;
      seen.add(note.id);
      out.push({ line: pos.line, start: pos.character, end: pos.character + (m.end - m.start), text: m.text, note });
    }
  }
  return out;
}
