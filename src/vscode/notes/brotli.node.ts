import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';

const decode = promisify(brotliDecompress);

/** brotliDecode for the Node extension host (see brotli.ts): zlib's decoder, off the main thread. */
export async function brotliDecode(bytes: Uint8Array): Promise<Uint8Array> {
  return decode(bytes);
}
