/**
 * 收入总计 ≠ 支出总计 and, for one fund, 年末 ≠ 年初 + 本年收入 − 本年支出, by the same difference: one
 * figure of the fund's balance is wrong and the 总计 of its side followed it. Which one the table
 * cannot tell (年初 or 本年收入 on the 收入 side, 年末 or 本年支出 on the 支出 side: each makes both
 * hold); the other tables can. Each candidate is changed by what would make the balance hold (its
 * figure on the 合计 column or the carry-over line changing with it) and the cross-table identities
 * over it judged again, a figure another identity flagged as typed in the wrong unit read in the
 * right one: a candidate that makes a failing identity hold is borne out, one that breaks a holding
 * one is ruled out. The one candidate borne out (else the one not ruled out) takes the balance's
 * error, and its side's 总计 the 收入总计 = 支出总计 one (hunt60 w6: 年初 5.32 for 5.23 was reported at
 * 年末, 应为 8.70, and at 支出总计, 应为 540.88 — both right, vouched for by the 01表).
 */
import type { MovedTotal } from './balancedTotal';
import { buildCheck, cellName, sameCell, type CheckCell, type CheckRecord } from './rounding';
import { unitPerWan, type BudgetUnit } from './types';

/** A cell's factor when it is suspected of being typed in the wrong unit (×10⁻⁴ for 元 in 万元). */
export type SlipFactors = ReadonlyMap<string, number>;

interface Candidate {
  /** The figure in the balance. */
  readonly cell: CheckCell;
  /** The change that makes the balance hold. */
  readonly delta: number;
  /** Whether it is on the 收入 side (its change flows into 收入总计). */
  readonly income: boolean;
}

/** A change to one cell that would make the balance hold, for the cross-table findings to weigh. */
export interface BalanceFix {
  readonly cell: CheckCell;
  readonly delta: number;
  readonly slack: number;
}

export interface BalanceBlame {
  /** The balance's and the 总计's findings, moved to the figure and its side's 总计. */
  readonly moved: readonly MovedTotal[];
  /** The figure's cells (its 合计 / carry-over line too), each with the change. */
  readonly fixes: readonly BalanceFix[];
}

export function balanceSides(records: readonly CheckRecord[], slips: SlipFactors): BalanceBlame {
  const blame: { moved: MovedTotal[]; fixes: BalanceFix[] } = { moved: [], fixes: [] };
  const failing = (identity: string): CheckRecord[] =>
    records.filter((r) => r.identity === identity && r.scope === 'table' && r.status === 'mismatch');
  const totals = failing('incomeExpense');
  if (totals.length === 0) return blame;
  const balances = failing('fundBalance');
  for (const total of totals) {
    const same = balances.filter(
      (b) =>
        b.target.sheet === total.target.sheet &&
        Math.abs(b.difference - total.difference) <= Math.max(b.tolerance, total.tolerance),
    );
    const balance = same[0];
    if (same.length !== 1 || !balance || balance.parts.length !== 3) continue;
    const chosen = choose(records, candidates(balance), slips);
    if (!chosen) continue;
    blame.moved.push(...moved(records, total, balance, chosen));
    for (const cell of figure(records, chosen.cell))
      blame.fixes.push({ cell, delta: chosen.delta, slack: balance.tolerance });
  }
  return blame;
}

/** 年末 (the target), 年初, 本年收入 (+) and 本年支出 (−), each with the change that balances. */
function candidates(balance: CheckRecord): Candidate[] {
  const d = balance.difference;
  return [
    { cell: balance.target, delta: -d, income: false },
    ...balance.parts.map((cell, i) => {
      const sign = balance.signs[i] ?? 1;
      return { cell, delta: d * sign, income: sign > 0 };
    }),
  ];
}

/** The one candidate the other tables bear out, else the one they do not rule out; else none. */
function choose(
  records: readonly CheckRecord[],
  all: readonly Candidate[],
  slips: SlipFactors,
): Candidate | null {
  const cross = records.filter((r) => r.scope === 'cross');
  const judged = all.map((c) => ({ c, ...judge(cross, figure(records, c.cell), c.delta, slips) }));
  const borne = judged.filter((j) => j.borne && !j.ruled);
  if (borne.length === 1) return borne[0]!.c;
  if (borne.length > 1) return null;
  const free = judged.filter((j) => !j.ruled);
  return free.length === 1 ? free[0]!.c : null;
}

/**
 * The cells that carry the same figure as `cell`: a holding sum of one part (年初财政拨款结转和结余 =
 * its 一般公共预算 line alone; 合计 = 一般公共预算 with no other fund), followed both ways.
 */
