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
