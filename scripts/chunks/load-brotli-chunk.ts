// Bundled into dist/extension.js and dist/cli.js in place of the viewer's renderer (see BROTLI_CHUNKS in
// scripts/build.mjs): reads dist/chunks/<name>.br next to the bundle, decodes it and evaluates it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

declare const __dirname: string;

/** The exports of a Brotli-compressed chunk file (self-contained CommonJS, our own package's code). */
export function loadBrotliChunk(name: string): Record<string, unknown> {
  const path = join(__dirname, 'chunks', `${name}.br`);
  const source = brotliDecompressSync(readFileSync(path)).toString('utf8');
  const module = { exports: {} as Record<string, unknown> };
  const noRequire = (id: string) => {
    throw new Error(`${name} requires ${id}, which a chunk may not`);
  };
  new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${path.slice(0, -3)}`)(module, module.exports, noRequire);
  return module.exports;
}
