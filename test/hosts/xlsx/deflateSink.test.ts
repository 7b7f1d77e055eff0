/**
 * DeflateSink (text in, one raw deflate stream out, compressed in segments on the thread pool) and
 * entryHead (the start of a deflated entry, inflating only a prefix of its data).
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { DeflateSink, type ZipEntry, entryContent, entryHead } from '../../../src/hosts/xlsx/zipArchive';

async function drain(pieces: readonly string[], segmentLength?: number): Promise<{ inflated: Buffer; crc: number; size: number }> {
  const sink = segmentLength === undefined ? new DeflateSink() : new DeflateSink(3, segmentLength);
  for (const piece of pieces) sink.write(piece);
  const { data, crc, size } = await sink.finish();
  return { inflated: inflateRawSync(data), crc, size };
}

/** What the sink should hold: each piece encoded as Node encodes it. */
function encoded(pieces: readonly string[]): Buffer {
  return Buffer.concat(pieces.map((p) => Buffer.from(p, 'utf8')));
}

describe('DeflateSink', () => {
  it('makes one stream of many tiny segments, with the CRC and size of the UTF-8 text', async () => {
    const pieces: string[] = [];
    for (let i = 0; i < 600; i++) pieces.push(`<row r="${i + 1}"><c><v>${i * 1.5}</v></c><is><t>项目${i}😀</t></is></row>`);
    pieces.push('x'.repeat(500), '', 'é'.repeat(300));
    const expected = Buffer.from(pieces.join(''), 'utf8');
    const { inflated, crc, size } = await drain(pieces, 64);
    expect(inflated.equals(expected)).toBe(true);
    expect(crc).toBe(crc32(expected) >>> 0);
    expect(size).toBe(expected.length);
  });

  it('gives the same bytes whatever the segment length', async () => {
    const pieces = Array.from({ length: 300 }, (_, i) => `${'绩效'.repeat(i % 7)}<c r="A${i}"/>`);
    const small = await drain(pieces, 16);
    const large = await drain(pieces);
    expect(small.inflated.equals(large.inflated)).toBe(true);
    expect(small.crc).toBe(large.crc);
    expect(small.size).toBe(large.size);
  });

  it('takes a piece longer than a segment', async () => {
    const piece = '长'.repeat(10_000);
    const { inflated, size } = await drain(['a', piece, 'b'], 64);
    expect(inflated.toString('utf8')).toBe(`a${piece}b`);
    expect(size).toBe(Buffer.byteLength(piece) + 2);
  });

  it('finishes an empty sink as a valid empty stream', async () => {
    const { inflated, crc, size } = await drain([]);
    expect(inflated.length).toBe(0);
    expect(crc).toBe(0);
    expect(size).toBe(0);
    expect((await drain([''], 64)).inflated.length).toBe(0);
  });

  it('encodes any UTF-16 text as Node does, lone surrogates as U+FFFD', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary' }), { maxLength: 40 }), fc.integer({ min: 8, max: 256 }), async (pieces, segment) => {
        const expected = encoded(pieces);
        const { inflated, crc, size } = await drain(pieces, segment);
        expect(inflated.equals(expected)).toBe(true);
        expect(crc).toBe(crc32(expected) >>> 0);
        expect(size).toBe(expected.length);
      }),
      { numRuns: 200 },
    );
  });

  it('equals Buffer.from of the joined text when no piece ends inside a surrogate pair', async () => {
    const whole = (s: string): boolean => !/[\uD800-\uDBFF]$/.test(s) && !/^[\uDC00-\uDFFF]/.test(s);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary' }).filter(whole), { maxLength: 40 }), async (pieces) => {
        const { inflated } = await drain(pieces, 32);
        expect(inflated.equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('encodes each piece on its own: a surrogate pair split between two writes becomes two U+FFFD', async () => {
    const { inflated } = await drain(['a\uD83D', '\uDE00b']);
    expect(inflated.toString('utf8')).toBe('a\uFFFD\uFFFDb');
    expect(Buffer.from('a\uD83D\uDE00b', 'utf8').toString('utf8')).toBe('a😀b');
  });
});

function deflatedEntry(content: Buffer): ZipEntry {
  return {
    name: 'xl/worksheets/sheet1.xml',
    method: 8,
    crc: crc32(content) >>> 0,
    uncompressedSize: content.length,
    data: deflateRawSync(content, { level: 3 }),
    versionMadeBy: 20,
    versionNeeded: 20,
    flags: 0,
    time: 0,
    date: 0,
    internalAttributes: 0,
    externalAttributes: 0,
  };
}

/** A large, sheet-like part whose compressed size is well above the head's budget. */
function bigSheet(rows: number): Buffer {
  const parts = ['<worksheet><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData>'];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}"><c r="A${r}"><v>${(r * 7919) % 104729}</v></c><c r="B${r}" t="inlineStr"><is><t>第${r}行 ${r.toString(36)}</t></is></c></row>`);
  parts.push('</sheetData></worksheet>');
  return Buffer.from(parts.join(''), 'utf8');
}

describe('entryHead', () => {
  const content = bigSheet(60_000);
  const entry = deflatedEntry(content);

  it.each([1024, 4096, 65_536])('gives a prefix of at least %i bytes of a large deflated entry', (bytes) => {
    expect(entry.data.length).toBeGreaterThan(bytes * 2);
    const head = entryHead(entry, bytes);
    expect(head.length).toBeGreaterThanOrEqual(bytes);
    expect(head.length).toBeLessThan(content.length);
    expect(head.equals(content.subarray(0, head.length))).toBe(true);
  });

  it('uses 64 KiB of compressed data by default, enough to reach the cells', () => {
    const head = entryHead(entry);
    expect(head.equals(content.subarray(0, head.length))).toBe(true);
    expect(head.toString('utf8')).toContain('<sheetData>');
  });

  it('gives the whole content when the entry is smaller than asked', () => {
    const small = Buffer.from('<worksheet><sheetData/></worksheet>', 'utf8');
    expect(entryHead(deflatedEntry(small), 1024).equals(small)).toBe(true);
    expect(entryHead(deflatedEntry(content), entry.data.length + 1).equals(content)).toBe(true);
    expect(entryContent(entry).equals(content)).toBe(true);
  });

  it('gives the first bytes of a stored entry', () => {
    const stored: ZipEntry = { ...deflatedEntry(content), method: 0, data: content };
    expect(entryHead(stored, 100).equals(content.subarray(0, 100))).toBe(true);
    expect(entryHead(stored, content.length + 10).equals(content)).toBe(true);
  });
});
