import type * as vscode from 'vscode';
import type { DocumentMatchCache } from '../matching/document-scan';
import type { NotesService } from '../notes/notes-service';
import { CreateConceptNote } from './create-note';
import { NoteLinks } from './note-links';
import { TerminologyDiagnostics } from './terminology-diagnostics';

/** Writing notes in VS Code: Create Concept Note, [[links]] inside note files, the terminology lint. */
export function registerAuthoring(notes: NotesService, matches: DocumentMatchCache): vscode.Disposable[] {
  return [new CreateConceptNote(notes, matches), new NoteLinks(notes), new TerminologyDiagnostics(notes)];
}
