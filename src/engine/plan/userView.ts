import { fromA1 } from '../grid/address';
import type { CellStyle, CellValue, SheetInput } from '../grid/types';
import { ownedSheetNames } from './resultsName';
import {
  loadValue,
  sameSaved,
  sameWritten,
  snapshotCell,
  type LedgerEntry,
  type WorkbookState,
} from './ledger';

/**
 * The workbook as the user left it: every output of an earlier run that is still as the add-in
 * wrote it is replaced by what the cell held before. A cell the user changed since is theirs.
 * Owned sheets are dropped. This is what the engine analyses, so a rerun never reads its own
 * outputs as user input.
 */
export function userView(
  sheets: readonly SheetInput[],
  state: WorkbookState,
  owned: ReadonlySet<string> = ownedSheetNames(sheets, state),
): SheetInput[] {
  const bySheet = new Map<string, LedgerEntry[]>();
  for (const e of state.entries) {
    const list = bySheet.get(e.sheet);
    if (list) list.push(e);
    else bySheet.set(e.sheet, [e]);
  }
  return sheets.filter((s) => !owned.has(s.name)).map((s) => revertSheet(s, bySheet.get(s.name) ?? []));
}

function revertSheet(sheet: SheetInput, entries: readonly LedgerEntry[]): SheetInput {
  if (entries.length === 0) return sheet;
  const rows = sheet.rows.map((r) => [...r]);
  const formulas: Record<string, string> = { ...(sheet.formulas ?? {}) };
  const notes: Record<string, string> = { ...(sheet.notes ?? {}) };
  const styles: Record<string, CellStyle> = { ...(sheet.styles ?? {}) };
  for (const e of entries) {
    const pos = fromA1(e.a1);
    if (!pos) continue;
    const now = snapshotCell(sheet, e.a1);
    if (isStillOurs(e, 'v', now)) {
      setCell(rows, pos.row, pos.col, loadValue(e.before.v));
      if (e.before.f) formulas[e.a1] = e.before.f;
      else delete formulas[e.a1];
    }
    if (isStillOurs(e, 'note', now)) setOrDelete(notes, e.a1, e.before.note ?? null);
    const style: { fill?: string; numFmt?: string } = { ...(styles[e.a1] ?? {}) };
    if (isStillOurs(e, 'fill', now)) assignOptional(style, 'fill', e.before.fill ?? null);
    if (isStillOurs(e, 'fmt', now)) assignOptional(style, 'numFmt', e.before.fmt ?? null);
    styles[e.a1] = style;
  }
  return { ...sheet, rows, formulas, notes, styles };
}

/** Whether an attribute the add-in wrote still holds what it wrote. */
export function isStillOurs(
  e: LedgerEntry,
  attr: 'v' | 'note' | 'fill' | 'fmt',
  now: ReturnType<typeof snapshotCell>,
): boolean {
  if (!(attr in e.wrote)) return false;
  if (attr === 'v') {
    if (e.wrote.f) return now.f === e.wrote.f;
    return !now.f && sameSaved(now.v, e.wrote.v);
  }
  return sameWritten(now[attr], e.wrote[attr]);
}

function setCell(rows: CellValue[][], r: number, c: number, v: CellValue): void {
  while (rows.length <= r) rows.push([]);
  const row = rows[r]!;
  while (row.length <= c) row.push(null);
  row[c] = v;
}

function setOrDelete(map: Record<string, string>, key: string, value: string | null): void {
  if (value === null) delete map[key];
  else map[key] = value;
}

function assignOptional(
  style: { fill?: string; numFmt?: string },
  key: 'fill' | 'numFmt',
  value: string | null,
): void {
  if (value === null) delete style[key];
  else style[key] = value;
}
