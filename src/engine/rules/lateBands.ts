/**
 * Bands on how late a thing was done: `按时完成得满分，延迟1个月内得一半，超过1个月不得分`. The on-time
 * clause is the band of no delay; the others are bands of the delay, in the time unit they state.
 */
import { TIME_STEP_UNITS } from './lexicon';
import { dateQuantity, isTimeStep } from './dateSteps';
import { bands, level, type BandsRule, type Deduction, type Level } from './ast';
import { resolveBands, type BandSpec } from './bands';
import type { Fact } from './clauses';
import { readCondition } from './conditions';
import type { Token } from './lexer';
import { DAY_UNIT, LATE_WORDS, ON_TIME_CLAUSE_WORDS } from './timeWords';
import { displayValue, unscored, type EvalInput, type Quantity, type Unscored } from './measure';

type Verdict = Extract<Fact, { f: 'award' } | { f: 'zero' }>;

/**
 * `逾期1个月内扣2分`, `延迟3天以内扣1分` (the tokens before 扣, and what it takes off): points off
 * within a delay in time, which late bands read against the on-time clause's points.
 */
export function lateDeduction(before: readonly Token[], deduction: Deduction): Fact | null {
  if (deduction.ofWeight || !before.some((t) => LATE_WORDS.includes(t.text))) return null;
  const cond = readCondition(before, 'award');
  const unit = cond.c === 'bounds' ? (cond.upper ?? cond.lower)?.level.unit : undefined;
  return unit !== undefined && unit !== null && TIME_STEP_UNITS.has(unit)
    ? { f: 'lateDeduct', cond, amount: deduction.amount }
    : null;
}

/**
 * `逾期1个月内扣2分` after `按期完成得5分`: an award of 3 within the delay. Null when the on-time
 * points are not stated (得满分: the weight, which the rule does not know) or the deduction takes
 * them all.
 */
function deducted(facts: readonly Fact[]): Fact[] | null {
  const onTime = facts.find(
    (x): x is Extract<Fact, { f: 'award' }> => x.f === 'award' && x.cond.c === 'label',
  );
  const out: Fact[] = [];
  for (const x of facts) {
    if (x.f !== 'lateDeduct') out.push(x);
    else if (!onTime || onTime.points === null || x.amount >= onTime.points) return null;
    else out.push({ f: 'award', cond: x.cond, points: onTime.points - x.amount });
  }
  return out;
}

/** The rule, or null when the facts are not an on-time clause and bands of a delay in one unit. */
export function lateBands(read: readonly Fact[]): BandsRule | null {
  const facts = deducted(read);
  if (!facts) return null;
  const verdicts = facts.filter((x): x is Verdict => x.f === 'award' || x.f === 'zero');
  if (verdicts.length !== facts.length) return null;
  const onTime = verdicts.filter((x) => {
    const c = x.cond;
    return c.c === 'label' && ON_TIME_CLAUSE_WORDS.some((w) => c.label.includes(w));
  });
  const timed = verdicts.filter((x) => x.cond.c === 'bounds' && !x.cond.upperIsTarget);
  if (onTime.length !== 1 || timed.length === 0 || onTime.length + timed.length !== verdicts.length)
    return null;
  const levels = timed.flatMap((x) =>
    x.cond.c === 'bounds' ? [x.cond.lower?.level, x.cond.upper?.level] : [],
  );
  const units = new Set(levels.flatMap((l) => (l ? [l.unit] : [])));
  const [unit] = units;
  const first = levels.find((l): l is Level => l !== undefined);
  if (units.size !== 1 || !first || !isTimeStep(first)) return null;
  const specs: BandSpec[] = verdicts.map((x) => {
    const points = x.f === 'award' ? x.points : 0;
    const share = x.f === 'award' && x.share !== undefined ? { share: x.share } : {};
    // on time: no delay at all
    if (x.cond.c !== 'bounds')
      return { lower: null, upper: { level: level(0, false, unit), inclusive: true }, points, ...share };
    return { lower: x.cond.lower, upper: x.cond.upper, points, ...share };
  });
  return { ...bands(resolveBands(specs)), measure: 'late' };
}

/**
 * How late the actual date is after the table's deadline, in the bands' unit (0 when on time), as
 * the bands read it (and in days, `late`, for the note); unscored when either is not a date.
 */
export function lateQuantity(input: EvalInput, unit: Level): Quantity | Unscored {
  const q = dateQuantity(input, 'table', unit);
  const days = dateQuantity(input, 'table', level(1, false, DAY_UNIT));
  const params = { actual: displayValue(input.actual), target: displayValue(input.target) };
  if (!q || !days || q.target === null || days.target === null) return unscored('rule.cannotJudge', params);
  const late = Math.max(0, q.actual - q.target);
  const lateDays = Math.max(0, Math.round(days.actual - days.target));
  return { ...q, actual: late, target: 0, params: { ...params, late: lateDays } };
}
