import * as vscode from 'vscode';
import { openWikiLinkBefore, wikiLinkAt } from '../../core/authoring/wikilink-at';
import type { Note } from '../../core/note';
import { bundledNoteUri } from '../tree/note-commands';
import type { NotesService } from '../notes/notes-service';
import { Disposable } from '../util/dispose';
import { hoverMarkdown } from '../hover/hover-provider';
import { completionRows } from './completion-rows';

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
    const close = line.startsWith(']]', position.character) ? '' : ']]';
    const range = new vscode.Range(position.line, open.start, position.line, position.character);
    const { rows, incomplete } = completionRows(this.notes.corpus.all(), open.typed, this.notes.language, close);
    const items = rows.map((row) => {
      const item = new vscode.CompletionItem({ label: row.id, description: row.description }, row.origin === 'user' ? vscode.CompletionItemKind.File : vscode.CompletionItemKind.Reference);
      item.range = range;
      item.insertText = row.insertText;
      item.filterText = row.filterText;
      item.detail = row.detail;
      item.documentation = row.documentation;
      item.sortText = row.sortText;
      return item;
    });
    return new vscode.CompletionList(items, incomplete);
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
