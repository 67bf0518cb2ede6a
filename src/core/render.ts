// The one Markdown renderer of note bodies: the note viewer (extension host, Node and browser) and
// `concept-ref show --html` both call renderNoteBody. Configured once at module load:
//   - raw HTML is escaped (html: false), never executed;
//   - links survive only for http(s) URLs (validateLink, checked again when rendering);
//   - images are never fetched: a remote image becomes a link to open it in the browser, so no request
//     leaves the viewer (inline data:image/png|gif|jpeg|webp images are shown);
//   - [[id]] / [[id|label]] become in-viewer note links, or marked plain text when the note is missing;
//   - fenced code is highlighted by highlight.js (class-based output: the viewer's CSS colours it);
//   - $...$ and $$...$$ are typeset by KaTeX (trust: false, throwOnError: false);
//   - headings get ids, and the heading list comes back for a table of contents;
//   - work is bounded: at most MAX_RENDER_CHARS of Markdown (the rest is cut with a visible notice),
//     MAX_NESTING levels of blocks and inline markup, and MAX_MATH formulas typeset per body.
// No `vscode` import: this module is part of the pure core.
import katex from 'katex';
import MarkdownIt from 'markdown-it';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import csharp from 'highlight.js/lib/languages/csharp';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import go from 'highlight.js/lib/languages/go';
import ini from 'highlight.js/lib/languages/ini';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import kotlin from 'highlight.js/lib/languages/kotlin';
import makefile from 'highlight.js/lib/languages/makefile';
import markdown from 'highlight.js/lib/languages/markdown';
import python from 'highlight.js/lib/languages/python';
import rust from 'highlight.js/lib/languages/rust';
import scss from 'highlight.js/lib/languages/scss';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import swift from 'highlight.js/lib/languages/swift';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import { displayMathClose, inlineMathClose, opensInlineMath } from './tex-math';
import { isSafeExternalUrl } from './url';

export { isSafeExternalUrl };

export interface RenderOptions {
  /** Whether a note id exists; links to missing notes render as plain, marked text. */
  exists(id: string): boolean;
  /**
   * The note a `[[target]]` names (an id, file name or title, optionally `#Heading`); without it only
   * exact ids resolve.
   */
  resolve?(target: string): { id: string; heading?: string } | undefined;
  /** The text of a `[[id]]` link without a label (e.g. the note's title); the id when absent. */
  title?(id: string): string | undefined;
  /** A one-line description of a linked note, shown as the link's tooltip. */
  summary?(id: string): string | undefined;
  /** The sentence shown where a body too long to render is cut (MAX_RENDER_CHARS); English when absent. */
  cutNotice?(shownChars: number, totalChars: number): string;
}

export interface Heading {
  /** 1 to 6. */
  level: number;
  /** Plain text of the heading. */
  text: string;
  /** The `id` attribute of the heading element (unique within one body). */
  id: string;
}

export interface RenderedBody {
  /**
   * Sanitized HTML. KaTeX's layout styles come as `data-style` attributes instead of `style`, so the
   * HTML works under a Content-Security-Policy without 'unsafe-inline' (the viewer applies them
   * through the CSSOM); table cell alignment comes as `align-left|center|right` classes.
   */
  html: string;
  headings: Heading[];
}

interface RenderEnv extends MarkdownIt.Env {
  options: RenderOptions;
  headings: Heading[];
  slugs: Map<string, number>;
  /** Open http(s) links around the current token (an image inside one is not made a second link). */
  linkDepth: number;
  /** Formulas typeset so far (MAX_MATH). */
  math: number;
  /** In this inline source up to `max`, no `$` after `from` can close inline math (see math_inline). */
  mathUnclosed?: { src: string; max: number; from: number };
  /** Lines the $$ block rule may still look through for a closing $$ (MAX_MATH_SCAN_LINES). */
  mathScanLines: number;
}

/**
 * Markdown past this many characters is not rendered; a notice says how much was left out. The note
 * parsers already refuse files over MAX_NOTE_BYTES, so only a body near that size is ever cut.
 */
export const MAX_RENDER_CHARS = 256 * 1024;
/** Nesting of blocks (> quotes, lists) and inline markup markdown-it follows; deeper markup stays text. */
export const MAX_NESTING = 32;
/** Formulas typeset by KaTeX in one body; later ones are shown as their TeX source. */
export const MAX_MATH = 500;
/**
 * Lines the `$$` block rule looks through, in all, for closing `$$` lines. Every `$$` line that is never
 * closed scans to the end of its block: without a budget, 20,000 such lines took 9 s (quadratic).
 */
export const MAX_MATH_SCAN_LINES = 50_000;

