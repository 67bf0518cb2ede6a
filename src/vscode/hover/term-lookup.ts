import * as vscode from 'vscode';
import type { Corpus } from '../../core/corpus';
import type { Match } from '../../core/matcher';
import type { Note } from '../../core/note';
import type { TermRef } from '../../core/corpus';
import { matchingLanguageOf, type DocumentMatchCache } from '../matching/document-scan';
import { Settings } from '../settings';

/** Lines longer than this are only scanned around the position (minified files, data blobs). */
const LONG_LINE = 10_000;
const WINDOW = 512;

export interface TermAtPosition {
  range: vscode.Range;
  text: string;
  notes: Note[];
}

/** Whether concept hovers and look-ups apply to a document of this language. */
export function termsEnabledFor(document: vscode.TextDocument): boolean {
  return Settings.hoverEnabled(document) && !Settings.hoverDisabledLanguages(document).includes(document.languageId);
}

/**
 * The concept under `position`. The whole-document scan (cached per version) knows what the document
 * is about; a document too large for it is looked up on the one line, where only unambiguous terms match.
 */
export function termAt(corpus: Corpus, document: vscode.TextDocument, position: vscode.Position, cache: DocumentMatchCache): TermAtPosition | undefined {
  const line = document.lineAt(position.line).text;
  const offset = position.character;
  let match: Match<TermRef> | undefined;
  const known = cache.get(corpus, document);
  if (known) {
    const docMatch = known.atPosition(position.line, position.character);
    const lineStart = known.lineStart(position.line);
    match = docMatch && { start: docMatch.start - lineStart, end: docMatch.end - lineStart, text: docMatch.text, entries: docMatch.entries };
  } else if (line.length <= LONG_LINE) {
    match = corpus.matcher.matchAt(line, offset, matchingLanguageOf(document));
  } else {
    const from = Math.max(0, offset - WINDOW);
    const to = Math.min(line.length, offset + WINDOW);
    match = corpus.matcher.matchAll(line, matchingLanguageOf(document), from, to).find((m) => m.start <= offset && offset < m.end);
  }
  if (!match) return undefined;
  const documentKey = document.uri.toString();
  const notes = match.entries.map((e) => corpus.get(e.value.noteId)).filter((n): n is Note => n !== undefined && corpus.appliesTo(n, documentKey));
  const unique = [...new Map(notes.map((n) => [n.id, n])).values()];
  if (unique.length === 0) return undefined;
  return {
    range: new vscode.Range(position.line, match.start, position.line, match.end),
    text: match.text,
    notes: unique,
  };
}
