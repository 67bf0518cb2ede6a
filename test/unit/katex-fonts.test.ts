import * as assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { renderNoteBody } from '../../src/core/render';
import { fontCodePoints as codePoints, KATEX_FONT_SUBSETS, mathCharacters, subsetKatexFonts } from '../../scripts/katex-fonts.mjs';

const katexFonts = join(dirname(require.resolve('katex/package.json')), 'dist', 'fonts');

describe('KaTeX fonts cut down to what math uses (scripts/katex-fonts.mjs)', () => {
  it("mathCharacters reads the characters KaTeX lays out, not the prose around them nor the MathML copy", () => {
    const { html } = renderNoteBody('Area Σ of $\\alpha \\le \\mathbb{R}$, and $$\\sum_i x_i$$ below.', { exists: () => true });
    const chars = mathCharacters(html);
    for (const ch of ['α', '≤', 'R', '∑', 'x', 'i']) assert.ok(chars.has(ch), ch);
    // "Area", "Σ" and "below" are prose; the MathML copy spells \le as ≤ too, but `annotation` holds the TeX source.
    for (const ch of ['A', 'Σ', 'b', '\\', '{']) assert.ok(!chars.has(ch), ch);
  });

  it('subsetKatexFonts keeps the given characters and each face\'s own set, drops the rest and leaves other faces whole', async function () {
    this.timeout(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'katex-fonts-'));
    try {
      for (const face of ['AMS-Regular', 'Main-Bold', 'Main-Italic', 'Main-Regular']) copyFileSync(join(katexFonts, `KaTeX_${face}.woff2`), join(dir, `KaTeX_${face}.woff2`));
      const before = await codePoints(readFileSync(join(dir, 'KaTeX_AMS-Regular.woff2')));
      // ⋉ (\ltimes) as if a note used it; ⊊ (\subsetneq) and ≩ (\gneqq) as AMS glyphs no note uses.
      for (const c of [0x22c9, 0x228a, 0x2269, 0x2234]) assert.ok(before.has(c), c.toString(16));
      const sizes = await subsetKatexFonts(dir, new Set(['⋉', 'λ']));
      assert.deepEqual(sizes.map((s) => s.file), KATEX_FONT_SUBSETS.map((s) => s.file));
      const ams = await codePoints(readFileSync(join(dir, 'KaTeX_AMS-Regular.woff2')));
      assert.ok(ams.has(0x22c9), 'the used ⋉');
      assert.ok(ams.has(0x52) && ams.has(0x2234), "ASCII (\\mathbb{R}) and the common ∴ are kept");
      assert.ok(!ams.has(0x228a) && !ams.has(0x2269), 'unused AMS symbols are dropped');
      const bold = await codePoints(readFileSync(join(dir, 'KaTeX_Main-Bold.woff2')));
      // (KaTeX's bold face has capital Greek only: \boldsymbol{\lambda} is another face.)
      assert.ok(bold.has(0x41) && bold.has(0x394) && bold.has(0x3a9), 'bold keeps ASCII and Greek');
      assert.ok(sizes.every((s) => s.after < s.before), JSON.stringify(sizes));
      assert.deepEqual(readFileSync(join(dir, 'KaTeX_Main-Regular.woff2')), readFileSync(join(katexFonts, 'KaTeX_Main-Regular.woff2')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
