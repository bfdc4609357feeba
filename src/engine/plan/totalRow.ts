import { cellKey, columnName, quoteSheet, toA1 } from '../grid/address';
import { columnSumRows } from '../grid/columnSum';
import { MergeIndex } from '../grid/merges';
import type { CellValue, SheetInput } from '../grid/types';
import { isEmptyCell, isUncalculated } from '../grid/uncalculated';
import { round2 } from '../indicators/grade';
import type { IndicatorTable, ScoredTable } from '../indicators/model';
import type { Messages } from '../messages';
import { ourNote } from './findingOps';
import { FILLS } from './palette';
import { sumOf } from './spreadsheet';
import { isFormulaValue, type CellOp } from './types';

/** A part of a table as planned: its sheet, its table and the ops planned for it so far. */
export interface PlannedPart {
  readonly sheet: SheetInput;
  readonly table: IndicatorTable;
  readonly ops: readonly CellOp[];
}

/**
 * The numbers `ops` put into cells (values, and formulas' cached results), by cellKey. An op inside
 * a merged area is never written (a score under a prose cell merged over the 得分 column): a SUM
 * sees what the sheet holds there.
 */
function plannedNumbers(ops: readonly CellOp[], sheet: SheetInput): Map<number | string, number> {
  const planned = new Map<number | string, number>();
  const merges = new MergeIndex(sheet.merges);
  for (const op of ops) {
    if (merges.isCovered(op.row, op.col)) continue;
    const v = op.value;
    const n =
      typeof v === 'number' ? v : isFormulaValue(v) && typeof v.result === 'number' ? v.result : undefined;
    if (n !== undefined) planned.set(cellKey(op.row, op.col), n);
  }
  return planned;
}

interface Piece {
  readonly sheet: SheetInput;
  readonly table: IndicatorTable;
  readonly planned: ReadonlyMap<number | string, number>;
  /** `'自评表（一）'!` for another sheet's part, '' for the part holding the total row. */
  readonly ref: string;
  /** The row after the part's last indicator row. */
  readonly end: number;
}

/**
 * Live SUMs in the 合计/总分 row where it is blank. The cached result is what the formula gives
 * on the sheet as written (typed scores kept), so Excel, WPS and LibreOffice agree with the file;
 * where that differs from the engine's total, a note says so. A column holding an error gets no
 * SUM (it would show the error, and the error cell has its own finding), nor one holding TRUE or
 * FALSE (Excel and LibreOffice sum those differently). The SUM of a table continued from other
 * sheets (续表) takes in their rows too (`SUM(G3:G5,'自评表（一）'!G6:G11)`). The user's own plain
 * `SUM(H4:H16)` keeps its formula and gets the value it gives after this run.
 *
 * @param part the part with the total row, and the ops planned for it so far
 * @param whole the table over all its parts (its totals are the engine's)
 * @param before the parts before this one, as planned
 */
export function totalRowOps(
  part: PlannedPart,
  whole: ScoredTable,
  before: readonly PlannedPart[],
  messages: Messages,
): CellOp[] {
  const { sheet, table } = part;
  const r = table.totalRow!;
  const ops: CellOp[] = [];
  const pieces: Piece[] = [
    ...before.map((p) => ({
      ...p,
      planned: plannedNumbers(p.ops, p.sheet),
      ref: `${quoteSheet(p.sheet.name)}!`,
      end: p.table.totalRow ?? p.table.lastRow + 1,
    })),
    { ...part, planned: plannedNumbers(part.ops, part.sheet), ref: '', end: r },
  ];
  const own = pieces[pieces.length - 1]!;
  const sum = (role: 'score' | 'weight', engineTotal: number): void => {
    const col = table.header.columns.get(role);
    if (col === undefined || refresh(own, r, col, ops)) return;
    // no rows between header and total: SUM(G3:G2) would take in its own cell (a circular reference)
    if (table.header.headerBottom + 1 >= r || !isEmptyCell(sheet, r, col)) return;
    const cells: CellValue[] = [];
    const args: string[] = [];
    for (const piece of pieces) {
      const c = piece.table.header.columns.get(role);
      if (c === undefined) return;
      const first = piece.table.header.headerBottom + 1;
      const skipped = [...piece.table.subtotalRows, ...piece.table.headingRows].sort((a, b) => a - b);
      const subtotals = new Set(skipped);
      for (let row = first; row < piece.end; row++) {
        if (subtotals.has(row)) continue;
        // unknown() then valueAt() in one lookup of the planned numbers: this runs for every row
        const planned = piece.planned.get(cellKey(row, c));
        if (planned !== undefined) cells.push(planned);
        else if (isUncalculated(piece.sheet, row, c)) return;
        else cells.push(piece.sheet.rows[row]?.[c] ?? null);
      }
      for (const range of sumRanges(c, first, piece.end, skipped)) args.push(piece.ref + range);
      const funds = piece.table.funds;
      const fundsCol = funds ? funds.cols[role] : null;
      if (funds && fundsCol !== null) {
        if (unknown(piece, funds.row, fundsCol)) return;
        args.push(piece.ref + toA1(funds.row, fundsCol));
        cells.push(valueAt(piece, funds.row, fundsCol));
      }
    }
    const result = sumOf(cells);
    if (result === null || args.length === 0) return;
    const differs = Math.abs(result - engineTotal) > 0.005;
    ops.push({
      row: r,
      col,
      value: { formula: `SUM(${args.join(',')})`, result },
      // the add-in wrote it, but it is not the engine's total: amber, as a kept typed score is
      fill: differs ? FILLS.warning : FILLS.computed,
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
  sum('score', whole.totalScore);
  sum('weight', whole.totalWeight);
  return ops;
}

/** The user's own `SUM(H4:H16)`: the same formula, its cached value what it gives after this run. */
function refresh(piece: Piece, r: number, col: number, ops: CellOp[]): boolean {
  const formula = piece.sheet.formulas?.[toA1(r, col)];
  const span = columnSumRows(formula, col);
  if (!span) return false;
  const cells: CellValue[] = [];
  for (let row = span.top; row <= Math.min(span.bottom, r - 1); row++) {
    if (unknown(piece, row, col)) return true;
    cells.push(valueAt(piece, row, col));
  }
  const result = sumOf(cells);
  const cached = piece.sheet.rows[r]?.[col];
  const fresh = typeof cached === 'number' && result !== null && Math.abs(cached - result) < 1e-9;
  if (span.bottom < r && result !== null && !fresh)
    ops.push({ row: r, col, value: { formula: formula!, result } });
  return true;
}

function valueAt(piece: Piece, row: number, col: number): CellValue {
  return piece.planned.get(cellKey(row, col)) ?? piece.sheet.rows[row]?.[col] ?? null;
}

/** A formula without a value: what the SUM gives is unknown. */
function unknown(piece: Piece, row: number, col: number): boolean {
  return !piece.planned.has(cellKey(row, col)) && isUncalculated(piece.sheet, row, col);
}

/**
 * The A1 ranges of rows `first` to `end` (exclusive) in a column, around the 小计 rows between
 * them (which the SUM must not add again): `H4:H6`, `H8:H11`.
 */
function sumRanges(col: number, first: number, end: number, subtotalRows: readonly number[]): string[] {
  const letter = columnName(col);
  const ranges: string[] = [];
  let start = first;
  for (const row of [...subtotalRows.filter((s) => s >= first && s < end), end]) {
    if (row > start) ranges.push(`${letter}${start + 1}:${letter}${row}`);
    start = row + 1;
  }
  return ranges;
}
