// VS Code for the Web: the extension forced into the browser's web worker extension host
// (remote.extensionKind = web), run by `node scripts/run-e2e-tests.mjs --web`.
import * as assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeEditorLines, dismiss, hoverAndExpect, openWorkbench, quickOpen, quickPickRows, runCommand, showConceptReference, summaryOf, viewerFrame, world } from '../e2e/world';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('in the web worker extension host (VS Code for the Web)', () => {
  it('hovers kubectl run in deploy.sh', async () => {
    const page = await openWorkbench();
    await quickOpen(page, 'deploy.sh');
    await hoverAndExpect(page, 'kubectl run hello --image=nginx', 'kubectl run', summaryOf('kubectl-run'));
    await dismiss(page);
  });

  it('opens the note from the hover and shows its body (bodies decoded by the JavaScript Brotli decoder)', async () => {
    const page = await openWorkbench();
    await quickOpen(page, 'deploy.sh');
    const hover = await hoverAndExpect(page, 'kubectl run hello --image=nginx', 'kubectl run', summaryOf('kubectl-run'));
    await hover.locator('a', { hasText: 'Open note' }).first().click();
    const frame = viewerFrame(page);
    await frame.locator('h1.cr-title').waitFor({ state: 'visible', timeout: 20_000 });
    // The example section comes from the body, which only dist/bodies.json.br holds.
    const code = frame.locator('article pre code').first();
    await code.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await code.innerText(), /kubectl run/);
    // A webview that is still getting ready can take the focus from the next quick open: close it.
    await runCommand(page, 'View: Close All Editors');
    await page.locator('iframe.webview').waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('lists topics in the Topics view and the concepts of the open file', async () => {
    const page = await openWorkbench();
    await dismiss(page);
    const sidebar = await showConceptReference(page);
    const topics = sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: /^\s*topics/i }) });
    await topics.locator('.monaco-list-row', { hasText: 'Kubernetes' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await quickOpen(page, 'deploy.sh');
    await activeEditorLines(page).filter({ hasText: 'kubectl run hello' }).first().waitFor({ state: 'visible' });
    const inFile = sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: /concepts in this file/i }) });
    await inFile.locator('.monaco-list-row', { hasText: 'kubectl run' }).first().waitFor({ state: 'visible', timeout: 15_000 });
  });

  it('reads a team note (YAML front matter), finds it by the pinyin initials of its Chinese title and renders it: the chunks the web bundle reads at activation', async () => {
    const dir = join(world().workspace, '.concepts');
    const file = join(dir, 'web-probe-ledger.md');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      file,
      [
        '---',
        'id: web-probe-ledger',
        'title: { zh: 对账窗口, en: Reconciliation window }',
        'aliases: [reconciliation window]',
        'topic: tools',
        'summary:',
        '  zh: 每天核对支付流水与账本的固定时段。',
        '  en: The daily period in which payment records are checked against the ledger.',
        '---',
        '<!-- lang: zh -->',
        '## 定义',
        '对账窗口内，*账本* 只读。',
        '<!-- lang: en -->',
        '## Definition',
        'During the reconciliation window the *ledger* is read-only.',
        '',
      ].join('\n'),
    );
    try {
      const page = await openWorkbench();
      await runCommand(page, 'View: Close All Editors');
      // "dzck" needs the pinyin converter (dist/chunks/pinyin-chunk.js), which computes the syllables of a team note's Chinese title.
      const deadline = Date.now() + 30_000;
      for (;;) {
        // Reload Notes: the test does not depend on the web host's file watcher seeing a file written from outside.
        await runCommand(page, 'Concept Reference: Reload Notes');
        await runCommand(page, 'Concept Reference: Search Concepts');
        await page.waitForFunction(() => /pinyin/i.test(document.querySelector('.quick-input-widget input')?.getAttribute('placeholder') ?? ''), undefined, { timeout: 10_000 });
        await page.locator('.quick-input-widget input').fill('dzck');
        // The picker may put invisible joiners into a label (label-order.ts): find the row by its summary.
        const row = quickPickRows(page).filter({ hasText: /payment records are checked/ }).first();
        try {
          await row.waitFor({ state: 'visible', timeout: 3000 });
          await row.click();
          break;
        } catch (err) {
          await dismiss(page);
          if (Date.now() > deadline) throw err;
        }
      }
      const frame = viewerFrame(page);
      await frame.locator('h1.cr-title', { hasText: 'Reconciliation window' }).waitFor({ state: 'visible', timeout: 20_000 });
      // Rendered by markdown-it from the render chunk: the emphasis is an element, not asterisks.
      await frame.locator('article em', { hasText: 'ledger' }).first().waitFor({ state: 'visible', timeout: 10_000 });
      await runCommand(page, 'View: Close All Editors');
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('ran in the browser, not in the Node extension host', () => {
    const logs = filesUnder(join(world().userDataDir, 'logs'));
    const nodeHost = logs.find((f) => f.endsWith('remoteexthost.log'));
    assert.ok(nodeHost, `no Node extension host log among ${logs.length} log files`);
    const text = readFileSync(nodeHost, 'utf8');
    // The Node host lists every installed extension; activating or loading ours would show as below.
    const ours = text.split('\n').filter((l) => /(_doActivateExtension|loadModule|_callActivate)\S* .*concept-reference\.concept-reference/.test(l));
    assert.ok(/_doActivateExtension\S* vscode\.git/.test(text) || /loadModule.*vscode\.git|git\/dist/.test(text), 'the Node host log does not show extension activations at all, so it proves nothing');
    assert.deepEqual(ours, [], 'the extension was activated by the Node extension host');
  });
});
