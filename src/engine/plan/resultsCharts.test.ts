import { analyzeWorkbook } from '../analyzeWorkbook';
import { toA1 } from '../grid/address';
import type { SheetInput } from '../grid/types';
import type { Messages } from '../messages';
import { RESULTS_SHEET } from './names';
import type { OwnedSheet } from './types';

const messages: Messages = {
  lang: 'test',
  finding: (f) => f.code,
  explanation: (e) => e.key,
  label: (key, params) => (params ? `${key}${JSON.stringify(params)}` : key),
};

const INDICATORS: SheetInput = {
  name: '自评表',
  rows: [
    ['一级指标', '二级指标', '三级指标', '实际完成值', '评分标准', '分值', '得分'],
    ['产出', '数量', '甲', '达标', '达标记满分', 60, null],
    ['效益', '满意度', '乙', '达标', '达标记满分', 40, null],
  ],
};

const SPENDING: SheetInput = {
  name: '支出决算表',
  rows: [
    ['单位：万元'],
    ['科目编码', '科目名称', '年初预算数', '支出决算数'],
    [null, '合计', 1400, 1300],
    ['201', '一般公共服务支出', 400, 300],
    ['20101', '人大事务', 400, 300],
    ['211', '节能环保支出', 1000, 1000],
    ['21101', '环境保护管理事务', 1000, 1000],
    ['213', '农林水支出', 0, 0],
  ],
};

function results(sheets: SheetInput[]): OwnedSheet {
  return analyzeWorkbook(sheets, { messages, now: 't' }).plan.ownedSheets.find(
    (s) => s.name === RESULTS_SHEET,
  )!;
}

/** The values of a chart's data block, row by row. */
function dataOf(sheet: OwnedSheet, i: number): unknown[][] {
  const { top, left, bottom, right } = sheet.charts![i]!.data;
  const at = new Map(sheet.ops.map((op) => [toA1(op.row, op.col), op.value]));
  const out: unknown[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: unknown[] = [];
    for (let c = left; c <= right; c++) row.push(at.get(toA1(r, c)) ?? null);
    out.push(row);
  }
  return out;
}

describe('charts of 评价结果', () => {
  it('draws the spending structure as a pie over the 类 lines with an amount (支出结构)', () => {
    const sheet = results([SPENDING]);
    expect(sheet.charts).toEqual([
      {
        kind: 'pie',
        title: 'results.chartStructure{"sheet":"支出决算表"}',
        data: { top: 2, left: 6, bottom: 4, right: 7 },
        at: { row: 6, col: 6 },
      },
    ]);
    expect(dataOf(sheet, 0)).toEqual([
      ['results.structureName', 'results.structureAmount{"unit":"万元"}'],
      ['一般公共服务支出', 300],
      ['节能环保支出', 1000],
    ]);
  });

  it('puts the pie below the score columns when the workbook has both tables', () => {
    const sheet = results([INDICATORS, SPENDING]);
    expect(sheet.charts!.map((c) => [c.kind, c.data.top, c.at.row])).toEqual([
      ['column', 2, 6],
      ['pie', 23, 27],
    ]);
    expect(dataOf(sheet, 0)).toEqual([
      ['results.level1', 'results.weight', 'results.score'],
      ['产出', 60, 60],
      ['效益', 40, 40],
    ]);
    expect(dataOf(sheet, 1)[1]).toEqual(['一般公共服务支出', 300]);
  });

  it('leaves the bar of a group whose rows all wait for a manual score empty, not 0', () => {
    const waiting: SheetInput = {
      ...INDICATORS,
      rows: [...INDICATORS.rows.slice(0, 2), ['效益', '满意度', '乙', '较好', '由评审组酌情打分', 40, null]],
    };
    expect(dataOf(results([waiting]), 0)).toEqual([
      ['results.level1', 'results.weight', 'results.score'],
      ['产出', 60, 60],
      ['results.chartAwaiting{"name":"效益"}', 40, null],
    ]);
  });

  it('draws no pie for a spending table with fewer than two 类 amounts', () => {
    const one: SheetInput = { ...SPENDING, rows: SPENDING.rows.slice(0, 5) };
    expect(results([INDICATORS, one]).charts!.map((c) => c.kind)).toEqual(['column']);
  });
});
