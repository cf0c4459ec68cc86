// Draws the Teams app icons without an image library: `node appPackage/make-icons.mjs`.
// color.png (192×192): a deep teal rounded square with a white "Q" whose tail is a tick.
// outline.png (32×32): the same mark, white on transparent (Teams tints it).
// The PNGs are committed; run this again only to change the design.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import process from 'node:process';
import { deflateSync } from 'node:zlib';

export const TEAL = [0x0b, 0x5e, 0x66];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** An 8-bit RGBA PNG; `pixel(x, y)` returns [r, g, b, a] for the pixel's centre. */
export const encodePng = (width, height, pixel) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, RGBA, deflate, no filter, no interlace
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y += 1) {
    const row = y * (1 + width * 4);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x += 1) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

// Shapes on a unit square (0..1), as signed distances (negative inside).
const roundedSquare = (x, y, inset, radius) => {
  const qx = Math.abs(x - 0.5) - (0.5 - inset - radius);
  const qy = Math.abs(y - 0.5) - (0.5 - inset - radius);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
};

const segment = (x, y, [ax, ay], [bx, by], halfWidth) => {
  const [px, py, dx, dy] = [x - ax, y - ay, bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - halfWidth;
};

/** The mark, at `scale` about the centre: an open ring (the Q) whose tail is a tick. */
const mark = (x0, y0, scale) => {
  const [x, y] = [0.5 + (x0 - 0.5) / scale, 0.5 + (y0 - 0.5) / scale];
  const [cx, cy, r, w] = [0.46, 0.46, 0.25, 0.055];
  // The ring is open at the lower right, where the tick passes through it.
  const angle = Math.atan2(y - cy, x - cx);
  const ring = angle > 0.2 && angle < 1.2 ? Infinity : Math.abs(Math.hypot(x - cx, y - cy) - r) - w;
  const tick = Math.min(
    segment(x, y, [0.49, 0.6], [0.6, 0.71], w),
    segment(x, y, [0.6, 0.71], [0.82, 0.42], w),
  );
  return Math.min(ring, tick) * scale;
};

/** Coverage of a shape in one pixel by 8×8 supersampling. */
const coverage = (size, px, py, inside) => {
  let hits = 0;
  for (let i = 0; i < 8; i += 1)
    for (let j = 0; j < 8; j += 1)
      if (inside((px + (i + 0.5) / 8) / size, (py + (j + 0.5) / 8) / size)) hits += 1;
  return hits / 64;
};

export const drawColor = (size = 192) =>
  encodePng(size, size, (px, py) => {
    const square = coverage(size, px, py, (x, y) => roundedSquare(x, y, 0, 0.18) <= 0);
    const white = coverage(size, px, py, (x, y) => mark(x, y, 1) <= 0);
    const channel = (c) => Math.round(c * (1 - white) + 255 * white);
    return [...TEAL.map(channel), Math.round(255 * Math.max(square, white))];
  });

export const drawOutline = (size = 32) =>
  encodePng(size, size, (px, py) => {
    const white = coverage(size, px, py, (x, y) => mark(x, y, 1.05) <= 0);
    return [255, 255, 255, Math.round(255 * white)];
  });

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  writeFileSync(join(here, 'color.png'), drawColor());
  writeFileSync(join(here, 'outline.png'), drawOutline());
  process.stdout.write('wrote appPackage/color.png (192×192) and appPackage/outline.png (32×32)\n');
}
