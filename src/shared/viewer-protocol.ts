// The messages between the note viewer's extension-host side (src/vscode/preview) and its webview
// script (media/viewer/main.ts). Both sides import this file; it has no `vscode` and no DOM types.
// Everything the webview sends is untrusted: the host accepts a message only if isViewerMessage
// says so, and ignores (and logs) anything else.
import { isNoteIdSyntax } from './note-id';

export type ViewerLang = 'zh' | 'en';
export const VIEWER_LANGS: readonly ViewerLang[] = ['zh', 'en'];

/** One entry of a panel's Back/Forward history. */
export interface HistoryEntry {
  id: string;
  /** Vertical scroll offset in CSS pixels when the entry was left. */
  scrollY: number;
}

export interface HistorySnapshot {
  entries: HistoryEntry[];
  /** Index of the current entry in `entries`. */
  index: number;
}

/** What the webview persists with setState, so a window reload restores the panel (see the serializer). */
export interface PersistedViewerState {
  version: 1;
  noteId: string;
  lang: ViewerLang;
  /** Whether the language was chosen for this panel (else it follows the display language setting). */
  langPinned: boolean;
  scrollY: number;
  history: HistorySnapshot;
}

export interface HeadingInfo {
  level: number;
  text: string;
  id: string;
}

export interface NoteLinkInfo {
  id: string;
  title: string;
  summary: string;
}

/** A note ready to show: every string is plain text except `html`, the renderer's sanitized body. */
export interface NoteView {
  id: string;
  lang: ViewerLang;
  title: string;
  summary: string;
  breadcrumb: string[];
  aliases: string[];
  related: NoteLinkInfo[];
  origin: 'bundled' | 'user';
  html: string;
  headings: HeadingInfo[];
  /** Versions the version-dependent facts were checked against, as "tool version" (kubectl 1.31). */
  verified: string[];
  /** Set when the note exists in this other language only (a team's one-language note), so `lang` is a fallback. */
  writtenIn?: ViewerLang;
}

/** User-facing strings of the page, localized by the host (vscode.l10n). */
export interface ViewerStrings {
  back: string;
  forward: string;
  navigation: string;
  contents: string;
  related: string;
  aliases: string;
  language: string;
  copy: string;
  copied: string;
  copyCode: string;
  /** "{0}" is replaced by the note id. */
  missingLink: string;
  userNote: string;
  /** Footer label before the checked versions. */
  verified: string;
  langNames: Record<ViewerLang, string>;
  /** "This note is written in English only", per language the note is written in. */
  writtenOnlyIn: Record<ViewerLang, string>;
}

export interface NavigationState {
  canGoBack: boolean;
  canGoForward: boolean;
}

// ---- host → webview ---------------------------------------------------------------------------

export type HostMessage =
  | {
      type: 'render';
      note: NoteView;
      strings: ViewerStrings;
      /** Where to scroll after rendering: a pixel offset, or 'keep' to stay where the reader is. */
      scroll: number | 'keep';
      /** The id of a heading to show at the top instead (a `[[note#Heading]]` link was followed). */
      anchor?: string;
      navigation: NavigationState;
      /** What the webview should persist. */
      state: PersistedViewerState;
    }
  | {
      type: 'missing';
      id: string;
      /** A sentence saying the note does not exist (any more). */
      message: string;
      strings: ViewerStrings;
      navigation: NavigationState;
      state: PersistedViewerState;
    }
  | { type: 'navigation'; navigation: NavigationState }
  | { type: 'copyResult'; ok: boolean };

// ---- webview → host ---------------------------------------------------------------------------

export type ViewerMessage =
  /** The script has loaded and wants the current note. */
  | { type: 'ready' }
  /** A [[link]] or a related note was clicked; `toSide` with Ctrl/Cmd or the middle button; `heading` for [[id#Heading]]. */
  | { type: 'openNote'; id: string; toSide: boolean; heading?: string }
  /** An http(s) link was clicked. */
  | { type: 'openExternal'; url: string }
  | { type: 'navigate'; direction: 'back' | 'forward' }
  | { type: 'setLanguage'; lang: ViewerLang }
  /** Copy a code block's text to the clipboard. */
  | { type: 'copy'; text: string }
  /** The reader scrolled (debounced). */
  | { type: 'scroll'; scrollY: number };

