/**
 * An amount of a public table typed as text that is no number (`1,28O.35`, a letter O for a zero;
 * hunt102 P03): it is left out of every sum, so the sums over it fail by its amount, and nothing said
 * where. A warning at the cell (`budget.amountNotNumeric`, as the tables read outside the set get), and
 * the sums that take it in are not judged: their mismatch is its, not theirs.
 */
import { finding, type Finding } from '../findings/types';
import { toA1 } from '../grid/address';
import { cellAt, cellText, type WorkbookInput } from '../grid/types';
import { parseAmount } from './amount';
import type { PublicSet } from './publicSet';
import { cellName, type CheckRecord } from './rounding';

export function notNumericCells(set: PublicSet, sheets: WorkbookInput): Finding[] {
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  const out: Finding[] = [];
  for (const table of Object.values(set)) {
    if (table?.status !== 'present') continue;
    for (const line of table.grid.lines) {
      const sheetName = line.sheet ?? table.sheet;
      const sheet = bySheet.get(sheetName);
      if (!sheet) continue;
      for (const cell of line.cells) {
        if (cell.value !== null) continue;
        const raw = cellAt(sheet, line.row, cell.col);
        if (typeof raw !== 'string' || !parseAmount(raw).notNumeric) continue;
        out.push(
          finding('budget.amountNotNumeric', sheetName, toA1(line.row, cell.col), {
            name: line.name,
            text: cellText(raw),
            column: cell.column.text,
          }),
        );
      }
    }
  }
  return out;
}

/** The cells (`sheet!A1`) of the sums whose parts hold one of `cells`. */
export function sumsOver(records: readonly CheckRecord[], cells: readonly Finding[]): Set<string> {
  const at = new Set(cells.map((f) => `${f.sheet}!${f.cell}`));
  const out = new Set<string>();
  if (at.size === 0) return out;
  for (const r of records) if (r.parts.some((p) => at.has(cellName(p)))) out.add(cellName(r.target));
  return out;
}
