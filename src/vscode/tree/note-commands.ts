import * as vscode from 'vscode';
import { formatNote } from '../../core/note-format';
import type { Note } from '../../core/note';
import { Commands, NoteSourceScheme } from '../ids';
import type { NotesService } from '../notes/notes-service';
import { noteIdOf } from '../preview/command-args';
import { Disposable } from '../util/dispose';

const BUNDLED_COMMENT =
  'A bundled note of Concept Reference (read-only).\n' +
  'To change it, save a copy in one of your notes folders (setting conceptReference.notesFolders):\n' +
  'a note with the same id replaces the bundled one.';

/** The read-only document that shows a bundled note, whose source file is not shipped in the .vsix. */
export function bundledNoteUri(note: Note): vscode.Uri {
  const path = '/' + (note.file || `${note.id}.md`).replace(/\\/g, '/').replace(/^\/+/, '');
  return vscode.Uri.from({ scheme: NoteSourceScheme, path, query: `id=${note.id}` });
}

/**
 * Copy Link (`[[id]]`) and Reveal Source (user notes: their file; bundled notes: a read-only
 * `concept-reference-note:` document rebuilt from the prebuilt index).
 */
export class NoteCommands extends Disposable implements vscode.TextDocumentContentProvider {
  private readonly changeEmitter = this._register(new vscode.EventEmitter<vscode.Uri>());
  readonly onDidChange = this.changeEmitter.event;
  private readonly open = new Map<string, vscode.Uri>();

  constructor(
    private readonly notes: NotesService,
    /** The note the viewer shows, when a command is run without an argument. */
    private readonly currentNoteId: () => string | undefined,
  ) {
    super();
    this._register(vscode.workspace.registerTextDocumentContentProvider(NoteSourceScheme, this));
    this._register(vscode.commands.registerCommand(Commands.copyLink, (arg: unknown) => this.copyLink(arg)));
    this._register(vscode.commands.registerCommand(Commands.revealSource, (arg: unknown) => this.revealSource(arg)));
    this._register(
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.uri.scheme === NoteSourceScheme) this.open.delete(doc.uri.toString());
      }),
    );
    this._register(notes.onDidChange(() => this.open.forEach((uri) => this.changeEmitter.fire(uri))));
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    this.open.set(uri.toString(), uri);
    const id = new URLSearchParams(uri.query).get('id') ?? '';
    await this.notes.ensureBodies();
    const note = this.notes.corpus.get(id);
    if (!note) return `${vscode.l10n.t('There is no note with id "{0}" (any more).', id)}\n`;
    return formatNote(note, note.origin === 'bundled' ? BUNDLED_COMMENT : undefined);
  }

  async copyLink(arg: unknown): Promise<string | undefined> {
    const note = this.noteOf(arg);
    if (!note) return undefined;
    const link = `[[${note.id}]]`;
    await vscode.env.clipboard.writeText(link);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', link), 3000);
    return link;
  }

  async revealSource(arg: unknown): Promise<vscode.TextEditor | undefined> {
    const note = this.noteOf(arg);
    if (!note) return undefined;
    const uri = note.origin === 'user' ? parseFileUri(note.file) : bundledNoteUri(note);
    if (!uri) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The file of note "{0}" cannot be found.', note.id));
      return undefined;
    }
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc, { preview: true });
      // Put the cursor on the body in the display language.
      const line = note.origin === 'user' ? Math.max(0, (note.bodyLine?.[this.notes.language] ?? 1) - 1) : 0;
      if (line > 0 && line < doc.lineCount) {
        editor.selection = new vscode.Selection(line, 0, line, 0);
        editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
      }
      return editor;
    } catch (err) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Cannot open the file of note "{0}": {1}', note.id, String(err)));
      return undefined;
    }
  }

  private noteOf(arg: unknown): Note | undefined {
    // From the viewer's title bar the argument is not a note (or absent): use the note being read.
    const id = typeof arg === 'string' ? arg.trim() : (noteIdOf(arg) ?? this.currentNoteId());
    const note = id ? this.notes.corpus.get(id) : undefined;
    if (!note) {
      void vscode.window.showWarningMessage(id ? vscode.l10n.t('No note with id "{0}".', id) : vscode.l10n.t('Open a note first.'));
    }
    return note;
  }
}

/** User notes record their file as a URI string (see workspace-source.ts); plain paths are accepted too. */
function parseFileUri(file: string): vscode.Uri | undefined {
  if (!file) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(file) && !/^[a-z]:[\\/]/i.test(file)) {
    try {
      return vscode.Uri.parse(file, true);
    } catch {
      return undefined;
    }
  }
  return vscode.Uri.file(file);
}
