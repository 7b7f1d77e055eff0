/**
 * Draws the add-in's icons (assets/icon-16.png … icon-128.png): a blue rounded square with three
 * white bars and an amber check mark. Pure Node (zlib for the PNG stream), 4×4 supersampling.
 *
 *   npx tsx tools/makeIcons.ts
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = readonly [number, number, number, number];

const BLUE: Rgba = [15, 108, 189, 255]; // Fluent brand #0F6CBD
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [255, 200, 61, 255];

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  if (x < 0 || y < 0 || x > 1 || y > 1) return false;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

const BARS: readonly (readonly [number, number, number, number])[] = [
  [0.17, 0.56, 0.31, 0.82],
  [0.41, 0.42, 0.55, 0.82],
  [0.65, 0.28, 0.79, 0.82],
];

const CHECK: readonly (readonly [number, number])[] = [
  [0.16, 0.52],
  [0.38, 0.72],
  [0.86, 0.18],
];

function distanceToSegment(px: number, py: number, a: readonly [number, number], b: readonly [number, number]): number {
  const [ax, ay] = a;
  const [bx, by] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour of the icon at a point of the unit square, or undefined outside it. */
function colourAt(x: number, y: number, size: number): Rgba | undefined {
  if (!insideRoundedSquare(x, y, 0.2)) return undefined;
  const stroke = size <= 16 ? 0.13 : 0.1;
  for (let i = 0; i + 1 < CHECK.length; i++) {
    const a = CHECK[i];
    const b = CHECK[i + 1];
    if (a && b && distanceToSegment(x, y, a, b) <= stroke / 2) return AMBER;
  }
  for (const [x0, y0, x1, y1] of BARS) if (x >= x0 && x <= x1 && y >= y0 && y <= y1) return WHITE;
  return BLUE;
}

/** RGBA pixels of one icon, anti-aliased by 4×4 supersampling. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        pixels[i] = Math.round(r / a);
        pixels[i + 1] = Math.round(g / a);
        pixels[i + 2] = Math.round(b / a);
      }
      pixels[i + 3] = Math.round((a / (samples * samples)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** A PNG (8-bit RGBA, no interlace) of square RGBA pixels. */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

export function writeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    return file;
  });
}

if (require.main === module) {
  for (const file of writeIcons(join(__dirname, '..', 'assets'))) console.log(`wrote ${file}`);
}
