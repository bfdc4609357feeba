import fc from 'fast-check';
import { cellKey, columnName, fromA1, toA1 } from './address';

const SETTINGS = { seed: 1129, numRuns: 5000 } as const;

/** The reading fromA1 promises, written as the pattern it stands for (an independent oracle). */
function byPattern(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = Number(m[2]) - 1;
  return row < 0 ? null : { row, col: col - 1 };
}

describe('A1 addresses', () => {
  it('reads what toA1 writes', () => {
    fc.assert(
      fc.property(fc.nat({ max: 9_999_998 }), fc.nat({ max: 18_277 }), (row, col) => {
        expect(fromA1(toA1(row, col))).toEqual({ row, col });
      }),
      SETTINGS,
    );
  });

  it.each([
    ['H12', { row: 11, col: 7 }],
    ['$AB$3', { row: 2, col: 27 }],
    ['  xfd1048576 ', { row: 1_048_575, col: 16_383 }],
    ['\u3000A1\u00a0', { row: 0, col: 0 }],
  ])('reads %j', (text, pos) => {
    expect(fromA1(text)).toEqual(pos);
  });

  it.each([
    '',
    'A',
    '12',
    'A0',
    'ABCD1',
    'A12345678',
    'A1:B2',
    'A-1',
    '$$A1',
    'A$$1',
    'A 1',
    '自评表!A1',
    'Ａ1',
    'A1.5',
  ])('refuses %j', (text) => {
    expect(fromA1(text)).toBeNull();
  });

  it('agrees with the pattern on any short text of address characters', () => {
    const chars = fc.constantFrom(...'AaZz$0189 :!.-\u3000\t'.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(fromA1(text)).toEqual(byPattern(text));
      }),
      SETTINGS,
    );
  });

  it('names columns past Z and keys cells without collisions', () => {
    expect([columnName(25), columnName(26), columnName(701), columnName(702)]).toEqual([
      'Z',
      'AA',
      'ZZ',
      'AAA',
    ]);
    expect(cellKey(1, 2)).not.toBe(cellKey(2, 1));
    expect(cellKey(0, 16_384)).not.toBe(cellKey(1, 0));
  });

  it('gives two cells the same key only when they are the same cell', () => {
    const cell = fc.tuple(
      fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -2_000_000, max: 2_000_000 })),
      fc.oneof(fc.integer({ min: 16_380, max: 16_390 }), fc.integer({ min: -1, max: 40_000 })),
    );
    fc.assert(
      fc.property(cell, cell, ([r1, c1], [r2, c2]) => {
        expect(cellKey(r1, c1) === cellKey(r2, c2)).toBe(r1 === r2 && c1 === c2);
      }),
      SETTINGS,
    );
  });
});
