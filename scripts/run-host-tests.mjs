#!/usr/bin/env node
// Integration tests inside a real VS Code extension host, offline: builds the extension, bundles
// test/integration/*.test.ts, starts code-server on test/fixtures/workspace and opens the workbench
// once in headless Chromium with the extensionDevelopmentPath/extensionTestsPath payload (the model
// of @vscode/test-electron). The suite's run() writes its results to a JSON file we wait for.
//
//   node scripts/run-host-tests.mjs [--no-build] [--grep <pattern>] [--timeout <seconds>]
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  artifactsDir,
  ensureInstalled,
  fixtureWorkspace,
  launchChromium,
  runTestLayer,
  removeDir,
  root,
  run,
  startCodeServer,
  tempDir,
  writeUserSettings,
} from './code-server.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback;
};
const timeoutMs = Number(option('--timeout', process.env.CONCEPT_REF_TEST_TIMEOUT ?? '180')) * 1000;
const grep = option('--grep', process.env.CONCEPT_REF_TEST_GREP);
const outDir = join(root, 'out', 'test', 'integration');
const t0 = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** Bundles index.ts and every *.test.ts into out/test/integration (CommonJS, `vscode` external). */
export async function bundleIntegrationSuites(dir = outDir) {
  const src = join(root, 'test', 'integration');
  const tests = readdirSync(src).filter((f) => f.endsWith('.test.ts'));
  if (tests.length === 0) throw new Error(`no *.test.ts in ${src}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(src, 'index.ts'), ...tests.map((f) => join(src, f))],
    outdir: dir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    // mocha is bundled into index.js (its parallel mode, unused here, resolves worker files at run time).
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return tests.map((f) => f.replace(/\.ts$/, '.js'));
}

async function waitForResults(file, deadline, isAlive) {
  while (Date.now() < deadline) {
    if (existsSync(file)) {
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // written right now; read again
      }
    }
    const problem = isAlive();
    if (problem) throw new Error(problem);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return undefined;
}

function indent(text, prefix = '      ') {
  return String(text)
    .split('\n')
    .map((l) => prefix + l)
    .join('\n');
}

function printResults(results) {
  const all = [
    ...results.passes.map((t) => ({ kind: 'pass', ...t })),
    ...results.failures.map((t) => ({ kind: 'fail', ...t })),
    ...results.pending.map((t) => ({ kind: 'pending', ...t })),
  ].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const byFile = new Map();
  for (const t of all) {
    const key = t.fullTitle.slice(0, t.fullTitle.length - t.title.length).trim() || '(root)';
    if (!byFile.has(key)) byFile.set(key, []);
    byFile.get(key).push(t);
  }
  console.log('');
  for (const [suite, tests] of byFile) {
    console.log(`  ${suite}`);
    for (const t of tests) {
      const mark = t.kind === 'pass' ? '✔' : t.kind === 'fail' ? '✘' : '-';
      const time = t.durationMs !== undefined && t.kind !== 'pending' ? ` (${t.durationMs}ms)` : '';
      const why = t.kind === 'pending' && t.error ? ` (skipped: ${t.error})` : '';
      console.log(`    ${mark} ${t.title}${time}${why}`);
    }
  }
  if (results.failures.length) {
    console.log('\n  Failures:');
    results.failures.forEach((f, i) => {
      console.log(`\n  ${i + 1}) ${f.fullTitle}`);
      console.log(indent(f.error ?? 'unknown error'));
      const stack = (f.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 6).join('\n');
      if (stack) console.log(indent(stack.replace(/^\s+/gm, ''), '        '));
    });
  }
  if (results.fatal) console.log(`\n  The suite did not run: ${results.fatal}`);
}

async function main() {
  await runTestLayer('integration', async (cleanups) => {
    ensureInstalled();
    if (!flag('--no-build')) run(process.execPath, [join(root, 'scripts', 'build.mjs')]);
    if (!existsSync(join(root, 'dist', 'extension.js')) || !existsSync(join(root, 'dist', 'index.utf16.json.br'))) {
      throw new Error('dist/extension.js or dist/index.utf16.json.br is missing: run `node scripts/build.mjs`');
    }
    const tmp = tempDir('host-tests');
    cleanups.add(() => removeDir(tmp));
    // Bundled per run, so parallel runs in one working tree never load each other's half-written files.
    const suiteDir = join(tmp, 'suite');
    const suites = await bundleIntegrationSuites(suiteDir);
    const tBuilt = Date.now();

    const userDataDir = join(tmp, 'user-data');
    writeUserSettings(userDataDir);
    const resultsFile = join(tmp, 'results.json');
    mkdirSync(artifactsDir, { recursive: true });
    const serverLog = join(artifactsDir, 'integration-code-server.log');

    const env = { CONCEPT_REF_TEST_RESULTS: resultsFile };
    if (grep) env.CONCEPT_REF_TEST_GREP = grep;
    const server = await startCodeServer({
      workspace: fixtureWorkspace,
      extensionsDir: join(tmp, 'extensions'),
      userDataDir,
      env,
      logFile: serverLog,
    });
    cleanups.add(server.stop);

    const browser = await launchChromium();
    cleanups.add(browser.close);
    const consoleLines = [];
    browser.page.on('console', (msg) => consoleLines.push(`[${msg.type()}] ${msg.text()}`));
    browser.page.on('pageerror', (err) => consoleLines.push(`[pageerror] ${err.message}`));

    const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(join(suiteDir, 'index.js'))],
    ]);
    const url = `${server.url}/?folder=${encodeURIComponent(fixtureWorkspace)}&payload=${encodeURIComponent(payload)}`;
    console.log(`integration: ${suites.length} suite file(s) (${suites.join(', ')}), code-server ${server.url}, build ${seconds(tBuilt - t0)}`);
    await browser.page.goto(url, { waitUntil: 'domcontentloaded' });

    const results = await waitForResults(resultsFile, Date.now() + timeoutMs, () => {
      // A dead server will never write results: fail fast instead of waiting out the timeout.
      try {
        process.kill(server.pid, 0);
        return undefined;
      } catch {
        return `code-server exited while the tests were running; see ${serverLog}`;
      }
    });
    if (!results) {
      await browser.page.screenshot({ path: join(artifactsDir, 'integration-timeout.png') }).catch(() => {});
      writeFileSync(join(artifactsDir, 'integration-browser-console.log'), consoleLines.join('\n') + '\n');
      console.log(`\nintegration: TIMED OUT after ${seconds(timeoutMs)} waiting for results (no results file written).`);
      console.log(`  screenshot: test-artifacts/integration-timeout.png, logs: test-artifacts/integration-*.log`);
      const tail = server.output().split('\n').slice(-30).join('\n');
      console.log(indent(tail, '    '));
      return;
    }
    printResults(results);
    if (!results.ok) writeFileSync(join(artifactsDir, 'integration-browser-console.log'), consoleLines.join('\n') + '\n');
    const s = results.stats;
    const extra = s.pending ? `, ${s.pending} pending` : '';
    console.log(`\n  ${s.passes} passing (${seconds(s.durationMs)})`);
    if (s.failures) console.log(`  ${s.failures} failing`);
    if (s.pending) console.log(`  ${s.pending} pending`);
    console.log(
      `\nintegration: ${s.passes} passing, ${s.failures} failing${extra} (VS Code ${results.vscodeVersion ?? '?'} via code-server; tests ${seconds(s.durationMs)}, total ${seconds(Date.now() - t0)})`,
    );
    return results.ok && s.passes > 0 ? 0 : 1;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
