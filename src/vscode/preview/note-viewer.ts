import * as vscode from 'vscode';
import type { Lang } from '../../core/note';
import { isPersistedViewerState } from '../../shared/viewer-protocol';
import { Commands, ContextKeys, ViewerPanelType } from '../ids';
import type { NotesService } from '../notes/notes-service';
import { Disposable } from '../util/dispose';
import { noteIdOf, openNoteOptionsOf, type OpenNoteOptions } from './command-args';
import { viewerWebviewOptions } from './html';
import { ViewerPanel, type ViewerPanelHost, type ViewerPanelState } from './viewer-panel';
import { Settings } from '../settings';

export interface NoteOpenedEvent {
  id: string;
  lang: Lang;
}

/**
 * The note viewer: opens notes in webview panels (one reused panel, or one per note with
 * `conceptReference.viewer.openInNewPanel`), restores them after a reload, and runs the
 * openNote / openNoteToSide / viewerBack / viewerForward commands.
 */
export class NoteViewer extends Disposable implements ViewerPanelHost {
  private readonly panels = new Set<ViewerPanel>();
  /** The panel openNote reuses. */
  private reusable: ViewerPanel | undefined;
  /** The panel that was active last (target of Back/Forward and Reveal in Topics). */
  private lastActive: ViewerPanel | undefined;

  private readonly openedEmitter = this._register(new vscode.EventEmitter<NoteOpenedEvent>());
  /** Fires whenever a panel shows another note (opened, followed link, Back/Forward): for "recently opened" lists. */
  readonly onDidOpenNote = this.openedEmitter.event;
  private readonly activeNoteEmitter = this._register(new vscode.EventEmitter<string | undefined>());
  /** Fires when the note of the active viewer panel changes (another note, or another panel became active). */
  readonly onDidChangeActiveNote = this.activeNoteEmitter.event;

  constructor(
    readonly notes: NotesService,
    readonly extensionUri: vscode.Uri,
    readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this._register(
      vscode.commands.registerCommand(Commands.openNote, (arg: unknown, options: unknown) =>
        // From a tree menu the second argument is the list of selected items, not options.
        this.openCommand(arg, typeof arg === 'string' ? options : undefined),
      ),
    );
    this._register(vscode.commands.registerCommand(Commands.openNoteToSide, (arg: unknown) => this.openCommand(arg, { toSide: true })));
    this._register(vscode.commands.registerCommand(Commands.viewerBack, () => this.back()));
    this._register(vscode.commands.registerCommand(Commands.viewerForward, () => this.forward()));
    this._register(
      vscode.window.registerWebviewPanelSerializer(ViewerPanelType, {
        deserializeWebviewPanel: (panel, state) => this.restore(panel, state),
      }),
    );
    this._register({ dispose: () => [...this.panels].forEach((p) => p.panel.dispose()) });
  }

  /** The panel Back/Forward act on: the active viewer panel, else the one active last. */
  get activePanel(): ViewerPanel | undefined {
    for (const p of this.panels) if (p.panel.active) return p;
    return this.lastActive;
  }

  /** Every open viewer panel. */
  get allPanels(): readonly ViewerPanel[] {
    return [...this.panels];
  }

  /** State of the active panel (for tests and the API). */
  get state(): ViewerPanelState | undefined {
    return this.activePanel?.state;
  }

  /** The note of the active viewer panel. */
  get activeNoteId(): string | undefined {
    return this.activePanel?.noteId;
  }

  /** Opens a note; shows a warning and resolves undefined when there is no such note. */
  async open(id: string, options: OpenNoteOptions = {}): Promise<ViewerPanel | undefined> {
    return this.openIn(id, options, Settings.viewerOpenInNewPanel());
  }

