/**
 * Rules that scale with the actual: proportional (`按完成比例计分`), pass line + linear
 * (`低于60%不得分，60%-100%之间按比例得分`) and bands (`≥90%得10分，80%(含)-90%得6分…`).
 */
import {
  awardOf,
  type Band,
  type BandsRule,
  type Level,
  type LinearRule,
  type ProportionalRule,
  lowestLevel,
} from './ast';
import { formatNumber, snap, withParams } from './explain';
import { directionFrom, displayLevel, quantity, unscored, type EvalInput } from './measure';
import { completionOfTarget, withBasis } from './completionBands';
import { judgeAgainstTable } from './judge';
import { lateQuantity } from './lateBands';
import { scored, unscoredEval, type Evaluation } from './scored';

export function evaluateProportional(rule: ProportionalRule, input: EvalInput): Evaluation {
  const full = rule.points ?? input.weight;
  // a date against the table's deadline: done in time is full points; a ratio of dates says nothing
  if (input.actual?.kind === 'date' && rule.target === 'table') {
    const j = judgeAgainstTable(input, null);
    if (!j.ok) return unscoredEval(j.explanation);
    if (j.verdict === 'met') return scored('rule.passFail.met', j.params, full, input.weight);
    return unscoredEval({ key: 'rule.proportional.lateDate', params: j.params });
  }
  const q = quantity(input, rule.target, null, rule.measure);
  if (!q.ok) return unscoredEval(q.explanation);
  if (q.kind === 'verdict') {
    if (q.verdict === 'met')
      return scored('rule.verdict', withParams(q.params, { verdict: 'met' }), full, input.weight);
    return unscoredEval(unscored('rule.cannotJudge', q.params).explanation);
  }
  if (q.target === null) return unscoredEval(unscored('rule.needsTarget', q.params).explanation);
  // a ratio to a target of 0 says nothing
  if (q.target === 0) return unscoredEval(unscored('rule.cannotJudge', q.params).explanation);
  const dir = directionFrom(rule.direction, input);
  const m = Math.max(0, q.actual);
  const t = q.target;
  let ratio: number;
  if (dir === '>=') ratio = t <= 0 || snap(m - t) >= 0 ? 1 : m / t;
  else if (snap(m - t) <= 0) ratio = 1;
  else ratio = rule.deducted ? Math.max(0, 1 - (m - t) / t) : t / m;
  const pass = rule.fullFrom;
  if (
    pass &&
    dir === '>=' &&
    ratio < 1 &&
    (pass.inclusive ? snap(m - pass.level.value) >= 0 : m > pass.level.value)
  ) {
    const line = `${pass.inclusive ? '≥' : '>'}${displayLevel(pass.level)}`;
    return scored('rule.proportional.met', withParams(q.params, { target: line, full }), full, input.weight);
  }
  const params = withParams(q.params, { direction: dir, ratio: formatNumber(ratio * 100), full });
  if (ratio >= 1) return scored('rule.proportional.met', params, full, input.weight);
  return scored('rule.proportional', params, full * ratio, input.weight);
}

export function evaluateLinear(rule: LinearRule, input: EvalInput): Evaluation {
  const full = rule.points ?? input.weight;
  const q = quantity(input, rule.ceiling, rule.floor.percent);
  if (!q.ok) return unscoredEval(q.explanation);
  if (q.kind === 'verdict') {
    if (q.verdict === 'met')
      return scored('rule.verdict', withParams(q.params, { verdict: 'met' }), full, input.weight);
    return unscoredEval(unscored('rule.cannotJudge', q.params).explanation);
  }
  if (q.target === null) return unscoredEval(unscored('rule.needsTarget', q.params).explanation);
  const f = rule.floor.value;
  const c = q.target;
  // 按比例 inside the range reads as the settings say; 线性 is always from the floor
  const scale = rule.scale === 'ratio' ? (input.rangeProportion ?? 'ratio') : rule.scale;
  const params = withParams(q.params, { floor: displayLevel(rule.floor), scale, full });
  if (snap(q.actual - f) < 0) return scored('rule.linear.belowFloor', params, 0, input.weight);
  if (snap(q.actual - c) >= 0) return scored('rule.linear.met', params, full, input.weight);
  if (scale === 'manual') return unscoredEval({ key: 'rule.linear.manual', params });
  const ratio = scale === 'ratio' ? q.actual / c : c > f ? (q.actual - f) / (c - f) : 1;
  return scored(
    'rule.linear',
    withParams(params, { ratio: formatNumber(ratio * 100) }),
    full * ratio,
    input.weight,
  );
}

