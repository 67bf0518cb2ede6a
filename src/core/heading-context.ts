// In Markdown a section is about what its heading names: `preferredDuringSchedulingIgnoredDuringExecution` under
// "### 软亲和性（nodeAffinity）" is a node-affinity field, under "### 软亲和性（podAffinity）" a pod-affinity one.
import type { Match, TermEntry } from './matcher';
import type { Segment } from './text-structure';
import { firstMatchFrom, noteNamedAlone, segmentAt } from './yaml-parent-key';

/** How many headings are looked at: the section's own, then the sections it is part of. */
const MAX_HEADINGS = 3;
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+\S/gm;

/** A Markdown document's ATX headings in its prose (not a `# comment` of a fenced script), in order. */
export interface Heading {
  start: number;
  end: number;
  level: number;
}

export function markdownHeadings(text: string, segments: readonly Segment[]): Heading[] {
  const headings: Heading[] = [];
  ATX_HEADING.lastIndex = 0;
  for (let m = ATX_HEADING.exec(text); m !== null; m = ATX_HEADING.exec(text)) {
    const segment = segmentAt(segments, m.index + m[0].length - 1);
    if (!segment?.prose) continue;
    const end = text.indexOf('\n', m.index);
    headings.push({ start: m.index, end: end < 0 ? text.length : end, level: m[1].length });
  }
  return headings;
}

/**
 * Where several notes claim a match in a Markdown document, the one its section's heading names alone (a match on the
 * heading's line whose every entry is that note's) wins; the nearest heading that names one of them decides, the
 * section's own first, then the sections it is part of. A heading that names two of them decides nothing.
 */
export function preferHeadingNote<T>(entries: TermEntry<T>[], m: Match<T>, headings: readonly Heading[], matches: readonly Match<T>[], noteOf: (value: T) => string): TermEntry<T>[] {
  const claimants = new Set(entries.map((e) => noteOf(e.value)));
  let h = lastHeadingBefore(headings, m.start);
  let level = 7;
  for (let seen = 0; h >= 0 && seen < MAX_HEADINGS; h--) {
    const heading = headings[h];
    if (heading.level >= level) continue;
    level = heading.level;
    seen++;
    if (m.start < heading.end) continue; // the match is in this heading: its sections above decide
    let named: string | undefined;
    for (let k = firstMatchFrom(matches, heading.start); k < matches.length && matches[k].start < heading.end; k++) {
      const note = noteNamedAlone(matches[k], noteOf);
      if (note === undefined || !claimants.has(note)) continue;
      if (named !== undefined && named !== note) return entries;
      named = note;
    }
    if (named !== undefined) return entries.filter((e) => noteOf(e.value) === named);
  }
  return entries;
}

/** The last heading that starts at or before `offset`, or -1. */
function lastHeadingBefore(headings: readonly Heading[], offset: number): number {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (headings[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
