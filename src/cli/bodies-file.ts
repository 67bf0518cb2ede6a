// dist's Brotli files in Node (the build, the CLI, tests): the bodies, the index and the pinyin table. The packaged build takes Brotli's best setting
// (about 30% smaller than the zip's deflate, some 15 s once per package); everyday builds take quality 9
// (22% smaller, under 2 s).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { decodeIndexText, oneChunkFor } from '../core/index-format';

export function encodeBrotliJson(json: string, effort: 'fast' | 'smallest' = 'fast', encoding: 'utf8' | 'utf16le' = 'utf8'): Buffer {
  const bytes = Buffer.from(json, encoding);
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'smallest' ? constants.BROTLI_MAX_QUALITY : 9,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** A Brotli-compressed file of dist/, decoded into one buffer. */
function readBrotli(path: string): Buffer {
  const compressed = readFileSync(path);
  return brotliDecompressSync(compressed, { chunkSize: oneChunkFor(compressed) });
}

/** dist's index file (INDEX_FILE, UTF-16) as text. */
export function readIndexText(path: string): string {
  return decodeIndexText(readBrotli(path));
}

/** A Brotli-compressed UTF-8 file of dist/ (the bodies, the pinyin table, the everyday-word list) as text. */
export function readBrotliText(path: string): string {
  return readBrotli(path).toString('utf8');
}
