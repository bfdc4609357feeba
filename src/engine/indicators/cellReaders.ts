import { dateInYear, dateValue, yearlessKind } from '../grid/dates';
import { parseNumberText } from '../grid/normalize';
import { foldWidth } from '../grid/numberText';
import { ERROR_LITERALS } from '../grid/valueLexicon';
import { isCellError, type CellValue } from '../grid/types';
import type { Comparator, NormalizedValue } from '../grid/value';
import { isNoneText } from '../rules/verdictWords';
import { TOTAL_ROW_WORDS, SUBTOTAL_ROW_WORDS } from '../layout/headerLexicon';
import { FULL_MARKS_WORDS } from './checkLexicon';

/** A weight or score cell as a number: numbers, numeric text (`3`, `３`, `三`), else null. */
export function toNumber(v: CellValue): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.trim().replace(/分$/, '');
  if (t === '') return null;
  return parseNumberText(t);
}

/** The largest weight one indicator can carry: the whole of the 100-point scale. */
export const MAX_WEIGHT = 100;

/**
 * A weight as scoring may use it: 0 to 100 points. A weight past the scale (a typo, `1e308`) is
 * no weight: the row is reported (`weight.outOfRange`) rather than scored or summed with it.
 */
export function usableWeight(v: number | null): number | null {
  return v !== null && v >= 0 && v <= MAX_WEIGHT ? v : null;
}

/** A typed score as totals may use it: within ±100 points (a deduction row may be negative). */
export function usableScore(v: number | null): number | null {
  return v !== null && Math.abs(v) <= MAX_WEIGHT ? v : null;
}

/** A typed score: a number as `usableScore` takes it, or the weight for `满分` (hunt35: an error before). */
export function typedScore(v: CellValue, weight: number | null): number | null {
  if (typeof v === 'string' && FULL_MARKS_WORDS.includes(v.trim())) return weight;
  return usableScore(toNumber(v));
}

export function isErrorCell(v: CellValue): boolean {
  if (typeof v !== 'string') return isCellError(v);
  // Every error literal starts with #, or a character NFKC folds to it (＃ U+FF03, ﹟ U+FE5F):
  // most text is done here.
  // (a character code: charAt would make a string of each cell's first character)
  const first = v.trimStart().charCodeAt(0);
  return (
    (first === 0x23 || first === 0xff03 || first === 0xfe5f) &&
    ERROR_LITERALS.has(v.trim().normalize('NFKC').toUpperCase())
  );
}

/** The operator column (指标性质): ≥ ≤ = and their spelled forms. */
export function parseOperator(text: string): Comparator | null {
  // most tables have no operator column: every row asks with ''
  if (text === '') return null;
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (t === '') return null;
  if (/^(≥|>=|不低于|不少于|大于等于|正向|以上)/.test(t)) return '>=';
  if (/^(≤|<=|不高于|不超过|小于等于|反向|以下)/.test(t)) return '<=';
  if (/^(>|大于|高于)/.test(t)) return '>';
  if (/^(<|小于|低于)/.test(t)) return '<';
  if (/^(=|＝|等于|定性)/.test(t)) return '=';
  if (/^(±|\+-|区间)/.test(t)) return '±';
  return null;
}

export function isTotalLabel(key: string): boolean {
  // (a loop, not .some with a closure: asked of the first cells of every row of a table)
  for (const w of TOTAL_ROW_WORDS)
    if (key === w || (key.startsWith(w) && key.length <= w.length + 2)) return true;
  return false;
}

/** A group's subtotal label: 小计, 投入小计, 产出指标小计, 小计（一级） (brackets are gone from the key). */
export function isSubtotalLabel(key: string): boolean {
  for (const w of SUBTOTAL_ROW_WORDS) if (key.endsWith(w) && key.length <= w.length + 6) return true;
  return false;
}

/** Two yearless dates share this one: a leap year, so 2月29日 is a day. */
const SHARED_YEAR = 2000;

/**
 * `6月30日前` against `6月25日完成`: a date written without its year takes the table's year (its
 * title's `2024年度`), else the other cell's, or both share one, so they compare. `年底前` takes only
 * the table's: beside a date of the next year, the date's own year would make it met; `次年4月底前`
 * only the year after the table's. Anything else is left as it is.
 */
export function withSharedYear(
  target: NormalizedValue | null,
  actual: NormalizedValue | null,
  tableYear: number | null = null,
): [NormalizedValue | null, NormalizedValue | null] {
  const year = (v: NormalizedValue | null): number | null =>
    v?.kind === 'date' ? Number(v.iso.slice(0, 4)) : null;
  const inYear = (v: NormalizedValue | null, y: number): NormalizedValue | null => {
    if (v?.kind !== 'text') return null;
    const compact = foldWidth(v.text).replace(/\s+/g, '');
    const kind = yearlessKind(compact);
    if ((kind === 'yearEnd' || kind === 'nextYear') && tableYear === null) return null;
    const read = dateInYear(compact, y);
    return read?.kind === 'date' ? dateValue(read, v.text) : null;
  };
  const shared = year(target) ?? tableYear ?? year(actual) ?? SHARED_YEAR;
  const t = inYear(target, shared);
  // beside `次年1月15日前`, a yearless `1月12日报送` is in that next year: the target's; a `次年2月6日`
  // beside it is in the same next year, read from the year the target was read in
  const nextYear = (v: NormalizedValue | null): boolean =>
    v?.kind === 'text' && yearlessKind(foldWidth(v.text).replace(/\s+/g, '')) === 'nextYear';
  const a = inYear(actual, t && nextYear(actual) ? shared : (year(t) ?? shared));
  // both yearless, or one yearless beside a dated other: never a yearless one beside a number
  if (t && a) return [t, a];
  if (t && actual?.kind === 'date') return [t, actual];
  if (a && target?.kind === 'date') return [target, a];
  return [target, actual];
}

/**
 * What the rules get as an actual value: the cell's reading, except that 无 (a blank to the value
 * normaliser, as in a 评分依据 or 得分 cell) is an answer in 实际完成值 — no incident, not present —
 * which the rules read by their kind (无违纪违法发生 → met, 有中长期规划 → not met).
 */
export function actualReading(v: NormalizedValue | null): NormalizedValue | null {
  return v?.kind === 'empty' && isNoneText(v.text) ? { kind: 'text', achievement: null, text: v.text } : v;
}

/** A plain number up to this, against a percent target, is a fraction (0.92, 1.05); above, a percent (96.2). */
export const FRACTION_LIMIT = 2;

/**
 * An actual typed as a plain number where the target is a percent (`≥95%` against `0.92` or
 * `96.2`) is read on the target's scale: up to 2 a fraction (92 %), above it the percent itself;
 * against a target of at most 2 % a plain number up to 2 is either, and stays as it is. Anything
 * else is left as it is.
 */
export function onTargetScale(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
): NormalizedValue | null {
  if (actual?.kind !== 'number' || target?.kind !== 'number') return actual;
  if (!target.percent || actual.percent || actual.unit !== null || actual.value < 0) return actual;
  if (actual.value > FRACTION_LIMIT) return { ...actual, percent: true };
  // against `≤1%` a plain 1.6 may be 1.6 % or 160 %: read as neither, for the rules to decline (0 is
  // 0 % either way)
  if (target.value <= FRACTION_LIMIT && actual.value !== 0) return actual;
  // shown as typed and as read, so a note's arithmetic in percent matches its actual: `0.92 = 92%`
  const value = Math.round(actual.value * 1e10) / 1e8;
  return { ...actual, value, percent: true, text: `${actual.text.trim()} = ${value}%` };
}
