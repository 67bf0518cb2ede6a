// Pathological Markdown renders within a time bound, or is cut with a visible notice. Each input is about
// the largest a note may be (MAX_NOTE_BYTES, 256 KiB), so a quadratic rule shows up as seconds here.
import * as assert from 'node:assert/strict';
import { MAX_MATH, MAX_NESTING, MAX_RENDER_CHARS, renderNoteBody } from '../../src/core/render';
import { parseFragment } from 'parse5';
import { htmlViolations } from './html-allowlist';

interface Node {
  tagName?: string;
  childNodes?: Node[];
}

const options = { exists: () => true };
/** Generous for a 2-core CI machine; the quadratic cases this guards against took 9 to 40 s. */
const BOUND_MS = 3000;
const SIZE = 250_000;
const fill = (unit: string) => unit.repeat(Math.floor(SIZE / unit.length));

function timed(markdown: string): { html: string; ms: number } {
  const t0 = performance.now();
  const { html } = renderNoteBody(markdown, options);
  return { html, ms: performance.now() - t0 };
}

const CASES: Record<string, string> = {
  '10,000 nested >': '>'.repeat(10_000) + ' deep',
  '10,000 nested > on their own lines': Array.from({ length: 10_000 }, (_, i) => '>'.repeat(i + 1)).join('\n').slice(0, SIZE),
  '10,000 nested * list items': Array.from({ length: 10_000 }, (_, i) => ' '.repeat(Math.min(i * 2, 200)) + '* item').join('\n').slice(0, SIZE),
  '10,000 * in a row': '*'.repeat(10_000) + 'a',
  'emphasis openers': fill('*a _b '),
  'a huge table': '| a | b | c |\n|---|:-:|--:|\n' + fill('| x | y | z |\n'),
  'a wide table': '|' + ' h |'.repeat(3000) + '\n|' + '---|'.repeat(3000) + '\n' + ('|' + ' x |'.repeat(3000) + '\n').repeat(15),
  'linkify after many * (CVE-2026-2327)': 'https://example.com/' + '*'.repeat(SIZE - 30) + 'x',
  'many malformed mailto: (linkify-it GHSA-v245-v573-v5vm)': fill('mailto:'),
  'smart quotes (CVE-2026-48988)': fill(`"'`),
  'unclosed [[ everywhere': fill('[['),
  'unclosed [ everywhere': fill('['),
  'unclosed ![ everywhere': fill('!['),
  'unclosed inline $ everywhere': fill('$a '),
  'unclosed $$ lines': fill('$$x\n'),
  'many formulas': fill('$x$ '),
  'backticks': fill('`a'),
  'link destinations': fill('[a](b '),
  'angle brackets': fill('<a'),
  'entities': fill('&#'),
  'reference definitions': fill('[a]: <'),
};

describe('security: pathological Markdown', () => {
  for (const [name, markdown] of Object.entries(CASES)) {
    it(`${name}: renders within ${BOUND_MS} ms to allow-listed HTML`, () => {
      const { html, ms } = timed(markdown);
      assert.ok(ms < BOUND_MS, `${name}: ${ms.toFixed(0)} ms`);
      assert.ok(html.length < 40 * markdown.length + 10_000, `${name}: ${html.length} characters of HTML`);
      assert.deepEqual(htmlViolations(html), [], name);
    });
  }

  it(`follows block nesting at most ${MAX_NESTING} levels deep`, () => {
    const depth = (html: string) => {
      const walk = (n: Node): number => Math.max(0, ...(n.childNodes ?? []).map(walk)) + (n.tagName === 'blockquote' ? 1 : 0);
      return walk(parseFragment(html) as unknown as Node);
    };
    assert.ok(depth(timed('>'.repeat(10_000) + ' deep').html) <= MAX_NESTING);
    assert.equal(depth(timed('> > > three').html), 3);
  });

  it(`typesets at most ${MAX_MATH} formulas, the rest as their source`, () => {
    const { html } = timed('$x$ '.repeat(MAX_MATH + 10));
    assert.equal(html.match(/class="katex"/g)?.length, MAX_MATH);
    assert.equal(html.match(/<code class="math-source">x<\/code>/g)?.length, 10);
  });

  it('cuts a body over the limit at a line end and says so where the cut is', () => {
    const line = 'A line of text.\n';
    const markdown = line.repeat(Math.ceil((MAX_RENDER_CHARS * 1.5) / line.length));
    const { html } = timed(markdown);
    const shown = markdown.lastIndexOf('\n', MAX_RENDER_CHARS);
    assert.ok(html.endsWith(`<p class="render-cut" role="note">The rest of this note is too long to show here: ${shown} of ${markdown.length} characters are shown.</p>\n`), html.slice(-200));
    const localized = renderNoteBody(markdown, { ...options, cutNotice: (n, total) => `只显示了 ${n}/${total} 个字符<其余略>` }).html;
    assert.ok(localized.endsWith(`<p class="render-cut" role="note">只显示了 ${shown}/${markdown.length} 个字符&lt;其余略&gt;</p>\n`));
    assert.ok(!timed(line.repeat(10)).html.includes('render-cut'));
  });
});