// Languages registered by name; aliases map the names notes use onto them. `shell` in notes means
// commands (no prompt), which highlight.js calls bash; its own `shell` grammar is for `console` sessions.
const LANGUAGES: Record<string, Parameters<typeof hljs.registerLanguage>[1]> = {
  bash, c, cpp, csharp, css, diff, dockerfile, go, ini, java, javascript, json, kotlin, makefile, markdown,
  python, rust, scss, sql, swift, typescript, xml, yaml,
  // highlight.js names this grammar "shell"; that name is taken by the bash alias below.
  console: shell,
};
for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);
hljs.registerAliases(['sh', 'shell', 'zsh', 'shellscript'], { languageName: 'bash' });
hljs.registerAliases(['shell-session'], { languageName: 'console' });
hljs.registerAliases(['tsx', 'ets'], { languageName: 'typescript' });
hljs.registerAliases(['jsx', 'js', 'mjs', 'cjs'], { languageName: 'javascript' });
hljs.registerAliases(['toml'], { languageName: 'ini' });
hljs.registerAliases(['html', 'svg', 'xhtml'], { languageName: 'xml' });

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_LINK_TARGET = 300;
// Bounded repetition: an unclosed `[[` is tried at every position, so an unbounded scan to the end of the
// line made a line of 20,000 `[[` take seconds (quadratic).
const WIKILINK = /\[\[([^\]|\n]{1,300})(?:\|([^\]\n]{0,300}))?\]\]/y; // 300: MAX_LINK_TARGET
const SAFE_IMAGE_DATA = /^data:image\/(?:gif|png|jpeg|webp);/i;

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false, maxNesting: MAX_NESTING });
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
md.validateLink = (url) => isSafeExternalUrl(url) || SAFE_IMAGE_DATA.test(url.trim());
const escapeHtml = md.utils.escapeHtml;

// ---- [[id]] and [[id|label]] ---------------------------------------------------------------

md.inline.ruler.before('link', 'wikilink', (state, silent) => {
  if (state.src.charCodeAt(state.pos) !== 0x5b /* [ */ || state.src.charCodeAt(state.pos + 1) !== 0x5b) return false;
  WIKILINK.lastIndex = state.pos;
  const m = WIKILINK.exec(state.src);
  if (!m) return false;
  const id = m[1].trim();
  const label = m[2]?.trim() || undefined;
  if (id === '' || id.length > MAX_LINK_TARGET) return false;
  // Without a resolver (bundled notes) only an id is a link target.
  if (!(state.env as RenderEnv).options?.resolve && !ID_PATTERN.test(id)) return false;
  if (!silent) {
    // Inside a link's text a nested link would be invalid HTML: keep the words only.
    const token = state.linkLevel > 0 ? state.push('text', '', 0) : state.push('wikilink', '', 0);
    if (token.type === 'text') token.content = label ?? id;
    token.meta = { id, label };
  }
  state.pos += m[0].length;
  return true;
});

md.renderer.rules.wikilink = (tokens, idx, _options, env) => {
  const { id: target, label } = tokens[idx].meta as { id: string; label?: string };
  const { options } = env as RenderEnv;
  const resolved = options.resolve ? options.resolve(target) : ID_PATTERN.test(target) && options.exists(target) ? { id: target } : undefined;
  if (!resolved) {
    return `<span class="note-link broken" data-missing-note="${escapeHtml(target)}">${escapeHtml(label ?? target)}</span>`;
  }
  const id = resolved.id;
  const text = label ?? options.title?.(id) ?? id;
  const summary = options.summary?.(id);
  const title = summary ? ` title="${escapeHtml(summary)}"` : '';
  const heading = resolved.heading ? ` data-note-heading="${escapeHtml(resolved.heading)}"` : '';
  return `<a class="note-link" data-note="${escapeHtml(id)}"${heading} href="#"${title}>${escapeHtml(text)}</a>`;
};

// ---- links: http(s) only, checked again at render time ----------------------------------------

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const href = String(token.attrGet('href') ?? '');
  if (!isSafeExternalUrl(href)) {
    token.meta = { ...(token.meta as object), unsafe: true };
    return '<span class="link-blocked">';
  }
  token.attrSet('class', 'external-link');
  token.attrSet('title', href);
  token.attrSet('rel', 'noopener noreferrer');
  (env as RenderEnv).linkDepth++;
  return defaultLinkOpen(tokens, idx, options, env, self);
};
md.renderer.rules.link_close = (tokens, idx, options, env, self) => {
  // The matching link_open is the nearest earlier link_open at the same nesting.
  let depth = 0;
  for (let i = idx - 1; i >= 0; i--) {
    if (tokens[i].type === 'link_close') depth++;
    else if (tokens[i].type === 'link_open') {
      if (depth === 0) {
        if ((tokens[i].meta as { unsafe?: boolean } | null)?.unsafe) return '</span>';
        (env as RenderEnv).linkDepth--;
        return self.renderToken(tokens, idx, options);
      }
      depth--;
    }
  }
  return self.renderToken(tokens, idx, options);
};

