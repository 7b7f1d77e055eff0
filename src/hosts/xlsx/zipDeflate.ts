/**
 * Compresses a zip package whose entries are stored (uncompressed) with Node's native zlib.
 *
 * ExcelJS compresses through JSZip's pure-JavaScript deflate, about a third of the time of saving a
 * large workbook. The host asks ExcelJS for a stored package instead and deflates each entry here:
 * the same file format, several times faster, at a similar size. Entries already compressed are
 * copied as they are. Anything unexpected (zip64, a malformed directory) returns the input unchanged,
 * which is still a valid, merely larger, package.
 */
import { deflateRawSync } from 'node:zlib';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
/** General-purpose flag bit 3: sizes follow the data in a descriptor (we always write them up front). */
const FLAG_DATA_DESCRIPTOR = 0x0008;
const MAX_32 = 0xffffffff;

interface Entry {
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly uncompressedSize: number;
  readonly name: Buffer;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
  readonly data: Buffer;
}

function findEndOfDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let i = zip.length - 22; i >= earliest; i--) if (zip.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  return -1;
}

function readEntries(zip: Buffer): Entry[] | undefined {
  const end = findEndOfDirectory(zip);
  if (end < 0) return undefined;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === MAX_32) return undefined; // zip64: leave it alone
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_HEADER) return undefined;
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const uncompressedSize = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    if (compressedSize === MAX_32 || uncompressedSize === MAX_32 || localOffset === MAX_32) return undefined;
    if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_HEADER) return undefined;
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > zip.length) return undefined;
    if (method !== METHOD_STORED && method !== METHOD_DEFLATED) return undefined;
    entries.push({
      versionMadeBy: zip.readUInt16LE(at + 4),
      versionNeeded: zip.readUInt16LE(at + 6),
      flags: zip.readUInt16LE(at + 8),
      method,
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      crc: zip.readUInt32LE(at + 16),
      uncompressedSize,
      name: zip.subarray(at + 46, at + 46 + nameLength),
      internalAttributes: zip.readUInt16LE(at + 36),
      externalAttributes: zip.readUInt32LE(at + 38),
      data: zip.subarray(dataStart, dataStart + compressedSize),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Deflates every stored entry of `zip` at `level` (1–9); see the file comment. */
export function deflateStoredZip(zip: Buffer, level = 3): Buffer {
  const entries = readEntries(zip);
  if (!entries) return zip;
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const deflate = entry.method === METHOD_STORED && entry.data.length > 0;
    const data = deflate ? deflateRawSync(entry.data, { level }) : entry.data;
    const method = deflate ? METHOD_DEFLATED : entry.method;
    const versionNeeded = Math.max(entry.versionNeeded, deflate ? 20 : 10);
    const flags = entry.flags & ~FLAG_DATA_DESCRIPTOR;
    if (offset > MAX_32 || data.length >= MAX_32) return zip;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(versionNeeded, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(entry.time, 10);
    local.writeUInt16LE(entry.date, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(entry.name.length, 26);
    local.writeUInt16LE(0, 28);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(entry.versionMadeBy, 4);
    header.writeUInt16LE(versionNeeded, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(entry.time, 12);
    header.writeUInt16LE(entry.date, 14);
    header.writeUInt32LE(entry.crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(entry.uncompressedSize, 24);
    header.writeUInt16LE(entry.name.length, 28);
    header.writeUInt16LE(0, 30); // extra
    header.writeUInt16LE(0, 32); // comment
    header.writeUInt16LE(0, 34); // disk
    header.writeUInt16LE(entry.internalAttributes, 36);
    header.writeUInt32LE(entry.externalAttributes, 38);
    header.writeUInt32LE(offset, 42);

    parts.push(local, entry.name, data);
    central.push(header, entry.name);
    offset += local.length + entry.name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
