// The `[[` completion items of note files, without `vscode`, so the unit tests can check them. The
// inserted text is always the note id (isNoteIdSyntax: letters, digits and - _ . /), never note text;
// titles and summaries are shown as plain lines.
import { plainLabel } from '../../core/display-text';
import { localize, type Lang, type Note } from '../../core/note';

export const MAX_COMPLETIONS = 200;

export interface CompletionRow {
  id: string;
  /** Shown beside the id. */
  description: string;
  insertText: string;
  filterText: string;
  detail: string;
  documentation: string;
  sortText: string;
  origin: Note['origin'];
}

/** Rows for the notes whose id or title contains `typed`; `close` is "]]" when the link is not closed yet. */
export function completionRows(notes: Iterable<Note>, typed: string, lang: Lang, close: string): { rows: CompletionRow[]; incomplete: boolean } {
  const lower = typed.toLowerCase();
  const rows: CompletionRow[] = [];
  for (const note of notes) {
    const title = plainLabel(localize(note.title, lang));
    if (lower && !note.id.toLowerCase().includes(lower) && !title.toLowerCase().includes(lower)) continue;
    rows.push({
      id: note.id,
      description: title,
      insertText: note.id + close,
      filterText: `${note.id} ${title}`,
      detail: title,
      documentation: plainLabel(localize(note.summary, lang), 1000),
      // Team notes first: a team links its own notes most.
      sortText: `${note.origin === 'user' ? 0 : 1}${title.toLowerCase()}`,
      origin: note.origin,
    });
    if (rows.length >= MAX_COMPLETIONS) break;
  }
  return { rows, incomplete: rows.length >= MAX_COMPLETIONS };
}
