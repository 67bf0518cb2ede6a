import * as vscode from 'vscode';
import { newNoteFileName, newNoteText } from '../../core/authoring/note-template';
import { Commands } from '../ids';
import type { NotesService } from '../notes/notes-service';
import type { DocumentMatchCache } from '../matching/document-scan';
import { termAt } from '../hover/term-lookup';
import { Disposable } from '../util/dispose';

const MAX_TERM_CHARS = 80;

/**
 * Create Concept Note: from the selection or the word at the cursor, a new Markdown note in the first
 * notes folder (never overwriting a file that exists), opened for editing. Also offered as a code action
 * on a selection that is not a known term.
 */
export class CreateConceptNote extends Disposable implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.Refactor.append('conceptReference.createNote');

  constructor(
    private readonly notes: NotesService,
    private readonly matches: DocumentMatchCache,
  ) {
    super();
    this._register(vscode.commands.registerCommand(Commands.createNote, (term?: unknown) => this.run(typeof term === 'string' ? term : undefined)));
    this._register(vscode.languages.registerCodeActionsProvider({ scheme: '*' }, this, { providedCodeActionKinds: [CreateConceptNote.kind] }));
  }

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (range.isEmpty || !range.isSingleLine) return [];
    const term = document.getText(range).trim();
    if (!isTermLike(term)) return [];
    const known = termAt(this.notes.corpus, document, range.start, this.matches);
    if (known && known.range.isEqual(range)) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Create Concept Note for "{0}"', term), CreateConceptNote.kind);
    action.command = { command: Commands.createNote, title: vscode.l10n.t('Create Concept Note'), arguments: [term] };
    return [action];
  }

  private async run(given?: string): Promise<vscode.Uri | undefined> {
    const editor = vscode.window.activeTextEditor;
    let term = given?.trim();
    if (!term && editor) {
      const selection = editor.selection;
      const range = selection.isEmpty ? editor.document.getWordRangeAtPosition(selection.active) : selection;
      term = range ? editor.document.getText(range).trim() : undefined;
    }
    if (!term || !isTermLike(term)) {
      term = (await vscode.window.showInputBox({ prompt: vscode.l10n.t('Term to write a concept note for'), validateInput: (v) => (isTermLike(v.trim()) ? undefined : vscode.l10n.t('Enter a term of at most {0} characters', MAX_TERM_CHARS)) }))?.trim();
      if (!term) return undefined;
    }
    const workspaceFolder = (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
    const folder = workspaceFolder && this.notes.notesFolders(workspaceFolder)[0];
    if (!folder) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder and set conceptReference.notesFolders to create concept notes.'));
      return undefined;
    }
    const name = newNoteFileName(term);
    if (!name) return undefined;
    const uri = vscode.Uri.joinPath(folder, name);
    if (!(await exists(uri))) {
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(newNoteText(term, this.notes.language)));
    }
    // Opened with the summary line selected, the one sentence the hover shows (given to showTextDocument,
    // so the editor's restored view state cannot move the cursor afterwards).
    const document = await vscode.workspace.openTextDocument(uri);
    const summaryLine = Math.min(2, document.lineCount - 1);
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(summaryLine, 0, summaryLine, document.lineAt(summaryLine).text.length) });
    return uri;
  }
}

function isTermLike(text: string): boolean {
  return text.length > 0 && text.length <= MAX_TERM_CHARS && !text.includes('\n') && /[\p{L}\p{N}]/u.test(text);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
