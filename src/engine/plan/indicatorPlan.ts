import { toA1, fromA1 } from '../grid/address';
import { MergeIndex } from '../grid/merges';
import type { SheetInput } from '../grid/types';
import { isEmptyCell } from '../grid/uncalculated';
import type { Finding } from '../findings/types';
import type { ScoredTable } from '../indicators/model';
import type { Messages } from '../messages';
import type { Settings } from '../settings';
import { FILLS, PERCENT_FORMAT } from './palette';
import type { CellOp } from './types';
import { findingOps } from './findingOps';
import { totalRowOps, type PlannedPart } from './totalRow';
import { amountRef, rateFormula, rateScoreFormula, type CellRef } from './spreadsheet';

/**
 * The writes for one indicator table, planned against the user view:
 * 得分 where blank, a flagged note where a typed score differs, 计分说明 and 审核提示 columns,
 * live totals in the 合计/总分 row, and the project template's 执行率 and its score.
 */
export function planIndicatorTable(
  scored: ScoredTable,
  findings: readonly Finding[],
  sheet: SheetInput,
  messages: Messages,
  settings: Settings,
  continued: { readonly whole: ScoredTable; readonly before: readonly PlannedPart[] } = {
    whole: scored,
    before: [],
  },
): CellOp[] {
  const { table } = scored;
  const ops: CellOp[] = [];
  const noteOverrides = new Map<string, string>();
  const scoreCol = table.header.columns.get('score');
  // 计分说明 of every row, rendered once: the differs note quotes it and the side column shows it.
  const whys = scored.indicators.map((ind) => messages.explanation(ind.explanation));
  scored.indicators.forEach((ind, i) => {
    const r = ind.input.row;
    if (scoreCol === undefined || ind.computedScore === null) return;
    const why = whys[i]!;
    if (isEmptyCell(sheet, r, scoreCol)) {
      ops.push({ row: r, col: scoreCol, value: ind.computedScore, fill: FILLS.computed });
    } else if (
      ind.input.reportedScore !== null &&
      Math.abs(ind.input.reportedScore - ind.computedScore) > 0.005
    ) {
      const overwrite = settings.overwritePolicy === 'overwrite';
      const params = { computed: ind.computedScore, typed: ind.input.reportedScore, why };
      noteOverrides.set(
        toA1(r, scoreCol),
        messages.label(overwrite ? 'note.overwritten' : 'note.computedDiffers', params),
      );
      if (overwrite) ops.push({ row: r, col: scoreCol, value: ind.computedScore });
    }
  });
  // Appended one by one: `push(...list)` overflows the stack past ~100k elements.
  const append = (more: readonly CellOp[]): void => {
    for (const op of more) ops.push(op);
  };
  if (table.funds) append(fundsOps(scored, sheet));
  if (table.totalRow !== null)
    append(totalRowOps({ sheet, table, ops }, continued.whole, continued.before, messages));
  // after every value: a finding's fill wins over 系统计算 on the same cell (a total's SUM included)
  append(findingOps(findings, sheet, messages, noteOverrides));
  sideColumns(ops, scored, findings, sheet, messages, whys);
  return ops;
}

/**
 * 计分说明 and 审核提示, in the first two free columns right of the table, added to `ops`: a row or
 * two each, written straight into the plan rather than into a list copied over after.
 */
function sideColumns(
  ops: CellOp[],
  scored: ScoredTable,
  findings: readonly Finding[],
  sheet: SheetInput,
  messages: Messages,
  whys: readonly string[],
): void {
  const { table } = scored;
  const col = firstFreeColumns(sheet, table.header.lastCol + 1, table.header.headerTop, table.lastRow);
  ops.push(
    { row: table.header.headerTop, col, value: messages.label('column.explanation'), bold: true },
    { row: table.header.headerTop, col: col + 1, value: messages.label('column.findings'), bold: true },
  );
  const byRow = new Map<number, string[]>();
  for (const f of findings) {
    const pos = fromA1(f.cell);
    if (!pos) continue;
    const texts = byRow.get(pos.row);
    if (texts) texts.push(messages.finding(f));
    else byRow.set(pos.row, [messages.finding(f)]);
  }
  scored.indicators.forEach((ind, i) => {
    const r = ind.input.row;
    ops.push({ row: r, col, value: whys[i]!, wrap: true });
    const texts = byRow.get(r);
    if (texts) ops.push({ row: r, col: col + 1, value: texts.join('；'), wrap: true });
  });
}

/** First column at or after `from` where it and the next are empty from `top` to `bottom`. */
export function firstFreeColumns(sheet: SheetInput, from: number, top: number, bottom: number): number {
  const merges = new MergeIndex(sheet.merges);
  const empty = (c: number): boolean => {
    for (let r = top; r <= bottom; r++) {
      if (!isEmptyCell(sheet, r, c) || merges.at(r, c)) return false;
    }
    return true;
  };
  let c = from;
  while (!(empty(c) && empty(c + 1))) c++;
  return c;
}

/**
 * 执行率 = 全年执行数 / 全年预算数 and its score, as live formulas where the cells are blank; their
 * cached results are what the formulas give from the cells they reference.
 */
function fundsOps(scored: ScoredTable, sheet: SheetInput): CellOp[] {
  const funds = scored.table.funds!;
  const budgetCol = funds.adjustedBudget !== null ? funds.cols.adjustedBudget : funds.cols.initialBudget;
  const finalCol = funds.cols.final;
  if (budgetCol === null || finalCol === null || !scored.budgetExecution) return [];
  // a value merged over several cells is referenced where it lives, as the engine read it
  const merges = new MergeIndex(sheet.merges);
  const cell = (c: number): CellRef | null => {
    const { row, col } = merges.anchor(funds.row, c);
    return amountRef(sheet, row, col);
  };
  const [budget, final] = [cell(budgetCol), cell(finalCol)];
  if (!budget || !final) return [];
  const ops: CellOp[] = [];
  const blank = (c: number | null): c is number => c !== null && isEmptyCell(sheet, funds.row, c);
  const { rate: rateCol, score: scoreCol, weight: weightCol } = funds.cols;
  const rate = blank(rateCol) ? rateFormula(budget, final) : null;
  if (rate && rateCol !== null) {
    ops.push({ row: funds.row, col: rateCol, value: rate, numFmt: PERCENT_FORMAT, fill: FILLS.computed });
  }
  const weight = weightCol !== null ? cell(weightCol) : funds.weight;
  const score = blank(scoreCol) && weight !== null ? rateScoreFormula(budget, final, weight) : null;
  if (score && scoreCol !== null)
    ops.push({ row: funds.row, col: scoreCol, value: score, fill: FILLS.computed });
  return ops;
}