// ---- images: inline data only; a remote image is a link, never a request --------------------

const defaultImage = md.renderer.rules.image!;
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const src = String(token.attrGet('src') ?? '').trim();
  if (SAFE_IMAGE_DATA.test(src)) return defaultImage(tokens, idx, options, env, self);
  const alt = self.renderInlineAsText(token.children ?? [], options, env);
  const text = escapeHtml(alt || src);
  // Inside a link the words stay (a link in a link is invalid HTML).
  if (!isSafeExternalUrl(src) || (env as RenderEnv).linkDepth > 0) return `<span class="image-link">${text}</span>`;
  const url = escapeHtml(src);
  return `<a href="${url}" class="external-link image-link" title="${url}" rel="noopener noreferrer">${text}</a>`;
};

// ---- fenced code ------------------------------------------------------------------------------

md.renderer.rules.fence = (tokens, idx) => {
  const token = tokens[idx];
  // The info string is the note's text: only a language-like name becomes a class and data-lang.
  const word = token.info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const lang = /^[a-z0-9_+#.-]{1,40}$/.test(word) ? word : '';
  const known = lang !== '' && hljs.getLanguage(lang) !== undefined;
  const code = known ? hljs.highlight(token.content, { language: lang, ignoreIllegals: true }).value : escapeHtml(token.content);
  const langAttr = lang ? ` data-lang="${escapeHtml(lang)}"` : '';
  // A class name takes letters, digits, "-" and "_" only (`c++` and `1.` name no class).
  const langClass = /^[a-z0-9_-]+$/.test(lang) ? ` language-${lang}` : '';
  return `<pre class="code-block"${langAttr}><code class="hljs${langClass}">${code}</code></pre>\n`;
};

md.renderer.rules.code_block = (tokens, idx) =>
  `<pre class="code-block"><code class="hljs">${escapeHtml(tokens[idx].content)}</code></pre>\n`;

// ---- tables: scrollable wrapper, alignment as classes (no inline styles) ----------------------

md.renderer.rules.table_open = () => '<div class="table-wrap"><table>\n';
md.renderer.rules.table_close = () => '</table></div>\n';
md.core.ruler.push('align_classes', (state) => {
  for (const token of state.tokens) {
    if (token.type !== 'th_open' && token.type !== 'td_open') continue;
    const style = token.attrGet('style');
    const m = typeof style === 'string' ? /^text-align:(left|center|right)$/.exec(style) : null;
    if (!token.attrs) continue;
    token.attrs = token.attrs.filter(([name]) => name !== 'style');
    if (m) token.attrJoin('class', `align-${m[1]}`);
  }
});

// ---- math: $...$ inline, $$...$$ display ------------------------------------------------------

function renderMath(tex: string, displayMode: boolean, env: RenderEnv): string {
  if (++env.math > MAX_MATH) return `<code class="math-source">${escapeHtml(tex)}</code>`;
  const html = katex.renderToString(tex, { displayMode, throwOnError: false, trust: false, strict: 'ignore', output: 'htmlAndMathml' });
  // KaTeX escapes every attribute value and text, so ` style="` only occurs as its own attributes.
  return html.replace(/ style="([^"]*)"/g, ' data-style="$1"');
}

md.inline.ruler.after('escape', 'math_inline', (state, silent) => {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== 0x24 /* $ */) return false;
  const display = src.charCodeAt(start + 1) === 0x24;
  if (display) {
    const end = displayMathClose(src, start);
    if (end < 0) return false;
    if (!silent) {
      const token = state.push('math_inline_display', 'math', 0);
      token.content = src.slice(start + 2, end).trim();
      token.markup = '$$';
    }
    state.pos = end + 2;
    return true;
  }
  if (!opensInlineMath(src, start, state.posMax)) return false;
  // Once a scan found no closing `$` after some point, no later opening can find one either (inlineMathClose).
  // Without this, "$a " repeated made every opening scan to the end of the paragraph (quadratic: 40 s for 256 KiB).
  const env = state.env as RenderEnv;
  const unclosed = env.mathUnclosed;
  if (unclosed && unclosed.src === src && unclosed.max === state.posMax && start >= unclosed.from) return false;
  const end = inlineMathClose(src, start + 1, state.posMax);
  if (end < 0) {
    env.mathUnclosed = { src, max: state.posMax, from: start };
    return false;
  }
  if (!silent) {
    const token = state.push('math_inline', 'math', 0);
    token.content = src.slice(start + 1, end);
    token.markup = '$';
  }
  state.pos = end + 1;
  return true;
});

