import { inflateRawSync } from 'node:zlib';
import { deflateStoredZip } from '../../../src/hosts/xlsx/zipArchive';
import { XlsxHost } from '../../../src/hosts/xlsx/xlsxHost';
import { SEED_XLSX } from '../../helpers/fixtures';

/** Entry names and methods from a zip's central directory. */
function directory(zip: Buffer): { name: string; method: number; size: number; data: Buffer }[] {
  let end = zip.length - 22;
  while (zip.readUInt32LE(end) !== 0x06054b50) end--;
  const out = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.push({
      name: zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      method: zip.readUInt16LE(at + 10),
      size: zip.readUInt32LE(at + 24),
      data: zip.subarray(start, start + zip.readUInt32LE(at + 20)),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

describe('deflateStoredZip', () => {
  it('deflates every stored entry; the package reads back the same', async () => {
    const host = await XlsxHost.open(SEED_XLSX);
    const stored = Buffer.from((await host.workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as ArrayBuffer);
    const deflated = deflateStoredZip(stored);
    expect(deflated.length).toBeLessThan(stored.length / 2);

    const before = directory(stored);
    const after = directory(deflated);
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    for (const [i, entry] of after.entries()) {
      const original = before[i];
      if (!original) throw new Error('entry count');
      expect(entry.size).toBe(original.size);
      if (original.size > 0) {
        expect(entry.method).toBe(8);
        expect(inflateRawSync(entry.data).equals(original.data)).toBe(true);
      }
    }
    expect(await (await XlsxHost.fromBuffer(deflated)).read()).toEqual(await host.read());
  });

  it('returns anything it does not understand unchanged', () => {
    const junk = Buffer.from('PK not really a zip, no directory at the end');
    expect(deflateStoredZip(junk)).toBe(junk);
    expect(deflateStoredZip(Buffer.alloc(0)).length).toBe(0);
  });
});
