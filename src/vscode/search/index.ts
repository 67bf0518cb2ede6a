import * as vscode from 'vscode';
import { searchIndexFor } from '../../core/search';
import { Commands } from '../ids';
import { noteIdOf } from '../preview/command-args';
import type { NotesService } from '../notes/notes-service';
import { SearchItems, type SearchQuickPickItem } from './items';
import { SearchPicker } from './picker';
import { RecentNotes } from './recent-notes';

export type { SearchQuickPickItem } from './items';
export { RecentNotes } from './recent-notes';

/** The search feature as the extension API exposes it (tests, the viewer). */
export interface SearchFeature extends vscode.Disposable {
  /** The picker's rows for an input, exactly as the quick pick would get them (best first). */
  items(input: string): SearchQuickPickItem[];
  /** The rows Search Related shows for a note (undefined for an unknown id). */
  relatedItems(id: string): SearchQuickPickItem[] | undefined;
  /** Recently opened notes; the viewer records the notes it opens here. */
  readonly recent: RecentNotes;
  /** The quick pick while one is open. */
  readonly activePicker: vscode.QuickPick<SearchQuickPickItem> | undefined;
}

/**
 * "Search Concepts" (optional initial query, e.g. from Look Up Concept at Cursor) and "Search Related
 * Concepts" (a note id). Registers its commands and disposes them with the returned feature.
 * `noteOpened` (the viewer's event) keeps "Recently opened" in step with notes opened from anywhere.
 */
export function registerSearch(notes: NotesService, context: vscode.ExtensionContext, noteOpened?: vscode.Event<{ id: string }>): SearchFeature {
  const recent = new RecentNotes(context.globalState);
  const items = new SearchItems(notes, recent);
  let picker: SearchPicker | undefined;
  const show = (query?: unknown, relatedTo?: unknown) => {
    picker?.dispose();
    const current: SearchPicker = new SearchPicker(
      notes,
      items,
      recent,
      { query: typeof query === 'string' ? query : undefined, relatedTo: noteIdOf(relatedTo) },
      () => {
        if (picker === current) picker = undefined;
      },
    );
    picker = current;
  };
  const registrations = [
    vscode.commands.registerCommand(Commands.searchConcepts, (query?: unknown) => show(query)),
    // A bundled note's related ids come with the bodies file: read it first (once; fast afterwards), and the
    // full text its matching rows search, built in slices (once).
    vscode.commands.registerCommand(Commands.searchRelated, async (id?: unknown) => {
      await notes.ensureBodies();
      await searchIndexFor(notes.corpus).warmInSlices();
      show(undefined, id);
    }),
  ];
  if (noteOpened) registrations.push(noteOpened((e) => void recent.record(e.id)));
  const feature: SearchFeature = {
    items: (input) => items.forInput(input),
    relatedItems: (id) => items.related(id),
    recent,
    get activePicker() {
      return picker?.quickPick;
    },
    dispose() {
      picker?.dispose();
      for (const r of registrations) r.dispose();
    },
  };
  context.subscriptions.push(feature);
  return feature;
}