md.block.ruler.before(
  'fence',
  'math_block',
  (state, startLine, endLine, silent) => {
    let pos = state.bMarks[startLine] + state.tShift[startLine];
    let max = state.eMarks[startLine];
    if (state.sCount[startLine] - state.blkIndent >= 4) return false;
    if (pos + 2 > max || state.src.slice(pos, pos + 2) !== '$$') return false;
    pos += 2;
    let firstLine = state.src.slice(pos, max);
    let lastLine = '';
    let next = startLine;
    let found = false;
    if (firstLine.trim().endsWith('$$')) {
      // One line: $$ ... $$
      firstLine = firstLine.trim().slice(0, -2);
      found = true;
    }
    if (!found) {
      const env = state.env as RenderEnv;
      for (next = startLine + 1; next < endLine; next++) {
        if (--env.mathScanLines < 0) return false;
        pos = state.bMarks[next] + state.tShift[next];
        max = state.eMarks[next];
        if (pos < max && state.sCount[next] < state.blkIndent) break;
        const line = state.src.slice(pos, max).trimEnd();
        if (line.endsWith('$$')) {
          lastLine = line.slice(0, -2);
          found = true;
          break;
        }
      }
    }
    if (!found) return false;
    if (silent) return true;
    const body = next === startLine ? firstLine : [firstLine, state.getLines(startLine + 1, next, state.tShift[startLine], true), lastLine].join('\n');
    const token = state.push('math_block', 'math', 0);
    token.block = true;
    token.content = body.trim();
    token.markup = '$$';
    token.map = [startLine, next + 1];
    state.line = next + 1;
    return true;
  },
  { alt: ['paragraph', 'reference', 'blockquote', 'list'] },
);

md.renderer.rules.math_inline = (tokens, idx, _o, env) => `<span class="math-inline">${renderMath(tokens[idx].content, false, env as RenderEnv)}</span>`;
md.renderer.rules.math_inline_display = (tokens, idx, _o, env) => `<span class="math-display">${renderMath(tokens[idx].content, true, env as RenderEnv)}</span>`;
md.renderer.rules.math_block = (tokens, idx, _o, env) => `<div class="math-block">${renderMath(tokens[idx].content, true, env as RenderEnv)}</div>\n`;

// ---- heading ids and the table of contents ------------------------------------------------------

/** GitHub-style slug: lower case, letters/digits/CJK kept, spaces to hyphens, other punctuation dropped. */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s+/g, '-');
}

/** Plain text of a heading's inline content, with [[links]] shown as the body shows them. */
function inlineText(token: MarkdownIt.Token, options: RenderOptions): string {
  let out = '';
  for (const child of token.children ?? []) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
      case 'math_inline':
        out += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += ' ';
        break;
      case 'wikilink': {
        const { id, label } = child.meta as { id: string; label?: string };
        out += label ?? (options.exists(id) ? (options.title?.(id) ?? id) : id);
        break;
      }
      default:
        break;
    }
  }
  return out.replace(/\s+/g, ' ').trim();
}

md.core.ruler.push('heading_ids', (state) => {
  const env = state.env as RenderEnv;
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i];
    if (open.type !== 'heading_open') continue;
    const inline = tokens[i + 1];
    if (inline?.type !== 'inline') continue;
    const text = inlineText(inline, env.options);
    const base = slugify(text) || 'section';
    const seen = env.slugs.get(base);
    let id = base;
    if (seen !== undefined) {
      let n = seen;
      do {
        n++;
        id = `${base}-${n}`;
      } while (env.slugs.has(id));
      env.slugs.set(base, n);
    }
    env.slugs.set(id, env.slugs.get(id) ?? 0);
    open.attrSet('id', id);
    env.headings.push({ level: Number(open.tag.slice(1)), text, id });
  }
});

/** Renders a note body to sanitized HTML: raw HTML is escaped, only http(s) and note links survive. */
export function renderNoteBody(markdown: string, options: RenderOptions): RenderedBody {
  const env: RenderEnv = { options, headings: [], slugs: new Map(), linkDepth: 0, math: 0, mathScanLines: MAX_MATH_SCAN_LINES };
  let source = markdown;
  let notice = '';
  if (markdown.length > MAX_RENDER_CHARS) {
    // Cut at a line end, so no construct is split in the middle of a line.
    const lineEnd = markdown.lastIndexOf('\n', MAX_RENDER_CHARS);
    source = markdown.slice(0, lineEnd > MAX_RENDER_CHARS / 2 ? lineEnd : MAX_RENDER_CHARS);
    const text = options.cutNotice?.(source.length, markdown.length) ?? `The rest of this note is too long to show here: ${source.length} of ${markdown.length} characters are shown.`;
    notice = `<p class="render-cut" role="note">${escapeHtml(text)}</p>\n`;
  }
  const html = md.render(source, env) + notice;
  return { html, headings: env.headings };
}
