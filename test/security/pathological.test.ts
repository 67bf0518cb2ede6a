// Pathological Markdown renders in bounded work, or is cut with a visible notice. Each input is about the
// largest a note may be (MAX_NOTE_BYTES, 256 KiB), and is also rendered at an eighth of that size: linear
// work grows about 8x between the two, a quadratic rule 64x. The bound is that growth, not a wall-clock
// limit, so a busy machine slows both renders alike instead of failing the test.
import * as assert from 'node:assert/strict';
import { MAX_MATH, MAX_NESTING, MAX_RENDER_CHARS, renderNoteBody } from '../../src/core/render';
import { parseFragment } from 'parse5';
import { htmlViolations } from './html-allowlist';

interface Node {
  tagName?: string;
  childNodes?: Node[];
}

const options = { exists: () => true };
const SIZE = 250_000;
/** From an eighth of the input to all of it: linear work grows about 8x, quadratic work 64x. */
const GROWTH_LIMIT = 24;
/** Below this, a render is too short to time reliably; the growth is then taken from this floor. */
const FLOOR_MS = 25;

function timed(markdown: string): { html: string; ms: number } {
  const t0 = performance.now();
  const { html } = renderNoteBody(markdown, options);
  return { html, ms: performance.now() - t0 };
}

/** Each case at `size` characters (the nesting cases scale their 10,000 levels with it). */
const CASES: Record<string, (size: number) => string> = {
  '10,000 nested >': (size) => '>'.repeat(size / 25) + ' deep',
  '10,000 nested > on their own lines': (size) => Array.from({ length: size / 25 }, (_, i) => '>'.repeat(i + 1)).join('\n').slice(0, size),
  '10,000 nested * list items': (size) => Array.from({ length: size / 25 }, (_, i) => ' '.repeat(Math.min(i * 2, 200)) + '* item').join('\n').slice(0, size),
  '10,000 * in a row': (size) => '*'.repeat(size / 25) + 'a',
  'emphasis openers': (size) => fill('*a _b ', size),
  'a huge table': (size) => '| a | b | c |\n|---|:-:|--:|\n' + fill('| x | y | z |\n', size),
  'a wide table': (size) => '|' + ' h |'.repeat(size / 83) + '\n|' + '---|'.repeat(size / 83) + '\n' + ('|' + ' x |'.repeat(size / 83) + '\n').repeat(15),
  'linkify after many * (CVE-2026-2327)': (size) => 'https://example.com/' + '*'.repeat(size - 30) + 'x',
  'many malformed mailto: (linkify-it GHSA-v245-v573-v5vm)': (size) => fill('mailto:', size),
  'smart quotes (CVE-2026-48988)': (size) => fill(`"'`, size),
  'unclosed [[ everywhere': (size) => fill('[[', size),
  'unclosed [ everywhere': (size) => fill('[', size),
  'unclosed ![ everywhere': (size) => fill('![', size),
  'unclosed inline $ everywhere': (size) => fill('$a ', size),
  'unclosed $$ lines': (size) => fill('$$x\n', size),
  'many formulas': (size) => fill('$x$ ', size),
  'backticks': (size) => fill('`a', size),
  'link destinations': (size) => fill('[a](b ', size),
  'angle brackets': (size) => fill('<a', size),
  'entities': (size) => fill('&#', size),
  'reference definitions': (size) => fill('[a]: <', size),
};

function fill(unit: string, size = SIZE): string {
  return unit.repeat(Math.floor(size / unit.length));
}

/**
 * The growth from the small input to the large one, from the fastest render of each (the slower ones carry the
 * machine's noise). Renders alternate so a busy spell slows both sizes; while the growth is over the limit, a
 * few more rounds are taken, since noise can only make a render slower: a quadratic rule stays near 64x
 * however often it is measured, a linear one drops below the limit once a quiet moment is caught.
 */
function growthOf(small: string, large: string): { html: string; smallMs: number; ms: number; growth: number } {
  let smallMs = Infinity;
  let ms = Infinity;
  let html = '';
  let growth = Infinity;
  for (let round = 0; round < 8 && (round < 3 || growth >= GROWTH_LIMIT); round++) {
    smallMs = Math.min(smallMs, timed(small).ms);
    const big = timed(large);
    ms = Math.min(ms, big.ms);
    html = big.html;
    growth = Math.max(ms, FLOOR_MS) / Math.max(smallMs, FLOOR_MS);
  }
  return { html, smallMs, ms, growth };
}

describe('security: pathological Markdown', () => {
  before(() => {
    timed(fill('Warm up *the* [renderer](https://example.com) $x$.\n', 20_000));
  });

  for (const [name, make] of Object.entries(CASES)) {
    it(`${name}: work grows linearly with the input, and the HTML is allow-listed`, function () {
      this.timeout(120_000);
      const markdown = make(SIZE);
      const { html, smallMs, ms, growth } = growthOf(make(SIZE / 8), markdown);
      assert.ok(growth < GROWTH_LIMIT, `${name}: ${smallMs.toFixed(0)} ms at an eighth of the input, ${ms.toFixed(0)} ms at all of it (${growth.toFixed(1)}x)`);
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
