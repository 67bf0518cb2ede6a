// KaTeX font faces the package leaves out (woff2 files and their @font-face rules), and what in KaTeX's
// output asks for each: a rendered span whose classes include every class of one of `selectedBy`'s sets,
// per katex.min.css. No bundled note renders such a span (test/unit/content.test.ts); in a team note the
// math shows in the webview's default font, or for a bold face in the browser's emboldened regular face.
/** @type {readonly { file: string; selectedBy: readonly (readonly string[])[] }[]} */
export const KATEX_FONTS_LEFT_OUT = [
  { file: 'Fraktur-', selectedBy: [['mathfrak'], ['textfrak'], ['mathboldfrak'], ['textboldfrak']] },
  { file: 'Script-', selectedBy: [['mathscr'], ['textscr']] },
  { file: 'SansSerif-', selectedBy: [['mathsf'], ['textsf'], ['mathitsf'], ['mathsfit'], ['textitsf'], ['mathboldsf'], ['textboldsf']] },
  { file: 'Typewriter-', selectedBy: [['mathtt'], ['texttt']] },
  { file: 'Caligraphic-Bold.', selectedBy: [['mathcal', 'textbf']] },
  // \boldsymbol and \bm (16 KB), and \textbf{\textit{…}} (17 KB).
  { file: 'Math-BoldItalic.', selectedBy: [['boldsymbol']] },
  { file: 'Main-BoldItalic.', selectedBy: [['textbf', 'textit']] },
];

/** The left-out font files (their name starts) that a span with these classes would load. */
export function leftOutFontsFor(classes) {
  return KATEX_FONTS_LEFT_OUT.filter((font) => font.selectedBy.some((set) => set.every((c) => classes.includes(c)))).map((font) => font.file);
}

const range = (from, to) => {
  let s = '';
  for (let c = from; c <= to; c++) s += String.fromCodePoint(c);
  return s;
};
const PRINTABLE_ASCII = range(0x20, 0x7e);
const GREEK = range(0x391, 0x3a9) + range(0x3b1, 0x3c9) + '\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5';
// AMS symbols a note's math is likeliest to use besides the ones bundled notes do: ∴ ∵ ∅ ∄ ∁ ✓ ≲ ≳ ⩽ ⩾ ∤ ∦ □ ■ ℏ ∠.
const COMMON_AMS = '\u2234\u2235\u2205\u2204\u2201\u2713\u2272\u2273\u2a7d\u2a7e\u2224\u2226\u25a1\u25a0\u210f\u2220';

/**
 * KaTeX faces the package carries only in part: every character the bundled notes' math lays out (see
 * mathCharacters) plus `keep`. The rest of a face's glyphs (AMS's hundreds of relation symbols, bold and italic
 * accented letters) would cost about 33 KB for math no note writes; in a team note such a character shows in the
 * webview's default font. KaTeX_Main-Regular, the face of most math text, KaTeX_Math-Italic and the others stay whole.
 */
export const KATEX_FONT_SUBSETS = [
  { file: 'AMS-Regular', keep: PRINTABLE_ASCII + COMMON_AMS },
  { file: 'Main-Bold', keep: PRINTABLE_ASCII + GREEK },
  { file: 'Main-Italic', keep: PRINTABLE_ASCII + GREEK },
];

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: '\u00a0' };

/**
 * Adds to `into` every character KaTeX lays out in `html` (a rendered note body): the text inside each
 * `<span class="katex-html">`, not its MathML copy for screen readers nor the prose around it.
 */
export function mathCharacters(html, into = new Set()) {
  const tag = /<(\/?)span\b[^>]*>/g;
  const open = '<span class="katex-html"';
  for (let at = html.indexOf(open); at >= 0; ) {
    tag.lastIndex = at;
    let depth = 0;
    let textFrom = at;
    let end = html.length;
    for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
      const text = html.slice(textFrom, m.index).replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#x27|#39|nbsp);/g, (_, e) => ENTITIES[e]);
      for (const ch of text) into.add(ch);
      textFrom = tag.lastIndex;
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = tag.lastIndex;
        break;
      }
    }
    at = html.indexOf(open, end);
  }
  return into;
}

/** The code points a woff2 font maps (its cmap), read with HarfBuzz after converting the font to TrueType. */
export async function fontCodePoints(woff2) {
  const { Blob, Face } = await import('harfbuzzjs');
  const { convert } = await import('fontverter');
  return new Set(new Face(new Blob(await convert(woff2, 'truetype')), 0).collectUnicodes());
}

/**
 * Rewrites the woff2 files of KATEX_FONT_SUBSETS in `fontsDir` with only the glyphs of `characters` and each
 * face's `keep`, and checks that every one of them the whole face had is still there (throws if not). Returns
 * each face's bytes before and after.
 */
export async function subsetKatexFonts(fontsDir, characters) {
  const { default: subsetFont } = await import('subset-font');
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const sizes = [];
  for (const { file, keep } of KATEX_FONT_SUBSETS) {
    const path = join(fontsDir, `KaTeX_${file}.woff2`);
    const whole = readFileSync(path);
    const wanted = [...characters].join('') + keep;
    const part = await subsetFont(whole, wanted, { targetFormat: 'woff2' });
    const had = await fontCodePoints(whole);
    const has = await fontCodePoints(part);
    const lost = [...wanted].filter((ch) => had.has(ch.codePointAt(0)) && !has.has(ch.codePointAt(0)));
    if (lost.length > 0) throw new Error(`KaTeX_${file}: the subset lost ${lost.join(' ')}`);
    writeFileSync(path, part);
    sizes.push({ file, before: whole.length, after: part.length });
  }
  return sizes;
}
