/**
 * 财政拨款收入支出决算总表 with 年初财政拨款结转和结余 typed 5.32 for 5.23 (hunt60 w6 P16), its 一般公共
 * 预算 line and 收入总计 following: 收入总计 ≠ 支出总计 and 年末 ≠ 年初 + 收入 − 支出, both by 0.09. The
 * errors sat at 支出总计 (应为 540.88) and 年末 (应为 8.70), both right: the 01表 vouches for 本年收入
 * (equal) and 年末 (equal), and its 年初, read in 万元, is 5.23. The 年初 is the one figure to blame.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const cents = (v: number): number => Math.round(v * 100) / 100;

const summary = (opening: number): SheetInput => ({
  name: '收入支出决算总表',
  rows: [
    ['2023年度收入支出决算总表'],
    ['编制单位：区统计局', null, null, null, null, '单位：万元'],
    ['收入', null, null, '支出', null, null],
    ['项目', '行次', '决算数', '项目', '行次', '决算数'],
    ['一、一般公共预算财政拨款收入', 1, 535.56, '一、一般公共服务支出', 30, 415.56],
    ['八、其他收入', 8, 3.2, '八、社会保障和就业支出', 31, 58.74],
    [null, null, null, '九、卫生健康支出', 32, 24.18],
    [null, null, null, '十九、住房保障支出', 33, 36.9],
    ['本年收入合计', 9, 538.76, '本年支出合计', 60, 535.38],
    ['使用非财政拨款结余', 10, null, '结余分配', 61, null],
    ['年初结转和结余', 11, opening, '年末结转和结余', 62, 8.61],
    ['总计', 12, 543.99, '总计', 63, 543.99],
  ] as CellValue[][],
  merges: [
    { top: 2, left: 0, bottom: 2, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 5 },
  ],
});

/**
 * The 04表; `opening` is its 年初 (and the 一般公共预算 line under it), 收入总计 following it; `closing`
 * its 年末 likewise, 支出总计 following it.
 */
const fiscal = (opening: number, closing = 8.61): SheetInput => ({
  name: '财政拨款收入支出决算总表',
  rows: [
    ['2023年度财政拨款收入支出决算总表'],
    ['编制单位：区统计局', null, null, null, null, null, null, null, '单位：万元'],
    ['收     入', null, null, '支     出', null, null, null, null, null],
    ['项目', '行次', '决算数', '项目', '行次', '决算数', null, null, null],
    [
      null,
      null,
      null,
      null,
      null,
      '合计',
      '一般公共预算财政拨款',
      '政府性基金预算财政拨款',
      '国有资本经营预算财政拨款',
    ],
    ['一、一般公共预算财政拨款', 1, 535.56, '一、一般公共服务支出', 30, 412.36, 412.36, null, null],
    ['二、政府性基金预算财政拨款', 2, null, '八、社会保障和就业支出', 31, 58.74, 58.74, null, null],
    ['三、国有资本经营预算财政拨款', 3, null, '九、卫生健康支出', 32, 24.18, 24.18, null, null],
    [null, null, null, '十九、住房保障支出', 33, 36.9, 36.9, null, null],
    ['本年收入合计', 10, 535.56, '本年支出合计', 40, 532.18, 532.18, null, null],
    ['年初财政拨款结转和结余', 11, opening, '年末财政拨款结转和结余', 41, closing, closing, null, null],
    ['  一般公共预算财政拨款', 12, opening, '  一般公共预算财政拨款', 42, closing, closing, null, null],
    ['  政府性基金预算财政拨款', 13, null, '  政府性基金预算财政拨款', 43, null, null, null, null],
    ['  国有资本经营预算财政拨款', 14, null, '  国有资本经营预算财政拨款', 44, null, null, null, null],
    [
      '总计',
      15,
      cents(535.56 + opening),
      '总计',
      45,
      cents(532.18 + closing),
      cents(532.18 + closing),
      null,
      null,
    ],
  ] as CellValue[][],
  merges: [
    { top: 2, left: 0, bottom: 2, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 8 },
    { top: 3, left: 5, bottom: 3, right: 8 },
  ],
});

