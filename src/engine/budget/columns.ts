/**
 * Header bands and what each column under them holds. A column's role is read top-down through
 * the band: a block caption (预算数 / 决算数) above sub-columns (合计 | 基本支出 | 项目支出) gives
 * the block to its 合计, and the lowest specific caption wins (项目 → 科目编码 → 类).
 */
import type { MergeIndex } from '../grid/merges';
import { cellText, type CellValue, type SheetInput } from '../grid/types';
import { headerKey, matchCellRole, matchRole } from '../layout/matchHeader';
import { BUDGET_HEADERS, YEAR_CAPTION, type HeaderRole } from './lexicon';
import {
  ADJUSTMENT_CAPTIONS,
  EXACT_ONLY_ROLES,
  EXPENSE_NAME,
  INCOME_NAME,
  UNIT_CELL,
  YEAR_PREFIX,
} from './rowWords';
import { AMOUNT_FIELDS, type AmountField } from './types';
import { asSplitCode } from './subjectCode';

/** The role of one header text, or undefined. One-character aliases (类/款/项) must match exactly. */
export function matchBudgetRole(key: string): HeaderRole | undefined {
  const role = matchRole(key, BUDGET_HEADERS);
  if (role !== undefined && EXACT_ONLY_ROLES.has(role) && !BUDGET_HEADERS[role].includes(key))
    return undefined;
  if (role !== undefined) return role;
  // `2023年决算数`: the year is no part of what the column holds
  const dated = YEAR_CAPTION.exec(key);
  return dated ? matchBudgetRole(dated[2]!) : undefined;
}

/**
 * The year a column's captions name (`2023年决算数`, or `2023年` over 年初预算数 | 决算数 → 2023); a column
 * naming none is this year's (Infinity).
 */
function captionYear(info: ColumnInfo): number {
  const years = info.captions.flatMap((t) => {
    const y = YEAR_PREFIX.exec(headerKey(t))?.[1];
    return y === undefined ? [] : [Number(y)];
  });
  return years.length > 0 ? Math.max(...years) : Infinity;
}

/**
 * `matchBudgetRole(headerKey(v))`, without folding a cell that cannot match (most cells of a sheet
 * scanned row by row): `matchCellRole` gives the same role as `matchRole(headerKey(v))`.
 */
export function matchBudgetCell(v: CellValue): HeaderRole | undefined {
  const dated = typeof v === 'string' && YEAR_START.test(v);
  return matchCellRole(v, BUDGET_HEADERS) === undefined && !dated ? undefined : matchBudgetRole(headerKey(v));
}

const YEAR_START = /^\s*\d{4}/u;

export type ColumnRole = HeaderRole | 'ignored';

export interface ColumnInfo {
  readonly col: number;
  readonly role: ColumnRole;
  /** Every role met from the top of the band down, consecutive repeats removed. */
  readonly path: readonly HeaderRole[];
  /** The lowest non-blank header text of the column, as typed. */
  readonly text: string;
  /** Every header text of the column, top-down, as typed (本年支出 / 小计). */
  readonly captions: readonly string[];
}

/** Captions heading a block of columns: a budget, the actual, last year's. */
export const BLOCKS: ReadonlySet<HeaderRole> = new Set([
  'budget',
  'adjustedBudget',
  'received',
  'final',
  'previous',
]);

/** Whether a header row names any column (a 金额单位：万元 line above the header does not). */
export function rowHasRoles(sheet: SheetInput, merges: MergeIndex, r: number): boolean {
  return (sheet.rows[r] ?? []).some((_, c) => {
    const t = cellText(merges.valueAt(sheet, r, c));
    return t !== '' && !UNIT_CELL.test(t) && matchBudgetRole(headerKey(t)) !== undefined;
  });
}

/** Classifies the columns `from..to` of the header band `top..bottom`. */
export function classifyColumns(
  sheet: SheetInput,
  merges: MergeIndex,
  top: number,
  bottom: number,
  from: number,
  to: number,
): ColumnInfo[] {
  const out: ColumnInfo[] = [];
  for (let c = from; c <= to; c++) {
    const path: HeaderRole[] = [];
    const captions: string[] = [];
    let text = '';
    let ownRole: HeaderRole | undefined;
    for (let r = top; r <= bottom; r++) {
      const v = merges.valueAt(sheet, r, c);
      const t = cellText(v);
      const role = UNIT_CELL.test(t) ? undefined : matchBudgetRole(headerKey(v));
      if (t !== '') [text, ownRole] = [t, role];
      if (t !== '' && captions[captions.length - 1] !== t) captions.push(t);
      if (role !== undefined && path[path.length - 1] !== role) path.push(role);
    }
    // A column under 基本支出 / 项目支出 whose own caption is none of ours (人员经费 | 公用经费 under
    // 基本支出) is a part of that group, not the group's amount.
    const part = captions.length > 1 && ownRole === undefined;
    out.push({ col: c, role: part ? partRole(path) : effectiveRole(path), path, text, captions });
  }
  return out;
}

