import { cellKey, columnName, toA1, fromA1 } from '../grid/address';
import { MergeIndex } from '../grid/merges';
import type { CellValue, SheetInput } from '../grid/types';
import { isEmptyCell, isUncalculated } from '../grid/uncalculated';
import type { Finding } from '../findings/types';
import type { ScoredTable } from '../indicators/model';
import type { Messages } from '../messages';
import type { Settings } from '../settings';
import { FILLS, PERCENT_FORMAT } from './palette';
import { isFormulaValue, type CellOp } from './types';
import { round2 } from '../indicators/grade';
import { findingOps, ourNote } from './findingOps';
import { columnSumRows } from '../grid/columnSum';
import { amountRef, rateFormula, rateScoreFormula, sumOf, type CellRef } from './spreadsheet';

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
): CellOp[] {
  const { table } = scored;
  const ops: CellOp[] = [];
  const noteOverrides = new Map<string, string>();
  const scoreCol = table.header.columns.get('score');
  const weightCol = table.header.columns.get('weight');
  // 计分说明 of every row, rendered once: the differs note quotes it and the side column shows it.
  const whys = scored.indicators.map((ind) => messages.explanation(ind.explanation));
  scored.indicators.forEach((ind, i) => {
    const r = ind.input.row;
    if (scoreCol === undefined || ind.computedScore === null) return;
    const a1 = toA1(r, scoreCol);
    const why = whys[i]!;
    if (isEmptyCell(sheet, r, scoreCol)) {
      ops.push({ row: r, col: scoreCol, value: ind.computedScore, fill: FILLS.computed });
    } else if (
      ind.input.reportedScore !== null &&
      Math.abs(ind.input.reportedScore - ind.computedScore) > 0.005
    ) {
      const overwrite = settings.overwritePolicy === 'overwrite';
      const params = { computed: ind.computedScore, typed: ind.input.reportedScore, why };
      noteOverrides.set(a1, messages.label(overwrite ? 'note.overwritten' : 'note.computedDiffers', params));
      if (overwrite) ops.push({ row: r, col: scoreCol, value: ind.computedScore });
    }
  });
  // Appended one by one: `push(...list)` overflows the stack past ~100k elements.
  const append = (more: readonly CellOp[]): void => {
    for (const op of more) ops.push(op);
  };
  if (table.funds) append(fundsOps(scored, sheet));
  if (table.totalRow !== null) {
    const planned = new Map<number | string, number>();
    for (const op of ops) {
      const v = op.value;
      const n =
        typeof v === 'number' ? v : isFormulaValue(v) && typeof v.result === 'number' ? v.result : undefined;
      if (n !== undefined) planned.set(cellKey(op.row, op.col), n);
    }
    append(totalRowOps(scored, sheet, planned, messages, scoreCol, weightCol));
  }
  // after every value: a finding's fill wins over 系统计算 on the same cell (a total's SUM included)
  append(findingOps(findings, sheet, messages, noteOverrides));
  append(sideColumns(scored, findings, sheet, messages, whys));
  return ops;
}

