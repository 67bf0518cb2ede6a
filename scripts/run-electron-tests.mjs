#!/usr/bin/env node
// The same integration suites as scripts/run-host-tests.mjs, run by @vscode/test-electron in a
// downloaded desktop VS Code (needs internet access to update.code.visualstudio.com, so it is not
// part of `npm test`; CI machines without internet use the code-server runner instead).
//
//   node scripts/run-electron-tests.mjs [--no-build] [--version <x.y.z|stable|insiders>]
import { runTests } from '@vscode/test-electron';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureWorkspace, root, run, writeUserSettings } from './code-server.mjs';
import { bundleIntegrationSuites } from './run-host-tests.mjs';

const argv = process.argv.slice(2);
const i = argv.indexOf('--version');
// engines.vscode is ^1.100.0: test on the oldest supported version unless told otherwise.
const version = i >= 0 ? argv[i + 1] : (process.env.VSCODE_TEST_VERSION ?? '1.100.3');

async function main() {
  if (!argv.includes('--no-build')) run(process.execPath, [join(root, 'scripts', 'build.mjs')]);
  if (!existsSync(join(root, 'dist', 'index.utf16.json.br'))) throw new Error('dist/index.utf16.json.br is missing: run `node scripts/build.mjs`');
  await bundleIntegrationSuites();
  const userDataDir = mkdtempSync(join(tmpdir(), 'concept-ref-electron-'));
  writeUserSettings(userDataDir);
  try {
    await runTests({
      version,
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [fixtureWorkspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userDataDir}`],
      extensionTestsEnv: { CONCEPT_REF_TEST_RESULTS: process.env.CONCEPT_REF_TEST_RESULTS ?? '' },
    });
    console.log('electron: integration tests passed');
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`electron: integration tests failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
