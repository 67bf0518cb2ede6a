import * as vscode from 'vscode';
import type { Corpus, TermRef } from '../../core/corpus';
import { matchingLanguageId } from '../../core/languages';
import { DocumentMatches, type Match } from '../../core/matcher';

/** The language a document's text is matched as (see matchingLanguageId: a workflow YAML file is a workflow). */
export function matchingLanguageOf(document: vscode.TextDocument): string {
  return matchingLanguageId(document.languageId, document.uri.path);
}

/** Like cspell: whole-document work stops at this size, so a huge generated file never stalls the host. */
export const MAX_SCAN_CHARS = 1_000_000;

interface Entry {
  version: number;
  corpus: Corpus;
  languageId: string;
  matches: DocumentMatches<TermRef>;
}

/**
 * Whole-document matches per document version. The in-file view fills it; the hover reads it when it
 * is fresh (a binary search) and otherwise scans just the line under the mouse.
 */
export class DocumentMatchCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly closeListener = vscode.workspace.onDidCloseTextDocument((doc) => this.entries.delete(doc.uri.toString()));

  /** Matches of the whole document, computed now if missing or stale; undefined when the document is too large. */
  get(corpus: Corpus, document: vscode.TextDocument): DocumentMatches<TermRef> | undefined {
    const fresh = this.peek(corpus, document);
    if (fresh) return fresh;
    const text = document.getText();
    if (text.length > MAX_SCAN_CHARS) return undefined;
    const languageId = matchingLanguageOf(document);
    const matches = new DocumentMatches(corpus.scanDocument(text, languageId, document.uri.toString()), text);
    this.entries.set(document.uri.toString(), { version: document.version, corpus, languageId, matches });
    return matches;
  }

  /** Matches if they are known for this exact document version, corpus and language; never computes. */
  peek(corpus: Corpus, document: vscode.TextDocument): DocumentMatches<TermRef> | undefined {
    const entry = this.entries.get(document.uri.toString());
    if (entry && entry.version === document.version && entry.corpus === corpus && entry.languageId === matchingLanguageOf(document)) {
      return entry.matches;
    }
    return undefined;
  }

  dispose(): void {
    this.closeListener.dispose();
    this.entries.clear();
  }
}

/**
 * Matches in the given ranges of a document (whole lines, so no term is cut at the edge): from the
 * whole-document scan, which knows the context, or for a document too large for it, a plain scan of the ranges.
 */
export function scanRanges(corpus: Corpus, document: vscode.TextDocument, ranges: readonly vscode.Range[], cache: DocumentMatchCache): Match<TermRef>[] {
  const whole = cache.get(corpus, document);
  if (whole) {
    const out: Match<TermRef>[] = [];
    for (const range of ranges) {
      const from = whole.lineStart(range.start.line);
      const to = range.end.line + 1 < document.lineCount ? whole.lineStart(range.end.line + 1) : Number.MAX_SAFE_INTEGER;
      for (const m of whole.matches) if (m.start >= from && m.start < to) out.push(m);
    }
    return out;
  }
  const text = document.getText();
  const out: Match<TermRef>[] = [];
  for (const range of ranges) {
    const from = document.offsetAt(new vscode.Position(range.start.line, 0));
    const to = document.offsetAt(document.lineAt(range.end.line).range.end);
    out.push(...corpus.matcher.matchAll(text, matchingLanguageOf(document), from, to));
  }
  return out;
}
