// Webview script of the note viewer (built into dist/media/viewer.js, an IIFE).
// The extension host renders the note (sanitized HTML) and sends it with a `render` message; this
// script builds the page around it and turns clicks and keys into typed messages for the host.
import {
  isHostMessage,
  type HostMessage,
  type NavigationState,
  type NoteView,
  type PersistedViewerState,
  type ViewerLang,
  type ViewerMessage,
  type ViewerStrings,
} from '../../src/shared/viewer-protocol';

interface VsCodeApi {
  postMessage(message: ViewerMessage): void;
  getState(): unknown;
  setState(state: PersistedViewerState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('cr-app') as HTMLElement;

let strings: ViewerStrings | undefined;
let persisted: PersistedViewerState | undefined;
let navigation: NavigationState = { canGoBack: false, canGoForward: false };
/** The reader started the last navigation from inside the page: move the focus to the new title. */
let focusTitleAfterRender = false;
let lastCopyButton: HTMLButtonElement | undefined;

function post(message: ViewerMessage): void {
  vscode.postMessage(message);
}

// ---- DOM helpers --------------------------------------------------------------------------------

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; attrs?: Record<string, string> } = {}, children: Node[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const child of children) node.appendChild(child);
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** A 16px codicon-like chevron (the webview has no icon font). */
function chevron(direction: 'left' | 'right'): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', direction === 'left' ? 'M10.5 3 5.5 8l5 5' : 'M5.5 3l5 5-5 5');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.5');
  svg.appendChild(path);
  return svg;
}

function navButton(direction: 'back' | 'forward', s: ViewerStrings): HTMLButtonElement {
  const label = direction === 'back' ? s.back : s.forward;
  const keys = direction === 'back' ? 'Alt+←' : 'Alt+→';
  const button = el('button', { className: `cr-icon-button cr-${direction}`, attrs: { type: 'button', 'aria-label': label, title: `${label} (${keys})` } }, [chevron(direction === 'back' ? 'left' : 'right')]);
  button.disabled = direction === 'back' ? !navigation.canGoBack : !navigation.canGoForward;
  button.addEventListener('click', () => navigate(direction));
  return button;
}

function toolbar(s: ViewerStrings, crumbs: string[], lang?: ViewerLang): HTMLElement {
  const bar = el('nav', { className: 'cr-toolbar', attrs: { 'aria-label': s.navigation } }, [navButton('back', s), navButton('forward', s)]);
  const crumb = el('ol', { className: 'cr-breadcrumb' });
  for (const name of crumbs) crumb.appendChild(el('li', { text: name }));
  bar.appendChild(crumb);
  if (lang) {
    const group = el('div', { className: 'cr-lang', attrs: { role: 'group', 'aria-label': s.language } });
    for (const l of ['zh', 'en'] as const) {
      const b = el('button', { className: 'cr-lang-button', text: s.langNames[l], attrs: { type: 'button', 'aria-pressed': String(l === lang), lang: l === 'zh' ? 'zh-CN' : 'en' } });
      b.addEventListener('click', () => {
        if (l !== lang) post({ type: 'setLanguage', lang: l });
      });
      group.appendChild(b);
    }
    bar.appendChild(group);
  }
  return bar;
}

function noteLink(id: string, text: string, summary?: string): HTMLAnchorElement {
  const a = el('a', { className: 'note-link', text, attrs: { href: '#', 'data-note': id } });
  if (summary) a.title = summary;
  return a;
}

// ---- rendering ----------------------------------------------------------------------------------