const problems = (sheets: SheetInput[]): string[] =>
  checkBudgetSet(sheets, DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.sheet}!${f.cell} ${String(f.params.expected ?? '')}`);

describe('收入总计 ≠ 支出总计 and 年末 ≠ 年初 + 收入 − 支出 by one difference', () => {
  it('holds as typed right', () => {
    expect(problems([summary(5.23), fiscal(5.23)])).toEqual([]);
  });

  it('is laid at the 年初 and 收入总计 when the 01表 vouches for the rest and its 年初 (in 元) disagrees', () => {
    expect(problems([summary(52300), fiscal(5.32)])).toEqual([
      'budget.unitSuspect 收入支出决算总表!C11 ',
      'budget.reconcileMismatch 财政拨款收入支出决算总表!C12 5.23',
      'budget.reconcileMismatch 财政拨款收入支出决算总表!C15 540.79',
    ]);
  });

  it('is laid at the 年初 as well when the 01表 gives its 年初 in 万元, as is the 01表’s disagreement', () => {
    expect(problems([summary(5.23), fiscal(5.32)])).toEqual([
      'budget.crossMismatch 财政拨款收入支出决算总表!C11 5.32',
      'budget.reconcileMismatch 财政拨款收入支出决算总表!C12 5.23',
      'budget.reconcileMismatch 财政拨款收入支出决算总表!C15 540.79',
    ]);
  });

  it('stays at the 年末 and 支出总计 when the 01表’s 年末 says they are wrong', () => {
    expect(problems([summary(5.23), fiscal(5.23, 8.7)])).toEqual([
      'budget.crossMismatch 财政拨款收入支出决算总表!F11 8.7',
      'budget.reconcileMismatch 财政拨款收入支出决算总表!G11 8.61',
      'budget.reconcileMismatch 财政拨款收入支出决算总表!F15 540.79',
    ]);
  });

  it('stays where it was when the other tables cannot tell', () => {
    // no 01表: 年初, 本年收入, 年末 and 本年支出 could each be the slip
    expect(problems([fiscal(5.32)])).toEqual([
      'budget.reconcileMismatch 财政拨款收入支出决算总表!G11 8.7',
      'budget.reconcileMismatch 财政拨款收入支出决算总表!F15 540.88',
    ]);
  });
});

/*
 * 年初结转和结余 typed in 元 in a 万元 收入支出决算总表 (hunt60 w6 P15: 52,300 for 5.23): the 总计 543.99
 * is right (it equals 支出总计), yet it was the one reported, 应为 52,838.76, and the slip was not
 * named, as it is in a detail table. The slip gets its unit warning; the 总计 stays out of it.
 */

/** The 04表 beside it, whose 年初财政拨款结转和结余 vouches for the 01表's (年初 ≥ 财政拨款年初). */
const fiscalOneFund: SheetInput = {
  name: '财政拨款收入支出决算总表',
  rows: [
    ['2023年度财政拨款收入支出决算总表'],
    ['编制单位：区统计局', null, null, null, null, null, '单位：万元'],
    ['收入', null, null, '支出', null, null, null],
    ['项目', '行次', '决算数', '项目', '行次', '决算数', null],
    [null, null, null, null, null, '合计', '一般公共预算财政拨款'],
    ['一、一般公共预算财政拨款', 1, 535.56, '一、一般公共服务支出', 30, 412.36, 412.36],
    [null, null, null, '八、社会保障和就业支出', 31, 58.74, 58.74],
    [null, null, null, '九、卫生健康支出', 32, 24.18, 24.18],
    [null, null, null, '十九、住房保障支出', 33, 36.9, 36.9],
    ['本年收入合计', 10, 535.56, '本年支出合计', 40, 532.18, 532.18],
    ['年初财政拨款结转和结余', 11, 5.23, '年末财政拨款结转和结余', 41, 8.61, 8.61],
    ['总计', 15, 540.79, '总计', 45, 540.79, 540.79],
  ] as CellValue[][],
  merges: [
    { top: 2, left: 0, bottom: 2, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 6 },
    { top: 3, left: 5, bottom: 3, right: 6 },
  ],
};

const problemCells = (sheets: SheetInput[]): string[] =>
  checkBudgetSet(sheets, DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.sheet}!${f.cell}`);

describe('年初结转和结余 typed in 元 in a 万元 收入支出决算总表', () => {
  it('is the one finding, with the 04表 beside it', () => {
    expect(problemCells([summary(5.23), fiscalOneFund])).toEqual([]);
    expect(problemCells([summary(52300), fiscalOneFund])).toEqual([
      'budget.unitSuspect 收入支出决算总表!C11',
    ]);
  });

  it('is the one finding on its own', () => {
    expect(problemCells([summary(5.23)])).toEqual([]);
    expect(problemCells([summary(52300)])).toEqual(['budget.unitSuspect 收入支出决算总表!C11']);
  });
});
