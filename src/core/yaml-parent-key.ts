// In YAML a key means what the key above it is about: `requiredDuringSchedulingIgnoredDuringExecution` under
// `podAffinity:` is a pod-affinity rule, under `nodeAffinity:` a node-affinity one.
import type { Match, TermEntry } from './matcher';
import type { Segment } from './text-structure';

const YAML_LANGUAGES = new Set(['yaml', 'dockercompose', 'github-actions-workflow']);
/** How many enclosing keys are looked at, nearest first. */
const MAX_DEPTH = 4;

/** The column a YAML line's content starts at, list markers (`- `) skipped; -1 for a blank or comment line. */
function keyColumn(text: string, lineStart: number, lineEnd: number): number {
  let k = lineStart;
  while (k < lineEnd && (text[k] === ' ' || (text[k] === '-' && text[k + 1] === ' '))) k++;
  return k >= lineEnd || text[k] === '#' || text[k] === '\r' ? -1 : k - lineStart;
}

export function segmentAt(segments: readonly Segment[], offset: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].to <= offset) lo = mid + 1;
    else if (segments[mid].from > offset) hi = mid - 1;
    else return segments[mid];
  }
  return undefined;
}

/** The note a match names alone (every entry is that note's), or undefined where it names several. */
export function noteNamedAlone<T>(m: Match<T>, noteOf: (value: T) => string): string | undefined {
  const note = noteOf(m.entries[0].value);
  for (let k = 1; k < m.entries.length; k++) if (noteOf(m.entries[k].value) !== note) return undefined;
  return note;
}

/** The first match at or after `offset` (matches sorted by start). */
export function firstMatchFrom<T>(matches: readonly Match<T>[], offset: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where several notes claim a match in YAML code, the one an enclosing key names alone (a match on that key's line
 * whose every entry is that note's) wins; the nearest such key decides. Otherwise the entries stay as they are.
 */
export function preferEnclosingKeyNote<T>(entries: TermEntry<T>[], m: Match<T>, text: string, segments: readonly Segment[], matches: readonly Match<T>[], noteOf: (value: T) => string): TermEntry<T>[] {
  const segment = segmentAt(segments, m.start);
  if (!segment || segment.prose || !YAML_LANGUAGES.has(segment.languageId)) return entries;
  const claimants = new Set(entries.map((e) => noteOf(e.value)));
  let lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  const matchLineEnd = text.indexOf('\n', m.start);
  let column = keyColumn(text, lineStart, matchLineEnd < 0 ? text.length : matchLineEnd);
  for (let depth = 0; column > 0 && depth < MAX_DEPTH && lineStart > segment.from; ) {
    const lineEnd = lineStart - 1;
    lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const own = keyColumn(text, lineStart, lineEnd);
    if (own < 0 || own >= column) continue;
    column = own;
    depth++;
    for (let k = firstMatchFrom(matches, lineStart); k < matches.length && matches[k].start < lineEnd; k++) {
      const note = noteNamedAlone(matches[k], noteOf);
      if (note !== undefined && claimants.has(note)) return entries.filter((e) => noteOf(e.value) === note);
    }
  }
  return entries;
}
