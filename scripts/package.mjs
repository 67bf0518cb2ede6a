#!/usr/bin/env node
// npm run package: the production build, then `vsce package`, failing on any warning vsce prints
// (a store-ready package has none), then the package's deflated files compressed again with Zopfli.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import zopfli from '@gfx/zopfli';
import { root } from './code-server.mjs';
import { marketplaceReadme } from './marketplace-readme.mjs';
import { recompressZip } from './recompress-zip.mjs';

function run(command, args) {
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(output);
  if (r.status !== 0) process.exit(r.status ?? 1);
  return output;
}

run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production']);
const readme = join('out', 'marketplace', 'README.md');
mkdirSync(join(root, 'out', 'marketplace'), { recursive: true });
writeFileSync(join(root, readme), marketplaceReadme(readFileSync(join(root, 'README.md'), 'utf8')));
const output = run(process.execPath, [join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--readme-path', readme, '--out', 'concept-reference.vsix']);
const warnings = output.split('\n').filter((line) => /\bWARNING\b/i.test(line));
if (warnings.length > 0) {
  console.error(`package: vsce printed ${warnings.length} warning(s); a store-ready package has none:\n${warnings.join('\n')}`);
  process.exit(1);
}

// Zopfli finds longer matches than zlib at its default level: 80 KB less in the .vsix, for about 45 s
// here (15 iterations: 2 KB less than 5, for half as long again).
const vsix = join(root, 'concept-reference.vsix');
const t0 = Date.now();
const { zip, before, after } = await recompressZip(readFileSync(vsix), (data) => zopfli.deflateAsync(data, { numiterations: 15 }));
writeFileSync(vsix, zip);
console.log(`package: recompressed ${vsix}: ${(before / 1024).toFixed(1)} KB -> ${(after / 1024).toFixed(1)} KB in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
