import * as vscode from 'vscode';
import type { Corpus } from '../../core/corpus';
import { localize, type Lang, type Note } from '../../core/note';
import type { NotesService } from '../notes/notes-service';
import { Disposable } from '../util/dispose';
import type { DocumentMatchCache } from '../matching/document-scan';
import { HOVER_COMMANDS, hoverMarkdownValue, type HoverEntry } from './hover-markdown';
import { termAt, termsEnabledFor } from './term-lookup';

/** Builds the hover text. Note text is escaped; only our own command links are trusted (see hover-markdown.ts). */
export function hoverMarkdown(corpus: Corpus, notes: readonly Note[], lang: Lang): vscode.MarkdownString {
  const entries: HoverEntry[] = notes.map((note) => ({
    id: note.id,
    title: localize(note.title, lang),
    breadcrumb: corpus.breadcrumb(note, lang),
    summary: localize(note.summary, lang),
    ...(note.lang !== undefined && note.lang !== lang ? { languageNote: note.lang === 'zh' ? vscode.l10n.t('in Chinese only') : vscode.l10n.t('in English only') } : {}),
  }));
  const md = new vscode.MarkdownString(
    hoverMarkdownValue(entries, {
      openNote: vscode.l10n.t('Open note'),
      openNoteTooltip: vscode.l10n.t('Open the full note'),
      searchRelated: vscode.l10n.t('Search related'),
      searchRelatedTooltip: vscode.l10n.t('Search notes related to this one'),
    }),
    true,
  );
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  return md;
}

export class ConceptHoverProvider extends Disposable implements vscode.HoverProvider {
  constructor(
    private readonly notes: NotesService,
    private readonly matches: DocumentMatchCache,
  ) {
    super();
    this._register(vscode.languages.registerHoverProvider({ scheme: '*' }, this));
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!termsEnabledFor(document)) return undefined;
    const corpus = this.notes.corpus;
    const found = termAt(corpus, document, position, this.matches);
    if (!found) return undefined;
    return new vscode.Hover(hoverMarkdown(corpus, found.notes, this.notes.language), found.range);
  }
}
