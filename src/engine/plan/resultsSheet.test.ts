import { analyzeWorkbook } from '../analyzeWorkbook';
import { toA1 } from '../grid/address';
import type { SheetInput } from '../grid/types';
import { createMessages } from '../../i18n';
import { RESULTS_SHEET } from './names';
import { FILLS } from './palette';
import type { CellOp } from './types';

/** A table with an error (weights add up to 90), a warning (typed score differs) and missing evidence. */
const TABLE: SheetInput = {
  name: '自评表',
  rows: [
    ['一级指标', '二级指标', '三级指标', '实际完成值', '评分标准', '评分依据', '分值', '得分'],
    ['产出', '数量', '甲', '达标', '达标记满分', '《验收报告》', 50, 40],
    ['效益', '满意度', '乙', '达标', '达标记满分', null, 40, null],
  ],
};

function results(): Map<string, CellOp> {
  const sheet = analyzeWorkbook([TABLE], {
    messages: createMessages('zh-CN'),
    now: '2026-11-29 14:05',
  }).plan.ownedSheets.find((s) => s.name === RESULTS_SHEET)!;
  return new Map(sheet.ops.map((op) => [toA1(op.row, op.col), op]));
}

/** The A:C cells of the rows from `label` down, until a blank row. */
function block(cells: Map<string, CellOp>, label: RegExp): unknown[][] {
  const text = (a1: string): string => {
    const v = cells.get(a1)?.value;
    return typeof v === 'string' ? v : '';
  };
  let row = 1;
  while (!label.test(text(`A${row}`))) if (row++ > 200) throw new Error(`no ${String(label)}`);
  const out: unknown[][] = [];
  for (let r = row; cells.has(`A${r}`); r++)
    out.push(['A', 'B', 'C'].map((c) => cells.get(`${c}${r}`)?.value ?? null));
  return out;
}

describe('评价结果 (ux.md)', () => {
  it('lists every finding by severity, with where (a link to the cell) and what', () => {
    const cells = results();
    expect(block(cells, /^审核提示/)).toEqual([
      ['审核提示（按严重程度，共 3 条）', null, null],
      ['级别', '位置', '问题'],
      ['错误', '自评表!G1', expect.stringMatching(/^权重合计为 90 分/)],
      ['警告', '自评表!H2', expect.stringMatching(/^“甲”/)],
      ['警告', '自评表!F3', expect.stringMatching(/^“乙”/)],
    ]);
    const located = [...cells.values()].filter((op) => op.col === 1 && typeof op.link === 'string');
    expect(located.map((op) => [op.value, op.link])).toContainEqual(['自评表!F3', '#自评表!F3']);
  });

  it('shows the legend of the four fills in their colours', () => {
    const cells = results();
    const legend = block(cells, /^图例$/);
    expect(legend.map((r) => r[0])).toEqual(['图例', '错误', '警告', '缺少佐证', '系统计算']);
    const start = [...cells.entries()].find(([, op]) => op.value === '图例')![1].row;
    expect([1, 2, 3, 4].map((i) => cells.get(`A${start + 1 + i}`)?.fill)).toEqual([
      FILLS.error,
      FILLS.warning,
      FILLS.evidence,
      FILLS.computed,
    ]);
  });
});

/** A 收入支出决算总表: one table, read as two panels (收入 | 支出). hunt60 w6 said 4 张 for 2. */
const SUMMARY: SheetInput = {
  name: '收入支出决算总表',
  rows: [
    ['2023年度收入支出决算总表'],
    [null, null, null, null, null, '单位：万元'],
    ['收入', null, null, '支出', null, null],
    ['项目', '行次', '决算数', '项目', '行次', '决算数'],
    ['一、一般公共预算财政拨款收入', 1, 535.56, '一、一般公共服务支出', 30, 535.56],
    ['本年收入合计', 9, 535.56, '本年支出合计', 60, 535.56],
    ['总计', 12, 535.56, '总计', 63, 535.56],
  ],
  merges: [
    { top: 2, left: 0, bottom: 2, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 5 },
  ],
};

describe('决算表 in 评价结果', () => {
  it('counts and lists a table read as two panels once', () => {
    const analysis = analyzeWorkbook([SUMMARY], {
      messages: createMessages('zh-CN'),
      now: '2026-11-29 14:05',
    });
    expect(analysis.budgetTables).toHaveLength(2);
    const sheet = analysis.plan.ownedSheets.find((s) => s.name === RESULTS_SHEET)!;
    const cells = new Map(sheet.ops.map((op) => [toA1(op.row, op.col), op]));
    expect(block(cells, /^决算表（共/)).toEqual([
      ['决算表（共 1 张）', null, null],
      [expect.stringMatching(/^收入支出决算总表 · .* · 6 行 · 单位：万元$/), '收入支出决算总表!A3', null],
    ]);
  });
});
