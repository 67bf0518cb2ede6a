import * as vscode from 'vscode';
import type { Corpus } from '../../core/corpus';
import { hoverExampleOf, type HoverExample } from '../../core/hover-example';
import { localize, type Lang, type Note } from '../../core/note';
import { Commands } from '../ids';
import type { NotesService } from '../notes/notes-service';
import { Disposable } from '../util/dispose';
import type { DocumentMatchCache } from '../matching/document-scan';
import { termAt, termsEnabledFor } from './term-lookup';
import { Settings } from '../settings';

const HOVER_COMMANDS = [Commands.openNote, Commands.searchRelated, Commands.copyLink];

export interface HoverOptions {
  /** Show the note's short example (setting conceptReference.hover.showExample). */
  showExample: boolean;
}

/** Builds the hover text. Note text is escaped; only our own command links are trusted. */
export function hoverMarkdown(corpus: Corpus, notes: readonly Note[], lang: Lang, options: HoverOptions = { showExample: true }): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  md.supportHtml = false;
  notes.forEach((note, i) => {
    if (i > 0) md.appendMarkdown('\n\n---\n\n');
    md.appendMarkdown('$(book) **');
    md.appendText(localize(note.title, lang));
    // The title in the other language too, when the note has one (知识蒸馏 · Knowledge distillation).
    const other = localize(note.title, lang === 'zh' ? 'en' : 'zh');
    if (note.lang === undefined && other !== localize(note.title, lang)) {
      md.appendMarkdown(' · ');
      md.appendText(other);
    }
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
    const example = options.showExample ? exampleFor(note, lang) : undefined;
    if (example) {
      md.appendMarkdown('\n\n');
      md.appendCodeblock(example.code, example.language === 'math' ? 'latex' : example.language);
    }
    md.appendMarkdown('\n\n');
    const args = encodeURIComponent(JSON.stringify([note.id]));
    const actions = [
      `[${vscode.l10n.t('Open note')}](command:${Commands.openNote}?${args} "${vscode.l10n.t('Open the full note')}")`,
      `[${vscode.l10n.t('Search related')}](command:${Commands.searchRelated}?${args} "${vscode.l10n.t('Search notes related to this one')}")`,
      `[${vscode.l10n.t('Copy link')}](command:${Commands.copyLink}?${args} "${vscode.l10n.t('Copy [[id]] to link this note from another')}")`,
    ];
    md.appendMarkdown(actions.join(' · '));
    // A team note says where it lives.
    if (note.origin === 'user') {
      md.appendMarkdown('\n\n$(file) ');
      md.appendText(relativeSource(note.file));
    }
  });
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
