/**
 * Reads the rows under a vertical header band into raw lines: code, name, level and amounts.
 * The table ends at two blank rows, a note (注：/说明：), or the next header band.
 */
import type { MergeIndex } from '../grid/merges';
import { cellAt, cellText, isBlank, type CellValue, type SheetInput } from '../grid/types';
import { amountValue } from './amount';
import { matchBudgetCell } from './columns';
import { COUNT_ROW_NAME, NOTE_START, TOTAL_NAME } from './rowWords';
import { codeDigits, levelOfCode, splitCodedName, SplitCodeReader } from './subjectCode';
import type { AmountField, LineLevel } from './types';

export interface RawLine {
  readonly row: number;
  readonly code: string | null;
  readonly name: string;
  level: LineLevel;
  readonly values: Partial<Record<AmountField, number | null>>;
}

export interface PanelColumns {
  readonly columns: Readonly<Record<string, number>>;
  readonly amountFields: readonly AmountField[];
  readonly firstCol: number;
  readonly lastCol: number;
  /**
   * The columns of the whole header band, when the panel is one of several side by side: a row is
   * blank (two end the table) only when it is blank across them all — the 支出 half of a 总表 has
   * blank rows beside the 收入 half's 年初结转 breakdown, and its 总计 below them.
   */
  readonly band?: { readonly firstCol: number; readonly lastCol: number };
}

/** Rows `start..end-1` (end exclusive) read as lines of one panel. */
export function readLines(
  sheet: SheetInput,
  merges: MergeIndex,
  p: PanelColumns,
  start: number,
  end: number,
): RawLine[] {
  const lines: RawLine[] = [];
  const split =
    p.columns.class !== undefined || p.columns.section !== undefined || p.columns.item !== undefined;
  const reader = new SplitCodeReader();
  let blankRun = 0;
  for (let r = start; r < end; r++) {
    // the row's first text and whether it says 栏次, without a list of its texts
    let first = '';
    let numbering = false;
    // most rows cross no merged area: their cells are read as they are
    const merged = merges.onRow(r) !== undefined;
    for (let c = p.firstCol; c <= p.lastCol; c++) {
      const v = shown(sheet, merges, merged, r, c);
      // a number's text is never empty nor 栏次: it is made only to be the row's first (most cells
      // of a table are amounts, and a number's text is slow to make)
      if (typeof v === 'number' && first !== '') continue;
      const t = cellText(v);
      if (first === '') first = t;
      if (t === '栏次') numbering = true;
    }
    if (first === '') {
      if (!p.band || blankAcross(sheet, merges, r, p.band.firstCol, p.band.lastCol)) blankRun++;
      if (blankRun >= 2) break;
      continue;
    }
    blankRun = 0;
    if (NOTE_START.test(first)) break;
    if (numbering || isColumnNumbering(sheet, r, p)) continue;

    const textAt = (role: string): string => roleText(sheet, merges, merged, p, r, role);
    let code: string | null = null;
    let name = textAt('name');
    let codeText = '';
    if (split) {
      codeText =
        [textAt('class'), textAt('section'), textAt('item')].find(
          (t) => t !== '' && codeDigits(t) === null,
        ) ?? '';
      code = reader.read(textAt('class'), textAt('section'), textAt('item'));
    } else if (p.columns.code !== undefined) {
      codeText = textAt('code');
      code = codeDigits(codeText);
    } else {
      const coded = splitCodedName(name);
      if (coded) ({ code, name } = coded);
    }
    // 合计 is often typed in the code column, merged across code and name.
    if (name === '' && code === null) name = codeText;
    name = name.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');

    const values: Partial<Record<AmountField, number | null>> = {};
    let anyAmount = false;
    let texts = false;
    for (const f of p.amountFields) {
      const col = p.columns[f]!;
      const v = cellAt(sheet, r, col);
      values[f] = amountValue(v);
      if (!isBlank(v)) anyAmount = true;
      if (values[f] === null && typeof v === 'string' && !isBlank(v)) texts = true;
    }
    // `统计数 | 单位 | 决算数` under a "三公" table (hunt106): another table's header ends this one
    if (texts && headsColumns(sheet, r, p)) break;
    if (code === null && (name === '' || !anyAmount)) continue;
    if (code === null && COUNT_ROW_NAME.test(name.replace(/\s+/g, ''))) continue;
    lines.push({ row: r, code, name, level: levelOf(code, name), values });
  }
  return lines;
}

/** A row whose text in an amount column names the column's field (决算数): a header, of another table. */
function headsColumns(sheet: SheetInput, r: number, p: PanelColumns): boolean {
  return p.amountFields.some((f) => {
    const v = cellAt(sheet, r, p.columns[f]!);
    return typeof v === 'string' && amountValue(v) === null && matchBudgetCell(v) === f;
  });
}

function roleText(
  sheet: SheetInput,
  merges: MergeIndex,
  merged: boolean,
  p: PanelColumns,
  r: number,
  role: string,
): string {
  const c = p.columns[role];
  return c === undefined ? '' : cellText(shown(sheet, merges, merged, r, c));
}

/** The value shown in (r, c), where `merged` says whether a merged area crosses row r. */
function shown(sheet: SheetInput, merges: MergeIndex, merged: boolean, r: number, c: number): CellValue {
  return merged ? merges.valueAt(sheet, r, c) : cellAt(sheet, r, c);
}

function blankAcross(sheet: SheetInput, merges: MergeIndex, r: number, from: number, to: number): boolean {
  for (let c = from; c <= to; c++) if (cellText(merges.valueAt(sheet, r, c)) !== '') return false;
  return true;
}

function levelOf(code: string | null, name: string): LineLevel {
  if (code !== null) return levelOfCode(code);
  return TOTAL_NAME.test(name.replace(/\s+/g, '')) ? 'total' : 'other';
}

/** A 栏次 row: no name, amounts 1, 2, 3 … across the columns. */
function isColumnNumbering(sheet: SheetInput, r: number, p: PanelColumns): boolean {
  // a named row first: nearly every row is one, and it needs no list of numbers
  if (p.columns.name !== undefined && cellText(cellAt(sheet, r, p.columns.name)) !== '') return false;
  const nums: number[] = [];
  for (const f of p.amountFields) {
    const v = cellAt(sheet, r, p.columns[f]!);
    if (typeof v !== 'number' && !(typeof v === 'string' && /^\d+$/.test(v.trim()))) return false;
    nums.push(Number(v));
  }
  return nums.length >= 2 && nums.every((n, i) => i === 0 || n === nums[i - 1]! + 1);
}
