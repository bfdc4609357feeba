/**
 * exceljs workbook → the engine's WorkbookInput: one dense grid per sheet up to its used extent,
 * with merges, formulas, hyperlinks, notes and the two style facts the engine restores (solid
 * fill colour, number format) keyed by A1 address.
 */
import ExcelJS from 'exceljs';
import { toA1 } from '../../engine/grid/address';
import type { CellRange, CellStyle, CellValue, SheetInput, WorkbookInput } from '../../engine/grid/types';
import { forEachCell } from './cells';
import { WorkbookReadError } from './errors';
import { DEFAULT_MAX_CELLS, loadWorkbookFile, MAX_CELL_TEXT_CHARS, type ReadLimits } from './loadWorkbook';
import { richTextToString, toCellValue } from './toCellValue';

export { WorkbookReadError } from './errors';
export type { ReadLimits } from './loadWorkbook';

/** Reads an .xlsx file; throws WorkbookReadError (missing, notWorkbook, encrypted, tooLarge, unreadable). */
export async function readWorkbook(path: string, limits: ReadLimits = {}): Promise<WorkbookInput> {
  return (await openWorkbook(path, limits)).sheets;
}

export interface OpenedWorkbook {
  /** The loaded workbook, to apply a plan to and save (writeScoredCopy): the file is parsed once. */
  readonly workbook: ExcelJS.Workbook;
  readonly sheets: WorkbookInput;
}

/** readWorkbook that also hands back the exceljs workbook the grids came from. */
export async function openWorkbook(path: string, limits: ReadLimits = {}): Promise<OpenedWorkbook> {
  const workbook = await loadWorkbookFile(path, limits);
  return { workbook, sheets: workbookFromExcel(workbook, { maxCells: limits.maxCells, path }) };
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

function sheetFromExcel(ws: ExcelJS.Worksheet, maxCells: number, path: string): SheetInput {
  /** Values by row, each row as sparse as exceljs's; padded to the used width at the end. */
  const found: CellValue[][] = [];
  const formulas: Record<string, string> = {};
  const hyperlinks: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const styled: { row: number; col: number; style: CellStyle }[] = [];
  const styleOf = styleReader();
  const merges = mergesOf(ws);
  let bottom = -1;
  let right = -1;
  for (const m of merges) {
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  // exceljs keeps rows and cells in sparse arrays: forEach visits only the ones that exist
  forEachCell(ws, (cell, r, c) => {
    const value = toCellValue(cell);
    if (typeof value === 'string' && value.length > MAX_CELL_TEXT_CHARS) {
      throw new WorkbookReadError('tooLarge', path, {
        kind: 'cellText',
        sheet: ws.name,
        cell: toA1(r, c),
        length: value.length,
        limit: MAX_CELL_TEXT_CHARS,
      });
    }
    const note = noteText(cell.note);
    const style = styleOf(cell);
    if (style) styled.push({ row: r, col: c, style });
    let used = value !== null || note !== null;
    const type = cell.type;
    if (type === ExcelJS.ValueType.Formula && cell.formula) {
      formulas[toA1(r, c)] = cell.formula.replace(/^=/, '');
      used = true;
    }
    if (type === ExcelJS.ValueType.Hyperlink && cell.hyperlink) {
      hyperlinks[toA1(r, c)] = normaliseLink(cell.hyperlink);
      used = true;
    }
    if (note !== null) notes[toA1(r, c)] = note;
    if (value !== null) (found[r] ??= [])[c] = value;
    if (used) {
      if (r > bottom) bottom = r;
      if (c > right) right = c;
    }
  });
  const height = bottom + 1;
  const width = right + 1;
  if (height * width > maxCells) {
    throw new WorkbookReadError('tooLarge', path, {
      kind: 'sheetCells',
      sheet: ws.name,
      cells: height * width,
      limit: maxCells,
      declared: false,
    });
  }
  // every value marks its cell used, so every one lies inside the used range
  const rows: CellValue[][] = Array.from({ length: height }, (_, r) => {
    const row = new Array<CellValue>(width).fill(null);
    found[r]?.forEach((v, c) => {
      row[c] = v;
    });
    return row;
  });
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

/**
 * The engine's style facts of a cell. Cells loaded with the same style id share one exceljs
 * style object, so the answer is worked out once per style object, not once per cell.
 */
function styleReader(): (cell: ExcelJS.Cell) => CellStyle | null {
  const seen = new WeakMap<object, CellStyle | null>();
  return (cell) => {
    const source = cell.style as Partial<ExcelJS.Style> | undefined;
    if (!source) return null;
    let style = seen.get(source);
    if (style === undefined) {
      style = styleFacts(source);
      seen.set(source, style);
    }
    return style;
  };
}

function styleFacts(source: Partial<ExcelJS.Style>): CellStyle | null {
  const fill = source.fill;
  const argb = fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
  const numFmt = source.numFmt && source.numFmt !== 'General' ? source.numFmt : undefined;
  if (argb === undefined && numFmt === undefined) return null;
  return { ...(argb !== undefined ? { fill: argb } : {}), ...(numFmt !== undefined ? { numFmt } : {}) };
}
