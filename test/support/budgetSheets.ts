/** 决算 sheets several budget tests share: one 支出决算表 of two 类, each down to its 项. */
import type { CellRange, CellValue, SheetInput } from '../../src/engine/grid/types';
import { checkBudgetSet } from '../../src/engine/budget/checkSet';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';

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

/** 一般公共预算财政拨款支出决算表: 检察, 基本支出 1,710.40 of 1,961.55. */
export const GENERAL_1961: SheetInput = {
  name: '05一般公共预算支出',
  rows: [
    ['一般公共预算财政拨款支出决算表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
    ['合计', null, 1961.55, 1710.4, 251.15],
    ['204', '公共安全支出', 1961.55, 1710.4, 251.15],
    ['20404', '检察', 1961.55, 1710.4, 251.15],
    ['2040401', '行政运行', 1710.4, 1710.4, 0],
    ['2040402', '一般行政管理事务', 251.15, 0, 251.15],
  ],
  merges: [],
};

/** Its 基本支出决算表, 人员 1,491.69 beside 公用 with 办公费 `office` (36.42 adds up to 1,710.40). */
export const basicOffice = (office: number): SheetInput => ({
  name: '06一般公共预算基本支出',
  rows: [
    ['一般公共预算财政拨款基本支出决算表'],
    [null, null, null, null, null, '单位：万元'],
    ['人员经费', null, null, '公用经费', null, null],
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
    ['30101', '基本工资', 1000, '30201', '办公费', office],
    ['30102', '津贴补贴', 491.69, '30299', '其他商品和服务支出', 182.29],
    ['人员经费合计', null, 1491.69, '公用经费合计', null, office + 182.29],
    ['基本支出合计', null, null, null, null, 1491.69 + office + 182.29],
  ],
  merges: [
    { top: 2, left: 0, bottom: 2, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 5 },
  ],
});

/** A 决算 set's findings other than 尾差, as `code sheet!cell`. */
export const setFindingsOf = (sheets: SheetInput[]): string[] =>
  checkBudgetSet(sheets, DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.sheet}!${f.cell}`);

function span(top: number, left: number, bottom: number, right: number): CellRange {
  return { top, left, bottom, right };
}
