/**
 * The engine's whole input: plain grids, one per sheet. Hosts (the exceljs and the Office add-in adapters) collapse their
 * own cell models into these types; the engine never sees a host object.
 */

/** An Excel error value such as `#DIV/0!`. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | Date | null | CellError;

/** A rectangular area, 0-based and inclusive on both ends. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Appearance the engine may need to restore on undo or re-run. */
export interface CellStyle {
  /** ARGB fill colour such as `FFFDE7E9`, or undefined for no fill. */
  readonly fill?: string;
  readonly numFmt?: string;
}

/**
 * One worksheet as the engine sees it. `rows[r][c]` is the displayed value (for a formula, its
 * cached result). Side maps are keyed by A1 address (`H12`).
 */
export interface SheetInput {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly merges?: readonly CellRange[];
  /** Formula text without the leading `=`. */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Hyperlink targets (URL, or `#Sheet!A1` for an internal link). */
  readonly hyperlinks?: Readonly<Record<string, string>>;
  /** Note / comment text. */
  readonly notes?: Readonly<Record<string, string>>;
  readonly styles?: Readonly<Record<string, CellStyle>>;
  readonly hidden?: boolean;
}

export type WorkbookInput = readonly SheetInput[];

/** What an invalid Date reads as: the error Excel shows for a value it cannot use. */
export const INVALID_DATE_TEXT = '#VALUE!';

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && 'error' in v;
}

/** Reads `rows[r][c]`, null outside the grid. */
export function cellAt(sheet: SheetInput, row: number, col: number): CellValue {
  return sheet.rows[row]?.[col] ?? null;
}

/** The text a person sees in the cell (numbers without formatting), trimmed. */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  // An invalid Date (a host's reading of a bad serial) shows as Excel shows a bad value.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? INVALID_DATE_TEXT : v.toISOString().slice(0, 10);
  return v.error;
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}
