import * as vscode from 'vscode';
import type { Corpus } from '../../core/corpus';
import { localize, type Lang, type Note } from '../../core/note';
import { Commands } from '../ids';
import type { NotesService } from '../notes/notes-service';
import { Disposable } from '../util/dispose';
import type { DocumentMatchCache } from '../matching/document-scan';
import { termAt, termsEnabledFor } from './term-lookup';

const HOVER_COMMANDS = [Commands.openNote, Commands.searchRelated];

/** Builds the hover text. Note text is escaped; only our own command links are trusted. */
export function hoverMarkdown(corpus: Corpus, notes: readonly Note[], lang: Lang): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.supportHtml = false;
  notes.forEach((note, i) => {
    if (i > 0) md.appendMarkdown('\n\n---\n\n');
    md.appendMarkdown('$(book) **');
    md.appendText(localize(note.title, lang));
    md.appendMarkdown('**');
    const crumb = corpus.breadcrumb(note, lang).join(' › ');
    if (crumb) {
      md.appendMarkdown(' &nbsp;·&nbsp; _');
      md.appendText(crumb);
      md.appendMarkdown('_');
    }
    md.appendMarkdown('\n\n');
    md.appendText(localize(note.summary, lang));
    if (note.lang !== undefined && note.lang !== lang) {
      md.appendMarkdown(' _(');
      md.appendText(note.lang === 'zh' ? vscode.l10n.t('in Chinese only') : vscode.l10n.t('in English only'));
      md.appendMarkdown(')_');
    }
    md.appendMarkdown('\n\n');
    const args = encodeURIComponent(JSON.stringify([note.id]));
    md.appendMarkdown(
      `[${vscode.l10n.t('Open note')}](command:${Commands.openNote}?${args} "${vscode.l10n.t('Open the full note')}")` +
        ` · [${vscode.l10n.t('Search related')}](command:${Commands.searchRelated}?${args} "${vscode.l10n.t('Search notes related to this one')}")`,
    );
  });
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