function renderNote(note: NoteView, s: ViewerStrings): void {
  document.documentElement.lang = note.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = note.title;
  const header = el('header', { className: 'cr-header' });
  const title = el('h1', { className: 'cr-title', text: note.title, attrs: { tabindex: '-1' } });
  if (note.origin === 'user') title.appendChild(el('span', { className: 'cr-badge', text: s.userNote }));
  header.appendChild(title);
  header.appendChild(el('p', { className: 'cr-summary', text: note.summary }));
  if (note.writtenIn) header.appendChild(el('p', { className: 'cr-fallback', text: s.writtenOnlyIn[note.writtenIn] }));
  if (note.aliases.length > 0) {
    const p = el('p', { className: 'cr-aliases' }, [el('span', { className: 'cr-label', text: s.aliases })]);
    for (const alias of note.aliases) p.appendChild(el('span', { className: 'cr-alias', text: alias }));
    header.appendChild(p);
  }
  if (note.related.length > 0) {
    const nav = el('nav', { className: 'cr-related', attrs: { 'aria-label': s.related } }, [el('span', { className: 'cr-label', text: s.related })]);
    const list = el('ul');
    for (const r of note.related) list.appendChild(el('li', {}, [noteLink(r.id, r.title, r.summary)]));
    nav.appendChild(list);
    header.appendChild(nav);
  }

  const bodyLang = note.writtenIn ?? note.lang;
  const body = el('article', { className: 'cr-body markdown-body', attrs: { lang: bodyLang === 'zh' ? 'zh-CN' : 'en' } });
  // The host's renderer escapes raw HTML and keeps only http(s) and note links.
  body.innerHTML = note.html;
  applyDataStyles(body);
  addCopyButtons(body, s);
  for (const span of Array.from(body.querySelectorAll<HTMLElement>('[data-missing-note]'))) {
    span.title = s.missingLink.replace('{0}', span.dataset.missingNote ?? '');
  }

  const children: Node[] = [toolbar(s, note.breadcrumb, note.lang), header];
  const tocHeadings = note.headings.filter((h) => h.level <= 3);
  if (note.headings.length >= 4) {
    const minLevel = Math.min(...tocHeadings.map((h) => h.level));
    const list = el('ol');
    for (const h of tocHeadings) {
      const a = el('a', { text: h.text, attrs: { href: `#${h.id}`, 'data-heading': h.id } });
      list.appendChild(el('li', { className: `cr-toc-level-${h.level - minLevel + 1}` }, [a]));
    }
    const details = el('details', { className: 'cr-toc-details' }, [el('summary', { text: s.contents }), list]);
    details.open = true;
    children.push(el('nav', { className: 'cr-toc', attrs: { 'aria-label': s.contents } }, [details]));
  }
  children.push(body);
  if (note.verified.length > 0) {
    // Plain text only: the versions come from the note's frontmatter.
    children.push(el('footer', { className: 'cr-footer', text: `${s.verified}: ${note.verified.join(' · ')}` }));
  }
  app.replaceChildren(...children);
  app.removeAttribute('aria-busy');
}

function renderMissing(message: string, s: ViewerStrings): void {
  document.title = message;
  app.replaceChildren(toolbar(s, []), el('p', { className: 'cr-missing', text: message, attrs: { role: 'status' } }));
  app.removeAttribute('aria-busy');
}

/** KaTeX's layout styles arrive as data-style (inline style attributes would break the CSP): set them through the CSSOM. */
function applyDataStyles(root: HTMLElement): void {
  for (const node of Array.from(root.querySelectorAll<HTMLElement>('[data-style]'))) {
    for (const declaration of (node.dataset.style ?? '').split(';')) {
      const colon = declaration.indexOf(':');
      if (colon <= 0) continue;
      node.style.setProperty(declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim());
    }
    node.removeAttribute('data-style');
  }
}

function addCopyButtons(root: HTMLElement, s: ViewerStrings): void {
  for (const pre of Array.from(root.querySelectorAll<HTMLPreElement>('pre'))) {
    const wrap = el('div', { className: 'cr-code' });
    pre.replaceWith(wrap);
    const lang = pre.dataset.lang;
    const button = el('button', { className: 'cr-copy', text: s.copy, attrs: { type: 'button', 'aria-label': lang ? `${s.copyCode} (${lang})` : s.copyCode } });
    button.addEventListener('click', () => {
      lastCopyButton = button;
      post({ type: 'copy', text: pre.textContent ?? '' });
    });
    wrap.append(pre, button);
  }
}

function setNavigation(next: NavigationState): void {
  navigation = next;
  const back = app.querySelector<HTMLButtonElement>('.cr-back');
  const forward = app.querySelector<HTMLButtonElement>('.cr-forward');
  if (back) back.disabled = !next.canGoBack;
  if (forward) forward.disabled = !next.canGoForward;
}

function persist(): void {
  if (persisted && pendingScroll === undefined) vscode.setState({ ...persisted, scrollY: Math.round(window.scrollY) });
}

/**
 * A saved scroll position waits until the page is tall enough to reach it: after a window reload the
 * webview can be laid out before it has its size, and fonts and math change the height later (animation
 * frames do not run while it is hidden). Until then the clamped position is not saved over it.
 */
let pendingScroll: number | undefined;

function restoreScroll(target: number): void {
  pendingScroll = target;
  applyPendingScroll();
}

function applyPendingScroll(): void {
  if (pendingScroll === undefined) return;
  window.scrollTo(0, pendingScroll);
  if (Math.abs(window.scrollY - pendingScroll) <= 1) pendingScroll = undefined;
}

const pageResize = new ResizeObserver(applyPendingScroll);
pageResize.observe(app);
pageResize.observe(document.documentElement);
void document.fonts.ready.then(applyPendingScroll);
// The reader's own scrolling wins over a restore still waiting.
for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const) {
  window.addEventListener(type, () => (pendingScroll = undefined), { passive: true, capture: true });
}

