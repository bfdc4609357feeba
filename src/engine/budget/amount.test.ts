import fc from 'fast-check';
import { compareAmounts, parseAmount, ratio, roundTo, sum } from './amount';
import { codeDigits, levelOfCode, splitCodedName, SplitCodeReader } from './subjectCode';

describe('parseAmount', () => {
  it.each([
    [1234.5, 1234.5, false],
    ['12,870,000.00', 12870000, false],
    ['１２３.５', 123.5, false],
    [' 794.61 ', 794.61, false],
    ['-', 0, false],
    ['—', 0, false],
    ['(12.00)', -12, false],
    ['（12.00）', -12, false],
    ['', null, false],
    [null, null, false],
    ['/', null, false],
    ['见附表', null, true],
    ['12万', null, true],
    [{ error: '#DIV/0!' }, null, true],
  ])('%p → %p', (input, value, notNumeric) => {
    const a = parseAmount(input);
    expect(a.value).toBe(value);
    expect(a.notNumeric).toBe(notNumeric);
  });
});

describe('decimal-safe arithmetic', () => {
  it('rounds half away from zero without binary noise', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-0.00825, 4)).toBe(-0.0083);
    expect(roundTo(0.99968538, 4)).toBe(0.9997);
  });
  it('rounds as the 15-digit text round trip does, near a half and far from it', () => {
    // the definition: the value to 15 significant digits as text, then the nearest integer
    const byText = (x: number, digits: number): number => {
      const f = 10 ** digits;
      return (Math.sign(x) * Math.round(Number((Math.abs(x) * f).toPrecision(15)))) / f || 0;
    };
    const ulps = (x: number, n: number): number => {
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, x);
      view.setBigInt64(0, view.getBigInt64(0) + BigInt(n));
      return view.getFloat64(0);
    };
    // amounts as tables hold them, halves at every precision, a few units of binary noise around both
    const decimal = fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }), fc.constantFrom(0, 0.5))
      .map(([n, k, half]) => (n + half) / 10 ** k);
    const value = fc.oneof(
      fc.double(),
      decimal,
      fc.tuple(decimal, fc.integer({ min: -4, max: 4 })).map(([x, n]) => (x === 0 ? x : ulps(x, n))),
      fc.constantFrom(1.005, 2.675, -0.00825, 0.99968538, 1e15, 4.5e15, 0.5, 1.5, -2.5),
    );
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 9 }), (x, digits) => {
        expect(roundTo(x, digits)).toBe(byText(x, digits));
      }),
      { numRuns: 200_000, seed: 20261129 },
    );
  });
  it('gives null rates for a zero or missing denominator', () => {
    expect(ratio(794.36, 794.61)).toBe(0.9997);
    expect(ratio(359.46, 0)).toBeNull();
    expect(ratio(null, 5)).toBeNull();
  });
  it('sums without drift and tells rounding from a mismatch', () => {
    expect(sum([14164.71, 0, 5980.95])).toBe(20145.66);
    expect(compareAmounts(20145.66, 20145.65, 0.01)).toBe('rounding');
    expect(compareAmounts(0.1 + 0.2, 0.3, 0.01)).toBe('equal');
    expect(compareAmounts(100, 100.02, 0.01)).toBe('mismatch');
  });
});

describe('subject codes', () => {
  it('normalises codes to digits and levels', () => {
    expect(codeDigits('211 01 01')).toBe('2110101');
    expect(codeDigits('合计')).toBeNull();
    expect(levelOfCode('211')).toBe('class');
    expect(levelOfCode('21101')).toBe('section');
    expect(levelOfCode('2110101')).toBe('item');
    expect(levelOfCode('30101')).toBe('section');
    expect(splitCodedName('2110101 行政运行')).toEqual({ code: '2110101', name: '行政运行' });
    expect(splitCodedName('行政运行')).toBeNull();
  });
  it('reads split 类 | 款 | 项 with repeated or blank parents', () => {
    const r = new SplitCodeReader();
    expect(r.read('211', '', '')).toBe('211');
    expect(r.read('211', '01', '')).toBe('21101');
    expect(r.read('211', '01', '01')).toBe('2110101');
    expect(r.read('', '', '04')).toBe('2110104');
    expect(r.read('', '03', '')).toBe('21103');
    expect(r.read('', '', '2110399')).toBe('2110399');
    expect(r.read('221', '', '')).toBe('221');
    expect(r.read('', '02', '01')).toBe('2210201');
    expect(r.read('合计', '', '')).toBeNull();
  });
});
