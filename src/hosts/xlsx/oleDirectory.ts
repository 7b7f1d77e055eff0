/**
 * The names in an OLE compound file's directory (MS-CFB), which tell what the file is: a legacy Excel
 * workbook has a `Workbook` (BIFF8) or `Book` (BIFF5) stream, a password-protected .xlsx an
 * `EncryptionInfo` and an `EncryptedPackage` stream, a Word document a `WordDocument` stream.
 * Only the header, the allocation table and the directory chain are read, every step bounded, so a cut
 * or hostile file gives the names found so far and never loops.
 */

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY = 128;
/** No real file has more directory sectors than this (each holds 4 or 32 entries). */
const MAX_DIRECTORY_SECTORS = 4096;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= CFB_MAGIC.length && CFB_MAGIC.every((b, i) => bytes[i] === b);
}

/** The stream and storage names of a compound file's directory (possibly partial for a cut file). */
export function compoundFileNames(bytes: Uint8Array): string[] {
  if (!isCompoundFile(bytes) || bytes.length < 512) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number): number | undefined => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : undefined);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const sectorAt = (sector: number): number => (sector + 1) * sectorSize;

  // The allocation table's sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) {
    const sector = u32(0x4c + i * 4);
    if (sector === undefined || sector === FREE_SECTOR || sector === END_OF_CHAIN) break;
    fatSectors.push(sector);
  }
  let difat = u32(0x44);
  const perDifat = sectorSize / 4 - 1;
  for (let hops = 0; difat !== undefined && difat < END_OF_CHAIN && hops < MAX_DIRECTORY_SECTORS; hops++) {
    const base = sectorAt(difat);
    for (let i = 0; i < perDifat; i++) {
      const sector = u32(base + i * 4);
      if (sector === undefined || sector >= END_OF_CHAIN) break;
      fatSectors.push(sector);
    }
    difat = u32(base + perDifat * 4);
  }
  const next = (sector: number): number | undefined => {
    const perFat = sectorSize / 4;
    const fat = fatSectors[Math.floor(sector / perFat)];
    return fat === undefined ? undefined : u32(sectorAt(fat) + (sector % perFat) * 4);
  };

  const names: string[] = [];
  const seen = new Set<number>();
  let sector = u32(0x30);
  while (sector !== undefined && sector < END_OF_CHAIN && !seen.has(sector) && seen.size < MAX_DIRECTORY_SECTORS) {
    seen.add(sector);
    const base = sectorAt(sector);
    for (let at = base; at + DIRECTORY_ENTRY <= Math.min(base + sectorSize, bytes.length); at += DIRECTORY_ENTRY) {
      const length = view.getUint16(at + 0x40, true);
      const type = bytes[at + 0x42];
      if (type === 0 || length < 2 || length > 64) continue;
      let name = '';
      for (let i = 0; i < length / 2 - 1; i++) name += String.fromCharCode(view.getUint16(at + i * 2, true));
      names.push(name);
    }
    sector = next(sector);
  }
  return names;
}
