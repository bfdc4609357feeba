/** 决算 sheets several budget tests share: one 支出决算表 of two 类, each down to its 项. */
import type { CellRange, CellValue, SheetInput } from '../../src/engine/grid/types';

/** The subject lines (208 basic, 213 project), as the 支出 tables list them. */
export const SUBJECT_LINES: readonly CellValue[][] = [
  ['208', '社会保障和就业支出', 130, 130, null],
  ['20805', '行政事业单位养老支出', 130, 130, null],
  ['2080505', '机关事业单位基本养老保险缴费支出', 130, 130, null],
  ['213', '农林水支出', 200, null, 200],
  ['21303', '水利', 200, null, 200],
  ['2130305', '水利工程建设', 200, null, 200],
];

export const EXPENDITURE_SHEET: SheetInput = {
  name: '公开03表',
  rows: [
    ['支出决算表'],
    ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
    [null, '合计', 330, 130, 200],
    ...SUBJECT_LINES,
  ],
  merges: [],
};

/** 一般公共预算财政拨款基本支出决算表: 人员经费 100 (or `personnel`) beside 公用经费 30. */
export const basicSheet = (personnel = 100): SheetInput => ({
  name: '公开06表',
  rows: [
    ['一般公共预算财政拨款基本支出决算表'],
    ['人员经费', null, null, '公用经费'],
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
    ['301', '工资福利支出', 100, '302', '商品和服务支出', 30],
    ['30101', '基本工资', 100, '30201', '办公费', 30],
    ['人员经费合计', null, personnel, '公用经费合计', null, 30],
  ],
  merges: [span(1, 0, 1, 2), span(1, 3, 1, 5), span(5, 0, 5, 1), span(5, 3, 5, 4)],
});

function span(top: number, left: number, bottom: number, right: number): CellRange {
  return { top, left, bottom, right };
}
