/**
 * The charts of 评价结果 (ux.md: 各一级指标得分与分值 as columns, 支出结构 as a pie), each over a data
 * block the sheet carries in G:I, so a file written without charts (the command line) still holds
 * the figures. The chart itself is drawn by the Excel host.
 */
import type { BudgetTable } from '../budget';
import type { ScoredTable } from '../indicators/model';
import type { Messages } from '../messages';
import type { CellOp, ChartSpec } from './types';

/** Column G, right of the summary and the findings. */
const LEFT = 6;
/** Rows a chart takes below its data, plus a spare row. */
const CHART_ROWS = 17;

/** Both charts, the pie below the columns when there are both. */
export function resultsCharts(
  table: ScoredTable | undefined,
  budgetTables: readonly BudgetTable[],
  messages: Messages,
  ops: CellOp[],
): ChartSpec[] {
  const charts: ChartSpec[] = [];
  let top = 2;
  for (const make of [scoreChart(table, messages), structureChart(budgetTables, messages)]) {
    if (!make) continue;
    const chart = make(top, ops);
    charts.push(chart);
    top = chart.at.row + CHART_ROWS;
  }
  return charts;
}

type ChartMaker = (top: number, ops: CellOp[]) => ChartSpec;

/** 一级指标 · 分值 · 得分, and a column chart over it. */
function scoreChart(t: ScoredTable | undefined, messages: Messages): ChartMaker | null {
  const level1 = t?.groups.filter((g) => g.level === 1) ?? [];
  if (level1.length === 0) return null;
  return (top, ops) => {
    const heads = ['results.level1', 'results.weight', 'results.score'];
    heads.forEach((key, i) => ops.push({ row: top, col: LEFT + i, value: messages.label(key), bold: true }));
    level1.forEach((g, i) => {
      // a group whose rows all wait for a manual score has no bar (an empty cell is a gap), not 0
      const name = g.allPending ? messages.label('results.chartAwaiting', { name: g.name }) : g.name;
      ops.push({ row: top + 1 + i, col: LEFT, value: name });
      ops.push({ row: top + 1 + i, col: LEFT + 1, value: g.weight });
      if (!g.allPending) ops.push({ row: top + 1 + i, col: LEFT + 2, value: g.score });
    });
    return {
      kind: 'column',
      title: messages.label('results.chartScores'),
      data: { top, left: LEFT, bottom: top + level1.length, right: LEFT + 2 },
      at: { row: top + level1.length + 2, col: LEFT },
    };
  };
}

/**
 * 支出结构: the 类 lines of the first spending table that has at least two with a positive 决算数
 * (the 功能分类 table of a 决算 set), as a pie of their amounts in the table's unit.
 */
function structureChart(tables: readonly BudgetTable[], messages: Messages): ChartMaker | null {
  for (const table of tables) {
    if (table.kind !== 'detail' || table.panel === 'income') continue;
    const slices = table.lines.filter((l) => l.level === 'class' && l.final !== null && l.final > 0);
    if (slices.length < 2) continue;
    return (top, ops) => {
      ops.push({ row: top, col: LEFT, value: messages.label('results.structureName'), bold: true });
      ops.push({
        row: top,
        col: LEFT + 1,
        value: messages.label('results.structureAmount', { unit: table.unit }),
        bold: true,
      });
      slices.forEach((l, i) => {
        ops.push({ row: top + 1 + i, col: LEFT, value: l.name });
        ops.push({ row: top + 1 + i, col: LEFT + 1, value: l.final });
      });
      return {
        kind: 'pie',
        title: messages.label('results.chartStructure', { sheet: table.sheet }),
        data: { top, left: LEFT, bottom: top + slices.length, right: LEFT + 1 },
        at: { row: top + slices.length + 2, col: LEFT },
      };
    };
  }
  return null;
}
