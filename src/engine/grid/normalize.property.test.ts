import fc from 'fast-check';
import type { CellValue } from './types';
import { normalizeValue } from './normalize';
import { classifyEvidence } from '../evidence/classifyEvidence';

const SETTINGS = { seed: 20201, numRuns: 2000 } as const;

/** Text built from the characters cells actually contain, so the parsers' paths get exercised. */
const cellishText = fc
  .array(
    fc.constantFrom(
      ...'0123456789.,%‰-+/ 　\u00a0≥≤±=<>万亿千元人次级星分年月日底前后以上下内及不低于超过控制在达标合格未基本一二两三十百零〇《》〔〕()（）#!?号附件见表'.split(
        '',
      ),
    ),
    { maxLength: 16 },
  )
  .map((chars) => chars.join(''));

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  cellishText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: false }),
  fc
    .constantFrom('#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!')
    .map((error) => ({ error })),
);

const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));

/**
 * `2021.12` is read as a date (end of December 2021) by design, so the numbers whose text looks
 * like `YYYY.MM` are left out of the round-trip property. They are the only exception.
 */
const looksLikeYearMonth = (n: number): boolean => /^\d{4}\.\d{2}$/.test(String(n));

describe('normalizeValue / classifyEvidence properties', () => {
  test('never throw, whatever the cell and number format', () => {
    fc.assert(
      fc.property(
        anyCell,
        fc.option(fc.constantFrom('0%', '0.00%', 'yyyy-mm-dd', 'General', '#,##0')),
        (v, fmt) => {
          const n = normalizeValue(v, fmt ?? undefined);
          expect(['number', 'date', 'text', 'empty', 'error']).toContain(n.kind);
          const e = classifyEvidence(v);
          expect(['missing', 'weak', 'ok']).toContain(e.level);
        },
      ),
      SETTINGS,
    );
  });

  test('never throw on arbitrary text with options', () => {
    fc.assert(
      fc.property(
        cellishText,
        fc.option(fc.string()),
        fc.array(fc.string()),
        (text, hyperlink, sheetNames) => {
          classifyEvidence(text, { hyperlink, sheetNames });
          normalizeValue(text);
        },
      ),
      SETTINGS,
    );
  });

  test('String(n) reads back as the number n', () => {
    fc.assert(
      fc.property(
        finite.filter((n) => !looksLikeYearMonth(n)),
        (n) => {
          const r = normalizeValue(String(n));
          expect(r).toMatchObject({ kind: 'number', value: n, percent: false, op: null, unit: null });
        },
      ),
      SETTINGS,
    );
  });

  test('`${n}%` reads back as n percent', () => {
    fc.assert(
      fc.property(finite, (n) => {
        expect(normalizeValue(`${n}%`)).toMatchObject({ kind: 'number', value: n, percent: true });
      }),
      SETTINGS,
    );
  });

  test('numbers under a percent format read as percent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (n) => {
        const r = normalizeValue(n, '0.0%');
        expect(r.kind === 'number' && r.percent).toBe(true);
      }),
      SETTINGS,
    );
  });
});
