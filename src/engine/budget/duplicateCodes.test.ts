/**
 * A subject code listed twice (hunt68): P05 机关事业单位基本养老保险缴费支出 typed 208 05 06, the code of
 * the 职业年金 line below it, summed right by code and went unreported; P12 病虫害控制 pasted twice was
 * reported only as its 款, 类 and 合计 being off.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const sheet = (lines: readonly CellValue[][], section = 135): SheetInput => ({
  name: '支出决算表',
  rows: [
    ['2021年度支出决算表'],
    [null, null, null, null, '单位：万元'],
    ['类', '款', '项', '科目名称', '本年支出合计'],
    ['208', null, null, '社会保障和就业支出', section],
    ['208', '05', null, '行政事业单位养老支出', section],
    ...lines,
  ] as CellValue[][],
  merges: [],
});

const found = (s: SheetInput): string[] =>
  checkBudgetSet([s], DEFAULT_SETTINGS).findings.map(
    (f) => `${f.severity} ${f.code} ${f.cell} ${String(f.params.copy ?? '')}`,
  );

describe('a subject code listed twice', () => {
  it('under two names: warned at the first, naming the other', () => {
    const s = sheet([
      ['208', '05', '06', '机关事业单位基本养老保险缴费支出', 96],
      ['208', '05', '06', '机关事业单位职业年金缴费支出', 39],
    ]);
    expect(found(s)).toEqual(['warning budget.codeDuplicate C6 0']);
  });

  it('pasted twice: an error at the copy, the totals it throws off by just its amount not reported again (hunt104 P12)', () => {
    const s = sheet([
      ['208', '05', '05', '机关事业单位基本养老保险缴费支出', 96],
      ['208', '05', '05', '机关事业单位基本养老保险缴费支出', 96],
      ['208', '05', '06', '机关事业单位职业年金缴费支出', 39],
    ]);
    expect(found(s)).toEqual(['error budget.codeDuplicate C7 1']);
  });

  it('pasted twice with the totals typed over the copy too: warned at the copy, no sum fails', () => {
    const s = sheet(
      [
        ['208', '05', '05', '机关事业单位基本养老保险缴费支出', 96],
        ['208', '05', '05', '机关事业单位基本养老保险缴费支出', 96],
        ['208', '05', '06', '机关事业单位职业年金缴费支出', 39],
      ],
      231,
    );
    expect(found(s)).toEqual(['warning budget.codeDuplicate C7 1']);
  });

  it('pasted twice beside another slip: the totals off by more than the copy are still reported', () => {
    const s = sheet([
      ['208', '05', '05', '机关事业单位基本养老保险缴费支出', 96],
      ['208', '05', '05', '机关事业单位基本养老保险缴费支出', 96],
      ['208', '05', '06', '机关事业单位职业年金缴费支出', 40],
    ]);
    expect(found(s)).toEqual(
      expect.arrayContaining(['warning budget.codeDuplicate C7 1', 'error budget.reconcileMismatch E5 ']),
    );
  });

  it('not for codes listed once, nor in a list of projects under one subject', () => {
    expect(
      found(
        sheet([
          ['208', '05', '05', '机关事业单位基本养老保险缴费支出', 96],
          ['208', '05', '06', '机关事业单位职业年金缴费支出', 39],
        ]),
      ),
    ).toEqual([]);
    const projects: SheetInput = {
      name: '项目支出',
      rows: [
        ['项目支出决算明细表'],
        ['科目编码', '项目名称', '决算数'],
        ['2130122', '高标准农田建设', 100],
        ['2130122', '耕地地力保护补贴', 50],
      ],
      merges: [],
    };
    expect(found(projects).filter((f) => f.includes('codeDuplicate'))).toEqual([]);
  });
});
