import * as vscode from 'vscode';
import { plainLabel } from '../../core/display-text';
import { localize, type Lang } from '../../core/note';
import { isSafeExternalUrl } from '../../core/url';
import {
  isViewerMessage,
  type HostMessage,
  type HistoryEntry,
  type HistorySnapshot,
  type NavigationState,
  type PersistedViewerState,
  type ViewerMessage,
  type ViewerStrings,
} from '../../shared/viewer-protocol';
import type { NotesService } from '../notes/notes-service';
import { Disposable } from '../util/dispose';
import { NavigationHistory } from './history';
import { viewerHtml, viewerWebviewOptions } from './html';
import { buildNoteView } from './note-view';

/** What a panel needs from its owner. */
export interface ViewerPanelHost {
  readonly notes: NotesService;
  readonly extensionUri: vscode.Uri;
  readonly log: vscode.LogOutputChannel;
  /** Opens a note beside this panel (Ctrl/Cmd+click on a link). */
  openToSide(id: string, from: ViewerPanel): void;
  /** Called after the panel moved to another note (not on a refresh or a language switch). */
  didNavigate(panel: ViewerPanel, id: string): void;
  /** Called when Back/Forward availability or the shown note changed. */
  didChangeState(panel: ViewerPanel): void;
}

export interface ViewerPanelInit {
  history: HistorySnapshot;
  lang: Lang;
  langPinned: boolean;
}

/** What tests (and the Topics view) can read about a panel. */
export interface ViewerPanelState {
  noteId: string | undefined;
  lang: Lang;
  title: string;
  history: string[];
  historyIndex: number;
  canGoBack: boolean;
  canGoForward: boolean;
  /** Whether the webview has loaded and received the current note. */
  rendered: boolean;
}

function strings(): ViewerStrings {
  return {
    back: vscode.l10n.t('Back'),
    forward: vscode.l10n.t('Forward'),
    navigation: vscode.l10n.t('Note navigation'),
    contents: vscode.l10n.t('Contents'),
    related: vscode.l10n.t('Related'),
    aliases: vscode.l10n.t('Also known as'),
    language: vscode.l10n.t('Language of this note'),
    copy: vscode.l10n.t('Copy'),
    copied: vscode.l10n.t('Copied'),
    copyCode: vscode.l10n.t('Copy code'),
    missingLink: vscode.l10n.t('No note with id "{0}"', '{0}'),
    userNote: vscode.l10n.t('Your note'),
    verified: vscode.l10n.t('Facts checked against'),
    langNames: { zh: '中文', en: 'English' },
    writtenOnlyIn: { zh: vscode.l10n.t('This note is written in Chinese only.'), en: vscode.l10n.t('This note is written in English only.') },
  };
}

