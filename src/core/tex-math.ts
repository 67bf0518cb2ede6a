/**
 * Where TeX between dollar signs is, by Pandoc's rules: the viewer typesets it (render.ts) and the scanner leaves
 * it out (text-structure.ts), so both read the same `$…$` and `$$…$$`.
 */

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Whether the `$` at `open` can open inline math before `max`: a non-space must follow it. */
export function opensInlineMath(src: string, open: number, max: number): boolean {
  return open + 1 < max && !isSpace(src.charCodeAt(open + 1));
}

/**
 * The `$` after `from` and before `max` that closes inline math, or -1: a non-space right before it, no digit
 * right after it ("$5 and $10" stays text) and no backslash escaping it. Whether a `$` closes does not depend on
 * where the math opened, so once this found none after some point, no later opening can find one either.
 */
export function inlineMathClose(src: string, from: number, max: number): number {
  for (let end = src.indexOf('$', from); end >= 0 && end < max; end = src.indexOf('$', end + 1)) {
    const before = src.charCodeAt(end - 1);
    if (before !== 0x5c && !isSpace(before) && !isDigit(src.charCodeAt(end + 1))) return end;
  }
  return -1;
}

/** The `$$` that closes display math opened at `open`, or -1; math with only spaces in it is none. */
export function displayMathClose(src: string, open: number): number {
  const end = src.indexOf('$$', open + 2);
  return end < 0 || src.slice(open + 2, end).trim() === '' ? -1 : end;
}
