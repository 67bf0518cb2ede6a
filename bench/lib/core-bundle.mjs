// src/core modules as one esbuild bundle, as the extension ships them: run through tsx, every call across
// modules goes through an export getter, which costs tight loops up to 2x.
import * as esbuild from 'esbuild';
import { join } from 'node:path';
import { root } from '../fixtures.mjs';

/**
 * Bundles `source` (export statements resolved from the repository root) to out/bench/<name>.cjs.
 * @returns the bundle's path
 */
export async function bundleCore(name, source) {
  const outfile = join(root, 'out', 'bench', `${name}.cjs`);
  await esbuild.build({ stdin: { contents: source, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', target: 'es2022', outfile, logLevel: 'warning' });
  return outfile;
}
