/** A1 addresses for the fake: rectangles, whole columns and rows, sheet prefixes. */
import type { CellRange } from '../../src/engine/grid/types';
import { columnName } from '../../src/engine/grid/address';
import { MAX_COLS, MAX_ROWS } from './model';

export type Rect = CellRange;

function colIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return col - 1;
}

/** `'Sheet'!A1:B2`, `A:C`, `3:5`, `B7` → sheet (unquoted) and rectangle; null when unreadable. */
export function parseAddress(text: string): { sheet: string | null; rect: Rect } | null {
  const m = /^(?:('(?:[^']|'')+'|[^!]+)!)?(.+)$/.exec(text.trim());
  if (!m) return null;
  const sheet = m[1] ? m[1].replace(/^'|'$/g, '').replace(/''/g, "'") : null;
  const ref = m[2]!.replace(/\$/g, '').toUpperCase();
  let r: RegExpExecArray | null;
  if ((r = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref))) {
    const top = Number(r[2]) - 1;
    const left = colIndex(r[1]!);
    const bottom = r[4] ? Number(r[4]) - 1 : top;
    const right = r[3] ? colIndex(r[3]) : left;
    return {
      sheet,
      rect: {
        top: Math.min(top, bottom),
        left: Math.min(left, right),
        bottom: Math.max(top, bottom),
        right: Math.max(left, right),
      },
    };
  }
  if ((r = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(ref))) {
    return { sheet, rect: { top: 0, left: colIndex(r[1]!), bottom: MAX_ROWS - 1, right: colIndex(r[2]!) } };
  }
  if ((r = /^(\d+):(\d+)$/.exec(ref))) {
    return { sheet, rect: { top: Number(r[1]) - 1, left: 0, bottom: Number(r[2]) - 1, right: MAX_COLS - 1 } };
  }
  return null;
}

/** Excel quotes a sheet name in an address when it is not a plain word. */
export function quoteName(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatRect(rect: Rect): string {
  if (rect.top === 0 && rect.bottom === MAX_ROWS - 1)
    return `${columnName(rect.left)}:${columnName(rect.right)}`;
  if (rect.left === 0 && rect.right === MAX_COLS - 1) return `${rect.top + 1}:${rect.bottom + 1}`;
  const a = `${columnName(rect.left)}${rect.top + 1}`;
  const b = `${columnName(rect.right)}${rect.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteName(sheet)}!${formatRect(rect)}`;
}
