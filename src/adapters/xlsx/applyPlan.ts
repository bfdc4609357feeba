/**
 * WritePlan → exceljs workbook, and the CLI's "score a file into a new file". Everything the plan
 * does not name (other sheets, their styles, defined names) is left as exceljs loaded it.
 */
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { toA1 } from '../../engine/grid/address';
import type { CellOp, OwnedSheet, WritePlan } from '../../engine/plan/types';
import { applyCellOp, StyleCache } from './applyCellOp';
import { WorkbookWriteError } from './errors';
import { loadWorkbookFile, type ReadLimits } from './loadWorkbook';
import { saveWorkbook } from './saveWorkbook';

export { WorkbookWriteError } from './errors';

/**
 * Applies edits to existing sheets, replaces owned sheets whole, removes stale ones. Owned
 * sheets go after the user's sheets: visible ones first, very hidden ones last.
 * Throws WorkbookWriteError('missingSheet') when an edit names a sheet the workbook lacks.
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const activeName = activeSheetName(wb);
  const styles = new StyleCache();
  for (const edit of plan.edits) {
    const ws = wb.getWorksheet(edit.sheet);
    if (!ws) throw new WorkbookWriteError('missingSheet', edit.sheet);
    applyOps(ws, edit.ops, styles);
  }
  // the user's own formulas over cells written here (a 合计's SUM) still hold the values they had:
  // Excel, WPS and LibreOffice recalculate them when the file is opened
  if (plan.edits.length > 0) wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  for (const name of [...plan.removeSheets, ...plan.ownedSheets.map((s) => s.name)]) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  for (const owned of plan.ownedSheets) buildOwnedSheet(wb, owned, styles);
  orderSheets(wb, plan.ownedSheets);
  restoreActiveTab(wb, activeName);
}

/**
 * Loads `inputPath` fresh, applies the plan and writes `outPath`. The input is only read;
 * `outPath` resolving to the input is refused (WorkbookWriteError 'sameAsInput').
 */
export async function writeScoredWorkbook(
  inputPath: string,
  plan: WritePlan,
  outPath: string,
  limits: ReadLimits = {},
): Promise<void> {
  // refused before the load too: no point parsing a file that cannot be written
  if (await isSameFile(inputPath, outPath)) throw new WorkbookWriteError('sameAsInput', outPath);
  await writeScoredCopy(await loadWorkbookFile(inputPath, limits), inputPath, plan, outPath);
}

/**
 * The same as writeScoredWorkbook for a workbook already loaded from `inputPath` (the CLI reads
 * the grids from it, so the file is parsed once): applies the plan to `wb` itself and writes
 * `outPath`. `wb` is changed; the input file is only compared with `outPath`, never opened.
 */
export async function writeScoredCopy(
  wb: ExcelJS.Workbook,
  inputPath: string,
  plan: WritePlan,
  outPath: string,
): Promise<void> {
  if (await isSameFile(inputPath, outPath)) throw new WorkbookWriteError('sameAsInput', outPath);
  applyPlan(wb, plan);
  await saveWorkbook(wb, outPath);
}

/** Row by row: `getRow(r).getCell(c)` skips exceljs's per-address cache of `getCell(r, c)`. */
function applyOps(ws: ExcelJS.Worksheet, ops: readonly CellOp[], styles: StyleCache): void {
  let row: ExcelJS.Row | null = null;
  for (const op of ops) {
    if (row === null || row.number !== op.row + 1) row = ws.getRow(op.row + 1);
    applyCellOp(row.getCell(op.col + 1), op, styles);
  }
}

async function isSameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  // symlinks and `..` detours: compare real paths when both exist
  const [ra, rb] = await Promise.all([realpath(a).catch(() => null), realpath(b).catch(() => null)]);
  return ra !== null && ra === rb;
}

function buildOwnedSheet(wb: ExcelJS.Workbook, owned: OwnedSheet, styles: StyleCache): void {
  const ws = wb.addWorksheet(owned.name, { state: owned.state });
  owned.columnWidths?.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  applyOps(ws, owned.ops, styles);
  // after the values: a merge keeps only its top-left value and gives its style to the rest
  for (const m of owned.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  const activeCell = owned.activeCell ? toA1(owned.activeCell.row, owned.activeCell.col) : undefined;
  if (owned.freezeRows) {
    ws.views = [
      { state: 'frozen', xSplit: 0, ySplit: owned.freezeRows, ...(activeCell ? { activeCell } : {}) },
    ];
  } else if (activeCell) {
    ws.views = [{ state: 'normal', activeCell }];
  }
  if (owned.landscape) {
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    };
  }
}

type Ordered = ExcelJS.Worksheet & { orderNo: number };

function orderSheets(wb: ExcelJS.Workbook, owned: readonly OwnedSheet[]): void {
  const rank = new Map(owned.map((s) => [s.name, s.state === 'visible' ? 1 : 2]));
  const sheets = wb.worksheets as Ordered[];
  // Array.prototype.sort is stable: the user's own order is kept within each rank
  const ordered = [...sheets].sort((x, y) => (rank.get(x.name) ?? 0) - (rank.get(y.name) ?? 0));
  ordered.forEach((ws, i) => {
    ws.orderNo = i + 1;
  });
}

/** exceljs leaves `views` undefined for a file saved without <bookViews>, whatever its typings say. */
function bookView(wb: ExcelJS.Workbook): ExcelJS.WorkbookView | undefined {
  return (wb.views as ExcelJS.WorkbookView[] | undefined)?.[0];
}

function activeSheetName(wb: ExcelJS.Workbook): string | undefined {
  const tab = bookView(wb)?.activeTab ?? 0;
  return wb.worksheets[tab]?.name;
}

/** Keeps the tab the user had open; if it is gone or hidden, the first visible sheet. */
function restoreActiveTab(wb: ExcelJS.Workbook, name: string | undefined): void {
  const view = bookView(wb);
  if (!view) return;
  const sheets = wb.worksheets;
  const kept = sheets.findIndex((ws) => ws.name === name && ws.state === 'visible');
  const firstVisible = sheets.findIndex((ws) => ws.state === 'visible');
  view.activeTab = kept >= 0 ? kept : Math.max(0, firstVisible);
}
