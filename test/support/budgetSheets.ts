/** 决算 sheets several budget tests share: one 支出决算表 of two 类, each down to its 项. */
import type { CellValue, SheetInput } from '../../src/engine/grid/types';

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
