/** SheetInput ↔ fake sheet: seeding a fake from the xlsx adapter's read, and dumping it back. */
import type { CellValue, SheetInput } from '../../src/engine/grid/types';
import { fromA1, toA1 } from '../../src/engine/grid/address';
import { STATE_SHEET } from '../../src/engine/plan/names';
import { dateToSerial, isDateFormat, serialToDate } from './dates';
import { FakeSheet, type FakeCell } from './model';

export function seedSheet(sheet: FakeSheet, s: SheetInput): void {
  if (s.hidden) sheet.visibility = s.name === STATE_SHEET ? 'VeryHidden' : 'Hidden';
  s.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const cell = sheet.ensure(r, c);
      if (v instanceof Date) {
        cell.value = dateToSerial(v);
        cell.numFmt = 'yyyy-mm-dd';
      } else {
        cell.value = v;
      }
    }),
  );
  const at = (a1: string): { row: number; col: number } | null => fromA1(a1);
  for (const [a1, f] of Object.entries(s.formulas ?? {})) {
    const p = at(a1);
    if (p) sheet.ensure(p.row, p.col).formula = `=${f}`;
  }
  for (const [a1, style] of Object.entries(s.styles ?? {})) {
    const p = at(a1);
    if (!p) continue;
    const cell = sheet.ensure(p.row, p.col);
    if (style.fill !== undefined) cell.fill = style.fill;
    if (style.numFmt !== undefined) cell.numFmt = style.numFmt;
  }
  for (const [a1, target] of Object.entries(s.hyperlinks ?? {})) {
    const p = at(a1);
    if (!p) continue;
    sheet.ensure(p.row, p.col).link = target.startsWith('#')
      ? { documentReference: target.slice(1) }
      : { address: target };
  }
  for (const [a1, text] of Object.entries(s.notes ?? {})) {
    const p = at(a1);
    if (p) sheet.setNote(p.row, p.col, text);
  }
  sheet.merges = [...(s.merges ?? [])];
}

export function dumpSheet(sheet: FakeSheet): SheetInput {
  const formulas: Record<string, string> = {};
  const hyperlinks: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const styles: Record<string, { fill?: string; numFmt?: string }> = {};
  let bottom = -1;
  let right = -1;
  const grow = (r: number, c: number): void => {
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  for (const m of sheet.merges) grow(m.bottom, m.right);
  const values: { r: number; c: number; v: CellValue }[] = [];
  for (const [r, c, cell] of sheet.cells()) {
    const a1 = toA1(r, c);
    const numFmt = cell.numFmt !== undefined && cell.numFmt !== 'General' ? cell.numFmt : undefined;
    if (cell.fill !== undefined || numFmt !== undefined) {
      styles[a1] = { ...(cell.fill !== undefined ? { fill: cell.fill } : {}), ...(numFmt ? { numFmt } : {}) };
    }
    if (cell.formula !== undefined) formulas[a1] = cell.formula.slice(1);
    if (cell.link) hyperlinks[a1] = cell.link.address ?? `#${cell.link.documentReference ?? ''}`;
    const v = engineValue(cell);
    if (v !== null) values.push({ r, c, v });
    if (v !== null || cell.formula !== undefined || cell.link) grow(r, c);
  }
  for (const n of FakeSheet.positions(sheet.notes)) {
    notes[toA1(n.row, n.col)] = n.text;
    grow(n.row, n.col);
  }
  const rows: CellValue[][] = Array.from({ length: bottom + 1 }, () =>
    new Array<CellValue>(right + 1).fill(null),
  );
  for (const { r, c, v } of values) {
    const row = rows[r];
    if (row) row[c] = v;
  }
  for (const [a1] of Object.entries(styles)) {
    const p = fromA1(a1);
    if (!p || p.row > bottom || p.col > right) delete styles[a1];
  }
  const out: SheetInput = {
    name: sheet.name,
    rows,
    merges: [...sheet.merges],
    formulas,
    hyperlinks,
    notes,
    styles,
  };
  return sheet.visibility === 'Visible' ? out : { ...out, hidden: true };
}

/** A cell's value as the engine sees it: errors tagged, date-formatted serials as dates. */
export function engineValue(cell: FakeCell): CellValue {
  const v = cell.value;
  if (v === null) return null;
  if (typeof v === 'object') return { error: v.error };
  if (typeof v === 'number' && cell.numFmt !== undefined && isDateFormat(cell.numFmt)) return serialToDate(v);
  if (v === '' && cell.formula === undefined) return null;
  return v;
}
