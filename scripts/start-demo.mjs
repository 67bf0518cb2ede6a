#!/usr/bin/env node
// `npm start`: builds and packages the extension, installs the .vsix into a local code-server
// (state under .vscode-test/demo) and opens demo/ in it. Open the printed URL in a browser;
// Ctrl+C stops code-server.
//
//   node scripts/start-demo.mjs [--port <n>] [--no-package]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, installExtension, onShutdown, removeDir, root, run, startCodeServer, writeUserSettings } from './code-server.mjs';

const argv = process.argv.slice(2);
const i = argv.indexOf('--port');
const port = i >= 0 ? Number(argv[i + 1]) : process.env.PORT ? Number(process.env.PORT) : undefined;
const demoDir = join(root, '.vscode-test', 'demo');
const vsix = join(root, 'concept-reference.vsix');
const workspace = join(root, 'demo');

async function main() {
  ensureInstalled();
  if (!argv.includes('--no-package') || !existsSync(vsix)) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    run(npm, ['run', '--silent', 'package']);
  }
  // A fresh extensions folder each time, so the demo always runs the build just packaged.
  const extensionsDir = join(demoDir, 'extensions');
  removeDir(extensionsDir);
  installExtension(vsix, extensionsDir, demoDir);
  const userDataDir = join(demoDir, 'user-data');
  // Demo settings: like the tests' (quiet, light theme), but hovers at the normal speed.
  // A first run: the Getting Started walkthrough opens (the test settings keep it closed).
  writeUserSettings(userDataDir, { 'editor.hover.delay': 500, 'editor.minimap.enabled': true, 'workbench.startupEditor': 'welcomePage', 'workbench.welcomePage.walkthroughs.openOnInstall': true });

  const server = await startCodeServer({ workspace, extensionsDir, userDataDir, port, logFile: join(demoDir, 'code-server.log') });
  const stop = async () => {
    await server.stop();
  };
  onShutdown(stop);
  console.log('');
  console.log(`Concept Reference demo: ${server.workspaceUrl}`);
  console.log(`  (code-server pid ${server.pid}, log .vscode-test/demo/code-server.log; Ctrl+C to stop)`);
  console.log('  Hover "kubectl apply" in deploy/rollout.sh, "channel" in go/worker.go, 知识蒸馏 in notes/模型压缩.md ...');
  // Stay alive until a signal: onShutdown stops code-server and exits.
  setInterval(() => {
    try {
      process.kill(server.pid, 0);
    } catch {
      console.error('code-server exited; see .vscode-test/demo/code-server.log');
      process.exit(1);
    }
  }, 2000);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
