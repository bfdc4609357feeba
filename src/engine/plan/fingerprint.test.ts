import fc from 'fast-check';
import { fingerprintOf, fnv1a } from './fingerprint';

describe('fingerprintOf', () => {
  it('hashes exactly the text JSON.stringify writes, whatever the value', () => {
    const anything = fc.anything({
      maxDepth: 6,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withObjectString: true,
      withNullPrototype: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
    });
    fc.assert(
      fc.property(anything, (v) => {
        const text = JSON.stringify(v);
        if (text === undefined) return;
        expect(fingerprintOf(v)).toBe(fnv1a(text));
      }),
      { seed: 20261129, numRuns: 3000 },
    );
  });

  it('the same for long lists, which are fed in batches (holes, undefined and all)', () => {
    const long = fc.array(fc.oneof(fc.anything({ maxDepth: 2 }), fc.constant(undefined)), {
      minLength: 17,
      maxLength: 1500,
    });
    fc.assert(
      fc.property(long, fc.nat(2000), (list, hole) => {
        // a hole, as a host's sparse row would have: JSON writes null for it
        const sparse = list.map((x, i) => (i === hole ? undefined : x));
        sparse.length = Math.max(sparse.length, hole % 1800);
        const v = [{ sheet: 'S', ops: sparse }, sparse];
        expect(fingerprintOf(v)).toBe(fnv1a(JSON.stringify(v)));
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('the same for texts JSON escapes, in values and in keys', () => {
    const texts = [
      'a"b',
      'back\\slash',
      'tab\tnew\nline\u0000\u001f',
      'lone \ud800 high',
      'lone \udc00 low',
      'pair 😀 ok',
      '\u2028\u2029 and \u007f',
      '计分说明：达标记满分',
    ];
    const v = texts.map((t) => ({ [t]: t, list: [t, { t }] }));
    expect(fingerprintOf(v)).toBe(fnv1a(JSON.stringify(v)));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), (a, b) => {
        const w = { [a]: b, [b]: [a, b] };
        expect(fingerprintOf(w)).toBe(fnv1a(JSON.stringify(w)));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  it('is the FNV-1a the state sheet has always stored', () => {
    // an edit and a results sheet as the planner writes them; the value was fixed before streaming
    const plan = [
      [
        {
          sheet: '自评表',
          ops: [
            {
              row: 1,
              col: 2,
              value: { formula: 'SUM(A1:A3)', result: 3 },
              fill: 'FFE2EFDA',
              note: undefined,
            },
          ],
        },
      ],
      {
        name: '评价结果',
        state: 'visible',
        ops: [{ row: 0, col: 0, value: '评价结果', bold: true }],
        freezeRows: 1,
      },
    ];
    expect(fingerprintOf(plan)).toBe(fnv1a(JSON.stringify(plan)));
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
  });
});