function handle(message: HostMessage): void {
  switch (message.type) {
    case 'render':
    case 'missing': {
      strings = message.strings;
      navigation = message.navigation;
      persisted = message.state;
      if (message.type === 'render') renderNote(message.note, message.strings);
      else renderMissing(message.message, message.strings);
      const target = message.type === 'render' ? message.scroll : 0;
      const heading = message.type === 'render' && message.anchor ? document.getElementById(message.anchor) : null;
      if (heading) {
        heading.scrollIntoView({ block: 'start' });
        requestAnimationFrame(() => heading.scrollIntoView({ block: 'start' }));
      } else if (target !== 'keep') {
        restoreScroll(target);
      }
      if (focusTitleAfterRender) {
        focusTitleAfterRender = false;
        app.querySelector<HTMLElement>('.cr-title, .cr-missing')?.focus({ preventScroll: true });
      }
      persist();
      return;
    }
    case 'navigation':
      setNavigation(message.navigation);
      return;
    case 'copyResult': {
      const button = lastCopyButton;
      if (!button || !strings) return;
      const s = strings;
      button.textContent = message.ok ? s.copied : '✕';
      button.classList.toggle('cr-copied', message.ok);
      setTimeout(() => {
        button.textContent = s.copy;
        button.classList.remove('cr-copied');
      }, 1500);
      return;
    }
  }
}

// ---- input --------------------------------------------------------------------------------------

function flushScroll(): void {
  post({ type: 'scroll', scrollY: Math.max(0, Math.round(window.scrollY)) });
}

function navigate(direction: 'back' | 'forward'): void {
  if (direction === 'back' ? !navigation.canGoBack : !navigation.canGoForward) return;
  flushScroll();
  focusTitleAfterRender = document.activeElement !== document.body;
  post({ type: 'navigate', direction });
}

function openNote(id: string, toSide: boolean, heading?: string | null): void {
  flushScroll();
  focusTitleAfterRender = !toSide && !heading;
  post(heading ? { type: 'openNote', id, toSide, heading } : { type: 'openNote', id, toSide });
}

// Clicks are handled here and stopped, so VS Code's own link handling of webviews (which would open
// any href) never sees them: only note links and http(s) links do anything.
document.addEventListener('click', (event) => {
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor) return;
  event.preventDefault();
  event.stopPropagation();
  const note = anchor.getAttribute('data-note');
  if (note) {
    openNote(note, event.ctrlKey || event.metaKey, anchor.getAttribute('data-note-heading'));
    return;
  }
  const heading = anchor.getAttribute('data-heading');
  if (heading) {
    const target = document.getElementById(heading);
    if (target) {
      target.setAttribute('tabindex', '-1');
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
    return;
  }
  const href = anchor.getAttribute('href') ?? '';
  if (anchor.classList.contains('external-link') && /^https?:\/\//i.test(href)) post({ type: 'openExternal', url: href });
});

// Middle click on a note link: open it beside. Other buttons on links: nothing (no browser navigation).
document.addEventListener('auxclick', (event) => {
  const anchor = (event.target as Element | null)?.closest?.('a');
  if (!anchor) return;
  event.preventDefault();
  event.stopPropagation();
  const note = anchor.getAttribute('data-note');
  if (note && event.button === 1) openNote(note, true);
});

// Mouse back/forward buttons (3 and 4).
const isHistoryButton = (event: MouseEvent) => event.button === 3 || event.button === 4;
document.addEventListener('mousedown', (event) => {
  if (isHistoryButton(event)) event.preventDefault();
});
document.addEventListener('mouseup', (event) => {
  if (!isHistoryButton(event)) return;
  event.preventDefault();
  event.stopPropagation();
  navigate(event.button === 3 ? 'back' : 'forward');
});

document.addEventListener('keydown', (event) => {
  const mac = navigator.platform.toUpperCase().includes('MAC');
  const back = (event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'ArrowLeft') || (mac && event.metaKey && event.key === '[');
  const forward = (event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'ArrowRight') || (mac && event.metaKey && event.key === ']');
  if (!back && !forward) return;
  event.preventDefault();
  // Not passed on to the workbench, whose own Go Back would act on the editor history.
  event.stopPropagation();
  navigate(back ? 'back' : 'forward');
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  if (scrollTimer) clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => {
    scrollTimer = undefined;
    if (pendingScroll !== undefined) return;
    persist();
    flushScroll();
  }, 200);
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isHostMessage(event.data)) handle(event.data);
});

post({ type: 'ready' });
