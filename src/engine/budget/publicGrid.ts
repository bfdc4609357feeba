/**
 * A public table's region read as lines: per data row and panel, the subject code (one column or
 * 类 | 款 | 项), the name, and the amount of each column. A total whose label is merged across the
 * next panel (公用经费合计 spanning two blocks) takes its amount from that panel. Reading stops at
 * a note (注：/说明：), three blank rows or the region's end.
 */
import { MergeIndex } from '../grid/merges';
import { cellText, type SheetInput } from '../grid/types';
import { parseAmount } from './amount';
import { NOTE_START } from './rowWords';
import { findHeaderBand, isNumberingRow, ownValue, type GridColumn, type GridPanel } from './publicHeader';
import { ROW, rowKey, type PublicTableKey } from './publicLexicon';
import type { PublicRegion } from './publicTitles';
import { stepOf } from './rounding';
import { codeDigits, levelOfCode, splitCodedName, SplitCodeReader } from './subjectCode';
import type { BudgetUnit, LineLevel } from './types';
import { findUnit } from './unit';

export interface GridCell {
  readonly col: number;
  readonly value: number | null;
  /** The column's role, caption path and lowest caption (see `GridColumn`). */
  readonly column: GridColumn;
}

export interface GridLine {
  readonly row: number;
  readonly panel: number;
  readonly code: string | null;
  readonly name: string;
  /** The name as compared (`rowKey`): no ordinal, no spaces. */
  readonly key: string;
  readonly level: LineLevel;
  /** One per amount column of the panel, in order (a borrowed total: the lending panel's cells). */
  readonly cells: readonly GridCell[];
  /** The sheet of a line on a continuation sheet (续表); absent on the grid's own sheet. */
  readonly sheet?: string;
}

export interface PublicGrid {
  readonly key: PublicTableKey;
  readonly sheet: string;
  readonly titleRow: number;
  readonly titleCol: number;
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly unit: BudgetUnit;
  readonly step: number;
  readonly panels: readonly GridPanel[];
  readonly lines: readonly GridLine[];
  /** Any amount that is not blank or 0 (a table without one is 空表). */
  readonly hasAmounts: boolean;
}

/** Reads the table of a titled region; a title with no header band gives no panels and no lines. */
export function readPublicGrid(region: PublicRegion): PublicGrid {
  const { sheet } = region;
  const merges = new MergeIndex(sheet.merges);
  const band = findHeaderBand(sheet, merges, region.top, region.end);
  const base = {
    key: region.key,
    sheet: sheet.name,
    titleRow: region.titleRow,
    titleCol: region.titleCol,
  };
  if (!band || band.panels.length === 0) {
    return {
      ...base,
      headerTop: region.top,
      headerBottom: region.top,
      unit: '万元',
      step: 0.01,
      panels: [],
      lines: [],
      hasAmounts: false,
    };
  }
  const firstCol = band.panels[0]!.firstCol;
  const lastCol = band.panels[band.panels.length - 1]!.lastCol;
  const { unit } = findUnit(sheet, band.top, band.bottom, firstCol, lastCol, Math.max(0, region.titleRow));
  const readers = band.panels.map(() => new SplitCodeReader());
  const lines: GridLine[] = [];
  let blankRun = 0;
  for (let r = band.dataStart; r < region.end; r++) {
    const texts = (sheet.rows[r] ?? []).map((v) => cellText(v));
    const first = texts.slice(firstCol, lastCol + 1).find((t) => t !== '') ?? '';
    // Three blank rows end the table (an empty table's note may follow one or two), unless the table's
    // own totals follow them: a template's rows left blank for the 类 a unit has none of (hunt94)
    blankRun = first === '' ? blankRun + 1 : 0;
    if (
      NOTE_START.test(first) ||
      (blankRun >= 3 && !totalsFollow(sheet, r + 1, region.end, firstCol, lastCol))
    )
      break;
    if (isNumberingRow(sheet, r)) continue;
    // `统计数 | 单位 | 决算数` under the "三公" table (hunt106): another table's header ends this one
    if (headsColumns(band.panels, texts)) break;
    const row = band.panels.map((p) => readLine(p, r, readers[p.index]!));
    lendTotals(row);
    for (const read of row) if (read.line) lines.push(read.line);
  }

  function readLine(p: GridPanel, r: number, reader: SplitCodeReader): Read {
    const text = (c: number | undefined): string =>
      c === undefined
        ? ''
        : cellText(ownValue(sheet, merges, r, c)).replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    let code: string | null = null;
    let name = text(p.name);
    let codeText = '';
    if (p.class !== undefined || p.section !== undefined || p.item !== undefined) {
      const parts = [text(p.class), text(p.section), text(p.item)];
      codeText = parts.find((t) => t !== '' && codeDigits(t) === null) ?? '';
      code = reader.read(parts[0]!, parts[1]!, parts[2]!);
    } else if (p.code !== undefined) {
      codeText = text(p.code);
      code = codeDigits(codeText);
    } else {
      const coded = splitCodedName(name);
      if (coded) ({ code, name } = coded);
    }
    // 合计 is often typed in the code column, merged across code and name.
    if (name === '' && code === null) name = codeText;
    const cells = p.amounts.map((a) => ({
      col: a.col,
      value: parseAmount(ownValue(sheet, merges, r, a.col)).value,
      column: a,
    }));
    if (code === null && name === '') return { line: null, cells };
    const key = rowKey(name);
    const level: LineLevel =
      code !== null ? levelOfCode(code) : /(合计|总计|小计)$/.test(key) ? 'total' : 'other';
    return { line: { row: r, panel: p.index, code, name, key, level, cells }, cells };
  }

  const values = lines.flatMap((l) => l.cells.filter((c) => c.column.role !== 'lineNo').map((c) => c.value));
  return {
    ...base,
    headerTop: band.top,
    headerBottom: band.bottom,
    unit,
    step: stepOf(values),
    panels: band.panels,
    lines,
    hasAmounts: values.some((v) => v !== null && v !== 0),
  };
}

