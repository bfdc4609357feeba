/**
 * The one place exceljs's cell value union becomes the engine's CellValue. What a person sees is
 * what the engine gets: a formula becomes its cached result, a hyperlink its text, rich text its
 * concatenated runs, and a cell covered by a merge (not its top-left) is empty.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../engine/grid/types';

/** The part of an exceljs Cell this function reads (tests pass stand-ins). */
export interface ExcelCellLike {
  readonly value: ExcelJS.CellValue;
  /** exceljs `cell.result`: unlike `cell.value.result` it keeps a cached 0, false or ''. */
  readonly result?: unknown;
  readonly type?: ExcelJS.ValueType;
}

/**
 * @example toCellValue({ value: { formula: 'A1-A1' }, result: 0 }) === 0
 * @example toCellValue({ value: { richText: [{ text: '达' }, { text: '标' }] } }) === '达标'
 */
export function toCellValue(cell: ExcelCellLike): CellValue {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : { error: '#NUM!' };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if ('formula' in v || 'sharedFormula' in v) {
    return fromResult(cell.result !== undefined ? cell.result : v.result);
  }
  if ('error' in v) return { error: v.error };
  if ('richText' in v) return richTextToString(v.richText);
  if ('hyperlink' in v) return hyperlinkText(v.text);
  return null;
}

/** Concatenated text of rich-text runs (also used for notes). */
export function richTextToString(runs: readonly { readonly text?: unknown }[] | undefined): string {
  return (runs ?? []).map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
}

/** A cached formula result; a missing one (never calculated) is empty. */
function fromResult(r: unknown): CellValue {
  if (r === null || r === undefined) return null;
  if (typeof r === 'string' || typeof r === 'boolean') return r;
  if (typeof r === 'number') return Number.isFinite(r) ? r : { error: '#NUM!' };
  if (r instanceof Date) return Number.isNaN(r.getTime()) ? null : r;
  if (typeof r === 'object' && 'error' in r && typeof r.error === 'string') return { error: r.error };
  return null;
}

/** exceljs gives a hyperlink's text as a string, or as rich text when the shared string is rich. */
function hyperlinkText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'object' && text !== null && 'richText' in text && Array.isArray(text.richText)) {
    return richTextToString(text.richText as { text?: unknown }[]);
  }
  return '';
}
