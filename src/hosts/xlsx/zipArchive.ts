/**
 * Zip packages at the level of entries, with Node's native zlib.
 *
 * - `readZip` lists a package's entries with their data exactly as stored (compressed or not), from
 *   the central directory; `writeZip` lays entries out again. An entry that is not changed is copied
 *   byte for byte, never decompressed and compressed again: that is what lets the patching writer
 *   (patch/patchPackage.ts) save a large workbook in a fraction of the time a full re-serialisation
 *   takes, and it guarantees untouched parts (the input sheets) stay identical.
 * - `deflateStoredZip` compresses a package whose entries are stored (ExcelJS's uncompressed output),
 *   several times faster than JSZip's pure-JavaScript deflate, at a similar size.
 * Anything unexpected (zip64, encryption, a malformed directory, an unknown method) reads as
 * `undefined`, and callers keep to their slower, general path.
 */
import { promisify } from 'node:util';
import { constants, crc32, deflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';

const deflateRawAsync = promisify(deflateRaw);

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
/** General-purpose flag bit 0: the entry is encrypted. */
const FLAG_ENCRYPTED = 0x0001;
/** General-purpose flag bit 3: sizes follow the data in a descriptor (we always write them up front). */
const FLAG_DATA_DESCRIPTOR = 0x0008;
/** General-purpose flag bit 11: the name is UTF-8 (otherwise code page 437, which we only accept as ASCII). */
const FLAG_UTF8 = 0x0800;
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;

export interface ZipEntry {
  /** The entry's name as stored (UTF-8 or ASCII in every OOXML package). */
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly uncompressedSize: number;
  /** The entry's data as stored: deflated when `method` is 8. */
  readonly data: Buffer;
  readonly versionMadeBy: number;
  readonly versionNeeded: number;
  readonly flags: number;
  /** MS-DOS time and date. */
  readonly time: number;
  readonly date: number;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
}

function findEndOfDirectory(zip: Buffer): number {
  const earliest = Math.max(0, zip.length - 22 - MAX_16);
  for (let i = zip.length - 22; i >= earliest; i--) if (zip.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  return -1;
}

/** The entries of a zip package in directory order; undefined when it is not one we can copy safely. */
export function readZip(zip: Buffer): ZipEntry[] | undefined {
  const end = findEndOfDirectory(zip);
  if (end < 0) return undefined;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === MAX_16 || at === MAX_32) return undefined; // zip64: leave it alone
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_HEADER) return undefined;
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const uncompressedSize = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    if (compressedSize === MAX_32 || uncompressedSize === MAX_32 || localOffset === MAX_32) return undefined;
    if ((flags & FLAG_ENCRYPTED) !== 0) return undefined;
    if (method !== METHOD_STORED && method !== METHOD_DEFLATED) return undefined;
    const name = zip.subarray(at + 46, at + 46 + nameLength);
    if ((flags & FLAG_UTF8) === 0 && name.some((byte) => byte > 0x7f)) return undefined;
    if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_HEADER) return undefined;
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > zip.length) return undefined;
    entries.push({
      name: name.toString('utf8'),
      method,
      crc: zip.readUInt32LE(at + 16),
      uncompressedSize,
      data: zip.subarray(dataStart, dataStart + compressedSize),
      versionMadeBy: zip.readUInt16LE(at + 4),
      versionNeeded: zip.readUInt16LE(at + 6),
      flags,
      time: zip.readUInt16LE(at + 12),
      date: zip.readUInt16LE(at + 14),
      internalAttributes: zip.readUInt16LE(at + 36),
      externalAttributes: zip.readUInt32LE(at + 38),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's content, decompressed. */
export function entryContent(entry: ZipEntry): Buffer {
  return entry.method === METHOD_DEFLATED ? inflateRawSync(entry.data) : entry.data;
}

/**
 * The start of the entry's content: at most about `bytes` bytes of compressed data are inflated, so
 * looking at the head of a large part (a sheet's views, before its cells) costs next to nothing.
 */
export function entryHead(entry: ZipEntry, bytes = 65_536): Buffer {
  if (entry.method !== METHOD_DEFLATED) return entry.data.subarray(0, bytes);
  if (entry.data.length <= bytes) return inflateRawSync(entry.data);
  return inflateRawSync(entry.data.subarray(0, bytes), { finishFlush: constants.Z_SYNC_FLUSH });
}

/** Content compressed for an entry: the deflated bytes, and the CRC-32 and size of what went in. */
export interface Deflated {
  readonly data: Buffer;
  readonly crc: number;
  readonly size: number;
}

/**
 * A deflated entry named `name`; the other header fields (dates, attributes) come from `like`, an
 * entry of the same package, so a rewritten part keeps its place and its timestamp.
 */
export function entryOf(name: string, like: ZipEntry, deflated: Deflated): ZipEntry {
  return {
    ...like,
    name,
    method: METHOD_DEFLATED,
    crc: deflated.crc,
    uncompressedSize: deflated.size,
    data: deflated.data,
    versionNeeded: Math.max(like.versionNeeded, 20),
    flags: like.flags & ~FLAG_DATA_DESCRIPTOR,
  };
}

/** `content` compressed on libuv's thread pool, while the caller goes on. */
export async function deflateAsync(content: Buffer, level = 3): Promise<Deflated> {
  return { data: await deflateRawAsync(content, { level }), crc: crc32(content) >>> 0, size: content.length };
}

/**
 * Text in, one deflate stream out, compressed while the text is still being produced.
 *
 * - Text is encoded into a segment buffer as it comes (a row of a sheet at a time: one native write
 *   per row measured about three times faster than one per piece of a cell), so no string or buffer
 *   ever holds the whole part.
 * - Every segment of about 1 MB is compressed on the thread pool as soon as it is full, ending with a
 *   full flush and no final-block mark, so the segments concatenated form a single valid deflate
 *   stream (the technique of pigz). Rendering and compressing overlap on two cores.
 */
export class DeflateSink {
  private buffer: Buffer;
  private at = 0;
  private crc = 0;
  private size = 0;
  private readonly segments: Promise<Buffer>[] = [];

  constructor(
    private readonly level = 3,
    private readonly segmentLength = 1 << 20,
  ) {
    this.buffer = Buffer.allocUnsafe(segmentLength);
  }

  write(text: string): void {
    // Worst case 3 bytes per UTF-16 unit.
    const room = text.length * 3;
    if (this.at + room > this.buffer.length) {
      this.segment(constants.Z_FULL_FLUSH);
      if (room > this.buffer.length) this.buffer = Buffer.allocUnsafe(room);
    }
    this.at += this.buffer.write(text, this.at, 'utf8');
  }

  private segment(flush: number): void {
    const bytes = this.buffer.subarray(0, this.at);
    this.buffer = Buffer.allocUnsafe(this.segmentLength);
    this.at = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    const compressed = deflateRawAsync(bytes, { level: this.level, finishFlush: flush });
    compressed.catch(() => undefined); // awaited in finish(); never an unhandled rejection
    this.segments.push(compressed);
  }

  /** Ends the stream; resolves to the compressed part. */
  async finish(): Promise<Deflated> {
    this.segment(constants.Z_FINISH);
    return { data: Buffer.concat(await Promise.all(this.segments)), crc: this.crc >>> 0, size: this.size };
  }
}

/** Deflates every stored entry of a package synchronously (see deflateStoredZip). */
function deflatedEntry(entry: ZipEntry, level: number): ZipEntry {
  return entryOf(entry.name, entry, { data: deflateRawSync(entry.data, { level }), crc: entry.crc, size: entry.uncompressedSize });
}

/** Lays the entries out as a zip package; undefined when it would need zip64. */
export function writeZip(entries: readonly ZipEntry[]): Buffer | undefined {
  if (entries.length >= MAX_16) return undefined;
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const flags = entry.flags & ~FLAG_DATA_DESCRIPTOR;
    if (offset > MAX_32 || entry.data.length >= MAX_32) return undefined;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(entry.versionNeeded, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt16LE(entry.time, 10);
    local.writeUInt16LE(entry.date, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(entry.versionMadeBy, 4);
    header.writeUInt16LE(entry.versionNeeded, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt16LE(entry.time, 12);
    header.writeUInt16LE(entry.date, 14);
    header.writeUInt32LE(entry.crc, 16);
    header.writeUInt32LE(entry.data.length, 20);
    header.writeUInt32LE(entry.uncompressedSize, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(0, 30); // extra
    header.writeUInt16LE(0, 32); // comment
    header.writeUInt16LE(0, 34); // disk
    header.writeUInt16LE(entry.internalAttributes, 36);
    header.writeUInt32LE(entry.externalAttributes, 38);
    header.writeUInt32LE(offset, 42);

    parts.push(local, name, entry.data);
    central.push(header, name);
    offset += local.length + name.length + entry.data.length;
  }
  if (offset > MAX_32) return undefined;
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** Deflates every stored entry of `zip` at `level` (1–9); see the file comment. */
export function deflateStoredZip(zip: Buffer, level = 3): Buffer {
  const entries = readZip(zip);
  if (!entries) return zip;
  const deflated = entries.map((entry) =>
    entry.method === METHOD_STORED && entry.data.length > 0 ? deflatedEntry(entry, level) : entry,
  );
  return writeZip(deflated) ?? zip;
}
