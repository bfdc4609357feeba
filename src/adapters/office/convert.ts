/**
 * The one place Office's cell model becomes the engine's, and back. Office gives `values` (errors
 * as their literal text, dates as serial numbers), `formulas` (constants as themselves),
 * `numberFormat`, and per-cell fill and hyperlink objects; the engine wants CellValue, formula text
 * without `=`, ARGB fills and `#Sheet!A1` / URL link targets.
 */
import { ERROR_LITERALS } from '../../engine/grid/valueLexicon';
import type { CellRange, CellValue } from '../../engine/grid/types';
import { isFormulaValue, type PlannedValue } from '../../engine/plan/types';

/** Error values as `range.values` shows them: the engine's list. A text cell holding exactly one reads as that error. */
export { ERROR_LITERALS };

const EPOCH_SERIAL = 25569; // 1970-01-01 in the 1900 date system
const MS_PER_DAY = 86400000;

/** Serial → Date the way the xlsx adapter (exceljs) does: UTC, whole milliseconds. */
export function serialToDate(serial: number): Date {
  return new Date(Math.round((serial - EPOCH_SERIAL) * MS_PER_DAY));
}

/** A number format that shows a date or time: y, m, d, h or s outside quotes, escapes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined || format === 'General' || format === '@') return false;
  const section = format.split(';')[0] ?? '';
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\[(?!h+\]|m+\]|s+\])[^\]]*\]/gi, '');
  return /[ymdhs]/i.test(bare);
}

/**
 * One cell of `range.values` as the engine's CellValue.
 *
 * @example fromOfficeValue('#DIV/0!', 'General', true) → { error: '#DIV/0!' }
 * @example fromOfficeValue(44197, 'yyyy/m/d', false) → Date 2021-01-01
 */
export function fromOfficeValue(
  value: unknown,
  numberFormat: string | undefined,
  hasFormula: boolean,
): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { error: '#NUM!' };
    return isDateFormat(numberFormat) ? serialToDate(value) : value;
  }
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  // an empty formula result stays '' (as exceljs reads it); an empty cell is null
  if (value === '') return hasFormula ? '' : null;
  if (ERROR_LITERALS.has(value)) return { error: value };
  return value;
}

/** Formula text without `=` when `formulas` holds a formula for the cell, else undefined. */
export function formulaOf(formula: unknown, value: unknown): string | undefined {
  if (typeof formula !== 'string' || !formula.startsWith('=') || formula.length < 2) return undefined;
  // a text constant that starts with '=' (written as '=…) reads back as itself
  if (formula === value) return undefined;
  return formula.slice(1);
}

/** A non-default number format, or undefined for General. */
export function numberFormatOf(format: unknown): string | undefined {
  return typeof format === 'string' && format !== '' && format !== 'General' ? format : undefined;
}

/**
 * A planned value as typed input for `range.formulas`: text is always text (a leading apostrophe,
 * which Excel does not keep), so `=`, `+`, `-`, `@`, `95%` or `2020-01-01` never turn into a
 * formula, a number or a date; a FormulaValue becomes `=…`; null clears the cell.
 *
 * @example toOfficeInput('=HYPERLINK("x")') === "'=HYPERLINK(\"x\")"
 */
export function toOfficeInput(v: PlannedValue): string | number | boolean {
  if (v === null || v === '') return '';
  if (isFormulaValue(v)) return `=${v.formula.replace(/^=/, '')}`;
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'boolean') return v;
  return `'${v}`;
}

/** `FFDEECF9` → `#DEECF9`. */
export function argbToHex(argb: string): string {
  const rgb = argb.length === 8 ? argb.slice(2) : argb.replace(/^#/, '');
  return `#${rgb.toUpperCase()}`;
}

/** Office's per-cell fill (`getCellProperties`) as ARGB, or undefined for no fill. */
export function fillOf(fill: { color?: string; pattern?: string } | undefined): string | undefined {
  if (!fill || fill.pattern === 'None' || typeof fill.color !== 'string') return undefined;
  const m = /^#([0-9A-Fa-f]{6})$/.exec(fill.color);
  if (!m) return undefined;
  // without a pattern (ExcelApi 1.7 reads), white is indistinguishable from no fill
  if (fill.pattern === undefined && m[1]!.toUpperCase() === 'FFFFFF') return undefined;
  return `FF${m[1]!.toUpperCase()}`;
}

/** Office's hyperlink object as the engine's target: a URL, or `#Sheet!A1` inside the workbook. */
export function linkTargetOf(
  link: { address?: string | null; documentReference?: string | null } | null | undefined,
): string | undefined {
  if (!link) return undefined;
  if (link.address) return link.address;
  if (link.documentReference) return `#${link.documentReference.replace(/^#/, '')}`;
  return undefined;
}

/** The engine's link target as Office's hyperlink object. */
export function hyperlinkOf(target: string): { address?: string; documentReference?: string } {
  return target.startsWith('#') ? { documentReference: target.slice(1) } : { address: target };
}

/** `A1`-style column letters → 0-based index. */
function colIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return col - 1;
}

const AREA =
  /(?:('(?:[^']|'')+'|[^'!,\s][^!,]*)!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/g;

/**
 * Areas of an address such as `'自评 表'!A1:B2, 自评表!C3` (RangeAreas, note locations).
 *
 * @example parseAreas("自评表!A2:A4, 自评表!B2") → [{ sheet: '自评表', range: {0,1..3} }, …]
 */
export function parseAreas(address: string): { sheet: string | null; range: CellRange }[] {
  const out: { sheet: string | null; range: CellRange }[] = [];
  for (const m of address.matchAll(AREA)) {
    const sheet = m[1] ? m[1].trim().replace(/^'|'$/g, '').replace(/''/g, "'") : null;
    const top = Number(m[3]) - 1;
    const left = colIndex(m[2]!);
    const bottom = m[5] ? Number(m[5]) - 1 : top;
    const right = m[4] ? colIndex(m[4]) : left;
    out.push({
      sheet,
      range: {
        top: Math.min(top, bottom),
        left: Math.min(left, right),
        bottom: Math.max(top, bottom),
        right: Math.max(left, right),
      },
    });
  }
  return out;
}

/** `自评表!H19` or `'自评 表'!A2:I42` → sheet and A1 part; null when it names no sheet. */
export function splitReference(reference: string): { sheet: string; address: string } | null {
  const m = /^('(?:[^']|'')+'|[^!]+)!(.+)$/.exec(reference.trim());
  if (!m) return null;
  return { sheet: m[1]!.replace(/^'|'$/g, '').replace(/''/g, "'"), address: m[2]!.replace(/\$/g, '') };
}

/** Column width in characters (as the plan and exceljs give it) → points (as Office sets it). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
