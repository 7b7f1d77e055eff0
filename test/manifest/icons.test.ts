/**
 * The icons in assets/ are what tools/makeIcons.ts draws (regenerate with `npx tsx tools/makeIcons.ts`),
 * and they are real, opaque-in-the-middle, transparent-in-the-corner RGBA PNGs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inflateSync } from 'node:zlib';
import { ICON_SIZES, drawIcon, encodePng } from '../../tools/makeIcons';

const ASSETS = path.resolve(__dirname, '../../assets');

/** Decodes the pixels of a filter-0, non-interlaced RGBA PNG (what makeIcons writes). */
function decode(bytes: Buffer): { size: number; pixels: Buffer } {
  const size = bytes.readUInt32BE(16);
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) raw.copy(pixels, y * size * 4, y * (size * 4 + 1) + 1, (y + 1) * (size * 4 + 1));
  return { size, pixels };
}

describe('icons', () => {
  it.each(ICON_SIZES)('icon-%i.png is the generated drawing', (size) => {
    const file = fs.readFileSync(path.join(ASSETS, `icon-${size}.png`));
    expect(file.equals(encodePng(size, drawIcon(size)))).toBe(true);
    const { pixels } = decode(file);
    const alpha = (x: number, y: number): number => pixels[(y * size + x) * 4 + 3] ?? -1;
    expect(alpha(0, 0)).toBeLessThan(128);
    expect(alpha(Math.floor(size / 2), Math.floor(size / 2))).toBe(255);
  });
});
