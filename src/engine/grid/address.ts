/** A1 addresses. Rows and columns are 0-based inside the engine; A1 text is what users see. */

export function columnName(col: number): string {
  let n = col + 1;
  let name = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Column letters of the columns tables use, made once: A1 text is built for most cells written. */
const COLUMN_NAMES: readonly string[] = Array.from({ length: 702 }, (_, c) => columnName(c));

/** @example toA1(11, 7) === 'H12' */
export function toA1(row: number, col: number): string {
  return (COLUMN_NAMES[col] ?? columnName(col)) + String(row + 1);
}

/** @example fromA1('H12') → { row: 11, col: 7 }; null when not an address. */
export function fromA1(a1: string): { row: number; col: number } | null {
  // Hand-rolled (`$?[A-Za-z]{1,3}$?\d{1,7}` after trim): the ledger turns every
  // cell it records back into a position, hundreds of thousands of calls on a large table.
  const text = a1.trim();
  const end = text.length;
  let i = 0;
  if (text.charCodeAt(i) === DOLLAR) i++;
  let col = 0;
  const lettersFrom = i;
  for (let c = text.charCodeAt(i) | 0x20; i < end && c >= 97 && c <= 122; c = text.charCodeAt(++i) | 0x20) {
    col = col * 26 + (c - 96);
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return null;
  if (text.charCodeAt(i) === DOLLAR) i++;
  const digits = end - i;
  if (digits < 1 || digits > 7) return null;
  let row = 0;
  for (; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  if (row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

const DOLLAR = 36;

/** Quotes a sheet name for use in a formula or a reference: `'自评 表'!A1`. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `自评表!H12` as the user reads it in a message. */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${sheet}!${toA1(row, col)}`;
}

/** Excel's columns end at XFD, the 16,384th: `row × 16,384 + col` is a small integer up to row 131,072. */
const KEY_COLS = 16_384;

/**
 * A Map key for a cell that is cheaper than its A1 text: a number for any real address (rows and
 * columns are integers, columns below 16,384), text for anything else, so two cells never share a
 * key. Numbers below 2^31 are kept unboxed, so a Map of a long table's cells stores no key objects.
 */
export function cellKey(row: number, col: number): number | string {
  return Number.isInteger(row) &&
    Number.isInteger(col) &&
    col >= 0 &&
    col < KEY_COLS &&
    Math.abs(row) < 2 ** 31
    ? row * KEY_COLS + col
    : `${row}:${col}`;
}
