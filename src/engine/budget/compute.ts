/**
 * Rates, shares and year-on-year changes of each line, as the seed's prose computes them:
 * executionRate = final / budget (the true ratio), share = final / the total that sums the line,
 * change = final − last year's figure and its rate.
 */
import type { Settings } from '../settings';
import { ratio, roundTo } from './amount';
import { lineGroups } from './groups';
import { threePublicRole } from './threePublic';
import {
  AMOUNT_FIELDS,
  BASIS_FIELDS,
  type AmountField,
  type BudgetLine,
  type LineLevel,
  type TableKind,
} from './types';

export interface LineInput {
  readonly row: number;
  readonly code: string | null;
  readonly name: string;
  readonly level: LineLevel;
  readonly values: Partial<Record<AmountField, number | null>>;
  readonly cols?: Partial<Record<AmountField, number>>;
  readonly rows?: Partial<Record<AmountField, number>>;
  /** A line of a continuation sheet (续表): its sheet. */
  readonly sheet?: string;
}

/**
 * The denominator of an execution rate: the setting's budget when the table has it, else the first
 * budget the table has (年初 → 调整后/全年 → 实际到位).
 * @example basisField(f => f === 'budget', settings) === 'budget'
 */
export function basisField(
  has: (f: AmountField) => boolean,
  settings: Pick<Settings, 'budgetBasis'>,
): AmountField | null {
  const preferred = BASIS_FIELDS[settings.budgetBasis];
  if (has(preferred)) return preferred;
  return (['budget', 'adjustedBudget', 'received'] as const).find((f) => has(f)) ?? null;
}

/** Builds the model lines of one table. */
export function buildLines(
  kind: TableKind,
  inputs: readonly LineInput[],
  basis: AmountField | null,
): BudgetLine[] {
  const has = (f: AmountField): boolean => inputs.some((l) => f in l.values);
  const shareField: AmountField = has('final') ? 'final' : 'budget';
  const targets = shareTargets(kind, inputs);
  const shareValue = (i: number): number | null => inputs[i]!.values[shareField] ?? null;
  return inputs.map((l, i) => {
    const v = (f: AmountField): number | null => l.values[f] ?? null;
    const final = v('final');
    const target = targets[i]!;
    const previous = v('previous');
    const line: Mutable<BudgetLine> = {
      row: l.row,
      code: l.code,
      name: l.name,
      level: l.level,
      budget: v('budget'),
      adjustedBudget: v('adjustedBudget'),
      final,
      executionRate: basis === null ? null : ratio(final, v(basis)),
      share: target < 0 ? null : ratio(shareValue(i), shareValue(target)),
      previous,
      change: changeOf(final, previous),
    };
    addOptionalFields(line, l, final);
    return line;
  });
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The split, 实际到位 and per-line columns, on the lines whose table has them: assigned, not
 * spread into the line (a spread per line of a 100k-line table).
 */
function addOptionalFields(line: Mutable<BudgetLine>, l: LineInput, final: number | null): void {
  if ('basic' in l.values) line.basic = l.values.basic ?? null;
  if ('project' in l.values) line.project = l.values.project ?? null;
  if ('received' in l.values) line.received = l.values.received ?? null;
  const basic = l.values.basic ?? null;
  const project = l.values.project ?? null;
  if (basic !== null || project !== null) {
    line.basicShare = ratio(basic, final);
    line.projectShare = ratio(project, final);
  }
  if (l.cols) line.cols = l.cols;
  if (l.rows) line.rows = l.rows;
  if (l.sheet !== undefined) line.sheet = l.sheet;
}

/** Year-on-year: amount in the table's unit, rate null when last year was 0. */
export function changeOf(final: number | null, previous: number | null): BudgetLine['change'] {
  if (final === null || previous === null) return null;
  const amount = roundTo(final - previous, 6);
  return { amount, rate: previous === 0 ? null : ratio(amount, Math.abs(previous)) };
}

/**
 * For each line, the line of the total it is a share of; −1 for a line without a share. An array
 * by line, not a map: a map entry per line of a 100k-line table.
 */
export function shareTargets(
  kind: TableKind,
  lines: readonly Pick<LineInput, 'name' | 'level' | 'code'>[],
): Int32Array {
  const out = new Int32Array(lines.length).fill(-1);
  if (kind === 'detail' || kind === 'threePublic') {
    const total = lines.findIndex((l) => l.level === 'total');
    if (total < 0) return out;
    lines.forEach((l, i) => {
      // 会议费 and 培训费 often share the "三公" table; they are no part of its total.
      if (l.level !== 'total' && (kind === 'detail' || threePublicRole(l.name) !== undefined)) out[i] = total;
    });
    return out;
  }
  for (const g of lineGroups(kind, lines)) {
    for (const p of g.parts) if (out[p] === -1) out[p] = g.target;
  }
  return out;
}

/** Which amount fields any line of a table carries. */
export function fieldsOf(inputs: readonly LineInput[]): AmountField[] {
  return AMOUNT_FIELDS.filter((f) => inputs.some((l) => f in l.values));
}
