/**
 * 年初结转和结余 typed in 元 in a 万元 收入支出决算总表 (hunt60 w6 P15: 52,300 for 5.23): the 总计 543.99
 * is right (it equals 支出总计), yet it was the one reported, 应为 52,838.76, and the slip was not
 * named, as it is in a detail table. The slip gets its unit warning; the 总计 stays out of it.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

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

/** The 04表 beside it, whose 年初财政拨款结转和结余 vouches for the 01表's (年初 ≥ 财政拨款年初). */
const fiscal: SheetInput = {
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

const problems = (sheets: SheetInput[]): string[] =>
  checkBudgetSet(sheets, DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.sheet}!${f.cell}`);

describe('年初结转和结余 typed in 元 in a 万元 收入支出决算总表', () => {
  it('is the one finding, with the 04表 beside it', () => {
    expect(problems([summary(5.23), fiscal])).toEqual([]);
    expect(problems([summary(52300), fiscal])).toEqual(['budget.unitSuspect 收入支出决算总表!C11']);
  });

  it('is the one finding on its own', () => {
    expect(problems([summary(5.23)])).toEqual([]);
    expect(problems([summary(52300)])).toEqual(['budget.unitSuspect 收入支出决算总表!C11']);
  });
});
