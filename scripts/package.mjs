#!/usr/bin/env node
// npm run package: the production build, then `vsce package`, failing on any warning vsce prints
// (a store-ready package has none).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './code-server.mjs';

function run(command, args) {
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(output);
  if (r.status !== 0) process.exit(r.status ?? 1);
  return output;
}

run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production']);
const output = run(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', 'concept-reference.vsix']);
const warnings = output.split('\n').filter((line) => /\bWARNING\b/i.test(line));
if (warnings.length > 0) {
  console.error(`package: vsce printed ${warnings.length} warning(s); a store-ready package has none:\n${warnings.join('\n')}`);
  process.exit(1);
}
