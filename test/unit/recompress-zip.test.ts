import * as assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { recompressZip } from '../../scripts/recompress-zip.mjs';
import { crc32, listZip, readZipEntry } from '../package/zip';

/** A zip as vsce writes one: deflated entries with a data descriptor after the data, stored ones without. */
function makeZip(files: { name: string; data: Buffer; deflate: boolean }[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const data = f.deflate ? deflateRawSync(f.data, { level: 1 }) : f.data;
    const flags = f.deflate ? 0x0808 : 0x0800;
    const crc = crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(f.deflate ? 8 : 0, 8);
    local.writeUInt16LE(0x6000, 10);
    local.writeUInt16LE(0x5a21, 12);
    if (!f.deflate) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(f.data.length, 22);
    }
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(f.deflate ? 16 : 0);
    if (f.deflate) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(f.data.length, 12);
    }
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(0x031e, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(flags, 8);
    record.writeUInt16LE(f.deflate ? 8 : 0, 10);
    record.writeUInt16LE(0x6000, 12);
    record.writeUInt16LE(0x5a21, 14);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(data.length, 20);
    record.writeUInt32LE(f.data.length, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    record.writeUInt32LE(offset, 42);
    parts.push(local, name, data, descriptor);
    central.push(record, name);
    offset += local.length + name.length + data.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

describe('recompressing the .vsix (scripts/recompress-zip.mjs)', () => {
  const text = Buffer.from(Array.from({ length: 400 }, (_, i) => `line ${i % 37}: the quick brown fox ${i % 11}\n`).join(''));
  const files = [
    { name: 'extension/package.json', data: Buffer.from('{"name":"x"}'), deflate: true },
    { name: 'extension/dist/extension.js', data: text, deflate: true },
    { name: 'extension/dist/index.utf16.json.br', data: Buffer.from([1, 2, 3, 250, 251]), deflate: false },
    { name: 'extension/media/图.txt', data: text.subarray(0, 500), deflate: true },
  ];

  it('keeps every file, name and CRC, with smaller deflated entries and sizes in the local headers', async () => {
    const zip = makeZip(files);
    const { zip: out, before, after } = await recompressZip(zip, async (data) => deflateRawSync(data, { level: 9 }));
    assert.equal(before, zip.length);
    assert.equal(after, out.length);
    assert.ok(after < before, `${after} >= ${before}`);
    const was = listZip(zip);
    const now = listZip(out);
    assert.deepEqual(now.map((e) => [e.name, e.method, e.size, e.crc]), was.map((e) => [e.name, e.method, e.size, e.crc]));
    for (const [k, e] of now.entries()) {
      const data = readZipEntry(out, e);
      assert.ok(data.equals(files[k].data), e.name);
      assert.equal(crc32(data), e.crc, e.name);
      assert.equal(e.flags & 0x0008, 0, `${e.name}: no data descriptor once the sizes are known`);
      // The local header agrees with the directory (a reader that trusts it finds the same sizes).
      assert.equal(out.readUInt32LE(e.localHeaderOffset + 18), e.compressedSize, e.name);
      assert.equal(out.readUInt32LE(e.localHeaderOffset + 14), e.crc, e.name);
      if (e.method === 8) assert.ok(e.compressedSize <= was[k].compressedSize, e.name);
    }
  });

  it('keeps an entry as it was when the other encoder does no better, and refuses one that inflates to other bytes', async () => {
    const zip = makeZip(files);
    const same = await recompressZip(zip, async (data) => deflateRawSync(data, { level: 0 }));
    assert.deepEqual(listZip(same.zip).map((e) => e.compressedSize), listZip(zip).map((e) => e.compressedSize));
    await assert.rejects(recompressZip(zip, async () => deflateRawSync(Buffer.from('x'))), /does not inflate to the same bytes/);
  });
});
