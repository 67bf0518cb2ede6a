import * as vscode from 'vscode';
import { localize } from '../../core/note';
import { Commands } from '../ids';
import type { NotesService } from '../notes/notes-service';
import type { DocumentMatchCache } from '../matching/document-scan';
import { noteRowFields } from '../search/row-text';
import { termAt } from './term-lookup';

/**
 * "Look Up Concept at Cursor": opens the note under the cursor, offers a choice when several notes
 * share the term, and falls back to the search with the word under the cursor.
 */
export function registerLookUpCommand(notes: NotesService, matches: DocumentMatchCache): vscode.Disposable {
  return vscode.commands.registerCommand(Commands.lookUpAtCursor, async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      await vscode.commands.executeCommand(Commands.searchConcepts);
      return;
    }
    const position = editor.selection.active;
    const found = termAt(notes.corpus, editor.document, position, matches);
    if (found && found.notes.length === 1) {
      await vscode.commands.executeCommand(Commands.openNote, found.notes[0].id);
      return;
    }
    if (found) {
      const lang = notes.language;
      const pick = await vscode.window.showQuickPick(
        found.notes.map((n) => ({ ...noteRowFields(localize(n.title, lang), notes.corpus.breadcrumb(n, lang), localize(n.summary, lang)), id: n.id })),
        { placeHolder: vscode.l10n.t('Several concepts are called "{0}"', found.text) },
      );
      if (pick) await vscode.commands.executeCommand(Commands.openNote, pick.id);
      return;
    }
    const selected = editor.document.getText(editor.selection).trim();
    const wordRange = editor.document.getWordRangeAtPosition(position);
    const word = selected || (wordRange ? editor.document.getText(wordRange) : '');
    await vscode.commands.executeCommand(Commands.searchConcepts, word);
  });
}
