/**
 * Split 类 | 款 | 项 code columns under one merged 科目编码 caption, with no 类 | 款 | 项 row under it,
 * and the 类 code repeated on every row (and the 款 code on 项 rows): 203 | 06 | 03 is the 项
 * 2030603, not a third 类 203. hunt56 w2 (区人民防空办公室, in 元) read every row as a 类 and added
 * 类, 款 and 项 together at the 合计.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';
import { findBudgetTables } from './detect';

const table = (repeat: boolean, section = '06'): SheetInput => {
  const c = (code: string): string | null => (repeat ? code : null);
  return {
    name: '03支出决算表',
    rows: [
      ['支出决算表'],
      [null, null, null, null, null, null, '单位：元'],
      ['项目', null, null, null, '本年支出合计', '基本支出', '项目支出'],
      ['科目编码', null, null, '科目名称', '本年支出合计', '基本支出', '项目支出'],
      ['栏次', null, null, null, 1, 2, 3],
      ['合计', null, null, null, 4000, 3000, 1000],
      ['203', null, null, '国防支出', 3500, 2500, 1000],
      [c('203'), '06', null, '国防动员', 3500, 2500, 1000],
      [c('203'), repeat ? section : null, '03', '人民防空', 3000, 2500, 500],
      [c('203'), c('06'), '99', '其他国防动员支出', 500, null, 500],
      ['208', null, null, '社会保障和就业支出', 500, 500, null],
      [c('208'), '05', null, '行政事业单位养老支出', 500, 500, null],
      [c('208'), c('05'), '05', '机关事业单位基本养老保险缴费支出', 500, 500, null],
    ] as CellValue[][],
    merges: [
      { top: 1, left: 0, bottom: 1, right: 6 },
      { top: 2, left: 0, bottom: 2, right: 3 },
      { top: 3, left: 0, bottom: 3, right: 2 },
      { top: 2, left: 4, bottom: 3, right: 4 },
      { top: 2, left: 5, bottom: 3, right: 5 },
      { top: 2, left: 6, bottom: 3, right: 6 },
      { top: 5, left: 0, bottom: 5, right: 3 },
    ],
  };
};

const problems = (s: SheetInput): string[] =>
  checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.cell}`);

describe('split code columns under one merged 科目编码 caption', () => {
  it.each([
    ['blank above', false],
    ['repeated on every row', true],
  ])('reads each row at its deepest code, the 类 %s', (_, repeat) => {
    const lines = findBudgetTables([table(repeat)], DEFAULT_SETTINGS)[0]!.lines;
    expect(lines.filter((l) => l.code !== null).map((l) => `${l.code} ${l.level}`)).toEqual([
      '203 class',
      '20306 section',
      '2030603 item',
      '2030699 item',
      '208 class',
      '20805 section',
      '2080505 item',
    ]);
  });

  it('finds nothing wrong in a table that adds up, the 类 repeated or not', () => {
    expect(problems(table(false))).toEqual([]);
    expect(problems(table(true))).toEqual([]);
  });

  it('flags a 款 digit that puts a 项 under a 款 the table does not have, at the 款 cell', () => {
    // hunt56 P09: 203 | 07 | 03 under 20306, no 20307 in the table; the 款 20306 (E8, G8) is right
    expect(problems(table(true, '07'))).toEqual(['budget.codeMisplaced B9']);
  });
});
