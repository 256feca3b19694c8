// `npm run icons`: draws the add-in's icons (assets/icon-16/20/32/64/80.png) as 8-bit RGBA PNGs with a transparent
// background, the sizes Microsoft lists for a ribbon button and the add-in's own icons: a blue rounded sheet with a
// white table on it. Drawn by code (4 × 4 samples a pixel), so no image editor is needed to change them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 20, 32, 64, 80] as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGBA image (width × height × 4 bytes) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];

/** The colour at a point of the unit square, or null outside the icon. */
function paint(x: number, y: number): number[] | null {
  const m = 0.06; // margin
  const r = 0.16; // corner radius
  const inside = (px: number, py: number) => {
    const cx = Math.min(Math.max(px, m + r), 1 - m - r);
    const cy = Math.min(Math.max(py, m + r), 1 - m - r);
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  };
  if (!inside(x, y)) return null;
  // A white table: a frame and three rows, two columns, inside the sheet.
  const [l, t, rgt, b] = [0.22, 0.24, 0.78, 0.78];
  const line = 0.055;
  const inTable = x >= l && x <= rgt && y >= t && y <= b;
  const onFrame = inTable && (x - l < line || rgt - x < line || y - t < line || b - y < line);
  const onRow = inTable && [0.42, 0.6].some((ry) => Math.abs(y - ry) < line / 2);
  const onCol = inTable && Math.abs(x - 0.44) < line / 2;
  const header = inTable && y < 0.42;
  return onFrame || onRow || onCol || header ? WHITE : BLUE;
}

export function drawIcon(size: number): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let [r, g, bl, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const c = paint((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          bl += c[2];
          a++;
        }
      const o = (py * size + px) * 4;
      if (a > 0) [rgba[o], rgba[o + 1], rgba[o + 2]] = [Math.round(r / a), Math.round(g / a), Math.round(bl / a)];
      rgba[o + 3] = Math.round((a / (S * S)) * 255);
    }
  return encodePng(size, size, rgba);
}

if (require.main === module) {
  for (const size of ICON_SIZES) {
    const file = join(__dirname, '..', 'assets', `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    process.stdout.write(`Skrev ${file}\n`);
  }
}