function inBand(b: Band, m: number): boolean {
  const lo = b.lower;
  const hi = b.upper;
  if (!lo && !hi) return false;
  const aboveLo = !lo || (lo.inclusive ? snap(m - lo.level.value) >= 0 : snap(m - lo.level.value) > 0);
  const belowHi = !hi || (hi.inclusive ? snap(m - hi.level.value) <= 0 : snap(m - hi.level.value) < 0);
  return aboveLo && belowHi;
}

/** Of overlapping bands (完成60%得2分，完成80%得3分), the narrower one: highest lower, then lowest upper. */
function narrower(a: Band, b: Band): Band {
  const lo = (x: Band) => x.lower?.level.value ?? -Infinity;
  const hi = (x: Band) => x.upper?.level.value ?? Infinity;
  if (lo(b) !== lo(a)) return lo(b) > lo(a) ? b : a;
  return hi(b) < hi(a) ? b : a;
}

/**
 * The band for `m`: the one containing it, else 其他, else the top band when `m` is above the scale;
 * 'below' when it is under the lowest band (no band awards it anything).
 */
function pickBand(bands: readonly Band[], m: number): Band | 'below' | null {
  const hits = bands.filter((b) => inBand(b, m));
  const hit =
    (hits.length > 0 ? hits.reduce(narrower) : undefined) ?? bands.find((b) => !b.lower && !b.upper);
  if (hit) return hit;
  const bounded = bands.filter((b) => b.lower || b.upper);
  const uppers = bounded.map((b) => b.upper?.level.value ?? Infinity);
  const lowers = bounded.map((b) => b.lower?.level.value ?? -Infinity);
  const top = Math.max(...uppers);
  const bottom = Math.min(...lowers);
  if (m >= top) return bounded[uppers.indexOf(top)] ?? null;
  if (m <= bottom) return 'below';
  return null;
}

function firstLevel(rule: BandsRule): Level | null {
  for (const b of rule.bands) {
    const l = b.lower?.level ?? b.upper?.level;
    if (l) return l;
  }
  return null;
}

export function evaluateBands(rule: BandsRule, input: EvalInput): Evaluation {
  const completion = completionOfTarget(rule, input);
  if (completion) return withBasis(evaluateBands(rule, completion.input), completion.basis);
  const scale = firstLevel(rule);
  if (!scale) return unscoredEval(unscored('rule.cannotJudge', {}).explanation);
  const q =
    rule.measure === 'late'
      ? lateQuantity(input, scale)
      : quantity(input, scale, scale.percent, rule.measure);
  if (!q.ok) return unscoredEval(q.explanation);
  if (q.kind === 'verdict' && !q.none)
    return unscoredEval(unscored('rule.cannotJudge', q.params).explanation);
  // 未发生 against ≤0得满分 bands: a count of zero
  const m = q.kind === 'verdict' ? 0 : q.actual;
  const b = pickBand(rule.bands, m);
  if (!b) return unscoredEval(unscored('rule.band.none', q.params).explanation);
  if (b === 'below') {
    const bottom = lowestLevel(rule);
    const params = withParams(q.params, { lower: bottom ? displayLevel(bottom) : null });
    const s = rule.below;
    if (s?.kind === 'proportional')
      return unscoredEval(unscored('rule.band.proportionalBelow', params).explanation);
    if (s?.kind === 'formula') {
      const raw = (Math.max(0, m) / 100) * s.points;
      return scored('rule.band.formulaBelow', withParams(params, { points: s.points }), raw, input.weight);
    }
    if (s) {
      const below = {
        step: s.step.percent ? formatNumber(s.step.value) : displayLevel(s.step),
        stepUnit: s.step.percent ? 'pp' : null,
        perStep: formatNumber(s.deduction.ofWeight ? s.deduction.amount * input.weight : s.deduction.amount),
      };
      return unscoredEval(unscored('rule.band.stepsBelow', withParams(params, below)).explanation);
    }
    return scored('rule.band.below', params, 0, input.weight);
  }
  // on time: the target met; late: how many days, then the band of the delay
  if (rule.measure === 'late' && m === 0)
    return scored('rule.passFail.met', q.params, awardOf(b, input.weight), input.weight);
  const params = {
    actual: q.params.actual ?? null,
    basis: q.params.basis ?? null,
    ...(q.params.change ? { change: q.params.change, changeOf: q.params.changeOf ?? null } : {}),
    ...(rule.measure === 'late' ? { late: q.params.late ?? null, target: q.params.target ?? null } : {}),
    lower: b.lower ? displayLevel(b.lower.level) : null,
    lowerIncl: b.lower ? Number(b.lower.inclusive) : null,
    upper: b.upper ? displayLevel(b.upper.level) : null,
    upperIncl: b.upper ? Number(b.upper.inclusive) : null,
  };
  return scored('rule.band', params, awardOf(b, input.weight), input.weight);
}
