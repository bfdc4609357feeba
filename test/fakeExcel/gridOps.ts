/** Cell-grid helpers shared by the fake's range and format proxies. */
import type { Rect } from './address';
import { CODES, FakeOfficeError } from './errors';
import type { FakeCell, FakeSheet } from './model';

export function assertWritable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError(CODES.accessDenied, `Sheet "${sheet.name}" is protected.`);
}

export function forEachCell(rect: Rect, f: (r: number, c: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c);
}

export function grid<T>(
  sheet: FakeSheet,
  rect: Rect,
  f: (cell: FakeCell | undefined, r: number, c: number) => T,
): T[][] {
  const out: T[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: T[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(f(sheet.cell(r, c), r, c));
    out.push(row);
  }
  return out;
}

/** A format property over a range: its value when every cell agrees, else null (as Excel). */
export function uniform<T>(sheet: FakeSheet, rect: Rect, f: (cell: FakeCell | undefined) => T): T | null {
  let first: T | undefined;
  let same = true;
  forEachCell(rect, (r, c) => {
    const v = f(sheet.cell(r, c));
    if (first === undefined) first = v;
    else if (v !== first) same = false;
  });
  return same ? (first ?? null) : null;
}

export function valueType(cell: FakeCell | undefined): string {
  const v = cell?.value ?? null;
  if (v === null || v === '') return 'Empty';
  if (typeof v === 'object') return 'Error';
  return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
}
