/**
 * The header band of a public table's region and what each column under it holds. A column's
 * captions are read top-down through merged cells (项目 / 科目编码, 本年支出 / 基本支出); the lowest
 * caption says whether it is a code, a name or an amount column, the whole path gives an amount
 * column its role. Panels are the column groups that each start at a code or name column: the
 * 收入 | 支出 halves of a summary table, the 人员经费 | 公用经费 blocks of the basic table.
 */
import type { MergeIndex } from '../grid/merges';
import { cellAt, cellText, type CellValue, type SheetInput } from '../grid/types';
import { headerKey } from '../layout/matchHeader';
import { parseAmount } from './amount';
import { BRACKETED_UNIT, NOTE_START, UNIT_CELL } from './rowWords';
import {
  CODE_HEADER,
  COLUMN_ROLES,
  NAME_HEADER,
  RATE_COLUMN,
  ROW,
  rowKey,
  SPLIT_HEADER,
  type PublicColumnRole,
} from './publicLexicon';
import { asSplitCode, codeDigits } from './subjectCode';
import { BLOCKS, matchBudgetRole } from './columns';

export interface GridColumn {
  readonly col: number;
  readonly role: PublicColumnRole;
  /** Captions top-down, joined by `/` (本年支出/基本支出). */
  readonly path: string;
  /** The lowest caption as typed, for messages. */
  readonly text: string;
  /**
   * Under (or itself) a budget caption (年初预算数 / 调整预算数 合计 | 基本支出 | 项目支出), not a 决算
   * one: the plan beside the actual, which takes the same roles.
   */
  readonly budget: boolean;
}

export interface GridPanel {
  readonly index: number;
  /** The caption above the panel's first column (收入 / 支出 / 人员经费 / 公用经费), or ''. */
  readonly caption: string;
  readonly code?: number;
  readonly class?: number;
  readonly section?: number;
  readonly item?: number;
  readonly name?: number;
  readonly amounts: readonly GridColumn[];
  readonly firstCol: number;
  readonly lastCol: number;
}

export interface HeaderBand {
  readonly top: number;
  readonly bottom: number;
  /** First row of data (after a 栏次 row, if any). */
  readonly dataStart: number;
  readonly panels: readonly GridPanel[];
}

const HEADER_WORD = /项目|科目|编码|收入|支出|经费|预算|决算|金额|合计|行次|栏次|^[类款项]$|结转|结余/;
const MAX_HEADER_ROWS = 5;
/**
 * A cell that only states the unit (单位：万元), not a caption with its unit in brackets
 * (`金额（单位：万元）`, hunt110: the 01表's one amount column was skipped, and the table read as empty).
 */
function unitOnly(t: string): boolean {
  return UNIT_CELL.test(t) && t.replace(BRACKETED_UNIT, '').trim() === t.trim();
}

/** 编制单位：… / 部门：… lines above a header. */
const META_CELL = /^(编制|填报|填制)?(单位|部门)\s*[:：]/;

/** The header band in rows `from..end-1`, or null when there is none (a title with no table). */
export function findHeaderBand(
  sheet: SheetInput,
  merges: MergeIndex,
  from: number,
  end: number,
): HeaderBand | null {
  let top = -1;
  for (let r = from; r < Math.min(from + 8, end); r++) {
    if (isHeaderRow(sheet, merges, r) && !(sheet.rows[r] ?? []).some((v) => typeof v === 'number')) {
      top = r;
      break;
    }
  }
  if (top < 0) return null;
  let bottom = top;
  let dataStart = end;
  for (let r = top + 1; r < end; r++) {
    if (isNumberingRow(sheet, r)) {
      dataStart = r + 1;
      break;
    }
    if (isDataRow(sheet, r) || isSectionRow(sheet, r) || r - top >= MAX_HEADER_ROWS) {
      dataStart = r;
      break;
    }
    bottom = r;
  }
  const width = Math.max(...sheetRows(sheet, top, Math.min(end, dataStart + 3)).map((row) => row.length), 0);
  return { top, bottom, dataStart, panels: panelsOf(sheet, merges, top, bottom, width) };
}

function sheetRows(sheet: SheetInput, from: number, to: number): (readonly CellValue[])[] {
  return sheet.rows.slice(from, Math.max(from, to));
}

function isHeaderRow(sheet: SheetInput, merges: MergeIndex, r: number): boolean {
  const row = sheet.rows[r] ?? [];
  let words = 0;
  for (let c = 0; c < row.length; c++) {
    const t = cellText(merges.valueAt(sheet, r, c));
    if (t === '' || unitOnly(t) || META_CELL.test(t)) continue;
    if (HEADER_WORD.test(headerKey(t))) words++;
  }
  return words >= 1;
}

/** A 栏次 row (栏次 | 1 | 2 | 3 …) between the header and the data. */
export function isNumberingRow(sheet: SheetInput, r: number): boolean {
  const row = sheet.rows[r] ?? [];
  if (row.some((v) => typeof v === 'string' && v.trim() === '栏次')) return true;
  const nums = row.filter((v) => v !== null && cellText(v) !== '');
  return (
    nums.length >= 3 &&
    nums.every(
      (v, i) =>
        Number(cellText(v)) === i + 1 ||
        (i > 0 && Number(cellText(v)) === Number(cellText(nums[i - 1]!)) + 1),
    )
  );
}

