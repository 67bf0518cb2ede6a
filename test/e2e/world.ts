// Shared state and helpers for the UI tests. scripts/run-e2e-tests.mjs starts code-server (with the
// packaged .vsix installed) and one Chromium page, puts them on globalThis.conceptRefE2E, and then
// runs these mocha suites in Node. Each suite file is bundled on its own, so state lives on globalThis.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { decodeIndexText, INDEX_FILE, parsePrebuiltIndex } from '../../src/core/index-format';
import type { Note } from '../../src/core/note';

export interface E2EWorld {
  page: Page;
  /** http://127.0.0.1:PORT/?folder=... */
  workspaceUrl: string;
  workspace: string;
  root: string;
  artifactsDir: string;
  vsixPath: string;
  /** Folder of the extension as installed from the .vsix. */
  extensionPath: string;
  /** code-server's user data folder (its logs are under logs/). */
  userDataDir: string;
  /** Set once the workbench has loaded. */
  loaded?: boolean;
}

export function world(): E2EWorld {
  const w = (globalThis as { conceptRefE2E?: E2EWorld }).conceptRefE2E;
  assert.ok(w, 'the UI tests must be run by scripts/run-e2e-tests.mjs (npm run test:e2e)');
  return w;
}

type IndexNote = Note;

let notes: Map<string, IndexNote> | undefined;

/** A note from the index the installed build bundles (dist/index.utf16.json.br of the installed .vsix). */
export function bundledNote(id: string): IndexNote | undefined {
  if (!notes) {
    const index = parsePrebuiltIndex(decodeIndexText(brotliDecompressSync(readFileSync(join(world().extensionPath, 'dist', INDEX_FILE)))));
    notes = new Map(index.notes.map((n) => [n.id, n]));
  }
  return notes.get(id);
}

/** The English summary (the workbench runs in English), as the hover renders it. */
export function summaryOf(id: string): string {
  const note = bundledNote(id);
  assert.ok(note, `note ${id} is not bundled`);
  const text = note.summary.en ?? note.summary.zh;
  assert.ok(text, `note ${id} has no summary`);
  return text.replace(/\s+/g, ' ').trim();
}

/** Loads the workbench once and waits until it is usable. */
export async function openWorkbench(): Promise<Page> {
  const w = world();
  if (!w.loaded) {
    await w.page.goto(w.workspaceUrl, { waitUntil: 'domcontentloaded' });
    await w.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    // The explorer lists the workspace once the remote file system is connected.
    await w.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60_000 });
    w.loaded = true;
  }
  return w.page;
}

/** Shows the Concept Reference side bar (clicking its activity bar entry only if it is not showing: a click toggles). */
export async function showConceptReference(page: Page): Promise<Locator> {
  const sidebar = page.locator('.part.sidebar');
  const title = sidebar.locator('.composite.title', { hasText: /concept reference/i });
  if (!(await sidebar.isVisible()) || !(await title.isVisible())) {
    await page.locator('.activitybar .action-label[aria-label^="Concept Reference"]').click({ force: true }); // the in-file badge may cover the icon
  }
  await title.waitFor({ state: 'visible', timeout: 10_000 });
  return sidebar;
}

/** Text as a reader sees it: VS Code renders hover text with U+00A0 for spaces. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Opens a workspace file the way a person does: Ctrl+P, type the name, Enter. */
export async function quickOpen(page: Page, name: string): Promise<void> {
  await dismiss(page);
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Control+P');
    try {
      await input.waitFor({ state: 'visible', timeout: 3000 });
      break;
    } catch {
      // The key press can land before the workbench took focus; click a neutral spot and retry.
      await page.locator('.statusbar').click({ position: { x: 5, y: 5 } }).catch(() => {});
    }
  }
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
  // Right after start-up (the web host above all) the first file search can come back empty before the workspace is
  // indexed, and Quick Open keeps that answer until the input changes: type the name again.
  for (let attempt = 0; ; attempt++) {
    await input.fill(attempt === 0 ? name : '');
    if (attempt > 0) await input.fill(name);
    try {
      await row.waitFor({ state: 'visible', timeout: 10_000 });
      break;
    } catch (err) {
      if (attempt === 2) throw err;
    }
  }
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible', timeout: 10_000 });
  await activeEditorLines(page).first().waitFor({ state: 'visible', timeout: 10_000 });
}

export function activeEditorLines(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line');
}

/** Closes hovers, menus and the quick input, and parks the mouse where nothing hovers. */
export async function dismiss(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
}

/**
 * Screen coordinates of the middle of `target` in the editor line containing `lineText`
 * (the `nth` occurrence of target in that line). VS Code renders spaces as U+00A0 and splits a
 * line into token spans, so the substring's box comes from a DOM Range over the text nodes.
 */
