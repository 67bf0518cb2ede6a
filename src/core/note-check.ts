// Checks of a note's text that go beyond its schema: empty sections, links, version stamps.
import type { Lang, Severity } from './note';

const WIKILINK = /\[\[([^\]|\n]+)(?:\|[^\]\n]*)?\]\]/g;

/** Topics whose facts change from release to release (flags, defaults, APIs). */
const FAST_MOVING_TOPICS = ['kubernetes', 'go', 'linux', 'java', 'frontend/react', 'databases/mysql', 'databases/postgresql'];

export function isFastMoving(topic: readonly string[]): boolean {
  const path = topic.join('/');
  return FAST_MOVING_TOPICS.some((t) => path === t || path.startsWith(t + '/'));
}

/** Flags headings with nothing under them (an empty section). */
export function checkSections(
  body: string[],
  firstLine: number,
  lang: Lang,
  report: (line: number, message: string, severity?: Severity) => void,
): void {
  let heading: { text: string; line: number; level: number } | undefined;
  let hasContent = false;
  let inFence = false;
  const close = (nextLevel: number) => {
    // A heading directly followed by a deeper heading is a parent, not an empty section.
    if (heading && !hasContent && nextLevel <= heading.level) {
      report(heading.line, `empty section "${heading.text}" in the ${lang} body`);
    }
  };
  body.forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const m = inFence ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    if (m) {
      close(m[1].length);
      heading = { text: m[2].trim(), line: firstLine + 1 + i, level: m[1].length };
      hasContent = false;
    } else if (line.trim() !== '') {
      hasContent = true;
    }
  });
  close(0);
}

/** Every `[[id]]` / `[[id|label]]` target in a markdown text, with 0-based line numbers. */
export function wikiLinks(markdown: string): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((line, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence !== undefined) return;
    // Inline code is code, not a link: `x[[0]]`.
    const prose = line.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
    for (const m of prose.matchAll(WIKILINK)) out.push({ id: m[1].trim(), line: i });
  });
  return out;
}