export const MAX_COPY_CHARS = 1_000_000;
export const MAX_URL_CHARS = 8192;
export const MAX_HEADING_CHARS = 300;
const MAX_SCROLL = 10_000_000;

export function isNoteId(x: unknown): x is string {
  return isNoteIdSyntax(x);
}

export function isViewerLang(x: unknown): x is ViewerLang {
  return x === 'zh' || x === 'en';
}

function isScroll(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= MAX_SCROLL;
}

/** A plain object, as postMessage and getState deliver them (structured clone): no class instance, no inherited fields. */
function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

/** True when `x` has exactly these keys (no more, no fewer). */
function hasKeys(x: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(x);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(x, k));
}

/** Validates a message from the webview field by field; anything unexpected is rejected. */
export function isViewerMessage(x: unknown): x is ViewerMessage {
  if (!isRecord(x) || typeof x.type !== 'string') return false;
  switch (x.type) {
    case 'ready':
      return hasKeys(x, ['type']);
    case 'openNote':
      if (hasKeys(x, ['type', 'id', 'toSide', 'heading'])) return isNoteId(x.id) && typeof x.toSide === 'boolean' && typeof x.heading === 'string' && x.heading.length > 0 && x.heading.length <= MAX_HEADING_CHARS;
      return hasKeys(x, ['type', 'id', 'toSide']) && isNoteId(x.id) && typeof x.toSide === 'boolean';
    case 'openExternal':
      return hasKeys(x, ['type', 'url']) && typeof x.url === 'string' && x.url.length <= MAX_URL_CHARS && /^https?:\/\//i.test(x.url);
    case 'navigate':
      return hasKeys(x, ['type', 'direction']) && (x.direction === 'back' || x.direction === 'forward');
    case 'setLanguage':
      return hasKeys(x, ['type', 'lang']) && isViewerLang(x.lang);
    case 'copy':
      return hasKeys(x, ['type', 'text']) && typeof x.text === 'string' && x.text.length <= MAX_COPY_CHARS;
    case 'scroll':
      return hasKeys(x, ['type', 'scrollY']) && isScroll(x.scrollY);
    default:
      return false;
  }
}

export function isHistorySnapshot(x: unknown): x is HistorySnapshot {
  if (!isRecord(x) || !Array.isArray(x.entries) || x.entries.length === 0 || x.entries.length > 1000) return false;
  if (typeof x.index !== 'number' || !Number.isInteger(x.index) || x.index < 0 || x.index >= x.entries.length) return false;
  return x.entries.every((e) => isRecord(e) && isNoteId(e.id) && isScroll(e.scrollY));
}

/** Validates the state a webview persisted (it comes back from disk after a reload). */
export function isPersistedViewerState(x: unknown): x is PersistedViewerState {
  return (
    isRecord(x) &&
    x.version === 1 &&
    isNoteId(x.noteId) &&
    isViewerLang(x.lang) &&
    typeof x.langPinned === 'boolean' &&
    isScroll(x.scrollY) &&
    isHistorySnapshot(x.history)
  );
}

/** The webview's check of what the host sends (the host is trusted; this guards against mistakes). */
export function isHostMessage(x: unknown): x is HostMessage {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'render':
      return isRecord(x.note) && typeof x.note.html === 'string' && isRecord(x.strings) && isRecord(x.navigation) && isRecord(x.state);
    case 'missing':
      return typeof x.id === 'string' && typeof x.message === 'string' && isRecord(x.strings) && isRecord(x.navigation);
    case 'navigation':
      return isRecord(x.navigation);
    case 'copyResult':
      return typeof x.ok === 'boolean';
    default:
      return false;
  }
}
