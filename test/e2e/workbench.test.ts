import * as assert from 'node:assert/strict';
import { activeEditorLines, dismiss, openWorkbench, quickOpen, showConceptReference } from './world';

describe('workbench', () => {
  it('loads, and shows the Concept Reference entry in the activity bar', async () => {
    const page = await openWorkbench();
    await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
    const entry = page.locator('.activitybar .action-item .action-label[aria-label^="Concept Reference"]');
    await entry.waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await entry.count(), 1);
  });

  it('clicking the entry shows the Topics and Concepts in This File views', async () => {
    const page = await openWorkbench();
    await page.locator('.activitybar .action-label[aria-label^="Concept Reference"]').click();
    const sidebar = page.locator('.part.sidebar');
    await sidebar.locator('.composite.title', { hasText: /concept reference/i }).waitFor({ state: 'visible', timeout: 10_000 });
    const headers = sidebar.locator('.pane-header');
    await headers.filter({ hasText: /^\s*topics/i }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await headers.filter({ hasText: /concepts in this file/i }).first().waitFor({ state: 'visible', timeout: 10_000 });
    const titles = (await headers.locator('h3.title').allTextContents()).map((t) => t.trim().toLowerCase());
    assert.deepEqual(titles, ['topics', 'concepts in this file']);
  });

  it('"Concepts in This File" lists kubectl run with its occurrence count for deploy.sh', async () => {
    const page = await openWorkbench();
    await showConceptReference(page);
    await quickOpen(page, 'deploy.sh');
    await activeEditorLines(page).filter({ hasText: 'kubectl run hello' }).first().waitFor({ state: 'visible' });
    const pane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /concepts in this file/i }) });
    const row = pane.locator('.monaco-list-row', { hasText: 'kubectl run' });
    await row.first().waitFor({ state: 'visible', timeout: 10_000 });
    assert.match((await row.first().innerText()).replace(/\s+/g, ' '), /kubectl run ?2 occurrences/);
    await dismiss(page);
  });
});