/** A row that starts the data: an amount, a code, a total or a numbered item in its first cell. */
function isDataRow(sheet: SheetInput, r: number): boolean {
  const row = sheet.rows[r] ?? [];
  if (row.some((v) => typeof v === 'number')) return true;
  const first = row.map((v) => cellText(v)).find((t) => t !== '') ?? '';
  if (first === '') return false;
  if (NOTE_START.test(first)) return true;
  const code = codeDigits(first);
  if (code !== null && code.length >= 3) return true;
  const key = rowKey(first);
  if (key !== first.replace(/\s+/g, '') && /^[一二三四五六七八九十]/.test(first)) return true;
  if (/(合计|总计)$/.test(key)) return !isCaptionRow(row);
  return row.some((v) => typeof v === 'string' && parseAmount(v).value !== null && /\d\.\d/.test(v));
}

/** A row holding only 收入 or 支出: the heading of a block of a 总表 laid out vertically. */
function isSectionRow(sheet: SheetInput, r: number): boolean {
  const texts = (sheet.rows[r] ?? []).map((v) => cellText(v)).filter((t) => t !== '');
  if (texts.length !== 1) return false;
  const key = rowKey(texts[0]!);
  return ROW.incomeSection.test(key) || ROW.expenseSection.test(key);
}

/**
 * A header row of captions only, 合计 among them (合计 | 人员经费 | 公用经费 under 决算数, its 科目编码
 * and 科目名称 merged from the row above): no number, and at least two different captions.
 */
function isCaptionRow(row: readonly CellValue[]): boolean {
  const texts = row.map((v) => cellText(v)).filter((t) => t !== '');
  return texts.length >= 2 && new Set(texts).size >= 2 && texts.every((t) => HEADER_WORD.test(headerKey(t)));
}

function panelsOf(
  sheet: SheetInput,
  merges: MergeIndex,
  top: number,
  bottom: number,
  width: number,
): GridPanel[] {
  const panels: { caption: string; cols: { col: number; kind: string; path: string[]; text: string }[] }[] =
    [];
  let prevIsKey = false;
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    let text = '';
    for (let r = top; r <= bottom; r++) {
      const v = merges.valueAt(sheet, r, c);
      const t = cellText(v);
      if (t === '' || unitOnly(t) || META_CELL.test(t)) continue;
      const key = headerKey(v);
      if (key !== '' && path[path.length - 1] !== key) path.push(key);
      text = t;
    }
    const low = path[path.length - 1] ?? '';
    const kind = SPLIT_HEADER.test(low)
      ? ({ 类: 'class', 款: 'section', 项: 'item' } as Record<string, string>)[low]!
      : CODE_HEADER.test(low)
        ? 'code'
        : NAME_HEADER.test(low)
          ? 'name'
          : low === ''
            ? 'none'
            : 'amount';
    const isKey = kind !== 'amount' && kind !== 'none';
    // A run of key columns (类 | 款 | 项 | 科目名称) starts a panel.
    if (isKey && !prevIsKey) panels.push({ caption: path.length > 1 ? path[0]! : '', cols: [] });
    panels[panels.length - 1]?.cols.push({ col: c, kind, path, text });
    prevIsKey = isKey;
  }
  return panels.map((p, index) => {
    const out: { -readonly [K in keyof GridPanel]: GridPanel[K] } = {
      index,
      caption: p.caption,
      amounts: [],
      firstCol: p.cols[0]?.col ?? 0,
      lastCol: p.cols[p.cols.length - 1]?.col ?? 0,
    };
    const amounts: GridColumn[] = [];
    for (const c of p.cols) {
      if (c.kind === 'amount') {
        const joined = c.path.join('/');
        // A typed rate is checked against its amounts by the budget-table reader; here it is no
        // amount (a 合计 row's 100.08% is not the sum of its lines' rates).
        if (RATE_COLUMN.test(joined) || RATE_COLUMN.test(c.text)) continue;
        const role = COLUMN_ROLES.find(([, re]) => re.test(joined))?.[0] ?? 'other';
        amounts.push({ col: c.col, role, path: joined, text: c.text, budget: inBudgetBand(c.path) });
      } else if (c.kind !== 'none') {
        const k = c.kind as 'code' | 'class' | 'section' | 'item' | 'name';
        out[k] ??= c.col;
      }
    }
    out.amounts = amounts;
    asSplitCode(
      out,
      p.cols.filter((c) => c.kind === 'code').map((c) => c.col),
    );
    return out;
  });
}

/**
 * Whether the first block caption of a column's path (top-down) names a budget (年初预算数 over
 * 合计 | 基本支出 | 项目支出), as the budget-table reader's blocks do; 本年支出 / 决算数 does not.
 */
function inBudgetBand(path: readonly string[]): boolean {
  for (const key of path) {
    const role = matchBudgetRole(key);
    if (role !== undefined && BLOCKS.has(role)) return role === 'budget' || role === 'adjustedBudget';
  }
  return false;
}

/** A cell's own value in a data row: blank where a merge started elsewhere covers it. */
export function ownValue(sheet: SheetInput, merges: MergeIndex, r: number, c: number): CellValue {
  const a = merges.anchor(r, c);
  return a.row === r && a.col === c ? cellAt(sheet, r, c) : null;
}
