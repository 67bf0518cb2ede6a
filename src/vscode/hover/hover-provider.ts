import * as vscode from 'vscode';
import type { Corpus } from '../../core/corpus';
import { hoverExampleOf, type HoverExample } from '../../core/hover-example';
import { localize, type Lang, type Note } from '../../core/note';
import type { NotesService } from '../notes/notes-service';
import { Disposable } from '../util/dispose';
import type { DocumentMatchCache } from '../matching/document-scan';
import { HOVER_COMMANDS, hoverMarkdownValue, type HoverEntry } from './hover-markdown';
import { termAt, termsEnabledFor } from './term-lookup';
import { Settings } from '../settings';

export interface HoverOptions {
  /** Show the note's short example (setting conceptReference.hover.showExample). */
  showExample: boolean;
}

/** Builds the hover text. Note text is escaped; only our own command links are trusted (see hover-markdown.ts). */
export function hoverMarkdown(corpus: Corpus, notes: readonly Note[], lang: Lang, options: HoverOptions = { showExample: true }): vscode.MarkdownString {
  const entries: HoverEntry[] = notes.map((note) => {
    const title = localize(note.title, lang);
    const other = localize(note.title, lang === 'zh' ? 'en' : 'zh');
    const example = options.showExample ? exampleFor(note, lang) : undefined;
    return {
      id: note.id,
      title,
      ...(note.lang === undefined && other !== title ? { otherTitle: other } : {}),
      breadcrumb: corpus.breadcrumb(note, lang),
      summary: localize(note.summary, lang),
      ...(note.lang !== undefined && note.lang !== lang ? { languageNote: note.lang === 'zh' ? vscode.l10n.t('in Chinese only') : vscode.l10n.t('in English only') } : {}),
      ...(example ? { example } : {}),
      ...(note.origin === 'user' ? { source: relativeSource(note.file) } : {}),
    };
  });
  const md = new vscode.MarkdownString(
    hoverMarkdownValue(entries, {
      openNote: vscode.l10n.t('Open note'),
      openNoteTooltip: vscode.l10n.t('Open the full note'),
      searchRelated: vscode.l10n.t('Search related'),
      searchRelatedTooltip: vscode.l10n.t('Search notes related to this one'),
      copyLink: vscode.l10n.t('Copy link'),
      copyLinkTooltip: vscode.l10n.t('Copy [[id]] to link this note from another'),
    }),
    true,
  );
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  return md;
}

/** The saved example, or for a team note (its body is at hand) the one its Example section gives. */
function exampleFor(note: Note, lang: Lang): HoverExample | undefined {
  return note.example?.[lang] ?? note.example?.[lang === 'zh' ? 'en' : 'zh'] ?? (note.origin === 'user' ? hoverExampleOf(localize(note.body, lang)) : undefined);
}

function relativeSource(file: string): string {
  try {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(file));
  } catch {
    return file;
  }
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
    const showExample = Settings.hoverShowExample(document);
    return new vscode.Hover(hoverMarkdown(corpus, found.notes, this.notes.language, { showExample }), found.range);
  }
}
