/**
 * Draws the ribbon and add-in icons into assets/ (committed output; rerun after changing a glyph):
 *
 *   npm run icons             # or: npx tsx scripts/makeIcons.ts [outDir]
 *
 * Each glyph is a few shapes in unit coordinates, rasterised with supersampling and written by
 * the small PNG encoder beside this script, so the output is the same bytes on every machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { arc, circle, polygon, polyline, render, roundRect, type Colour, type Layer } from './icons/draw';
import { encodePng } from './icons/png';

// Fluent UI palette: brand (communication blue), green, neutral grey, white.
const BRAND: Colour = [15, 108, 189];
const BRAND_DARK: Colour = [17, 94, 163];
const GREEN: Colour = [16, 124, 16];
const GREY: Colour = [97, 97, 97];
const GREY_LIGHT: Colour = [209, 209, 209];
const WHITE: Colour = [255, 255, 255];

/** 计算得分: a calculator with a check badge (the score is computed and checked). */
const compute: Layer[] = [
  { shape: roundRect(0.1, 0.04, 0.74, 0.94, 0.1), colour: BRAND },
  { shape: roundRect(0.2, 0.14, 0.64, 0.34, 0.03), colour: WHITE },
  { shape: roundRect(0.2, 0.44, 0.36, 0.58, 0.02), colour: WHITE },
  { shape: roundRect(0.48, 0.44, 0.64, 0.58, 0.02), colour: WHITE },
  { shape: roundRect(0.2, 0.68, 0.36, 0.82, 0.02), colour: WHITE },
  { shape: circle(0.74, 0.74, 0.29), colour: WHITE },
  { shape: circle(0.74, 0.74, 0.24), colour: GREEN },
  {
    shape: polyline(
      [
        [0.62, 0.75],
        [0.71, 0.84],
        [0.86, 0.65],
      ],
      0.08,
    ),
    colour: WHITE,
  },
];

/** 打开面板: a window with its task pane on the right. */
const pane: Layer[] = [
  { shape: roundRect(0.06, 0.1, 0.94, 0.9, 0.08), colour: GREY },
  { shape: roundRect(0.12, 0.24, 0.88, 0.84, 0.02), colour: WHITE },
  { shape: roundRect(0.56, 0.24, 0.88, 0.84, 0.02), colour: BRAND },
  { shape: roundRect(0.18, 0.36, 0.48, 0.44), colour: GREY_LIGHT },
  { shape: roundRect(0.18, 0.52, 0.48, 0.6), colour: GREY_LIGHT },
  { shape: roundRect(0.18, 0.68, 0.48, 0.76), colour: GREY_LIGHT },
  { shape: roundRect(0.62, 0.34, 0.82, 0.42), colour: WHITE },
];

/** 撤销上次计算: an arrow curving back to the left. */
const undo: Layer[] = [
  { shape: arc(0.56, 0.54, 0.3, -40, 180, 0.12), colour: BRAND },
  {
    shape: polygon([
      [0.07, 0.5],
      [0.45, 0.5],
      [0.26, 0.8],
    ]),
    colour: BRAND,
  },
];

/** The add-in: a tile with rising score bars and a check. */
const addin: Layer[] = [
  { shape: roundRect(0.04, 0.04, 0.96, 0.96, 0.18), colour: BRAND_DARK },
  { shape: roundRect(0.18, 0.56, 0.32, 0.8, 0.02), colour: WHITE },
  { shape: roundRect(0.4, 0.44, 0.54, 0.8, 0.02), colour: WHITE },
  { shape: roundRect(0.62, 0.3, 0.76, 0.8, 0.02), colour: WHITE },
  {
    shape: polyline(
      [
        [0.2, 0.32],
        [0.3, 0.41],
        [0.5, 0.18],
      ],
      0.08,
    ),
    colour: WHITE,
  },
];

export const ICONS: Readonly<Record<string, { layers: Layer[]; sizes: readonly number[] }>> = {
  compute: { layers: compute, sizes: [16, 32, 80] },
  pane: { layers: pane, sizes: [16, 32, 80] },
  undo: { layers: undo, sizes: [16, 32, 80] },
  icon: { layers: addin, sizes: [16, 32, 64, 80, 128] },
};

/** Every icon file: `compute-16.png` → its PNG bytes. */
export function drawIcons(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const [name, { layers, sizes }] of Object.entries(ICONS))
    for (const size of sizes) files.set(`${name}-${size}.png`, encodePng(render(layers, size)));
  return files;
}

function main(outDir: string): void {
  mkdirSync(outDir, { recursive: true });
  for (const [name, png] of drawIcons()) {
    writeFileSync(join(outDir, name), png);
    process.stdout.write(`${join(outDir, name)}\n`);
  }
}

if (require.main === module) main(resolve(process.argv[2] ?? join(__dirname, '..', 'assets')));