  private async openIn(id: string, options: OpenNoteOptions, newPanel: boolean): Promise<ViewerPanel | undefined> {
    if (!this.notes.corpus.get(id)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('No note with id "{0}".', id));
      return undefined;
    }
    const target = newPanel ? undefined : this.reusable;
    const preserveFocus = options.preserveFocus ?? false;
    if (target) {
      let column = target.panel.viewColumn;
      if (options.toSide && column !== undefined && column === vscode.window.tabGroups.activeTabGroup.viewColumn && !target.panel.active) {
        column = vscode.ViewColumn.Beside;
      }
      target.panel.reveal(column, preserveFocus);
      await target.show(id, options.lang);
      return target;
    }
    const lang = options.lang ?? this.notes.language;
    const panel = vscode.window.createWebviewPanel(
      ViewerPanelType,
      id,
      { viewColumn: options.toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preserveFocus },
      { ...viewerWebviewOptions(this.extensionUri), enableFindWidget: true },
    );
    const viewer = this.adopt(panel, { history: { entries: [{ id, scrollY: 0 }], index: 0 }, lang, langPinned: options.lang !== undefined });
    await viewer.show(id);
    this.didNavigate(viewer, id);
    return viewer;
  }

  async back(): Promise<boolean> {
    return (await this.activePanel?.back()) ?? false;
  }

  async forward(): Promise<boolean> {
    return (await this.activePanel?.forward()) ?? false;
  }

  // ---- ViewerPanelHost ----

  openToSide(id: string, from: ViewerPanel): void {
    // From inside the reused panel, "to the side" means a second panel; from elsewhere, the usual rules.
    void this.openIn(id, { toSide: true }, from === this.reusable || Settings.viewerOpenInNewPanel());
  }

  didNavigate(panel: ViewerPanel, id: string): void {
    this.openedEmitter.fire({ id, lang: panel.language });
    if (panel === this.activePanel) this.activeNoteEmitter.fire(id);
  }

  didChangeState(panel: ViewerPanel): void {
    if (panel.panel.active) {
      const changed = this.lastActive !== panel;
      this.lastActive = panel;
      if (changed) this.activeNoteEmitter.fire(panel.noteId);
    }
    const active = this.activePanel;
    void vscode.commands.executeCommand('setContext', ContextKeys.viewerCanGoBack, active?.navigation.canGoBack ?? false);
    void vscode.commands.executeCommand('setContext', ContextKeys.viewerCanGoForward, active?.navigation.canGoForward ?? false);
  }

  // ---- internals ----

  private async openCommand(arg: unknown, rawOptions: unknown): Promise<void> {
    const id = noteIdOf(arg);
    const options = openNoteOptionsOf(rawOptions);
    if (id === undefined || options === undefined) {
      this.log.warn(`openNote: ignored invalid arguments ${safeJson([arg, rawOptions])}`);
      void vscode.window.showWarningMessage(vscode.l10n.t('Open Note needs a note id, for example "kubectl-run".'));
      return;
    }
    await this.open(id, options);
  }

  private adopt(panel: vscode.WebviewPanel, init: ConstructorParameters<typeof ViewerPanel>[2]): ViewerPanel {
    const viewer = new ViewerPanel(panel, this, init);
    this.panels.add(viewer);
    this.reusable ??= viewer;
    this.lastActive = viewer;
    viewer.onDidDispose(() => {
      this.panels.delete(viewer);
      if (this.reusable === viewer) this.reusable = undefined;
      if (this.lastActive === viewer) this.lastActive = undefined;
      this.didChangeState(viewer);
    });
    return viewer;
  }

  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    if (!isPersistedViewerState(state)) {
      // Nothing usable was saved (or it was tampered with): a blank viewer is of no use.
      this.log.warn('Note viewer: discarded a panel whose saved state is invalid.');
      panel.dispose();
      return;
    }
    const history = state.history;
    // The webview saves its latest scroll position with the state; the history entry may lag behind.
    history.entries[history.index].scrollY = state.scrollY;
    this.adopt(panel, { history, lang: state.langPinned ? state.lang : this.notes.language, langPinned: state.langPinned });
  }
}

function safeJson(value: unknown): string {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 200);
  } catch {
    return String(value);
  }
}
