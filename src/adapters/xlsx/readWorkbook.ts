/**
 * exceljs workbook → the engine's WorkbookInput: one dense grid per sheet up to its used extent,
 * with merges, formulas, hyperlinks, notes and the two style facts the engine restores (solid
 * fill colour, number format) keyed by A1 address.
 */
import ExcelJS from 'exceljs';
import { toA1 } from '../../engine/grid/address';
import type { CellRange, CellStyle, CellValue, SheetInput, WorkbookInput } from '../../engine/grid/types';
import { WorkbookReadError } from './errors';
import { DEFAULT_MAX_CELLS, loadWorkbookFile, MAX_CELL_TEXT_CHARS, type ReadLimits } from './loadWorkbook';
import { richTextToString, toCellValue } from './toCellValue';

export { WorkbookReadError } from './errors';
export type { ReadLimits } from './loadWorkbook';

/** Reads an .xlsx file; throws WorkbookReadError (missing, notWorkbook, encrypted, tooLarge, unreadable). */
export async function readWorkbook(path: string, limits: ReadLimits = {}): Promise<WorkbookInput> {
  const wb = await loadWorkbookFile(path, limits);
  return workbookFromExcel(wb, { maxCells: limits.maxCells, path });
}

export interface FromExcelOptions {
  readonly maxCells?: number | undefined;
  /** Names the file in a tooLarge error. */
  readonly path?: string | undefined;
}

/** All sheets in tab order, hidden ones included with `hidden: true`. */
export function workbookFromExcel(wb: ExcelJS.Workbook, options: FromExcelOptions = {}): WorkbookInput {
  const maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
  return wb.worksheets.map((ws) => sheetFromExcel(ws, maxCells, options.path ?? '(workbook)'));
}

interface ScannedCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
}

function sheetFromExcel(ws: ExcelJS.Worksheet, maxCells: number, path: string): SheetInput {
  const scanned: ScannedCell[] = [];
  const formulas: Record<string, string> = {};
  const hyperlinks: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const styled: { row: number; col: number; style: CellStyle }[] = [];
  const merges = mergesOf(ws);
  let bottom = -1;
  let right = -1;
  for (const m of merges) {
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.findRow(r);
    if (!row) continue;
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.findCell(c);
      if (!cell) continue;
      const a1 = toA1(r - 1, c - 1);
      const value = toCellValue(cell);
      if (typeof value === 'string' && value.length > MAX_CELL_TEXT_CHARS) {
        throw new WorkbookReadError(
          'tooLarge',
          path,
          `cell ${a1} of sheet "${ws.name}" holds ${value.length} characters, Excel allows ${MAX_CELL_TEXT_CHARS}`,
        );
      }
      const note = noteText(cell.note);
      const style = styleOf(cell);
      if (style) styled.push({ row: r - 1, col: c - 1, style });
      let used = value !== null || note !== null;
      if (cell.type === ExcelJS.ValueType.Formula && cell.formula) {
        formulas[a1] = cell.formula.replace(/^=/, '');
        used = true;
      }
      if (cell.type === ExcelJS.ValueType.Hyperlink && cell.hyperlink) {
        hyperlinks[a1] = normaliseLink(cell.hyperlink);
        used = true;
      }
      if (note !== null) notes[a1] = note;
      if (value !== null) scanned.push({ row: r - 1, col: c - 1, value });
      if (used) {
        bottom = Math.max(bottom, r - 1);
        right = Math.max(right, c - 1);
      }
    }
  }
  const height = bottom + 1;
  const width = right + 1;
  if (height * width > maxCells) {
    throw new WorkbookReadError(
      'tooLarge',
      path,
      `sheet "${ws.name}" uses ${height * width} cells, limit ${maxCells}`,
    );
  }
  const rows: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  for (const s of scanned) {
    const target = rows[s.row];
    if (target) target[s.col] = s.value;
  }
  const styles: Record<string, CellStyle> = {};
  for (const s of styled) {
    if (s.row < height && s.col < width) styles[toA1(s.row, s.col)] = s.style;
  }
  const sheet: SheetInput = { name: ws.name, rows, merges, formulas, hyperlinks, notes, styles };
  return ws.state === 'hidden' || ws.state === 'veryHidden' ? { ...sheet, hidden: true } : sheet;
}

/** Merged areas, 0-based. exceljs keeps them per master cell in `_merges` (1-based ranges). */
export function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const internal = (ws as unknown as { _merges?: Record<string, RangeModel | undefined> })._merges;
  if (internal) {
    return Object.values(internal)
      .filter((m): m is RangeModel => m !== undefined)
      .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
  }
  return ws.model.merges.flatMap((ref) => parseRangeRef(ref));
}

interface RangeModel {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function parseRangeRef(ref: string): CellRange[] {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) return [];
  const col = (letters: string): number =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [{ top: Number(m[2]) - 1, left: col(m[1] ?? ''), bottom: Number(m[4]) - 1, right: col(m[3] ?? '') }];
}

function noteText(note: string | ExcelJS.Comment | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  return richTextToString(note.texts);
}

/** Internal links come back as `#Sheet!A1` whichever form the file stored. */
function normaliseLink(target: string): string {
  if (target.startsWith('#')) return target;
  return /^(?:'[^']+'|[^'!:/\\]+)!\$?[A-Za-z]{1,3}\$?\d+/.test(target) ? `#${target}` : target;
}

function styleOf(cell: ExcelJS.Cell): CellStyle | null {
  const fill = cell.fill;
  const argb = fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
  const numFmt = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  if (argb === undefined && numFmt === undefined) return null;
  return { ...(argb !== undefined ? { fill: argb } : {}), ...(numFmt !== undefined ? { numFmt } : {}) };
}
