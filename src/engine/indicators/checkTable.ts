import { toA1 } from '../grid/address';
import { MergeIndex } from '../grid/merges';
import type { StepMode } from '../settings';
import type { SheetInput } from '../grid/types';
import { cellText } from '../grid/types';
import { finding, type Finding } from '../findings/types';
import { isErrorCell, toNumber } from './cellReaders';
import { checkRows } from './checkRows';
import type { ScoredTable } from './model';

const EPS = 0.005;

/**
 * Every check on one scored table: rows, group weights against their annotations, the total
 * against 100, a typed total against the rows, and error values anywhere in the table.
 */
export function checkTable(scored: ScoredTable, sheet: SheetInput, stepMode: StepMode = 'whole'): Finding[] {
  const { table } = scored;
  const merges = new MergeIndex(sheet.merges);
  const out = checkRows(table, scored.indicators, merges, stepMode);
  for (const g of scored.groups) {
    if (g.annotation !== null && g.cell && Math.abs(g.annotation - g.weight) > EPS) {
      out.push(
        finding('weight.childrenMismatch', table.sheet, toA1(g.cell.row, g.cell.col), {
          name: g.name,
          expected: g.annotation,
          actual: g.weight,
        }),
      );
    }
  }
  if (scored.indicators.length > 0 && !table.header.columns.has('evidence')) {
    out.push(
      finding('evidence.noColumn', table.sheet, toA1(table.header.headerTop, table.header.firstCol), {}),
    );
  }
  const weightCol = table.header.columns.get('weight');
  const scoreCol = table.header.columns.get('score');
  const totalRow = table.totalRow;
  const anchorRow = totalRow ?? table.header.headerBottom;
  if (scored.indicators.length > 0 && Math.abs(scored.totalWeight - 100) > EPS) {
    const cell = toA1(anchorRow, weightCol ?? table.header.firstCol);
    out.push(finding('weight.totalNot100', table.sheet, cell, { total: scored.totalWeight }));
  }
  if (totalRow !== null) {
    out.push(...typedTotals(scored, sheet, totalRow, weightCol, scoreCol));
  }
  out.push(...errorCells(scored, sheet));
  return out;
}

function typedTotals(
  scored: ScoredTable,
  sheet: SheetInput,
  totalRow: number,
  weightCol: number | undefined,
  scoreCol: number | undefined,
): Finding[] {
  const out: Finding[] = [];
  const pairs: [number | undefined, number][] = [
    [weightCol, scored.totalWeight],
    [scoreCol, scored.totalScore],
  ];
  for (const [col, expected] of pairs) {
    if (col === undefined) continue;
    const typed = toNumber(sheet.rows[totalRow]?.[col] ?? null);
    if (typed !== null && Math.abs(typed - expected) > EPS) {
      out.push(finding('table.totalMismatch', scored.table.sheet, toA1(totalRow, col), { typed, expected }));
    }
  }
  return out;
}

function errorCells(scored: ScoredTable, sheet: SheetInput): Finding[] {
  const out: Finding[] = [];
  const { header, lastRow } = scored.table;
  for (let r = header.headerBottom + 1; r <= lastRow; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = header.firstCol; c <= header.lastCol; c++) {
      const v = row[c] ?? null;
      if (isErrorCell(v))
        out.push(finding('cell.errorValue', scored.table.sheet, toA1(r, c), { value: cellText(v) }));
    }
  }
  return out;
}
