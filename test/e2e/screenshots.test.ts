// Screenshots of the real UI, light and dark: the walkthrough's images (media/walkthrough/) and the
// README's (media/screenshots/). `npm run screenshots` runs this suite with the UI tests
// (CONCEPT_REF_UPDATE_SCREENSHOTS=1) and copies them over the committed ones; `npm test` leaves it out,
// because switching themes through the picker is the one step of it that is not reliably repeatable.
import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { activeEditorLines, dismiss, hoverAndExpect, openWorkbench, quickOpen, quickPickRows, runCommand, showConceptReference, summaryOf, world } from './world';

type Theme = 'light' | 'dark';

/** Saves a screenshot of `region` (grown by a margin, kept on the page) as test-artifacts/<name>.png. */
async function shoot(page: Page, region: Locator, name: string, target: 'walkthrough' | 'screenshots', margin = 12): Promise<void> {
  const box = await region.boundingBox();
  assert.ok(box, `${name}: nothing to photograph`);
  const viewport = page.viewportSize()!;
  const x = Math.max(0, box.x - margin);
  const y = Math.max(0, box.y - margin);
  const clip = { x, y, width: Math.min(viewport.width - x, box.width + 2 * margin), height: Math.min(viewport.height - y, box.height + 2 * margin) };
  // The walkthrough's images ship in the .vsix: WebP keeps them small (40% under JPEG at the same
  // quality), encoded by the workbench's own Chromium; the README's stay PNG.
  const ext = target === 'walkthrough' ? 'webp' : 'png';
  const file = join(world().artifactsDir, `${name}.${ext}`);
  const png = await page.screenshot({ clip });
  writeFileSync(file, ext === 'webp' ? await encodeWebp(page, png) : png);
  assert.ok(statSync(file).size > 2000, `${name}.${ext} is empty`);
  if (process.env.CONCEPT_REF_UPDATE_SCREENSHOTS) {
    const dir = join(world().root, 'media', target);
    mkdirSync(dir, { recursive: true });
    copyFileSync(file, join(dir, `${name}.${ext}`));
  }
}

/** A PNG re-encoded as WebP (quality 0.7) by the page's canvas: no image tool to install. */
async function encodeWebp(page: Page, png: Buffer): Promise<Buffer> {
  const dataUrl = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    canvas.getContext('2d')!.drawImage(image, 0, 0);
    return canvas.toDataURL('image/webp', 0.7);
  }, png.toString('base64'));
  assert.ok(dataUrl.startsWith('data:image/webp;base64,'), 'the browser did not encode WebP');
  const webp = withoutColorProfile(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
  assert.equal(webp.toString('ascii', 12, 16), 'VP8 ', 'the WebP kept chunks besides its image');
  return webp;
}

/**
 * Chromium writes an extended WebP whose only extra is an sRGB colour profile (VP8X, ICCP, VP8): the plain
 * image chunk alone means sRGB too and is 0.5 KB smaller. Anything else is returned as it is.
 */
function withoutColorProfile(webp: Buffer): Buffer {
  const chunks: { id: string; start: number; end: number }[] = [];
  for (let at = 12; at + 8 <= webp.length; ) {
    const size = webp.readUInt32LE(at + 4);
    const end = at + 8 + size + (size & 1);
    chunks.push({ id: webp.toString('ascii', at, at + 4), start: at, end });
    at = end;
  }
  if (chunks.map((c) => c.id).join() !== 'VP8X,ICCP,VP8 ') return webp;
  const image = webp.subarray(chunks[2].start, chunks[2].end);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(4 + image.length, 4);
  header.write('WEBP', 8, 'ascii');
  return Buffer.concat([header, image]);
}

/** Switches the color theme as a person does: Preferences: Color Theme, then a click on the theme. */
/** Shows a workspace file: its tab when it is open already, else Quick Open. */
async function showFile(page: Page, name: string): Promise<void> {
  const tab = page.locator('.tabs-container .tab', { hasText: name }).first();
  if ((await tab.count()) > 0) await tab.click();
  else await quickOpen(page, name);
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible', timeout: 10_000 });
  await activeEditorLines(page).first().waitFor({ state: 'visible', timeout: 10_000 });
}

