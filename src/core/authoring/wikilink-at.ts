/** A `[[target]]` or `[[target|label]]` in a line: the target's text and its range in the line. */
export interface WikiLinkAt {
  target: string;
  /** Range of the target text (between `[[` and `|` or `]]`). */
  start: number;
  end: number;
}

const LINK = /\[\[([^\]|\n]*)(?:\|[^\]\n]*)?\]\]/g;

/** The wiki link whose brackets contain `offset`, if any. */
export function wikiLinkAt(line: string, offset: number): WikiLinkAt | undefined {
  for (const m of line.matchAll(LINK)) {
    const from = m.index ?? 0;
    if (offset < from || offset > from + m[0].length) continue;
    const target = m[1];
    const start = from + 2 + (target.length - target.trimStart().length);
    return { target: target.trim(), start, end: start + target.trim().length };
  }
  return undefined;
}

/** When the text before `offset` is an unclosed `[[…`, the partial target typed so far and where it starts. */
export function openWikiLinkBefore(line: string, offset: number): { typed: string; start: number } | undefined {
  const open = line.lastIndexOf('[[', offset);
  if (open < 0 || offset < open + 2) return undefined;
  const typed = line.slice(open + 2, offset);
  if (typed.includes(']]') || typed.includes('|') || typed.includes('\n')) return undefined;
  return { typed, start: open + 2 };
}
