import { promisify } from 'node:util';
import { brotliDecompress, brotliDecompressSync } from 'node:zlib';
import { oneChunkFor } from '../../core/index-format';

const decode = promisify(brotliDecompress);

/** brotliDecode for the Node extension host (see brotli.ts): zlib's decoder, off the main thread. */
export async function brotliDecode(bytes: Uint8Array): Promise<Uint8Array> {
  return decode(bytes, { chunkSize: oneChunkFor(bytes) });
}

/**
 * brotliDecode on the main thread. For the activation index (1.5 MB, about 4 ms): in a starting extension
 * host the thread pool is busy with every extension's file reads, and a queued decode took activation
 * 20 ms longer than decoding here.
 */
export function brotliDecodeNow(bytes: Uint8Array): Uint8Array {
  return brotliDecompressSync(bytes, { chunkSize: oneChunkFor(bytes) });
}
