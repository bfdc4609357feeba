import { cellAt, INVALID_DATE_TEXT, isCellError, type CellValue, type SheetInput } from '../grid/types';
import { cellKey, fromA1, toA1 } from '../grid/address';
import type { Settings } from '../settings';
import { textHash } from './fingerprint';
import { STATE_MAGIC, STATE_SHEET } from './names';

/** A cell value as JSON: dates and errors tagged. */
export type SavedValue = string | number | boolean | null | { readonly d: string } | { readonly e: string };

/** A long text the add-in wrote, kept as its hash (`textHash`): enough to tell it is still there. */
export interface HashedText {
  readonly h: number;
}

/** What a cell held (or what the add-in wrote): only the attributes that were touched. */
export interface SavedCell {
  readonly v?: SavedValue;
  /** Formula text without `=`. */
  readonly f?: string | null;
  readonly fill?: string | null;
  readonly note?: string | null;
  readonly fmt?: string | null;
}

/** What the add-in wrote: as SavedCell, but a long text value or note may be known by its hash only. */
export interface WrittenCell {
  readonly v?: SavedValue | HashedText;
  readonly f?: string | null;
  readonly fill?: string | null;
  readonly note?: string | null | HashedText;
  readonly fmt?: string | null;
}

export interface LedgerEntry {
  readonly sheet: string;
  readonly a1: string;
  readonly wrote: WrittenCell;
  /** Always in full: undo puts it back. */
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

export function emptyState(): WorkbookState {
  return { magic: STATE_MAGIC, runAt: '', fingerprint: '', entries: [], ownedSheets: [], settings: {} };
}

/**
 * Reads the state sheet; an absent or damaged state is an empty one (the run then starts fresh).
 * Reads both the current compact form (`version: 2`) and the first one (`entries` as objects).
 */
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
    const parsed = JSON.parse(json) as Partial<WorkbookState> & { version?: unknown; cells?: unknown };
    const { version, cells, ...rest } = parsed;
    if (version === LEDGER_VERSION) {
      const entries = decodeEntries(cells);
      if (!entries) return emptyState();
      return { ...emptyState(), ...rest, entries, magic: STATE_MAGIC };
    }
    if (version !== undefined || !Array.isArray(parsed.entries)) return emptyState();
    return { ...emptyState(), ...rest, magic: STATE_MAGIC };
  } catch {
    return emptyState();
  }
}

/**
 * The settings stored in the workbook (possibly partial; see `withDefaults`). Here, not beside
 * planSettings: the add-in's page reads them, and planSettings brings the ledger's writer.
 */
export function storedSettings(sheets: readonly SheetInput[]): Partial<Settings> {
  return readState(sheets).settings;
}

/** The compact ledger's version; its form is described in ledgerCells.ts. */
export const LEDGER_VERSION = 2;
/** Attributes in ledger order, with their mask bit; a hashed text (v, note) sets the bit × 16 too. */
const ATTRS = [
  ['v', 1],
  ['note', 2],
  ['fill', 4],
  ['fmt', 8],
] as const;
/** `wrote.f` follows `wrote.v` (a formula was written). */
const FORMULA = 256;

/** The entries of a compact ledger; null when it is damaged. */
function decodeEntries(data: unknown): LedgerEntry[] | null {
  if (!Array.isArray(data)) return null;
  const entries: LedgerEntry[] = [];
  for (const group of data) {
    if (!Array.isArray(group) || typeof group[0] !== 'string' || !Array.isArray(group[1])) return null;
    for (const cell of group[1] as unknown[]) {
      const entry = decodeCell(group[0], cell);
      if (!entry) return null;
      entries.push(entry);
    }
  }
  return entries;
}

function decodeCell(sheet: string, cell: unknown): LedgerEntry | null {
  if (!Array.isArray(cell)) return null;
  const [row, col, mask] = cell as unknown[];
  if (!isIndex(row) || !isIndex(col) || !isIndex(mask)) return null;
  let i = 3;
  const next = (): unknown => (i < cell.length ? (cell[i++] as unknown) : null);
  const wrote: Record<string, unknown> = {};
  const before: Record<string, unknown> = {};
  for (const [key, bit] of ATTRS) {
    if (!(mask & bit)) continue;
    const v = next();
    if (bit < 4 && mask & (bit * 16)) {
      // a hash must be a number: anything else is damage
      if (typeof v !== 'number') return null;
      wrote[key] = { h: v };
    } else wrote[key] = v;
    if (key === 'v') wrote.f = mask & FORMULA ? next() : null;
  }
  // the prior state in the order it was written: v, f, note, fill, fmt
  for (const key of Object.keys(wrote)) before[key] = next();
  return { sheet, a1: toA1(row, col), wrote, before };
}

function isHashed(v: unknown): v is HashedText {
  return typeof v === 'object' && v !== null && typeof (v as Partial<HashedText>).h === 'number';
}

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
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
  const style = sheet.styles?.[a1];
  return {
    v: saveValue(value),
    f: sheet.formulas?.[a1] ?? null,
    fill: style?.fill ?? null,
    note: sheet.notes?.[a1] ?? null,
    fmt: style?.numFmt ?? null,
  };
}

/**
 * `snapshotAt` for many cells of one sheet: its formulas, notes and styles looked up by position,
 * not by A1 text (a new address text is hashed afresh for each record it is looked up in).
 */
export function snapshotsOf(sheet: SheetInput): (row: number, col: number) => Required<SavedCell> {
  const formulas = byPosition(sheet.formulas);
  const notes = byPosition(sheet.notes);
  const styles = byPosition(sheet.styles);
  return (row, col) => {
    const key = cellKey(row, col);
    const style = styles.get(key);
    return {
      v: saveValue(row >= 0 ? cellAt(sheet, row, col) : null),
      f: formulas.get(key) ?? null,
      fill: style?.fill ?? null,
      note: notes.get(key) ?? null,
      fmt: style?.numFmt ?? null,
    };
  };
}

/** A record keyed by A1 text as a map by cell: only the keys `toA1` writes, the only ones it finds. */
function byPosition<V>(record: Readonly<Record<string, V>> | undefined): Map<number | string, V> {
  const map = new Map<number | string, V>();
  for (const key of Object.keys(record ?? {})) {
    const pos = fromA1(key);
    if (pos && toA1(pos.row, pos.col) === key) map.set(cellKey(pos.row, pos.col), record![key]!);
  }
  return map;
}

/** Whether a cell's value `a` is what the add-in wrote, `b` (numbers within 1e-9; a hash by the text's). */
export function sameSaved(a: SavedValue | undefined, b: SavedValue | HashedText | undefined): boolean {
  if (isHashed(b)) return typeof a === 'string' && textHash(a) === b.h;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-9;
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Whether a note, fill or format `now` is what the add-in wrote (a hash compares by the text's). */
export function sameWritten(
  now: string | null | undefined,
  wrote: string | null | HashedText | undefined,
): boolean {
  if (isHashed(wrote)) return typeof now === 'string' && textHash(now) === wrote.h;
  return (now ?? null) === (wrote ?? null);
}
