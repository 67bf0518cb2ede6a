// The worst notes a cloned repository can ship, opened in the real viewer webview: no script of theirs
// runs, no dialog opens and no request leaves the webview. The attack corpus is the one the unit tests
// use (test/security/corpus.ts), pointed at a local "leak" server that counts every request it gets.
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Dialog, Request } from 'playwright-core';
import { hostileBodies, LABEL_INJECTIONS, strictNote, teamNote } from '../security/corpus';
import { dismiss, openWorkbench, quickPickRows, runCommand, viewerFrame, world } from './world';

const MARKER = '__pwned';


/** The corpus, aimed at the leak server, with every payload also trying to open a dialog. */
function payload(leakOrigin: string): string {
  return hostileBodies()
    .join('\n\n')
    .replace(/https?:\/\/evil\.example/g, leakOrigin)
    .replace(/evil\.example/g, leakOrigin.replace(/^https?:\/\//, ''))
    .replace(/window\.__pwned=1/g, 'window.__pwned=1,alert(1)');
}

describe('Hostile notes in the real viewer', () => {
  const conceptsDir = () => join(world().workspace, '.concepts');
  const files = () => [join(conceptsDir(), 'hostile-strict-probe.md'), join(conceptsDir(), 'hostile plain probe.md')];
  let leak: Server;
  let leakOrigin = '';
  const leakHits: string[] = [];
  const outside: string[] = [];
  const dialogs: string[] = [];
  const ownResources: string[] = [];
  let workbenchOrigin = '';
  const onRequest = (request: Request) => {
    const url = request.url();
    if (!/^(https?|wss?|ftp|file):/i.test(url) || url.startsWith(workbenchOrigin)) return;
    // The webview loads our own script, styles and fonts from the installed extension through
    // VS Code's resource origin; anything else on that origin (a workspace file) counts as leaving.
    const parsed = new URL(url);
    if (parsed.hostname.endsWith('.vscode-resource.vscode-cdn.net') && decodeURIComponent(parsed.pathname).startsWith(`${world().extensionPath}/`)) {
      ownResources.push(parsed.pathname);
      return;
    }
    outside.push(url);
  };
  const onDialog = (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  };

  before(async () => {
    leak = createServer((req, res) => {
      leakHits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/plain' }).end('leaked');
    });
    await new Promise<void>((resolve) => leak.listen(0, '127.0.0.1', resolve));
    leakOrigin = `http://127.0.0.1:${(leak.address() as AddressInfo).port}`;
    workbenchOrigin = new URL(world().workspaceUrl).origin;

    const body = payload(leakOrigin);
    const title = LABEL_INJECTIONS[0];
    mkdirSync(conceptsDir(), { recursive: true });
    writeFileSync(files()[0], strictNote('hostile-strict-probe', `Hostile strict probe ${title}`, body));
    writeFileSync(files()[1], teamNote('Hostile plain probe <img src=x onerror=alert(1)>', body));

    const page = await openWorkbench();
    page.on('request', onRequest);
    page.on('dialog', onDialog);
  });

  after(async () => {
    const page = world().page;
    page.off('request', onRequest);
    page.off('dialog', onDialog);
    for (const f of files()) rmSync(f, { force: true });
    await runCommand(page, 'View: Close All Editors').catch(() => {});
    await dismiss(page);
    await new Promise<void>((resolve) => leak.close(() => resolve()));
  });

  it('the leak server counts what reaches it', async () => {
    // Without this, "the leak server was reached 0 times" could mean it counts nothing.
    const response = await fetch(`${leakOrigin}/control`);
    assert.equal(await response.text(), 'leaked');
    assert.deepEqual(leakHits, ['/control']);
    leakHits.length = 0;
  });

  for (const [label, query] of [
    ['a strict note', 'hostile-strict-probe'],
    ['a plain Markdown team note', 'Hostile plain probe'],
  ] as const) {
    it(`${label}: opens, renders, and runs nothing, opens no dialog and sends no request`, async () => {
      const page = await openWorkbench();
      // A fresh viewer, so that it loads its own resources again (the request listener must see them).
      await runCommand(page, 'View: Close All Editors');
      await page.locator('iframe.webview').waitFor({ state: 'detached', timeout: 10_000 });
      // The note appears in search once the workspace watcher has loaded it.
      const deadline = Date.now() + 20_000;
      for (;;) {
        await runCommand(page, 'Concept Reference: Search Concepts');
        const input = page.locator('.quick-input-widget input');
        await page.waitForFunction(() => /pinyin/i.test(document.querySelector('.quick-input-widget input')?.getAttribute('placeholder') ?? ''), undefined, { timeout: 10_000 });
        await input.fill(query);
        const row = quickPickRows(page).filter({ hasText: /Hostile/ }).first();
        try {
          await row.waitFor({ state: 'visible', timeout: 3000 });
          await row.click();
          break;
        } catch (err) {
          if (Date.now() > deadline) throw err;
          await dismiss(page);
        }
      }
      const frame = viewerFrame(page);
      // Attached, not visible: a hostile style that hid the page must fail the checks below, not this wait.
      await frame
        .locator('h1.cr-title', { hasText: /Hostile/ })
        .waitFor({ state: 'attached', timeout: 15_000 })
        .catch(async () => {
          await page.waitForTimeout(1000);
          assert.fail(`the viewer lost the note (navigated away or broken); dialogs ${JSON.stringify(dialogs)}, requests out ${JSON.stringify(outside)}, leak hits ${JSON.stringify(leakHits)}`);
        });
      assert.equal(await frame.locator('h1.cr-title').isVisible(), true, 'a hostile style hid the note');
      // Rendered, not dropped: the hostile text is on the page as text.
      const article = frame.locator('article');
      assert.match((await article.textContent()) ?? '', /<script>window\.__pwned=1,alert\(1\)<\/script>/);
      // Events that need a person: pointer over every element, focus moves, a scroll to the end.
      const box = await article.boundingBox();
      assert.ok(box);
      for (let y = box.y; y < box.y + Math.min(box.height, 2000); y += 12) await page.mouse.move(box.x + 40, y);
      for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
      await article.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await page.waitForTimeout(1500);

      const pwned = await frame.locator('body').evaluate((_, marker) => {
        const w = window as unknown as Record<string, unknown>;
        let parentMarker: unknown;
        try {
          parentMarker = (window.parent as unknown as Record<string, unknown>)[marker];
        } catch {
          parentMarker = 'unreachable';
        }
        return { here: w[marker], parent: parentMarker, title: document.title, scripts: document.querySelectorAll('script:not([nonce]):not(#_vscodeApiScript)').length};
      }, MARKER);
      assert.equal(pwned.here, undefined, 'a hostile script ran in the viewer');
      assert.notEqual(pwned.parent, 1, 'a hostile script ran in the webview host frame');
      assert.equal(pwned.scripts, 0, 'the viewer holds a script element without our nonce');
      const topMarker = await page.evaluate((marker) => (window as unknown as Record<string, unknown>)[marker], MARKER);
      assert.equal(topMarker, undefined, 'a hostile script reached the workbench');
      // The request listener sees the webview's own loads, so it would see a hostile one too.
      assert.ok(ownResources.some((p) => p.endsWith('.js')), `no request of the viewer's own script was seen: ${JSON.stringify(ownResources)}`);
      ownResources.length = 0;
      assert.deepEqual(dialogs, [], 'a dialog opened');
      assert.deepEqual(outside, [], 'a request left the webview');
      assert.deepEqual(leakHits, [], 'the leak server was reached');
    });
  }
});
