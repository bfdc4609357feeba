import type { CellValue } from '../grid/types';
import { isPlainAmount, rateFormula, rateScoreFormula, sumOf, type CellRef } from './spreadsheet';

const at = (a1: string, value: CellValue): CellRef => ({ a1, value });

describe('rateFormula', () => {
  it('caches the unrounded ratio the formula computes', () => {
    expect(rateFormula(at('E3', 480), at('F3', 451.23))).toEqual({
      formula: 'IF(E3=0,"",F3/E3)',
      result: 451.23 / 480,
    });
    expect(rateFormula(at('E5', 480000), at('G5', null))).toEqual({
      formula: 'IF(E5=0,"",IF(G5="",0,G5)/E5)',
      result: 0,
    });
    expect(rateFormula(at('E5', null), at('G5', 5))?.result).toBe('');
  });

  it('uses VALUE() for amounts kept as text, under IFERROR', () => {
    expect(rateFormula(at('E8', '12,870,000.00'), at('G8', '12,801,532.40'))).toEqual({
      formula: 'IFERROR(IF(VALUE(E8)=0,"",VALUE(G8)/VALUE(E8)),"")',
      result: 12801532.4 / 12870000,
    });
    expect(rateFormula(at('E11', '-'), at('G11', '3,594,600.00'))?.result).toBe('');
    expect(rateFormula(at('E11', 100), at('G11', '见附表'))?.result).toBe('');
  });

  it('writes the same formula over a blank and over text of nothing (the add-in cannot tell them apart)', () => {
    // both are 0 through IF(x="",0,x) in Excel and LibreOffice; spaces (which the add-in sees) through N()
    for (const blank of [null, '']) {
      expect(rateFormula(at('D5', 2), at('C5', blank))).toEqual({
        formula: 'IF(D5=0,"",IF(C5="",0,C5)/D5)',
        result: 0,
      });
      expect(rateFormula(at('D5', blank), at('C5', 3))).toEqual({
        formula: 'IF(IF(D5="",0,D5)=0,"",C5/IF(D5="",0,D5))',
        result: '',
      });
    }
    expect(rateFormula(at('D5', '  '), at('C5', 3))).toEqual({
      formula: 'IF(N(D5)=0,"",C5/N(D5))',
      result: '',
    });
    expect(rateFormula(at('D5', '1,000'), at('C5', ' '))?.formula).toBe(
      'IFERROR(IF(VALUE(D5)=0,"",N(C5)/VALUE(D5)),"")',
    );
  });
});

describe('text every spreadsheet reads alike', () => {
  it('takes plain numbers through VALUE(), text without a digit too (an error everywhere)', () => {
    for (const [text, n] of [
      ['1,234.50', 1234.5],
      [' 95 ', 95],
      ['95%', 0.95],
      ['1.5E+3', 1500],
      ['+.5', 0.5],
      ['-1,234,567', -1234567],
      ['00012', 12],
    ] as const) {
      expect([text, isPlainAmount(text), rateFormula(at('B2', 1), at('C2', text))?.result]).toEqual([
        text,
        true,
        n,
      ]);
    }
    for (const text of ['-', '—', '见附表', '/']) {
      expect([text, rateFormula(at('B2', 1), at('C2', text))?.result]).toEqual([text, '']);
    }
  });

  it('writes no formula over text the programs read differently', () => {
    // LibreOffice: TRUE → 1, (12) → -12, $5 → 5, 1/2 → a date; Excel: TRUE → error, ¥5 and ２０ by locale
    for (const text of [
      'TRUE',
      'false',
      '(12)',
      '（12.00）',
      '$5',
      '¥5',
      '1/2',
      '１２',
      '12万元',
      '5-',
      '1 234',
      '5.',
    ]) {
      expect([text, isPlainAmount(text)]).toEqual([text, false]);
    }
  });

  it('writes no formula whose ratio is past the largest double (#NUM! everywhere)', () => {
    expect(rateFormula(at('B2', 1e-300), at('C2', 1e300))).toBeNull();
    expect(rateScoreFormula(at('B2', 1e-300), at('C2', 1e300), 10)).toBeNull();
    expect(sumOf([1.7e308, 1.7e308])).toBeNull();
  });
});

describe('rateScoreFormula', () => {
  it('rounds as ROUND does, caps at the weight, and takes the weight from a cell or a number', () => {
    expect(rateScoreFormula(at('E3', 480), at('F3', 451.23), at('G3', 10))).toEqual({
      formula: 'IF(E3=0,"",ROUND(MIN(1,F3/E3)*G3,2))',
      result: 9.4,
    });
    expect(rateScoreFormula(at('E3', 480), at('F3', 500), 10)).toEqual({
      formula: 'IF(E3=0,"",ROUND(MIN(1,F3/E3)*10,2))',
      result: 10,
    });
    // 0.4005 × 10 = 4.005 (4.00499… in binary): ROUND gives 4.01
    expect(rateScoreFormula(at('E3', 1), at('F3', 0.4005), 10)?.result).toBe(4.01);
    expect(rateScoreFormula(at('E3', 0), at('F3', 5), at('G3', 10))?.result).toBe('');
    expect(rateScoreFormula(at('E3', 100), at('F3', 50), at('G3', null))?.result).toBe(0);
  });

  it('guards text amounts and a text weight', () => {
    expect(rateScoreFormula(at('E3', '480'), at('F3', '451.23'), at('G3', '10'))).toEqual({
      formula: 'IFERROR(IF(VALUE(E3)=0,"",ROUND(MIN(1,VALUE(F3)/VALUE(E3))*VALUE(G3),2)),"")',
      result: 9.4,
    });
    expect(rateScoreFormula(at('E3', 480), at('F3', 451.23), at('G3', '十分'))?.result).toBe('');
  });
});

describe('sumOf', () => {
  it('adds numbers and dates unrounded, passes over text and blanks', () => {
    expect(sumOf([106, -0.000010863959141305764, 'https://example.org', null, 10])).toBe(
      106 - 0.000010863959141305764 + 10,
    );
    expect(sumOf([new Date(Date.UTC(2021, 0, 1, 12)), 1])).toBe(44197.5 + 1);
    expect(sumOf([])).toBe(0);
  });

  it('has no one answer over an error, or a boolean (Excel passes it over, LibreOffice counts it)', () => {
    expect(sumOf([1, { error: '#N/A' }, 2])).toBeNull();
    expect(sumOf([1, true, 2])).toBeNull();
    expect(sumOf([false])).toBeNull();
  });
});