/** One note viewer webview panel: its page, its history and the messages of its webview. */
export class ViewerPanel extends Disposable {
  private readonly history: NavigationHistory;
  private lang: Lang;
  private langPinned: boolean;
  /** The webview script said `ready` since the page was (re)loaded. */
  private ready = false;
  /** The heading a `[[note#Heading]]` link asked for: applied to every page of its note until the page has scrolled. */
  private pendingHeading: { id: string; heading: string } | undefined;
  private renderedId: string | undefined;
  private renderCounter = 0;
  private readonly disposeEmitter = this._register(new vscode.EventEmitter<void>());
  readonly onDidDispose = this.disposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly host: ViewerPanelHost,
    init: ViewerPanelInit,
  ) {
    super();
    this.history = new NavigationHistory(init.history);
    this.lang = init.lang;
    this.langPinned = init.langPinned;
    panel.webview.options = viewerWebviewOptions(host.extensionUri);
    this._register(panel.webview.onDidReceiveMessage((msg: unknown) => void this.handleMessage(msg)));
    this._register(
      panel.onDidChangeViewState(() => {
        // Without retainContextWhenHidden the page is discarded while hidden and reloads when shown.
        if (!panel.visible) this.ready = false;
        host.didChangeState(this);
      }),
    );
    this._register(
      panel.onDidDispose(() => {
        this.disposeEmitter.fire();
        this.dispose();
      }),
    );
    this._register(host.notes.onDidChange(() => void this.render('keep')));
    this._register(
      host.notes.onDidChangeLanguage((lang) => {
        if (this.langPinned || lang === this.lang) return;
        this.lang = lang;
        void this.render('keep');
      }),
    );
    this.updateTitle();
    panel.webview.html = viewerHtml(panel.webview, host.extensionUri, this.lang);
  }

  get noteId(): string | undefined {
    return this.history.current?.id;
  }

  get language(): Lang {
    return this.lang;
  }

  get navigation(): NavigationState {
    return { canGoBack: this.history.canGoBack, canGoForward: this.history.canGoForward };
  }

  get state(): ViewerPanelState {
    const snapshot = this.history.snapshot();
    return {
      noteId: this.noteId,
      lang: this.lang,
      title: this.panel.title,
      history: snapshot.entries.map((e) => e.id),
      historyIndex: snapshot.index,
      canGoBack: this.history.canGoBack,
      canGoForward: this.history.canGoForward,
      rendered: this.ready && this.renderedId === this.noteId,
    };
  }

  /** Shows a note in this panel as a new history entry, at `heading` (its text) when given. */
  async show(id: string, lang?: Lang, heading?: string): Promise<void> {
    if (lang && lang !== this.lang) {
      this.lang = lang;
      this.langPinned = true;
    }
    const changed = this.noteId !== id;
    // A navigation without a heading drops one still pending from an earlier link.
    if (!heading) this.pendingHeading = undefined;
    this.history.push(id);
    await this.render(changed ? 0 : 'keep', heading);
    if (changed) this.host.didNavigate(this, id);
    this.host.didChangeState(this);
  }

  back(): Promise<boolean> {
    return this.showHistoryEntry(this.history.back());
  }

  forward(): Promise<boolean> {
    return this.showHistoryEntry(this.history.forward());
  }

  private async showHistoryEntry(entry: HistoryEntry | undefined): Promise<boolean> {
    if (!entry) return false;
    await this.render(entry.scrollY);
    this.host.didNavigate(this, entry.id);
    this.host.didChangeState(this);
    return true;
  }

  async setLanguage(lang: Lang): Promise<void> {
    this.langPinned = true;
    if (lang === this.lang) return;
    this.lang = lang;
    await this.render('keep');
  }

  /**
   * Handles one message from the webview. Public so tests can play the webview's part; the
   * message is validated like any other.
   */
  async handleMessage(raw: unknown): Promise<void> {
    if (!isViewerMessage(raw)) {
      let shown: string;
      try {
        shown = JSON.stringify(raw)?.slice(0, 200) ?? String(raw);
      } catch {
        shown = String(raw);
      }
      this.host.log.warn(`Note viewer: ignored an invalid message from the webview: ${shown}`);
      return;
    }
    const msg: ViewerMessage = raw;
    switch (msg.type) {
      case 'ready':
        this.ready = true;
        await this.render(this.history.current?.scrollY ?? 0);
        return;
      case 'openNote':
        if (!this.host.notes.corpus.get(msg.id)) {
          void vscode.window.showWarningMessage(vscode.l10n.t('No note with id "{0}".', msg.id));
          return;
        }
        if (msg.toSide) this.host.openToSide(msg.id, this);
        else await this.show(msg.id, undefined, msg.heading);
        return;
      case 'openExternal':
        if (!isSafeExternalUrl(msg.url)) {
          this.host.log.warn(`Note viewer: refused to open ${msg.url.slice(0, 200)}`);
          return;
        }
        await vscode.env.openExternal(vscode.Uri.parse(msg.url, true));
        return;
      case 'navigate':
        if (msg.direction === 'back') await this.back();
        else await this.forward();
        return;
      case 'setLanguage':
        await this.setLanguage(msg.lang);
        return;
      case 'copy': {
        let ok = true;
        try {
          await vscode.env.clipboard.writeText(msg.text);
        } catch (err) {
          ok = false;
          this.host.log.warn(`Note viewer: copying failed: ${String(err)}`);
        }
        await this.post({ type: 'copyResult', ok });
        return;
      }
      case 'scroll':
        this.history.setScroll(msg.scrollY);
        // The page of the pending heading has moved (to the heading, or where the reader scrolled): its position is kept now.
        if (this.pendingHeading && this.pendingHeading.id === this.noteId && this.renderedId === this.noteId) this.pendingHeading = undefined;
        return;
    }
  }

  /** Re-renders the current note, e.g. when the notes changed. */
  refresh(): Promise<void> {
    return this.render('keep');
  }

  private persisted(scrollY: number): PersistedViewerState {
    return { version: 1, noteId: this.noteId ?? '', lang: this.lang, langPinned: this.langPinned, scrollY, history: this.history.snapshot() };
  }

  private updateTitle(): void {
    const id = this.noteId;
    const note = id ? this.host.notes.corpus.get(id) : undefined;
    this.panel.title = note ? plainLabel(localize(note.title, this.lang)) : (id ?? vscode.l10n.t('Note'));
  }

  /** The heading id of the page shown last for a `[[note#Heading]]` link (for tests). */
  lastAnchor: string | undefined;

  private async render(scroll: number | 'keep', heading?: string): Promise<void> {
    if (this.isDisposed) return;
    const run = ++this.renderCounter;
    this.updateTitle();
    const id = this.noteId;
    if (id && heading) this.pendingHeading = { id, heading };
    if (!id || !this.ready) return;
    // The heading stays pending until the page has scrolled: a render superseded while it builds, or a page that
    // reloads (says ready again) after it was posted, would otherwise open the note at its top.
    if (this.pendingHeading?.id === id) heading ??= this.pendingHeading.heading;
    else this.pendingHeading = undefined;
    const note = this.host.notes.corpus.get(id);
    const scrollY = scroll === 'keep' ? (this.history.current?.scrollY ?? 0) : scroll;
    let message: HostMessage;
    if (!note) {
      message = {
        type: 'missing',
        id,
        message: vscode.l10n.t('There is no note with id "{0}" (any more).', id),
        strings: strings(),
        navigation: this.navigation,
        state: this.persisted(scrollY),
      };
    } else {
      await this.host.notes.ensureBodies();
      const view = await buildNoteView(this.host.notes.corpus, note, this.lang, {
        cutNotice: (shown, total) => vscode.l10n.t('The rest of this note is too long to show here: {0} of {1} characters are shown.', shown.toLocaleString(), total.toLocaleString()),
      });
      // A newer navigation started while this one was rendering: it will post its own page.
      if (run !== this.renderCounter || this.isDisposed) return;
      const wanted = heading?.trim().toLowerCase();
      const anchor = wanted ? view.headings.find((h) => h.text.toLowerCase() === wanted || h.id === wanted)?.id : undefined;
      this.lastAnchor = anchor;
      message = { type: 'render', note: view, strings: strings(), scroll, ...(anchor ? { anchor } : {}), navigation: this.navigation, state: this.persisted(scrollY) };
    }
    if (await this.post(message)) this.renderedId = id;
  }

  private async post(message: HostMessage): Promise<boolean> {
    if (this.isDisposed) return false;
    try {
      return await this.panel.webview.postMessage(message);
    } catch {
      return false;
    }
  }
}
