import * as vscode from 'vscode';
import { localize } from '../../core/note';
import { termsEnabledFor } from '../hover/term-lookup';
import { Commands, Views } from '../ids';
import type { NotesService } from '../notes/notes-service';
import { debounce, Disposable } from '../util/dispose';
import { conceptRowText } from '../tree/tree-text';
import type { DocumentMatchCache } from '../matching/document-scan';

export interface ConceptInFile {
  noteId: string;
  /** Ranges of every occurrence, in document order. */
  ranges: vscode.Range[];
}

/**
 * "Concepts in This File": every concept the active editor mentions, most frequent first.
 * Clicking a row reveals the next occurrence after the cursor, wrapping around.
 */
export class ConceptsInFileView extends Disposable implements vscode.TreeDataProvider<ConceptInFile> {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private items: ConceptInFile[] = [];
  private document: vscode.TextDocument | undefined;
  private readonly view: vscode.TreeView<ConceptInFile>;

  constructor(
    private readonly notes: NotesService,
    private readonly matches: DocumentMatchCache,
  ) {
    super();
    this.view = this._register(vscode.window.createTreeView(Views.conceptsInFile, { treeDataProvider: this, showCollapseAll: false }));
    const refresh = this._register(debounce(() => this.refresh(), 250));
    this._register(vscode.window.onDidChangeActiveTextEditor(() => refresh()));
    this._register(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) refresh();
      }),
    );
    this._register(notes.onDidChange(() => refresh()));
    this._register(notes.onDidChangeLanguage(() => this.changeEmitter.fire()));
    this._register(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('conceptReference.hover')) refresh();
      }),
    );
    this._register(this.view.onDidChangeVisibility(() => refresh()));
    this._register(vscode.commands.registerCommand(Commands.revealNextOccurrence, (noteId: unknown) => this.revealNext(noteId)));
    this.refresh();
  }

  /** The concepts currently listed (read by tests and by the view). */
  get concepts(): readonly ConceptInFile[] {
    return this.items;
  }

  refresh(): void {
    const editor = vscode.window.activeTextEditor;
    this.document = editor?.document;
    this.items = [];
    if (this.document && termsEnabledFor(this.document)) {
      const byNote = new Map<string, vscode.Range[]>();
      const doc = this.document;
      for (const m of this.matches.get(this.notes.corpus, doc)?.matches ?? []) {
        const range = new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end));
        for (const e of m.entries) {
          const list = byNote.get(e.value.noteId) ?? [];
          list.push(range);
          byNote.set(e.value.noteId, list);
        }
      }
      this.items = [...byNote].map(([noteId, ranges]) => ({ noteId, ranges }));
      const lang = this.notes.language;
      const title = (id: string) => {
        const note = this.notes.corpus.get(id);
        return note ? localize(note.title, lang) : id;
      };
      this.items.sort((a, b) => b.ranges.length - a.ranges.length || title(a.noteId).localeCompare(title(b.noteId)));
    }
    const total = this.items.reduce((n, i) => n + i.ranges.length, 0);
    this.view.badge = total > 0 ? { value: this.items.length, tooltip: mentionsTooltip(this.items.length, total) } : undefined;
    this.view.description = this.document ? vscode.workspace.asRelativePath(this.document.uri) : undefined;
    this.changeEmitter.fire();
  }

  getTreeItem(item: ConceptInFile): vscode.TreeItem {
    const lang = this.notes.language;
    const note = this.notes.corpus.get(item.noteId);
    const text = conceptRowText(note ? localize(note.title, lang) : item.noteId, note ? localize(note.summary, lang) : undefined);
    const tree = new vscode.TreeItem(text.label, vscode.TreeItemCollapsibleState.None);
    tree.id = item.noteId;
    tree.description = item.ranges.length === 1 ? vscode.l10n.t('1 occurrence') : vscode.l10n.t('{0} occurrences', item.ranges.length);
    tree.tooltip = text.tooltip !== undefined ? new vscode.MarkdownString(text.tooltip, true) : undefined;
    tree.iconPath = new vscode.ThemeIcon('symbol-key');
    tree.contextValue = 'concept';
    tree.command = { command: Commands.revealNextOccurrence, title: vscode.l10n.t('Reveal Next Occurrence'), arguments: [item.noteId] };
    return tree;
  }

  getChildren(element?: ConceptInFile): ConceptInFile[] {
    return element ? [] : this.items;
  }

  private async revealNext(noteId: unknown): Promise<void> {
    if (typeof noteId !== 'string') return;
    const item = this.items.find((i) => i.noteId === noteId);
    const doc = this.document;
    if (!item || !doc) return;
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
    const cursor = editor.selection.active;
    const next = item.ranges.find((r) => r.start.isAfter(cursor)) ?? item.ranges[0];
    editor.selection = new vscode.Selection(next.start, next.end);
    editor.revealRange(next, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

/** "3 concepts mentioned 7 times", with the singular where a count is one (each form a whole sentence to translate). */
function mentionsTooltip(concepts: number, mentions: number): string {
  if (concepts === 1) return mentions === 1 ? vscode.l10n.t('1 concept mentioned once') : vscode.l10n.t('1 concept mentioned {0} times', mentions);
  return vscode.l10n.t('{0} concepts mentioned {1} times', concepts, mentions);
}
