import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { APP_PACKAGE_DIR, MANIFEST_TEMPLATE_FILE } from '../../src/dev/app-manifest.js';

type Image = { width: number; height: number; colourType: number; rgba: Uint8Array };

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Decodes an 8-bit RGBA or RGB, non-interlaced PNG: enough to check the app icons. */
const decodePng = (png: Buffer): Image => {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  if (header === undefined) throw new Error('no IHDR chunk');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth = 0, colourType = 0, , , interlace = 0] = [...header.subarray(8, 13)];
  expect({ bitDepth, interlace }).toEqual({ bitDepth: 8, interlace: 0 });
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  expect(channels, `colour type ${colourType}`).toBeGreaterThan(0);
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter ?? 0] ?? 0;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) {
    rgba.set(pixels.subarray(i * channels, i * channels + 3), i * 4);
    rgba[i * 4 + 3] = channels === 4 ? pixels[i * channels + 3]! : 255;
  }
  return { width, height, colourType, rgba };
};

const icon = async (name: string): Promise<Image> =>
  decodePng(await readFile(join(APP_PACKAGE_DIR, name)));

describe('the app icons', () => {
  it('color.png is 192×192, in the accent colour with a white mark', async () => {
    const image = await icon('color.png');
    expect([image.width, image.height]).toEqual([192, 192]);
    const counts = new Map<string, number>();
    for (let i = 0; i < image.rgba.length; i += 4) {
      const [r, g, b, a] = image.rgba.subarray(i, i + 4);
      if (a !== 255) continue;
      const hex = `#${[r!, g!, b!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      counts.set(hex.toUpperCase(), (counts.get(hex.toUpperCase()) ?? 0) + 1);
    }
    const [background, white] = [...counts.entries()].sort((x, y) => y[1] - x[1]);
    const { accentColor } = JSON.parse(await readFile(MANIFEST_TEMPLATE_FILE, 'utf8')) as {
      accentColor: string;
    };
    expect(background?.[0]).toBe(accentColor.toUpperCase());
    expect(background![1]).toBeGreaterThan(192 * 192 * 0.5);
    expect(white?.[0]).toBe('#FFFFFF');
  });

  it('outline.png is 32×32, white on transparent', async () => {
    const image = await icon('outline.png');
    expect([image.width, image.height]).toEqual([32, 32]);
    expect(image.colourType).toBe(6);
    let opaque = 0;
    let transparent = 0;
    for (let i = 0; i < image.rgba.length; i += 4) {
      const [r, g, b, a] = image.rgba.subarray(i, i + 4);
      if (a === 0) transparent += 1;
      else {
        expect([r, g, b], `pixel ${i / 4} is not white`).toEqual([255, 255, 255]);
        if (a === 255) opaque += 1;
      }
    }
    expect(opaque).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
  });
});