/** A row whose text in an amount column is that column's caption (决算数): a header, of another table. */
function headsColumns(panels: readonly GridPanel[], texts: readonly string[]): boolean {
  const key = (t: string): string => t.replace(/\s+/gu, '');
  return panels.some((p) =>
    p.amounts.some((a) => {
      const t = key(texts[a.col] ?? '');
      return t !== '' && t === key(a.text) && parseAmount(t).value === null;
    }),
  );
}

/**
 * A total with no amount of its own (its label merged over the next panel's key columns) takes
 * the amounts of the next panel on its row that holds no line of its own.
 */
function lendTotals(row: Read[]): void {
  row.forEach((read, i) => {
    const line = read.line;
    if (!line || line.code !== null || !amountless(line.cells)) return;
    const j = row.findIndex((other, k) => k > i && other.line === null && !amountless(other.cells));
    if (j < 0 || row.slice(i + 1, j).some((other) => other.line !== null)) return;
    read.line = { ...line, cells: row[j]!.cells };
  });
}

function amountless(cells: readonly GridCell[]): boolean {
  return cells.every((c) => c.value === null || c.column.role === 'lineNo');
}

interface Read {
  line: GridLine | null;
  readonly cells: readonly GridCell[];
}

/**
 * A line's cell in the first column with one of the roles, or undefined. The 决算 band comes before
 * a budget band (年初预算数 合计 | 基本支出 | 项目支出 beside 本年支出's): what the tables must agree on
 * is the actual, so a budget column is taken only where the line has no actual one of those roles.
 */
export function cellOf(line: GridLine | undefined, ...roles: GridColumn['role'][]): GridCell | undefined {
  if (!line) return undefined;
  for (const budget of [false, true])
    for (const role of roles) {
      const c = line.cells.find((x) => x.column.role === role && x.column.budget === budget);
      if (c) return c;
    }
  return undefined;
}

/** Rows a blank run may hide before a table's own totals (the 04表 template leaves a dozen). */
const TOTALS_LOOKAHEAD = 20;
const TABLE_TOTALS: readonly RegExp[] = [ROW.incomeTotal, ROW.expenseTotal, ROW.total, ROW.grandTotal];

/** The next row with words, within the lookahead, is one of the table's totals (本年收入合计, 总计 …). */
function totalsFollow(
  sheet: SheetInput,
  from: number,
  end: number,
  firstCol: number,
  lastCol: number,
): boolean {
  for (let r = from; r < Math.min(end, from + TOTALS_LOOKAHEAD); r++) {
    const texts = (sheet.rows[r] ?? []).slice(firstCol, lastCol + 1).map((v) => cellText(v));
    const first = texts.find((t) => t !== '');
    if (first !== undefined) return TABLE_TOTALS.some((re) => re.test(rowKey(first)));
  }
  return false;
}