async function setTheme(page: Page, theme: Theme): Promise<void> {
  const wanted = theme === 'dark' ? '.monaco-workbench.vs-dark' : '.monaco-workbench.vs';
  if ((await page.locator(wanted).count()) > 0) return;
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; ; attempt++) {
    await dismiss(page);
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 3000 });
      break;
    } catch (err) {
      // F1 can land before the workbench has the focus again (after a webview or a hover).
      if (attempt >= 2) throw err;
      await page.locator('.statusbar').click({ position: { x: 5, y: 5 } }).catch(() => {});
    }
  }
  await input.fill('>Preferences: Color Theme');
  // Click the command itself: Enter could take "Browse Color Themes in Marketplace".
  await quickPickRows(page).filter({ hasText: /^\s*Preferences: Color Theme/ }).first().click();
  const name = theme === 'dark' ? 'Dark Modern' : 'Light Modern';
  await input.fill(name);
  await quickPickRows(page).filter({ hasText: new RegExp(`^\\s*${name}`) }).first().click();
  await page.locator(theme === 'dark' ? '.monaco-workbench.vs-dark' : '.monaco-workbench.vs').waitFor({ state: 'attached', timeout: 10_000 });
  await dismiss(page);
}

describe('screenshots of the real UI', () => {
  before(function () {
    if (!process.env.CONCEPT_REF_UPDATE_SCREENSHOTS) this.skip();
  });

  after(async () => {
    if (!process.env.CONCEPT_REF_UPDATE_SCREENSHOTS) return;
    const page = await openWorkbench();
    await setTheme(page, 'light');
    await runCommand(page, 'View: Close All Editors').catch(() => {});
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`the walkthrough's four steps, ${theme} theme`, async () => {
      const page = await openWorkbench();
      await setTheme(page, theme);

      // 1. A hover.
      await showFile(page, 'deploy.sh');
      const hover = await hoverAndExpect(page, 'kubectl run hello --image=nginx', 'kubectl run', summaryOf('kubectl-run'));
      await shoot(page, page.locator('.monaco-hover', { has: hover }).first(), `hover-${theme}`, 'walkthrough', 40);
      if (theme === 'dark') await shoot(page, page.locator('.monaco-hover', { has: hover }).first(), 'hover', 'screenshots', 60);
      await dismiss(page);

      // 2. The Topics view and Concepts in This File.
      const sidebar = await showConceptReference(page);
      await sidebar.locator('.monaco-list-row', { hasText: 'Kubernetes' }).first().waitFor({ state: 'visible', timeout: 10_000 });
      await shoot(page, sidebar, `topics-${theme}`, 'walkthrough', 0);

      // 3. Search by pinyin initials.
      await runCommand(page, 'Concept Reference: Search Concepts');
      const input = page.locator('.quick-input-widget input');
      await input.fill('zszl');
      await quickPickRows(page).filter({ hasText: /Knowledge distillation|知识蒸馏/ }).first().waitFor({ state: 'visible', timeout: 10_000 });
      await page.waitForTimeout(200);
      await shoot(page, page.locator('.quick-input-widget'), `search-${theme}`, 'walkthrough', 0);
      if (theme === 'dark') await shoot(page, page.locator('.quick-input-widget'), 'search', 'screenshots', 0);
      await dismiss(page);

      // 4. A note of one's own, as Create Concept Note writes it.
      const note = join(world().workspace, '.concepts', 'settlement-window.md');
      rmSync(note, { force: true });
      await showFile(page, 'deploy.sh');
      await runCommand(page, 'Concept Reference: Create Concept Note');
      const term = page.locator('.quick-input-widget input');
      await term.waitFor({ state: 'visible', timeout: 5000 }).catch(() => undefined);
      if (await term.isVisible()) {
        await term.fill('settlement window');
        await page.keyboard.press('Enter');
      }
      await page.locator('.tabs-container .tab.active', { hasText: '.md' }).waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.type('The settlement window is the hour in which payouts are batched.');
      await activeEditorLines(page).first().waitFor({ state: 'visible' });
      await shoot(page, page.locator('.editor-group-container.active'), `write-${theme}`, 'walkthrough', 0);
      await runCommand(page, 'View: Revert and Close Editor');
      rmSync(join(world().workspace, '.concepts'), { recursive: true, force: true });
    });
  }

  it('the Getting Started walkthrough, dark theme', async () => {
    const page = await openWorkbench();
    await setTheme(page, 'dark');
    await runCommand(page, 'Concept Reference: Get Started');
    const walkthrough = page.locator('.gettingStartedContainer');
    await walkthrough.locator('text=Hover a term').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForTimeout(500);
    await shoot(page, walkthrough.first(), 'walkthrough', 'screenshots', 0);
    await runCommand(page, 'View: Close All Editors').catch(() => {});
  });
});
