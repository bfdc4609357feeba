import fc from 'fast-check';
import { fnv1a, outputFingerprint, type TextPiece } from './fingerprint';
import type { CellOp, OwnedSheet } from './types';

const sheet = (ops: readonly CellOp[], extra: Partial<OwnedSheet> = {}): OwnedSheet => ({
  name: '评价结果',
  state: 'visible',
  ops,
  ...extra,
});
const whole = (text: string): TextPiece => ({ text, from: 0, to: text.length });

const scalar = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
);
const op: fc.Arbitrary<CellOp> = fc.record(
  {
    row: fc.nat(1_000_000),
    col: fc.nat(16_000),
    value: fc.oneof(
      scalar,
      fc.record({
        formula: fc.string({ maxLength: 10 }),
        result: fc.oneof(fc.string(), fc.double(), fc.constant(null)),
      }),
    ),
    numFmt: fc.option(fc.string({ maxLength: 8 })),
    fill: fc.option(fc.constantFrom('FFFDE7E9', 'FFE2EFDA', 'FFFFF2CC')),
    note: fc.option(fc.string({ unit: 'grapheme', maxLength: 20 })),
    link: fc.string({ maxLength: 10 }),
    bold: fc.boolean(),
    wrap: fc.boolean(),
  },
  { requiredKeys: ['row', 'col'] },
);

describe('outputFingerprint', () => {
  it('is the same for equal outputs built apart', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), fc.string(), (ops, ledger) => {
        const copy = JSON.parse(JSON.stringify(ops)) as CellOp[];
        expect(outputFingerprint(sheet(copy), [whole(ledger)])).toBe(
          outputFingerprint(sheet(ops), [whole(ledger)]),
        );
      }),
      { seed: 20261202, numRuns: 500 },
    );
  });

  it('changes with any one field of any op', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 20 }), fc.nat(), op, (ops, at, other) => {
        const i = at % ops.length;
        const changed = ops.map((o, k) => (k === i ? { ...o, ...other, row: o.row, col: o.col } : o));
        fc.pre(JSON.stringify(changed[i]) !== JSON.stringify(ops[i]));
        expect(outputFingerprint(sheet(changed), [])).not.toBe(outputFingerprint(sheet(ops), []));
      }),
      { seed: 7, numRuns: 1000 },
    );
  });

  it('tells apart what JSON tells apart: a text from a number, null from absent, near numbers, the place', () => {
    const variants: CellOp[][] = [
      [{ row: 1, col: 2, value: '1' }],
      [{ row: 1, col: 2, value: 1 }],
      [{ row: 1, col: 2, value: null }],
      [{ row: 1, col: 2 }],
      [{ row: 1, col: 2, value: 0.1 + 0.2 }],
      [{ row: 1, col: 2, value: 0.3 }],
      [{ row: 2, col: 1, value: 0.3 }],
      [{ row: 1, col: 2, value: { formula: 'SUM(A1:A3)', result: 3 } }],
      [{ row: 1, col: 2, value: { formula: 'SUM(A1:A3)', result: '3' } }],
      [
        { row: 1, col: 2, value: 'ab' },
        { row: 1, col: 3, value: 'c' },
      ],
      [
        { row: 1, col: 2, value: 'a' },
        { row: 1, col: 3, value: 'bc' },
      ],
      [{ row: 1, col: 2, note: null }],
      [{ row: 1, col: 2, fill: null }],
      [{ row: 1, col: 2, bold: true }],
      [{ row: 1, col: 2, wrap: true }],
    ];
    const prints = variants.map((ops) => outputFingerprint(sheet(ops), []));
    expect(new Set(prints).size).toBe(variants.length);
  });

  it('covers the ledger text (however it is cut into pieces) and the sheet fields besides its ops', () => {
    const ops: CellOp[] = [{ row: 0, col: 0, value: '评价结果', bold: true }];
    const text = '[["自评表",[[4,6,1,3,null]]]]';
    const joined = outputFingerprint(sheet(ops), [whole(text)]);
    expect(
      outputFingerprint(sheet(ops), [
        { text: `x${text.slice(0, 9)}`, from: 1, to: 10 },
        { text, from: 9, to: text.length },
      ]),
    ).toBe(joined);
    expect(outputFingerprint(sheet(ops), [whole(text.replace('3', '4'))])).not.toBe(joined);
    expect(outputFingerprint(sheet(ops, { freezeRows: 1 }), [whole(text)])).not.toBe(joined);
    expect(outputFingerprint(sheet(ops, { columnWidths: [10, 12] }), [whole(text)])).not.toBe(joined);
  });

  it('fnv1a is the 32-bit FNV-1a of the text', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
  });
});
