// VS Code for the Web: the extension forced into the browser's web worker extension host
// (remote.extensionKind = web), run by `node scripts/run-e2e-tests.mjs --web`.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { activeEditorLines, dismiss, hoverAndExpect, openWorkbench, quickOpen, runCommand, showConceptReference, summaryOf, viewerFrame, world } from '../e2e/world';

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
    await hoverAndExpect(page, 'kubectl run nginx --image=nginx', 'kubectl run', summaryOf('kubectl-run'));
    await dismiss(page);
  });

  it('opens the note from the hover and shows its body (bodies decoded by the JavaScript Brotli decoder)', async () => {
    const page = await openWorkbench();
    await quickOpen(page, 'deploy.sh');
    const hover = await hoverAndExpect(page, 'kubectl run nginx --image=nginx', 'kubectl run', summaryOf('kubectl-run'));
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
    await activeEditorLines(page).filter({ hasText: 'kubectl run nginx' }).first().waitFor({ state: 'visible' });
    const inFile = sidebar.locator('.pane', { has: page.locator('.pane-header', { hasText: /concepts in this file/i }) });
    await inFile.locator('.monaco-list-row', { hasText: 'kubectl run' }).first().waitFor({ state: 'visible', timeout: 15_000 });
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