export async function pointAt(page: Page, lineText: string, target: string, nth = 0): Promise<{ x: number; y: number }> {
  // Wait until the line is rendered (the brief's locator: a span of the view line with that text).
  await page.locator('.editor-group-container.active .view-line span', { hasText: lineText }).first().waitFor({ state: 'visible', timeout: 10_000 });
  const box = await page.evaluate(
    ({ lineText, target, nth }) => {
      // Runs in the page. The project compiles without the DOM lib, so the few DOM shapes used are declared here.
      interface DomText {
        data: string;
      }
      interface DomDocument {
        querySelectorAll(selector: string): ArrayLike<object>;
        createTreeWalker(root: object, whatToShow: number): { nextNode(): DomText | null };
        createRange(): {
          setStart(node: DomText, offset: number): void;
          setEnd(node: DomText, offset: number): void;
          getBoundingClientRect(): { left: number; top: number; width: number; height: number };
        };
      }
      const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT
      const doc = (globalThis as unknown as { document: DomDocument }).document;
      const lines = doc.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line');
      for (const line of Array.from(lines)) {
        const walker = doc.createTreeWalker(line, SHOW_TEXT);
        const nodes: DomText[] = [];
        let text = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push(n);
          text += n.data;
        }
        const plain = text.replace(/\u00a0/g, ' ');
        if (!plain.includes(lineText)) continue;
        let index = -1;
        for (let i = 0; i <= nth; i++) index = plain.indexOf(target, index + 1);
        if (index < 0) return undefined;
        const locate = (offset: number): [DomText, number] => {
          let rest = offset;
          for (const node of nodes) {
            if (rest <= node.data.length) return [node, rest];
            rest -= node.data.length;
          }
          const last = nodes[nodes.length - 1];
          return [last, last.data.length];
        };
        const range = doc.createRange();
        const [startNode, startOffset] = locate(index);
        const [endNode, endOffset] = locate(index + target.length);
        range.setStart(startNode, startOffset);
        range.setEnd(endNode, endOffset);
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }
      return undefined;
    },
    { lineText, target, nth },
  );
  assert.ok(box && box.width > 0, `"${target}" not found on a rendered line containing "${lineText}"`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The hover widget that contains `text`, if one is visible. */
export function hoverWith(page: Page, text: string): Locator {
  return page.locator('.monaco-hover-content', { hasText: text });
}

/**
 * Raises the editor hover over `target` like a person: the mouse moves onto the word twice.
 * Resolves with the visible hover locator containing `expected`, or throws after `attempts` tries.
 */
export async function hoverAndExpect(page: Page, lineText: string, target: string, expected: string, attempts = 3): Promise<Locator> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    await dismiss(page);
    const { x, y } = await pointAt(page, lineText, target);
    await page.mouse.move(x - 2, y);
    await page.waitForTimeout(100);
    await page.mouse.move(x, y);
    const hover = hoverWith(page, expected);
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 4000 });
      return hover.first();
    } catch (err) {
      lastError = err;
    }
  }
  const shown = await page.locator('.monaco-hover-content').allInnerTexts().catch(() => []);
  throw new Error(`no hover containing "${expected}" over "${target}" after ${attempts} attempts; hovers shown: ${JSON.stringify(shown)}\n${String(lastError)}`);
}

/** Hovers `target` and asserts that no hover containing `unexpected` appears within `waitMs`. */
export async function hoverAndExpectNone(page: Page, lineText: string, target: string, unexpected: string, waitMs = 1500): Promise<void> {
  await dismiss(page);
  const { x, y } = await pointAt(page, lineText, target);
  await page.mouse.move(x - 2, y);
  await page.waitForTimeout(100);
  await page.mouse.move(x, y);
  // Longer than editor.hover.delay (300 ms) plus the provider round trip.
  await page.waitForTimeout(waitMs);
  const count = await hoverWith(page, unexpected).count();
  const visible = count > 0 && (await hoverWith(page, unexpected).first().isVisible());
  assert.equal(visible, false, `a hover containing "${unexpected}" appeared over "${target}"`);
}

/** The page inside the note viewer's webview (VS Code nests the content in #active-frame). */
export function viewerFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
}

/** Rows of the open quick pick. */
export const quickPickRows = (page: Page) => page.locator('.quick-input-widget .quick-input-list .monaco-list-row');

/** Runs a command from the palette (F1) by its full title; retries when F1 lands before the workbench has focus. */
export async function runCommand(page: Page, title: string, options: { keepSelection?: boolean } = {}): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = quickPickRows(page).filter({ hasText: new RegExp(escaped) }).first();
  for (let attempt = 0; ; attempt++) {
    // Escape would also clear the editor's selection, which the command may act on.
    if (!options.keepSelection || attempt > 0) await dismiss(page);
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 3000 });
      await input.fill(`>${title}`);
      await row.waitFor({ state: 'visible', timeout: 5000 });
      break;
    } catch (err) {
      if (attempt >= 2) throw err;
      await page.locator('.statusbar').click({ position: { x: 5, y: 5 } }).catch(() => {});
    }
  }
  await page.keyboard.press('Enter');
}
