import * as vscode from 'vscode';
import { openWikiLinkBefore, wikiLinkAt } from '../../core/authoring/wikilink-at';
import { localize, type Note } from '../../core/note';
import { bundledNoteUri } from '../tree/note-commands';
import type { NotesService } from '../notes/notes-service';
import { Disposable } from '../util/dispose';
import { hoverMarkdown } from '../hover/hover-provider';

const MAX_COMPLETIONS = 200;

/** Inside note files: `[[` completes note ids and titles, a `[[link]]` hovers its note, Go to Definition opens it. */
export class NoteLinks extends Disposable implements vscode.CompletionItemProvider, vscode.HoverProvider, vscode.DefinitionProvider {
  constructor(private readonly notes: NotesService) {
    super();
    const selector: vscode.DocumentSelector = { language: 'markdown' };
    this._register(vscode.languages.registerCompletionItemProvider(selector, this, '['));
    this._register(vscode.languages.registerHoverProvider(selector, this));
    this._register(vscode.languages.registerDefinitionProvider(selector, this));
  }

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    if (!this.notes.isNoteDocument(document.uri)) return undefined;
    const line = document.lineAt(position.line).text;
    const open = openWikiLinkBefore(line, position.character);
    if (!open) return undefined;
    const lang = this.notes.language;
    const typed = open.typed.toLowerCase();
    const close = line.startsWith(']]', position.character) ? '' : ']]';
    const range = new vscode.Range(position.line, open.start, position.line, position.character);
    const items: vscode.CompletionItem[] = [];
    for (const note of this.notes.corpus.all()) {
      const title = localize(note.title, lang);
      if (typed && !note.id.toLowerCase().includes(typed) && !title.toLowerCase().includes(typed)) continue;
      const item = new vscode.CompletionItem({ label: note.id, description: title }, note.origin === 'user' ? vscode.CompletionItemKind.File : vscode.CompletionItemKind.Reference);
      item.range = range;
      item.insertText = note.id + close;
      item.filterText = `${note.id} ${title}`;
      item.detail = title;
      item.documentation = localize(note.summary, lang);
      // Team notes first: a team links its own notes most.
      item.sortText = `${note.origin === 'user' ? 0 : 1}${title.toLowerCase()}`;
      items.push(item);
      if (items.length >= MAX_COMPLETIONS) break;
    }
    return new vscode.CompletionList(items, items.length >= MAX_COMPLETIONS);
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const found = this.linkAt(document, position);
    if (!found) return undefined;
    return new vscode.Hover(hoverMarkdown(this.notes.corpus, [found.note], this.notes.language), found.range);
  }

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const found = this.linkAt(document, position);
    if (!found) return undefined;
    return new vscode.Location(sourceUri(found.note), new vscode.Position(0, 0));
  }

  private linkAt(document: vscode.TextDocument, position: vscode.Position): { note: Note; range: vscode.Range } | undefined {
    if (!this.notes.isNoteDocument(document.uri)) return undefined;
    const link = wikiLinkAt(document.lineAt(position.line).text, position.character);
    if (!link) return undefined;
    const resolved = this.notes.corpus.resolveLink(link.target);
    const note = resolved && this.notes.corpus.get(resolved.id);
    if (!note) return undefined;
    return { note, range: new vscode.Range(position.line, link.start, position.line, link.end) };
  }
}

/** A team note's own file; a bundled note's read-only source document (as Reveal Source shows it). */
function sourceUri(note: Note): vscode.Uri {
  return note.origin === 'user' ? vscode.Uri.parse(note.file) : bundledNoteUri(note);
}
