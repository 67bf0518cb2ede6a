// Rewrites a .vsix (a zip) with its deflated entries compressed again by a better deflate encoder (Zopfli):
// the same files, names, dates and CRCs, each entry still standard deflate that any unzip reads, about 80 KB
// smaller in all. vsce's own zip uses zlib's default level. No zip64 (a .vsix is a few MB).
import { inflateRawSync } from 'node:zlib';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** General-purpose flag bit 3: sizes and CRC follow the data in a descriptor instead of the local header. */
const DATA_DESCRIPTOR = 0x0008;

function findEnd(buf) {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) if (buf.readUInt32LE(i) === END) return i;
  throw new Error('not a zip file (no end of central directory record)');
}

/**
 * @param {Buffer} zip
 * @param {(data: Buffer) => Promise<Buffer>} deflateRaw the better encoder, raw deflate
 * @returns {Promise<{ zip: Buffer, before: number, after: number }>}
 */
export async function recompressZip(zip, deflateRaw) {
  const end = findEnd(zip);
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const parts = [];
  const central = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error(`bad central directory entry at ${p}`);
    const nameLength = zip.readUInt16LE(p + 28);
    const centralLength = 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const record = Buffer.from(zip.subarray(p, p + centralLength));
    const name = record.toString('utf8', 46, 46 + nameLength);
    const method = record.readUInt16LE(10);
    const crc = record.readUInt32LE(16);
    const size = record.readUInt32LE(24);
    const local = record.readUInt32LE(42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`bad local header for ${name}`);
    const localLength = 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    let data = zip.subarray(local + localLength, local + localLength + record.readUInt32LE(20));
    if (method === 8) {
      const plain = inflateRawSync(data);
      if (plain.length !== size) throw new Error(`${name}: inflated to ${plain.length} bytes, the directory says ${size}`);
      const better = await deflateRaw(plain);
      if (better.length < data.length) {
        if (inflateRawSync(better).compare(plain) !== 0) throw new Error(`${name}: the recompressed entry does not inflate to the same bytes`);
        data = better;
      }
    } else if (method !== 0) {
      throw new Error(`${name}: unsupported compression method ${method}`);
    }
    // The local header with the sizes and CRC in it (no data descriptor after the data).
    const header = Buffer.from(zip.subarray(local, local + localLength));
    header.writeUInt16LE(header.readUInt16LE(6) & ~DATA_DESCRIPTOR, 6);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(size, 22);
    record.writeUInt16LE(record.readUInt16LE(8) & ~DATA_DESCRIPTOR, 8);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(offset, 42);
    parts.push(header, data);
    central.push(record);
    offset += header.length + data.length;
    p += centralLength;
  }
  const directory = Buffer.concat(central);
  const tail = Buffer.from(zip.subarray(end));
  tail.writeUInt32LE(directory.length, 12);
  tail.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...parts, directory, tail]);
  return { zip: out, before: zip.length, after: out.length };
}
