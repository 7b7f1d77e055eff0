/**
 * The parts of a zip package, for reading, with fflate: the central directory is listed once, and a part
 * is inflated only when the reader asks for it (an input sheet, never an owned output sheet or an image).
 *
 * Limits keep a hostile package (a zip bomb) from taking the machine: the sizes the directory declares
 * are checked before anything is inflated — at most `maxTotalBytes` of content in all the parts read,
 * and no part above `ratioGraceBytes` that inflates more than `maxRatio` times its compressed size — and
 * inflation writes into a buffer of the declared size, so a lying directory cannot make it grow.
 * Part names are looked up as OPC says: case-insensitively, without a leading slash.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { PackageReadError } from './readErrors';

export interface PartInfo {
  /** The entry's name as stored. */
  readonly name: string;
  readonly compressedSize: number;
  readonly size: number;
  readonly method: number;
}

/** `/xl\Workbook.xml` → `xl/workbook.xml`: how part names are compared. */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

export class ZipParts {
  private readonly byKey = new Map<string, PartInfo>();
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ReadLimits,
  ) {}

  /** Lists the package's directory; throws PackageReadError('truncated' | 'corrupt') when there is none. */
  static open(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): ZipParts {
    const parts = new ZipParts(bytes, limits);
    let count = 0;
    try {
      unzipSync(bytes, {
        filter: (file) => {
          if (++count > limits.maxEntries) throw new PackageReadError('corrupt', `more than ${limits.maxEntries} zip entries`);
          const info = { name: file.name, compressedSize: file.size, size: file.originalSize, method: file.compression };
          // The first of two entries differing only in case wins, as in Excel.
          const key = partKey(file.name);
          if (!parts.byKey.has(key)) parts.byKey.set(key, info);
          return false;
        },
      });
    } catch (error) {
      if (error instanceof PackageReadError) throw error;
      // fflate's "invalid zip data": no end-of-directory record, which is what a cut-off copy looks like.
      throw new PackageReadError('truncated', errorText(error));
    }
    return parts;
  }

  /** Every entry, in directory order of first appearance. */
  get entries(): readonly PartInfo[] {
    return [...this.byKey.values()];
  }

  has(name: string): boolean {
    return this.byKey.has(partKey(name));
  }

  info(name: string): PartInfo | undefined {
    return this.byKey.get(partKey(name));
  }

  /** The part's content, or undefined when there is no such part; throws on a limit or bad data. */
  read(name: string): Uint8Array | undefined {
    const info = this.info(name);
    if (!info) return undefined;
    this.check(info);
    let taken = false;
    const first = (file: UnzipFileInfo): boolean => {
      if (taken || file.name !== info.name) return false;
      taken = true;
      return true;
    };
    try {
      return unzipSync(this.bytes, { filter: first })[info.name];
    } catch (error) {
      throw new PackageReadError('corrupt', `${info.name}: ${errorText(error)}`);
    }
  }

  private check(info: PartInfo): void {
    const { maxTotalBytes, maxRatio, ratioGraceBytes } = this.limits;
    if (info.method !== 0 && info.method !== 8) throw new PackageReadError('corrupt', `${info.name}: compression method ${info.method}`);
    if (info.size > ratioGraceBytes && info.size > info.compressedSize * maxRatio) {
      throw new PackageReadError('ratioLimit', `${info.name}: ${info.size} bytes from ${info.compressedSize}`);
    }
    this.inflated += info.size;
    if (this.inflated > maxTotalBytes) throw new PackageReadError('sizeLimit', `more than ${maxTotalBytes} bytes to read`);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
