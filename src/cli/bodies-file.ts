// dist/bodies.json.br in Node (the build, the CLI, tests). Quality 9 with the largest window: 22% smaller
// than deflate in 1.7 s; quality 11 saves 8% more but takes ten times as long on every build.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

export function encodeBodies(json: string): Buffer {
  const bytes = Buffer.from(json, 'utf8');
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 9,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

export function readBodiesFile(path: string): string {
  return brotliDecompressSync(readFileSync(path)).toString('utf8');
}
