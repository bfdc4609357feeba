import { cellAt, INVALID_DATE_TEXT, isCellError, type CellValue, type SheetInput } from '../grid/types';
import { fromA1 } from '../grid/address';
import type { Settings } from '../settings';
import { STATE_MAGIC, STATE_SHEET } from './names';

/** A cell value as JSON: dates and errors tagged. */
export type SavedValue = string | number | boolean | null | { readonly d: string } | { readonly e: string };

/** What a cell held (or what the add-in wrote): only the attributes that were touched. */
export interface SavedCell {
  readonly v?: SavedValue;
  /** Formula text without `=`. */
  readonly f?: string | null;
  readonly fill?: string | null;
  readonly note?: string | null;
  readonly fmt?: string | null;
}

export interface LedgerEntry {
  readonly sheet: string;
  readonly a1: string;
  readonly wrote: SavedCell;
  readonly before: SavedCell;
}

/** Everything the add-in keeps in the workbook between runs. */
export interface WorkbookState {
  readonly magic: typeof STATE_MAGIC;
  readonly runAt: string;
  /** Fingerprint of the last run's outputs: an unchanged rerun keeps `runAt`. */
  readonly fingerprint: string;
  readonly entries: readonly LedgerEntry[];
  readonly ownedSheets: readonly string[];
  readonly settings: Partial<Settings>;
}

/** Cells hold at most 32,767 characters; the state is split into chunks below that. */
const CHUNK = 30000;

export function emptyState(): WorkbookState {
  return { magic: STATE_MAGIC, runAt: '', fingerprint: '', entries: [], ownedSheets: [], settings: {} };
}

/** Reads the state sheet; an absent or damaged state is an empty one (the run then starts fresh). */
export function readState(sheets: readonly SheetInput[]): WorkbookState {
  const sheet = sheets.find((s) => s.name === STATE_SHEET);
  if (!sheet || cellAt(sheet, 0, 0) !== STATE_MAGIC) return emptyState();
  let json = '';
  for (let r = 1; r < sheet.rows.length; r++) {
    const v = cellAt(sheet, r, 0);
    if (typeof v !== 'string') break;
    json += v;
  }
  try {
    const parsed = JSON.parse(json) as Partial<WorkbookState>;
    if (!Array.isArray(parsed.entries)) return emptyState();
    return { ...emptyState(), ...parsed, magic: STATE_MAGIC };
  } catch {
    return emptyState();
  }
}

/** The state as cell texts for column A of the state sheet. */
export function stateChunks(state: WorkbookState): string[] {
  const json = JSON.stringify(state);
  const chunks = [STATE_MAGIC];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
  return chunks;
}

export function saveValue(v: CellValue): SavedValue {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { e: INVALID_DATE_TEXT } : { d: v.toISOString() };
  if (isCellError(v)) return { e: v.error };
  return v;
}

export function loadValue(v: SavedValue | undefined): CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object') return 'd' in v ? new Date(v.d) : { error: v.e };
  return v;
}

/** The current state of one cell, in ledger form. */
export function snapshotCell(sheet: SheetInput, a1: string): Required<SavedCell> {
  const pos = fromA1(a1);
  return snapshotAt(sheet, pos ? pos.row : -1, pos ? pos.col : -1, a1);
}

/** `snapshotCell` for a cell whose position is known (`a1` is `toA1(row, col)`; row -1: no cell). */
export function snapshotAt(sheet: SheetInput, row: number, col: number, a1: string): Required<SavedCell> {
  const value = row >= 0 ? cellAt(sheet, row, col) : null;
  return {
    v: saveValue(value),
    f: sheet.formulas?.[a1] ?? null,
    fill: sheet.styles?.[a1]?.fill ?? null,
    note: sheet.notes?.[a1] ?? null,
    fmt: sheet.styles?.[a1]?.numFmt ?? null,
  };
}

export function sameSaved(a: SavedValue | undefined, b: SavedValue | undefined): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
