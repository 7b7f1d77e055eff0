/**
 * A minimal OLE compound file (MS-CFB version 3, 512-byte sectors) with empty streams of the given
 * names: enough for the file-kind sniffing, which looks only at the directory. Used to make a
 * password-protected workbook's container (`EncryptionInfo` + `EncryptedPackage`, what Excel writes
 * for 文件 → 信息 → 用密码进行加密) without an encryption library.
 */
const SECTOR = 512;
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

function directoryEntry(name: string, type: number, child: number, right: number): Buffer {
  const entry = Buffer.alloc(128);
  for (let i = 0; i < name.length; i++) entry.writeUInt16LE(name.charCodeAt(i), i * 2);
  entry.writeUInt16LE((name.length + 1) * 2, 0x40);
  entry[0x42] = type;
  entry[0x43] = 1; // black
  entry.writeUInt32LE(NO_STREAM, 0x44); // left sibling
  entry.writeUInt32LE(right, 0x48);
  entry.writeUInt32LE(child, 0x4c);
  entry.writeUInt32LE(END_OF_CHAIN, 0x74); // start sector
  return entry;
}

/** A compound file whose root holds empty streams named `streams` (at most 3). */
export function compoundFile(streams: readonly string[]): Buffer {
  if (streams.length > 3) throw new Error('compoundFile: one directory sector holds the root and 3 streams');
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18); // minor version
  header.writeUInt16LE(3, 0x1a); // major version
  header.writeUInt16LE(0xfffe, 0x1c); // byte order
  header.writeUInt16LE(9, 0x1e); // sector shift
  header.writeUInt16LE(6, 0x20); // mini sector shift
  header.writeUInt32LE(1, 0x2c); // FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(4096, 0x38); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 0x3c); // first mini FAT sector
  header.writeUInt32LE(END_OF_CHAIN, 0x44); // first DIFAT sector
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);

  const directory = Buffer.alloc(SECTOR);
  directoryEntry('Root Entry', 5, streams.length > 0 ? 1 : NO_STREAM, NO_STREAM).copy(directory, 0);
  streams.forEach((name, i) => directoryEntry(name, 2, NO_STREAM, i + 2 <= streams.length ? i + 2 : NO_STREAM).copy(directory, (i + 1) * 128));
  return Buffer.concat([header, fat, directory]);
}