/** 计分说明 and 审核提示, in the first two free columns right of the table. */
function sideColumns(
  scored: ScoredTable,
  findings: readonly Finding[],
  sheet: SheetInput,
  messages: Messages,
  whys: readonly string[],
): CellOp[] {
  const { table } = scored;
  const col = firstFreeColumns(sheet, table.header.lastCol + 1, table.header.headerTop, table.lastRow);
  const ops: CellOp[] = [
    { row: table.header.headerTop, col, value: messages.label('column.explanation'), bold: true },
    { row: table.header.headerTop, col: col + 1, value: messages.label('column.findings'), bold: true },
  ];
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
  return ops;
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
 * The A1 ranges of rows `first` to `end` (exclusive) in a column, around the 小计 rows between
 * them (which the SUM must not add again): `H4:H6,H8:H11`.
 */
function sumRanges(col: number, first: number, end: number, subtotalRows: readonly number[]): string {
  const letter = columnName(col);
  const ranges: string[] = [];
  let start = first;
  for (const row of [...subtotalRows.filter((s) => s >= first && s < end), end]) {
    if (row > start) ranges.push(`${letter}${start + 1}:${letter}${row}`);
    start = row + 1;
  }
  return ranges.join(',');
}

/**
 * Live SUMs in the 合计/总分 row where it is blank. The cached result is what the formula gives
 * on the sheet as written (typed scores kept), so Excel, WPS and LibreOffice agree with the file;
 * where that differs from the engine's total, a note says so. A column holding an error gets no
 * SUM (it would show the error, and the error cell has its own finding), nor one holding TRUE or
 * FALSE (Excel and LibreOffice sum those differently).
 */
function totalRowOps(
  scored: ScoredTable,
  sheet: SheetInput,
  planned: ReadonlyMap<number | string, number>,
  messages: Messages,
  scoreCol?: number,
  weightCol?: number,
): CellOp[] {
  const { table } = scored;
  const r = table.totalRow!;
  const first = table.header.headerBottom + 1;
  const funds = table.funds;
  const ops: CellOp[] = [];
  const valueAt = (row: number, col: number): CellValue =>
    planned.get(cellKey(row, col)) ?? sheet.rows[row]?.[col] ?? null;
  // a formula without a value: what the SUM gives is unknown
  const unknown = (row: number, col: number): boolean =>
    !planned.has(cellKey(row, col)) && isUncalculated(sheet, row, col);
  // the user's own `SUM(H4:H16)`: the same formula, its cached value what it gives after this run
  const refresh = (col: number): boolean => {
    const formula = sheet.formulas?.[toA1(r, col)];
    const span = columnSumRows(formula, col);
    if (!span) return false;
    const cells: CellValue[] = [];
    for (let row = span.top; row <= Math.min(span.bottom, r - 1); row++) {
      if (unknown(row, col)) return true;
      cells.push(valueAt(row, col));
    }
    const result = sumOf(cells);
    const cached = sheet.rows[r]?.[col];
    if (
      span.bottom < r &&
      result !== null &&
      !(typeof cached === 'number' && Math.abs(cached - result) < 1e-9)
    )
      ops.push({ row: r, col, value: { formula: formula!, result } });
    return true;
  };
  const sum = (col: number, fundsCol: number | null, engineTotal: number): void => {
    if (refresh(col)) return;
    // no rows between header and total: SUM(G3:G2) would take in its own cell (a circular reference)
    if (first >= r || !isEmptyCell(sheet, r, col)) return;
    const cells: CellValue[] = [];
    const subtotals = new Set(table.subtotalRows);
    for (let row = first; row < r; row++) {
      if (subtotals.has(row)) continue;
      if (unknown(row, col)) return;
      cells.push(valueAt(row, col));
    }
    let args = sumRanges(col, first, r, table.subtotalRows);
    if (funds && fundsCol !== null) {
      if (unknown(funds.row, fundsCol)) return;
      args += `,${toA1(funds.row, fundsCol)}`;
      cells.push(valueAt(funds.row, fundsCol));
    }
    const result = sumOf(cells);
    if (result === null) return;
    const differs = Math.abs(result - engineTotal) > 0.005;
    ops.push({
      row: r,
      col,
      value: { formula: `SUM(${args})`, result },
      fill: FILLS.computed,
      ...(differs
        ? {
            note: ourNote(
              sheet.notes?.[toA1(r, col)],
              messages.label('note.totalDiffers', { total: engineTotal, sheet: round2(result) }),
            ),
          }
        : {}),
    });
  };
  if (scoreCol !== undefined) sum(scoreCol, funds?.cols.score ?? null, scored.totalScore);
  if (weightCol !== undefined) sum(weightCol, funds?.cols.weight ?? null, scored.totalWeight);
  return ops;
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
