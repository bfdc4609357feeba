/**
 * Every cell exceljs holds for a sheet, without creating any: exceljs keeps rows and cells in
 * sparse arrays (index = number - 1), and its own `eachCell({ includeEmpty: true })` fills the
 * gaps with new cells. Visits in row order, then column order; indexes are 0-based.
 */
import type ExcelJS from 'exceljs';

export function forEachCell(
  ws: ExcelJS.Worksheet,
  visit: (cell: ExcelJS.Cell, row: number, col: number) => void,
): void {
  const rows = (ws as unknown as { _rows?: (ExcelJS.Row | undefined)[] })._rows ?? [];
  rows.forEach((row, r) => {
    if (!row) return;
    const cells = (row as unknown as { _cells?: (ExcelJS.Cell | undefined)[] })._cells ?? [];
    cells.forEach((cell, c) => {
      if (cell) visit(cell, r, c);
    });
  });
}
