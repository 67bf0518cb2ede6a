/**
 * Keeping our ranking in a VS Code quick pick (stable API, VS Code 1.100).
 *
 * When the input is not empty, VS Code filters the items itself and re-sorts them: every item whose
 * label matches the input (prefix, substring or camelCase) moves above the others and those are
 * ordered by VS Code's `compareAnything` (prefix matches first, shorter first, then alphabetically).
 * `alwaysShow` keeps non-matching items visible but does not stop the re-sort, and the switches that
 * would (`sortByLabel`, `matchOnLabel`) are proposed API, unavailable to a published extension.
 * Highlights, on the other hand, only come from that same filter (QuickPickItem has no highlight field).
 *
 * So: the leading run of our ranking whose labels start with the input, already in the order VS Code
 * would give them (shorter first), keeps its plain label and gets VS Code's highlight; every other
 * label that could match is written with an invisible WORD JOINER (U+2060) between its characters, so
 * VS Code's matchers never find the input in it and leave it where we put it. The joiner is a
 * format character: nothing is drawn, and it marks "no word break", so text is still read as words.
 * Limitation: a one-character input still matches single characters, so for one-character inputs
 * VS Code's order applies to the labels that contain that character.
 */
import { lazyCollator } from '../../core/collator';

export const WORD_JOINER = '\u2060';

// Made on first use, not at load: in the web extension host src/core is evaluated at the start of activation.
let compareLabels: ((a: string, b: string) => number) | undefined;

/** The label as displayed, with the joiners inserted (by code point, so surrogate pairs stay whole). */
export function protectLabel(label: string): string {
  return Array.from(label).join(WORD_JOINER);
}

/** The label as written, without the joiners. */
export function plainLabel(label: string): string {
  return label.split(WORD_JOINER).join('');
}

/**
 * For labels in our ranked order and the raw quick pick input, which labels to protect (true) so that
 * VS Code's re-sort keeps our order.
 */
export function labelsToProtect(labels: readonly string[], input: string): boolean[] {
  const query = input.trim();
  if (!query) return labels.map(() => false);
  // VS Code compares with the untrimmed, lower-cased input.
  const lookFor = input.toLowerCase();
  const first = query[0].toLowerCase();
  const wildcard = query.includes('*');
  let run = 0;
  while (run < labels.length) {
    const label = labels[run].toLowerCase();
    if (!label.startsWith(lookFor)) break;
    if (run > 0) {
      const prev = labels[run - 1];
      const cur = labels[run];
      const inOrder = prev.length < cur.length || (prev.length === cur.length && isAscii(prev) && isAscii(cur) && (compareLabels ??= lazyCollator(undefined, { numeric: true, sensitivity: 'base' }))(prev, cur) <= 0);
      if (!inOrder) break;
    }
    run++;
  }
  return labels.map((label, i) => {
    if (i < run) return false;
    // Every VS Code label matcher needs the input's first character somewhere in the label.
    return wildcard || label.toLowerCase().includes(first);
  });
}

function isAscii(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s);
}