function figure(records: readonly CheckRecord[], cell: CheckCell): CheckCell[] {
  const out = [cell];
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    for (const r of records) {
      if (r.scope !== 'table' || r.status !== 'ok' || r.relation !== 'eq') continue;
      const given = r.parts.filter((p) => p.value !== null && p.value !== 0 && p.virtual !== true);
      if (given.length !== 1 || r.signs.some((s) => s !== 1)) continue;
      const pair = [r.target, given[0]!];
      if (!pair.some((p) => sameCell(p, c))) continue;
      for (const p of pair) if (!out.some((o) => sameCell(o, p))) out.push(p);
    }
  }
  return out;
}

/** Whether the change borne by `cells` makes a failing cross-table identity hold, or a holding one fail. */
function judge(
  cross: readonly CheckRecord[],
  cells: readonly CheckCell[],
  delta: number,
  slips: SlipFactors,
): { borne: boolean; ruled: boolean } {
  let borne = false;
  let ruled = false;
  const moves = (c: CheckCell): boolean => cells.some((m) => sameCell(m, c));
  for (const q of cross) {
    if (![q.target, ...q.parts].some(moves)) continue;
    const slipShift = (c: CheckCell): number => {
      const f = slips.get(cellName(c));
      return f === undefined || c.value === null ? 0 : c.value * f - c.value;
    };
    const before = holds(q, shifted(q, slipShift));
    const after = holds(
      q,
      shifted(q, (c) => slipShift(c) + (moves(c) ? delta : 0)),
    );
    if (!before && after) borne = true;
    if (before && !after) ruled = true;
  }
  return { borne, ruled };
}

/** `q`'s difference once each of its cells is shifted (in its own unit) by `shift`. */
function shifted(q: CheckRecord, shift: (c: CheckCell) => number): number {
  const to = q.target.unit;
  let d = q.difference + inUnit(shift(q.target), q.target.unit, to);
  q.parts.forEach((p, i) => {
    d -= (q.signs[i] ?? 1) * inUnit(shift(p), p.unit, to);
  });
  return d;
}

function holds(q: CheckRecord, difference: number): boolean {
  const slack = q.tolerance * (1 + 1e-9);
  return q.relation === 'ge' ? difference >= -slack : Math.abs(difference) <= slack;
}

function inUnit(value: number, from: BudgetUnit, to: BudgetUnit): number {
  return from === to ? value : (value / unitPerWan(from)) * unitPerWan(to);
}

/**
 * The balance worked out for the chosen figure (none when it is the 年末 the balance is judged at),
 * and 收入总计 = 支出总计 judged at 收入总计 when the figure is on the 收入 side.
 */
function moved(
  records: readonly CheckRecord[],
  total: CheckRecord,
  balance: CheckRecord,
  chosen: Candidate,
): MovedTotal[] {
  const out: MovedTotal[] = [];
  if (chosen.cell !== balance.target) {
    const record = turned(
      balance,
      chosen.cell,
      'balanceSide',
      columnAt(records, chosen.cell, balance.column),
    );
    if (record && record.status === 'mismatch') out.push({ from: cellName(balance.target), record });
  }
  const income = total.parts[0];
  if (chosen.income && income && total.parts.length === 1) {
    const record = buildCheck({
      identity: 'incomeExpense',
      scope: 'table',
      target: income,
      parts: [total.target],
      name: total.name,
      code: total.code,
      column: columnAt(records, income, total.column),
    });
    if (record && record.status === 'mismatch') out.push({ from: cellName(total.target), record });
  }
  return out;
}

/** The caption of a cell's column (决算数), as the identities judged in it name it. */
function columnAt(records: readonly CheckRecord[], cell: CheckCell, fallback: string): string {
  return (
    records.find((r) => r.scope === 'table' && r.target.sheet === cell.sheet && r.target.col === cell.col)
      ?.column ?? fallback
  );
}

/** `r` turned round to work out `part` (with its sign) from the target and the other parts. */
function turned(r: CheckRecord, part: CheckCell, identity: string, column: string): CheckRecord | null {
  const at = r.parts.indexOf(part);
  const sign = r.signs[at] ?? 1;
  const others = r.parts.flatMap((p, i) => (i === at ? [] : [{ p, s: r.signs[i] ?? 1 }]));
  // part = sign × (target − Σ others × their signs)
  return buildCheck({
    identity,
    scope: 'table',
    target: part,
    parts: [r.target, ...others.map((o) => o.p)],
    signs: [sign, ...others.map((o) => -o.s * sign)],
    name: part.label ?? r.name,
    code: null,
    column,
  });
}
