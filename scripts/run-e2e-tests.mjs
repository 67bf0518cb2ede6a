#!/usr/bin/env node
// UI end-to-end tests: what a person sees in a real VS Code workbench. Installs the packaged
// concept-reference.vsix (`npm run package`) into a fresh extensions folder of code-server, opens
// test/fixtures/workspace in headless Chromium, and runs test/package/*.test.ts (the .vsix contents)
// and test/e2e/*.test.ts with mocha in this process, sharing one page. Screenshots of failing
// tests go to test-artifacts/.
//
// With --web, the extension is forced into the browser's web worker extension host (the setting
// remote.extensionKind), as in VS Code for the Web, and test/web/*.test.ts run instead.
//
//   node scripts/run-e2e-tests.mjs [--web] [--grep <pattern>] [--vsix <path>]
import * as esbuild from 'esbuild';
import Mocha from 'mocha';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  artifactsDir,
  ensureInstalled,
  fixtureWorkspace,
  installExtension,
  launchChromium,
  runTestLayer,
  removeDir,
  root,
  shuttingDown,
  startCodeServer,
  tempDir,
  writeUserSettings,
} from './code-server.mjs';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const grep = option('--grep', process.env.CONCEPT_REF_TEST_GREP);
const web = argv.includes('--web');
const EXTENSION_ID = 'concept-reference.concept-reference';
const vsixPath = option('--vsix', process.env.CONCEPT_REF_VSIX ?? join(root, 'concept-reference.vsix'));
const t0 = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** Bundles test/package/*.test.ts and test/e2e/*.test.ts into outDir; returns the bundles in run order. */
async function bundleSuites(outDir) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const sources = [];
  for (const dir of web ? ['web'] : ['package', 'e2e']) {
    const abs = join(root, 'test', dir);
    if (!existsSync(abs)) continue;
    const files = readdirSync(abs)
      .filter((f) => f.endsWith('.test.ts'))
      .sort((a, b) => (a.startsWith('workbench') ? -1 : b.startsWith('workbench') ? 1 : a.localeCompare(b)));
    for (const f of files) sources.push({ in: join(abs, f), out: `${dir}-${f.replace(/\.test\.ts$/, '')}.test` });
  }
  if (sources.length === 0) throw new Error('no test/e2e/*.test.ts or test/package/*.test.ts suites');
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: sources,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Types only in the suites (nothing to resolve at run time); the page comes through globalThis.
    external: ['playwright-core', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return sources.map((s) => join(outDir, `${s.out}.js`));
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const slug = (s) => s.replace(/[^\w\u4e00-\u9fff-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 120);

async function main() {
  await runTestLayer(web ? 'web' : 'e2e', async (cleanups, onInterrupt) => {
    let runner;
    // Stop mocha first so the remaining tests do not fail one by one against a closed browser.
    onInterrupt(() => runner?.abort());
    ensureInstalled();
    if (!existsSync(vsixPath)) throw new Error(`${vsixPath} does not exist: run \`npm run package\` first`);
    if (statSync(vsixPath).mtimeMs < newestMtime(join(root, 'src'))) {
      console.warn(`e2e: warning: ${vsixPath} is older than src/; run \`npm run package\` to test the current code`);
    }
    const tmp = tempDir('e2e');
    cleanups.add(() => removeDir(tmp));
    // Bundled per run, so parallel runs in one working tree never load each other's half-written files.
    const suites = await bundleSuites(join(tmp, 'suites'));

    mkdirSync(artifactsDir, { recursive: true });
    const prefix = web ? 'web-' : 'e2e-';
    for (const f of readdirSync(artifactsDir)) if (f.startsWith(prefix)) rmSync(join(artifactsDir, f), { force: true });

    const extensionsDir = join(tmp, 'extensions');
    const userDataDir = join(tmp, 'user-data');
    const tInstall = Date.now();
    installExtension(vsixPath, extensionsDir, tmp);
    writeUserSettings(userDataDir, web ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {});
    const server = await startCodeServer({
      workspace: fixtureWorkspace,
      extensionsDir,
      userDataDir,
      logFile: join(artifactsDir, web ? 'web-code-server.log' : 'e2e-code-server.log'),
      // The web run reads the Node extension host's log to show the extension did not run there.
      extraArgs: web ? ['--log', 'trace'] : [],
    });
    cleanups.add(server.stop);
    const browser = await launchChromium();
    cleanups.add(browser.close);
    const page = browser.page;
    page.setDefaultTimeout(15_000);
    const consoleLines = [];
    page.on('console', (msg) => consoleLines.push(`[${msg.type()}] ${msg.text()}`));
    page.on('pageerror', (err) => consoleLines.push(`[pageerror] ${err.message}`));
    console.log(`e2e: installed ${vsixPath.slice(root.length + 1)} and started code-server ${server.url} + Chromium in ${seconds(Date.now() - tInstall)}`);

    const installed = readdirSync(extensionsDir).find((d) => d.startsWith('concept-reference.concept-reference-'));
    if (!installed) throw new Error(`the .vsix did not install into ${extensionsDir}`);
    globalThis.conceptRefE2E = {
      page,
      // The installed copy: tests read the notes the packaged build really bundles.
      extensionPath: join(extensionsDir, installed),
      workspaceUrl: server.workspaceUrl,
      workspace: fixtureWorkspace,
      root,
      artifactsDir,
      vsixPath,
      userDataDir,
    };

    const mocha = new Mocha({
      ui: 'bdd',
      reporter: 'spec',
      timeout: 60_000,
      slow: 5_000,
      rootHooks: {
        async afterEach() {
          const test = this.currentTest;
          if (test?.state !== 'failed' || shuttingDown()) return;
          const file = join(artifactsDir, `${web ? 'web' : 'e2e'}-${slug(test.fullTitle())}.png`);
          await page.screenshot({ path: file, fullPage: true }).catch(() => {});
          console.log(`      screenshot: ${file.slice(root.length + 1)}`);
        },
      },
    });
    if (grep) mocha.grep(grep);
    for (const s of suites) mocha.addFile(s);
    const stats = await new Promise((resolve) => {
      runner = mocha.run(() => resolve(runner.stats));
    });
    if (shuttingDown()) return 1;
    if (stats.failures > 0) {
      writeFileSync(join(artifactsDir, `${web ? 'web' : 'e2e'}-browser-console.log`), consoleLines.join('\n') + '\n');
    }
    const pending = stats.pending ? `, ${stats.pending} pending` : '';
    console.log(`${web ? 'web' : 'e2e'}: ${stats.passes} passing, ${stats.failures} failing${pending} (tests ${seconds(stats.duration ?? 0)}, total ${seconds(Date.now() - t0)})`);
    return stats.failures === 0 && stats.passes > 0 ? 0 : 1;
  });
}

await main();