function partRole(path: readonly HeaderRole[]): ColumnRole {
  const last = path[path.length - 1];
  return last === 'basic' || last === 'project' ? 'ignored' : effectiveRole(path);
}

function effectiveRole(path: readonly HeaderRole[]): ColumnRole {
  const last = path[path.length - 1];
  if (last === undefined) return 'ignored';
  const block = path.find((r) => BLOCKS.has(r));
  // 基本支出 over 小计 | 人员经费 | 公用经费: its 小计 is the 基本支出 column
  const group = path[path.length - 2];
  if ((last === 'sumCol' || last === 'subtotal') && (group === 'basic' || group === 'project'))
    return block === undefined || block === 'final' ? group : 'ignored';
  if (last === 'sumCol' || last === 'subtotal') return block ?? 'final';
  // 基本支出 / 项目支出 under a 预算数 block: a budget split this model does not keep.
  if ((last === 'basic' || last === 'project') && block !== undefined && block !== 'final') return 'ignored';
  if (last === 'incomePanel' || last === 'expensePanel') return 'ignored';
  return last;
}

/** Roles kept in `BudgetTable.columns`, first column wins. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
  'code',
  'class',
  'section',
  'item',
  'name',
  ...AMOUNT_FIELDS,
  'rate',
  'changeRate',
];

export const AMOUNT_ROLES: ReadonlySet<ColumnRole> = new Set<AmountField>(AMOUNT_FIELDS);

/**
 * `{ role: col }` for the first column of each kept role; but where 本年收入 and 本年支出 both head
 * amount columns (a 政府性基金 table: 年初结转 | 本年收入 | 本年支出 小计 · 基本 · 项目 | 年末), the 决算
 * column is the spending one, which 基本支出 and 项目支出 add up to.
 */
export function columnsRecord(infos: readonly ColumnInfo[]): Record<string, number> {
  const rec: Record<string, number> = {};
  for (const info of infos) {
    if (COLUMN_ROLES.includes(info.role) && rec[info.role] === undefined) rec[info.role] = info.col;
  }
  asSplitCode(
    rec,
    infos.filter((i) => i.role === 'code').map((i) => i.col),
  );
  const finals = infos.filter((i) => i.role === 'final');
  yearsOfFinals(finals, rec);
  adjustedNotChange(infos, rec);
  const income = finals.find(isIncomeColumn);
  const spending = finals.find((i) => i.captions.some((t) => EXPENSE_NAME.test(t)));
  if (income && spending && rec.final === income.col) rec.final = spending.col;
  return rec;
}

/**
 * `2022年决算数` beside `2023年决算数` (or beside a 决算数 naming no year): the later is this year's, an
 * earlier one last year's.
 */
function yearsOfFinals(finals: readonly ColumnInfo[], rec: Record<string, number>): void {
  const latest = Math.max(...finals.map(captionYear));
  const earlier = finals.find((i) => captionYear(i) < latest);
  if (!earlier) return;
  rec.final = finals.find((i) => captionYear(i) === latest)!.col;
  rec.previous ??= earlier.col;
}

/** 年初 | 预算调整数 | 全年预算数: the change (预算调整数) is not the adjusted budget. */
function adjustedNotChange(infos: readonly ColumnInfo[], rec: Record<string, number>): void {
  const adjusted = infos.filter((i) => i.role === 'adjustedBudget');
  const whole = adjusted.find((i) => !i.captions.some((t) => ADJUSTMENT_CAPTIONS.includes(headerKey(t))));
  if (adjusted.length > 1 && whole) rec.adjustedBudget = whole.col;
}

/** A column of income (本年收入合计, 本年收入): its captions say 收入 and none says 支出. */
export function isIncomeColumn(info: ColumnInfo): boolean {
  return info.captions.some((t) => INCOME_NAME.test(t)) && !info.captions.some((t) => EXPENSE_NAME.test(t));
}

/**
 * Splits a two-panel header (收入 | 支出 side by side) at each further name column; code columns
 * right before a name column go with it.
 */
export function splitPanels(infos: readonly ColumnInfo[]): ColumnInfo[][] {
  const nameIdx = infos.flatMap((info, i) => (info.role === 'name' ? [i] : []));
  if (nameIdx.length < 2) return [infos.slice()];
  const starts = nameIdx.map((i) => {
    let s = i;
    while (s > 0 && ['code', 'class', 'section', 'item'].includes(infos[s - 1]!.role)) s--;
    return s;
  });
  starts[0] = 0;
  const panels = starts.map((s, k) => infos.slice(s, starts[k + 1] ?? infos.length));
  return panels.filter((p) => p.some((info) => AMOUNT_ROLES.has(info.role)));
}

/** The panel caption, from the band (收入 / 支出 above the panel). */
export function panelOf(infos: readonly ColumnInfo[]): 'income' | 'expense' | null {
  for (const info of infos) {
    if (info.path.includes('incomePanel')) return 'income';
    if (info.path.includes('expensePanel')) return 'expense';
  }
  return null;
}
