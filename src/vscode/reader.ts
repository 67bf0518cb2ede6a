import * as vscode from 'vscode';
import type { NotesService } from './notes/notes-service';
import { NoteViewer } from './preview/note-viewer';
import { NoteCommands } from './tree/note-commands';
import { autoRevealEnabled, TopicsView } from './tree/topics-view';

export interface Reader {
  viewer: NoteViewer;
  topics: TopicsView;
}

/** The Topics view and the note viewer, and how they follow each other. */
export function registerReader(context: vscode.ExtensionContext, notes: NotesService, log: vscode.LogOutputChannel): Reader {
  const viewer = new NoteViewer(notes, context.extensionUri, log);
  const current = () => viewer.activeNoteId;
  const topics = new TopicsView(notes, current);
  context.subscriptions.push(
    viewer,
    topics,
    new NoteCommands(notes, current),
    // Select the note being read in the Topics view, when the view is open (revealing never opens it).
    viewer.onDidChangeActiveNote((id) => {
      if (id && autoRevealEnabled() && topics.view.visible) void topics.reveal(id, { select: true, focus: false });
    }),
  );
  return { viewer, topics };
}
