import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { crc32, encodePng, pngSize } from '../scripts/icons/png';
import { drawIcons } from '../scripts/makeIcons';

function chunks(png: Buffer): { type: string; body: Buffer; crc: number }[] {
  const out = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    out.push({ type, body: png.subarray(at + 8, at + 8 + length), crc: png.readUInt32BE(at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('PNG encoder', () => {
  it('writes a valid RGBA PNG: signature, checksummed chunks, filtered rows', () => {
    const data = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 255, 255, 255, 255]);
    const png = encodePng({ width: 2, height: 2, data });
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    for (const c of parts) expect(c.crc).toBe(crc32(Buffer.concat([Buffer.from(c.type, 'ascii'), c.body])));
    expect(pngSize(png)).toEqual({ width: 2, height: 2 });
    const raw = inflateSync(parts[1]!.body);
    expect([...raw]).toEqual([0, ...data.subarray(0, 8), 0, ...data.subarray(8)]);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});

describe('icons', () => {
  it('are exactly what scripts/makeIcons.ts draws (run `npm run icons` after changing a glyph)', () => {
    for (const [name, png] of drawIcons()) {
      const committed = readFileSync(join(__dirname, '..', 'assets', name));
      expect([name, committed.equals(png)]).toEqual([name, true]);
      const size = Number(/-(\d+)\.png$/.exec(name)![1]);
      expect(pngSize(committed)).toEqual({ width: size, height: size });
    }
  });
});
