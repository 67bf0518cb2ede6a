import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { activeEditorLines, dismiss, hoverAndExpect, openWorkbench, runCommand, world } from './world';

describe('Create Concept Note', () => {
  const created = () => join(world().workspace, '.concepts', 'frobnication-window.md');

  after(async () => {
    const page = await openWorkbench();
    // Unsaved editors (a failed run) would make Close All ask whether to save: revert them one by one.
    for (let k = 0; k < 3 && (await page.locator('.tabs-container .tab').count()) > 0; k++) await runCommand(page, 'View: Revert and Close Editor').catch(() => {});
    await runCommand(page, 'View: Close All Editors').catch(() => {});
    rmSync(created(), { force: true });
  });

  it('turns a selected term into a note that hovers once it is saved', async () => {
    rmSync(created(), { force: true });
    const page = await openWorkbench();
    // A new untitled file, typed into: Quick Open may not list a file created a moment ago.
    await runCommand(page, 'File: New Untitled Text File');
    await page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }).waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('Deploys wait for the frobnication window to close.');
    await activeEditorLines(page).filter({ hasText: 'frobnication window' }).first().waitFor({ state: 'visible' });

    // Select "frobnication window" with the keyboard (a double-click can land while a suggestion widget is open).
    await page.keyboard.press('Escape');
    await page.keyboard.press('Home');
    for (let i = 0; i < 'Deploys wait for the '.length; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 'frobnication window'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.locator('.statusbar', { hasText: '(19 selected)' }).waitFor({ state: 'visible', timeout: 5000 });
    await runCommand(page, 'Concept Reference: Create Concept Note', { keepSelection: true });

    await page.locator('.tab.active', { hasText: 'frobnication-window.md' }).waitFor({ state: 'visible', timeout: 15_000 });
    assert.ok(existsSync(created()), 'the note file was not created in .concepts/');
    assert.match(readFileSync(created(), 'utf8'), /^# frobnication window\n/);
    // The placeholder summary is selected (the status bar counts it) and the note's editor has the focus: typing replaces it.
    const placeholder = readFileSync(created(), 'utf8').split('\n')[2];
    await page.locator('.statusbar', { hasText: `Ln 3, Col ${placeholder.length + 1} (${placeholder.length} selected)` }).waitFor({ state: 'visible', timeout: 10_000 });
    await page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.type('The frobnication window is the nightly slot in which deploys are frozen.');
    await page.keyboard.press('Control+S');
    await page.waitForFunction(() => !document.querySelector('.tab.active.dirty'), undefined, { timeout: 10_000 });
    assert.match(readFileSync(created(), 'utf8'), /The frobnication window is the nightly slot in which deploys are frozen\./);

    await dismiss(page);
    await page.locator('.tabs-container .tab', { hasText: 'Untitled' }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: 'Untitled' }).waitFor({ state: 'visible' });
    await hoverAndExpect(page, 'frobnication window', 'frobnication window', 'nightly slot in which deploys are frozen', 6);
  });
});
