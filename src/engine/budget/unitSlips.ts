/**
 * A mismatch that one amount typed in the wrong unit (×10⁴ or ÷10⁴) would explain: the suspect
 * amount gets a unit warning beside the identity's error.
 */
import { finding, type Finding } from '../findings/types';
import { roundTo } from './amount';
import { amountCell } from './detect';
import { toA1 } from '../grid/address';
import type { CheckCell, CheckRecord } from './rounding';
import { lineSheet, type AmountField, type BudgetLine, type BudgetTable } from './types';

/** The lines behind a within-table identity. */
export interface SlipContext {
  readonly table: BudgetTable;
  readonly target: BudgetLine;
  readonly field: AmountField;
  readonly parts: readonly (readonly [BudgetLine, AmountField])[];
}

const value = (line: BudgetLine, field: AmountField): number | null => line[field] ?? null;

/** The factors ×10⁴ / ÷10⁴ that a sum's mismatch allows. */
export const SLIP_FACTORS = [1e-4, 1e4] as const;

/**
 * Whether `v`, one part of `record`'s sum, times `factor` would make the sum hold — and leaving it
 * out would not: a 小计 copied from one part (24.76 over 31.68 + 24.76) fits 31.68 ÷ 10⁴ only
 * because 0.0032 is within rounding of nothing.
 */
export function partSlips(record: CheckRecord, v: number, factor: number): boolean {
  const fits = (x: number, slack = 0): boolean =>
    Math.abs(roundTo(record.expected - v + x - record.actual, 6)) <= record.tolerance * (1 + 1e-9) + slack;
  // typed in 万元 in a table in 元, the figure was rounded there: 4.87 万元 is 48,650 ± 50 元 (hunt120
  // P04); only for a figure of three digits at least, which few sums would fit by chance
  const rounded =
    factor > 1 && Math.abs(v) >= 100 * record.target.step ? (record.target.step / 2) * factor : 0;
  return fits(v * factor, rounded) && !fits(0);
}

/** `a` and `b` agree within the identity's tolerance. */
export function withinRecord(record: CheckRecord, a: number, b: number): boolean {
  return Math.abs(roundTo(a - b, 6)) <= record.tolerance * (1 + 1e-9);
}

export function unitSlips(record: CheckRecord, ctx: SlipContext): Finding[] {
  const { table } = ctx;
  const { expected, actual } = record;
  const out: Finding[] = [];
  const suspect = (line: BudgetLine, field: AmountField, v: number, factor: number): void => {
    const f = unitSuspect(table, line, field, v, factor);
    if (f) out.push(f);
  };
  for (const factor of SLIP_FACTORS) {
    for (const [p, f] of ctx.parts) {
      const v = value(p, f);
      if (v === null || v === 0) continue;
      if (partSlips(record, v, factor)) suspect(p, f, v, factor);
    }
    if (actual !== 0 && withinRecord(record, expected, actual * factor))
      suspect(ctx.target, ctx.field, actual, factor);
  }
  return out;
}

/**
 * The warning that `line`'s `field` (value `v`) looks typed in the wrong unit: × `factor` would
 * fit. Null when the table has no such cell.
 */
export function unitSuspect(
  table: BudgetTable,
  line: BudgetLine,
  field: AmountField,
  v: number,
  factor: number,
): Finding | null {
  const cell = amountCell(table, line, field);
  return cell
    ? finding('budget.unitSuspect', lineSheet(table, line), cell.a1, {
        name: line.name,
        value: v,
        factor,
        unit: table.unit,
        field,
      })
    : null;
}

const cellKey = (sheet: string, a1: string): string => `${sheet}!${a1}`;

/**
 * Echoes of a unit slip. One mismatch read two ways — a part typed in the wrong unit, or its total
 * in the inverse one (公务用车购置及运行维护费 180,000 元 over 运行维护费 18: the part × 10⁴, or the total ÷
 * 10⁴) — is the part's when the total is itself a part of a sum that holds (三公 合计 = its items,
 * exactly; hunt118 P17). And a "三公" line over a budget cell suspected of a slip is no overspending.
 */
export function withoutEchoedSlips(findings: readonly Finding[], records: readonly CheckRecord[]): Finding[] {
  const suspects = new Map<string, number>();
  for (const f of findings)
    if (f.code === 'budget.unitSuspect') suspects.set(cellKey(f.sheet, f.cell), Number(f.params.factor));
  if (suspects.size === 0) return [...findings];
  const at = (c: CheckCell): string => cellKey(c.sheet, toA1(c.row, c.col));
  const holding = new Set<string>();
  for (const r of records)
    if (r.status === 'ok') for (const p of r.parts) if (p.value !== null && p.value !== 0) holding.add(at(p));
  const inverse = (a: number | undefined, b: number): boolean =>
    a !== undefined && Math.abs(a * b - 1) < 1e-9;
  const dropped = new Set<string>();
  for (const r of records) {
    const total = at(r.target);
    const factor = suspects.get(total);
    if (r.status !== 'mismatch' || factor === undefined || !holding.has(total)) continue;
    if (r.parts.some((p) => inverse(suspects.get(at(p)), factor))) dropped.add(total);
  }
  return findings.filter(
    (f) =>
      !(f.code === 'budget.unitSuspect' && dropped.has(cellKey(f.sheet, f.cell))) &&
      !(
        f.code === 'budget.threePublicOverBudget' &&
        suspects.has(cellKey(f.sheet, String(f.params.budgetCell)))
      ),
  );
}
