import * as vscode from 'vscode';
import { registerAuthoring } from './authoring';
import { ConceptHoverProvider } from './hover/hover-provider';
import { registerLookUpCommand } from './hover/lookup-command';
import { Commands } from './ids';
import { ConceptsInFileView } from './in-file/concepts-in-file-view';
import { TermUnderline } from './in-file/underline';
import { loadLazyCode } from './lazy-code/lazy-code';
import { createLog } from './log';
import { DocumentMatchCache } from './matching/document-scan';
import { NoteDiagnostics } from './notes/note-diagnostics';
import { NotesService } from './notes/notes-service';
import { registerReader, type Reader } from './reader';
import { registerSearch, type SearchFeature } from './search';
import { registerWalkthrough } from './walkthrough';

/** What tests and other extensions can reach through `extension.exports`. */
export interface ConceptReferenceApi extends Reader {
  notes: NotesService;
  conceptsInFile: ConceptsInFileView;
  /** Search Concepts: ranked picker rows for a query, recently opened notes. */
  search: SearchFeature;
  activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<ConceptReferenceApi> {
  const started = performance.now();
  const log = createLog();
  context.subscriptions.push(log);
  await loadLazyCode(context.extensionUri);

  const notes = await NotesService.create(context.extensionUri, log);
  context.subscriptions.push(notes);
  const matcherStats = notes.corpus.matcher.stats;

  const matches = new DocumentMatchCache();
  const conceptsInFile = new ConceptsInFileView(notes, matches);
  context.subscriptions.push(
    matches,
    new ConceptHoverProvider(notes, matches),
    registerLookUpCommand(notes, matches),
    conceptsInFile,
    new TermUnderline(notes, matches),
    new NoteDiagnostics(notes, context.extensionUri),
    vscode.commands.registerCommand(Commands.reloadNotes, () => notes.reloadUserNotes()),
    ...registerAuthoring(notes, matches),
    ...registerWalkthrough(context, notes),
  );
  const reader = registerReader(context, notes, log);

  const search = registerSearch(notes, context, reader.viewer.onDidOpenNote);
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms: ${notes.bundledCount} bundled notes, ${matcherStats.terms} terms.`);
  // User notes are read after activation so the first paint never waits on the file system.
  void notes.reloadUserNotes().then(() => {
    if (notes.corpus.size !== notes.bundledCount) log.info(`Loaded ${notes.corpus.size - notes.bundledCount} workspace notes.`);
  });
  return { notes, conceptsInFile, search, activationMs, ...reader };
}

export function deactivate(): void {}
