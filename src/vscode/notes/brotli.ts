import { decompress } from 'brotli/decompress';

/**
 * Decodes Brotli, the format of dist/bodies.json.br (about 30% smaller in the .vsix than the zip's own
 * deflate). In the web extension host this is a JavaScript decoder; the Node bundle swaps this module for
 * brotli.node.ts (scripts/build.mjs), which uses zlib.
 */
export async function brotliDecode(bytes: Uint8Array): Promise<Uint8Array> {
  return decompress(bytes);
}

/** brotliDecode on the calling thread, for the small activation index (see brotli.node.ts). */
export function brotliDecodeNow(bytes: Uint8Array): Uint8Array {
  return decompress(bytes);
}
