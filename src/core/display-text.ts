// Note text shown outside the viewer: hover Markdown, tree labels and tooltips, quick pick rows,
// completion items, Problems messages, the terminal. Notes are untrusted (a cloned repository brings
// them), so what they say must show as the words they are, on one line, and never as markup, an icon,
// a link, a command, a terminal control sequence or text that runs the other way.

/**
 * C0 and C1 control characters (newlines, tabs, ESC, the 8-bit CSI U+009B), and the invisible
 * characters that change how the rest of a line is shown: bidirectional embeddings, overrides and
 * isolates (Trojan Source, CVE-2021-42574), zero-width space, word joiner and byte order mark.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LABEL = /[\u0000-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2060\u2066-\u2069\ufeff]+/g;

/** Longest label shown; the rest becomes "…". */
export const MAX_LABEL_CHARS = 300;

/**
 * One line of plain text: controls and invisible direction marks become a space (or nothing), runs of
 * white space one space, at most `max` characters.
 */
export function plainLabel(text: string, max: number = MAX_LABEL_CHARS): string {
  // Controls become a space (a newline separates words); the invisible marks vanish.
  // eslint-disable-next-line no-control-regex
  const line = text.replace(UNSAFE_IN_LABEL, (m) => (/[\u0000-\u001f\u007f-\u009f]/.test(m) ? ' ' : '')).replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= max ? line : chars.slice(0, max - 1).join('') + '…';
}

/** What VS Code draws as an icon where icons are supported: `$(name)` or `$(name~modifier)`. */
const THEME_ICON = /\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/g;

/**
 * Text for the places that draw `$(name)` as an icon (quick pick labels, descriptions and details,
 * Markdown with supportThemeIcons): `\$(name)` is VS Code's escape and shows the characters. An icon
 * already written escaped gets one more backslash, so its backslash shows too.
 */
export function escapeThemeIcons(text: string): string {
  return text.replace(THEME_ICON, '\\$&');
}

/** A quick pick label, description or detail: one plain line, icons escaped. */
export function quickPickText(text: string, max?: number): string {
  return escapeThemeIcons(plainLabel(text, max));
}

/**
 * Punctuation that can start Markdown: emphasis, code, links and images, autolinks (`:` of a scheme, `.`
 * of a `www.` name or an e-mail domain), raw HTML and entities, headings, lists, quotes, tables, setext
 * underlines, strikethrough. CommonMark lets any ASCII punctuation be backslash-escaped.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!~|<>&:=]/g;

/**
 * Text for a Markdown string (hover, tooltip) that renders as exactly these characters: one plain line,
 * Markdown punctuation backslash-escaped (so no emphasis, link, autolink, HTML, entity, heading, list or
 * table can start), and `$(name)` written as VS Code's escaped icon, shown as text even with
 * supportThemeIcons.
 */
export function markdownText(text: string, max?: number): string {
  return escapeThemeIcons(plainLabel(text, max)).replace(MARKDOWN_PUNCTUATION, '\\$&');
}

/**
 * A line for a terminal: control characters (ESC sequences move the cursor, recolour, retitle the
 * window or write to the clipboard) and direction overrides become visible `\u001b`-style escapes. Newlines
 * and tabs stay. The same escapes are valid JSON string escapes, so `--json` output stays JSON.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
export function terminalText(text: string): string {
  return text.replace(UNSAFE_IN_TERMINAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
