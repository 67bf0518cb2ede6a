import * as vscode from 'vscode';
import { quickPickText } from '../../core/display-text';
import { localize } from '../../core/note';
import { searchIndexFor } from '../../core/search';
import { Commands } from '../ids';
import type { NotesService } from '../notes/notes-service';
import { itemButtons, type SearchItems, type SearchQuickPickItem } from './items';
import type { RecentNotes } from './recent-notes';

export interface PickerRequest {
  /** Text to start with (e.g. the word under the cursor). */
  query?: string;
  /** Show this note's related notes first (Search Related). */
  relatedTo?: string;
}

/**
 * One open "Search Concepts" quick pick. Ranks on every keystroke from the corpus's prebuilt index
 * (built once per corpus change); Enter opens the note, the row buttons open it to the side or copy
 * its `[[id]]` link.
 */
export class SearchPicker implements vscode.Disposable {
  readonly quickPick: vscode.QuickPick<SearchQuickPickItem>;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  constructor(
    notes: NotesService,
    private readonly items: SearchItems,
    private readonly recent: RecentNotes,
    request: PickerRequest,
    onDidHide: () => void,
  ) {
    const qp = vscode.window.createQuickPick<SearchQuickPickItem>();
    this.quickPick = qp;
    qp.placeholder = vscode.l10n.t('Search concepts: English, 中文, pinyin (zszl), or words from the text');
    // Highlights in the summary come from VS Code's own filter; they do not change the order.
    qp.matchOnDescription = false;
    qp.matchOnDetail = true;
    const relatedRows = request.relatedTo ? items.related(request.relatedTo) : undefined;
    const relatedNote = relatedRows ? notes.corpus.get(request.relatedTo!) : undefined;
    if (relatedNote) qp.title = quickPickText(vscode.l10n.t('Concepts Related to {0}', localize(relatedNote.title, notes.language)));
    const relatedTo = relatedRows ? request.relatedTo : undefined;
    // Search Related shows its list while the input is empty; typing searches everything.
    const rowsFor = (value: string) => (relatedTo && !value.trim() ? (this.items.related(relatedTo) ?? []) : this.items.forInput(value));
    const initial = request.query?.trim() ?? '';
    qp.value = initial;
    qp.items = relatedRows && !initial ? relatedRows : rowsFor(initial);

    this.disposables.push(
      qp.onDidChangeValue((value) => {
        qp.items = rowsFor(value);
      }),
      // New or edited notes: rank again against the new corpus (its index is built once, lazily).
      notes.onDidChange(() => {
        qp.items = rowsFor(qp.value);
      }),
      qp.onDidAccept(() => {
        const item = qp.selectedItems[0] ?? qp.activeItems[0];
        if (item?.noteId) void this.open(item.noteId, Commands.openNote);
      }),
      qp.onDidTriggerItemButton((e) => {
        const id = e.item.noteId;
        if (!id) return;
        if (e.button === itemButtons().openToSide) {
          void this.open(id, Commands.openNoteToSide);
        } else if (e.button === itemButtons().copyLink) {
          void vscode.env.clipboard.writeText(`[[${id}]]`).then(() => vscode.window.setStatusBarMessage(vscode.l10n.t('Copied [[{0}]]', id), 3000));
        }
      }),
      qp.onDidHide(() => {
        this.dispose();
        onDidHide();
      }),
    );
    qp.show();
    // Build the indexes while the list paints rather than on the first keystrokes (a no-op once built:
    // they live as long as the corpus). Names first, with the bundled names' pinyin: every query needs
    // them; full text after. Both a slice at a time, so the host stays responsive; a query typed meanwhile
    // completes what it needs at once.
    const pinyin = notes.ensurePinyin();
    setTimeout(async () => {
      await pinyin;
      if (this.disposed) return;
      await searchIndexFor(notes.corpus).warmInSlices({ fullText: false });
      // Full text once the bodies are in; then rank the current input again with it. Workspace notes that
      // arrive meanwhile make a new corpus, whose index is then the one to build.
      await notes.ensureBodies();
      for (let index = searchIndexFor(notes.corpus); !this.disposed; ) {
        await index.warmInSlices();
        const current = searchIndexFor(notes.corpus);
        if (current === index) {
          if (!this.disposed) qp.items = rowsFor(qp.value);
          return;
        }
        index = current;
      }
    }, 0);
  }

  private async open(id: string, command: string): Promise<void> {
    this.quickPick.hide();
    await this.recent.record(id);
    await vscode.commands.executeCommand(command, id);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.quickPick.dispose();
  }
}
