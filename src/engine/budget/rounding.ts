/**
 * Rounding like a reviewer. Every amount of a final-accounts table is rounded to the last digit the
 * table shows (0.01 of its unit for a 2-decimal table), so a sum of n rounded parts may drift from
 * the rounded total by up to n × half that step: n × 0.005 万元 in a 2-decimal 万元 table.
 *   difference = 0            → 'ok'
 *   |difference| ≤ tolerance  → 'rounding' (info, 尾差)
 *   beyond                    → 'mismatch' (error)
 * A "≥" identity ("三公" item ≥ the basic-expenditure line) is 'ok' whenever it holds. Parts from
 * tables in another unit are converted to the target's unit, each at the coarser of the two steps.
 */
import { toA1 } from '../grid/address';
import { roundTo } from './amount';
import type { BudgetUnit } from './types';
import { unitPerWan } from './types';

export type CheckStatus = 'ok' | 'rounding' | 'mismatch';
export type Relation = 'eq' | 'ge';

/** One amount cell taking part in an identity. */
export interface CheckCell {
  readonly sheet: string;
  /** 0-based; for a `virtual` cell, the title or a blank amount cell of an empty table. */
  readonly row: number;
  readonly col: number;
  readonly value: number | null;
  readonly unit: BudgetUnit;
  /** The last digit the table shows, in its own unit (0.01 for a 2-decimal table). */
  readonly step: number;
  /** An empty table's figure, taken as 0 (there is no amount cell). */
  readonly virtual?: boolean;
  /** The line's code and name (`30299 其他商品和服务支出`), for messages. */
  readonly label?: string;
}

/** The same amount cell (sheet, row and column). */
export function sameCell(a: CheckCell, b: CheckCell): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}

export interface CheckRecord {
  /** Stable key of the identity (`hierarchy`, `summaryIncome`, …), rendered through i18n. */
  readonly identity: string;
  readonly scope: 'table' | 'cross';
  readonly relation: Relation;
  /** The cell the identity is judged at: the typed total, or the "三公" figure of a "≥" check. */
  readonly target: CheckCell;
  readonly parts: readonly CheckCell[];
  /** +1 or −1 per part (年末 = 年初 + 收入 − 支出); a part without a sign is +1 (most identities are sums). */
  readonly signs: readonly number[];
  readonly expected: number;
  readonly actual: number;
  /** actual − expected, in the target's unit. */
  readonly difference: number;
  readonly tolerance: number;
  readonly status: CheckStatus;
  /** The target line's name and code, and its column caption, for messages. */
  readonly name: string;
  readonly code: string | null;
  readonly column: string;
  /** The issue-3 amount field of the target column, when it has one. */
  readonly field?: string;
}

export type CheckSpec = Omit<
  CheckRecord,
  'expected' | 'actual' | 'difference' | 'tolerance' | 'status' | 'signs' | 'relation'
> & { readonly signs?: readonly number[]; readonly relation?: Relation };

/** Decimals a table shows: at least 2, more when its amounts carry more (capped at 6). */
export function stepOf(values: Iterable<number | null | undefined>): number {
  let decimals = 2;
  for (const v of values) decimals = Math.max(decimals, shownDecimals(v));
  return stepOfDecimals(decimals);
}

/** The decimals `stepOf` counts for one amount: 2 for most, up to 6. */
export function shownDecimals(v: number | null | undefined): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) return 2;
  // Most amounts carry cents at most: no need to print them to count decimals.
  const cents = v * 100;
  if (Math.abs(cents) < 1e12 && Math.abs(cents - Math.round(cents)) < 1e-6) return 2;
  const m = /\.(\d+)$/.exec(String(roundTo(v, 6)));
  return m ? Math.min(6, m[1]!.length) : 2;
}

/** The step of a table showing `decimals` decimals (0.01 for 2). */
export function stepOfDecimals(decimals: number): number {
  return 1 / 10 ** decimals;
}

/** The signs of an identity that only adds (no sign given means +1). */
const ALL_PLUS: readonly number[] = Object.freeze([]);

/** `value` of a cell in the target's unit. */
export function inUnit(value: number, from: BudgetUnit, to: BudgetUnit): number {
  return from === to ? value : (value / unitPerWan(from)) * unitPerWan(to);
}

/**
 * Judges an identity. Null when the claim is not made: the target cell is blank, or every part is.
 * @example buildCheck({ identity: 'hierarchy', target: cell(190.01), parts: [cell(100), cell(90)], … }).status === 'rounding'
 */
export function buildCheck(spec: CheckSpec): CheckRecord | null {
  const { target, parts } = spec;
  const actualRaw = target.virtual ? 0 : target.value;
  if (actualRaw === null) return null;
  const signs = spec.signs ?? ALL_PLUS;
  const to = target.unit;
  let given = false;
  let expected = 0;
  let tolerance = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const v = p.virtual === true ? 0 : p.value;
    if (v === null) continue;
    given = true;
    const sign = i < signs.length ? signs[i]! : 1;
    expected += p.unit === to ? sign * v : sign * inUnit(v, p.unit, to);
    if (p.virtual !== true)
      tolerance += Math.max(p.unit === to ? p.step : inUnit(p.step, p.unit, to), target.step) / 2;
  }
  if (!given) return null;
  if (tolerance === 0) tolerance = target.step / 2;
  // 收入总计 = 支出总计: two totals, each rounded from its own panel, may differ by both half steps
  // (else a 0.01 尾差 under 支出总计 is also reported as 收入总计 ≠ 支出总计 at the same cell)
  if (spec.identity === 'incomeExpense') tolerance += target.step / 2;
  expected = roundTo(expected, 6);
  const actual = roundTo(actualRaw, 6);
  const difference = roundTo(actual - expected, 6);
  const relation = spec.relation ?? 'eq';
  const slack = tolerance * (1 + 1e-9);
  const status: CheckStatus =
    difference === 0 || (relation === 'ge' && difference > 0)
      ? 'ok'
      : Math.abs(difference) <= slack
        ? 'rounding'
        : 'mismatch';
  // Object.assign, not a spread: Node 20's V8 adds properties to a spread copy slowly (≈ 10 µs a
  // record here, most of the checks' time on a 100k-line table, measured)
  return Object.assign({}, spec, {
    relation,
    signs,
    expected,
    actual,
    difference,
    tolerance: roundTo(tolerance, 9),
    status,
  });
}

/** Two differences of identities equal to the cent of the table (both are rounded to its step). */
export function sameDifference(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}

/** `sheet!A1` of a cell. */
export function cellName(c: Pick<CheckCell, 'sheet' | 'row' | 'col'>): string {
  return `${c.sheet}!${toA1(c.row, c.col)}`;
}
