import * as vscode from 'vscode';
import type { Corpus, TermRef } from '../../core/corpus';
import type { Match } from '../../core/matcher';

/** Like cspell: whole-document work stops at this size, so a huge generated file never stalls the host. */
export const MAX_SCAN_CHARS = 1_000_000;

/** Matches in a document, or in the given ranges of it. Offsets are document offsets. */
export function scanDocument(corpus: Corpus, document: vscode.TextDocument, ranges?: readonly vscode.Range[]): Match<TermRef>[] {
  const text = document.getText();
  if (!ranges) {
    return text.length > MAX_SCAN_CHARS ? [] : corpus.matcher.matchAll(text, document.languageId);
  }
  const out: Match<TermRef>[] = [];
  for (const range of ranges) {
    // Whole lines, so a term is never cut by the edge of the visible area.
    const from = document.offsetAt(new vscode.Position(range.start.line, 0));
    const to = document.offsetAt(document.lineAt(range.end.line).range.end);
    out.push(...corpus.matcher.matchAll(text, document.languageId, from, to));
  }
  return out;
}
