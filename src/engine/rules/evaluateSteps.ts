/**
 * Step deductions: `每低5个百分点扣1分` (below a target), `每超支1万元扣0.5分` (above a limit) and
 * `每发生1起扣5分` (per occurrence). Whole steps by default, decimal-safe.
 */
import type { NormalizedValue } from '../grid/value';
import type { Level, OccurrenceRule, StepRule } from './ast';
import type { StepMode } from '../settings';
import { dateQuantity, isTimeStep } from './dateSteps';
import { gapQuantity, lateClauseCount } from './gapWords';
import { LATE_ITEM_RULE } from './timeWords';
import { periodsMissed } from './periodCounts';
import { zeroingClause } from './zeroingClauses';
import { TIME_STEP_UNITS } from './lexicon';
import { ALL_DONE_PREFIXES } from './actualWords';
import { formatNumber, snap, withParams, type ExplanationKey, type Params } from './explain';
import {
  shownAmount,
  displayLevel,
  faultCount,
  statesFault,
  displayValue,
  presentActual,
  quantity,
  unscored,
  verdictOf,
  type EvalInput,
  type Quantity,
} from './measure';
import {
  allWithinTarget,
  endsAffirmed,
  sameText,
  isPresenceText,
  statesAbsence,
  isNoneText,
} from './verdictWords';
import { COUNT_SPELLINGS, MISSING_ITEM_RULE, WORKED_OUT_SUFFIX } from './sentenceWords';
import { incidentCount, missedCount, missesOf } from './incidentClause';
import { namedMissing, namedShortfall } from './namedItems';
import { foundLessDone, unfinishedCount } from './leftUndone';
import { scored, type Evaluation } from './scored';
import { judgeParts } from './targetParts';
import { daysAgainstLimit } from './dayLimit';
import { evaluateOccurrenceKinds } from './evaluateKinds';
import { COUNT_UNITS, MEASURE_UNITS } from './units';

/** Steps in `gap / size`: whole (floor), partial (ceil), or the exact ratio. */
export function countSteps(ratio: number, mode: StepMode): number {
  const r = snap(ratio);
  if (mode === 'whole') return Math.floor(r);
  if (mode === 'partial') return Math.ceil(r);
  return r;
}

function deductionParams(
  rule: StepRule | OccurrenceRule,
  steps: number,
  weight: number,
): { perStep: number; deducted: number; params: Params } {
  const perStep = rule.deduction.ofWeight ? rule.deduction.amount * weight : rule.deduction.amount;
  const uncapped = steps * perStep;
  const deducted = rule.maxDeduction === null ? uncapped : Math.min(uncapped, rule.maxDeduction);
  return {
    perStep,
    deducted,
    params: {
      perStep: formatNumber(perStep),
      share: rule.deduction.ofWeight ? formatNumber(rule.deduction.amount * 100) : null,
      steps: formatNumber(steps),
      deducted: formatNumber(deducted),
      maxDeduction: rule.maxDeduction,
    },
  };
}

export function evaluateStep(rule: StepRule, input: EvalInput): Evaluation {
  const full = rule.points ?? input.weight;
  const mode = rule.stepMode ?? input.stepMode;
  // `完成率100%得15分，每少完成1项扣3分`: all of the table's target (20项), stepped in its items
  const whole = rule.target !== 'table' && rule.target.percent && rule.target.value === 100;
  const target = whole && !rule.step.percent && rule.step.unit !== null ? 'table' : rule.target;
  // a gap in words (迟报3天), a date against a deadline, else the two quantities
  const worded = gapQuantity(input, rule.step, rule.direction) ?? missedQuantity(input, rule);
  const dated = worded ? null : dateQuantity(input, target, rule.step);
  const q = worded ?? dated ?? quantity(input, target, rule.step.percent, rule.measure);
  if (!q.ok) return { score: null, explanation: q.explanation };
  if (q.kind === 'verdict') {
    if (q.verdict === 'met')
      return scored('rule.verdict', withParams(q.params, { verdict: 'met' }), full, input.weight);
    return { score: null, explanation: unscored('rule.cannotJudge', q.params).explanation };
  }
  if (q.target === null)
    return { score: null, explanation: unscored('rule.needsTarget', q.params).explanation };
  const below = rule.direction === '>=';
  const zb = rule.zeroBeyond;
  // `逾期超过3个月不得分`: a date's delay past its deadline, not the date itself, is past 3 months
  const beyond = dated !== null && q === dated ? q.actual - q.target : q.actual;
  if (zb && zb.percent === q.percent && (below ? snap(beyond - zb.value) < 0 : snap(beyond - zb.value) > 0)) {
    return scored(
      'rule.step.zeroBeyond',
      withParams(q.params, { limit: displayLevel(zb), direction: below ? 'below' : 'above' }),
      0,
      input.weight,
    );
  }
  const gap = snap(below ? q.target - q.actual : q.actual - q.target);
  // a date past its deadline, or a delay in words (推迟15天完成), is late, not above a limit
  const late = !below && ((dated !== null && q === dated) || (worded !== null && isTimeStep(rule.step)));
  const base = withParams(q.params, { mode, direction: late ? 'late' : below ? 'below' : 'above' });
  if (gap <= 0) return scored('rule.step.met', base, full, input.weight);
  const steps = countSteps(gap / rule.step.value, mode);
  const d = deductionParams(rule, steps, input.weight);
  // 每低20盏 written without its unit takes the target's; 元 from 1万 on reads 万元
  const t = input.target;
  const unit = rule.step.unit ?? (t?.kind === 'number' && !t.percent ? (t.unit ?? '') : '');
  const [gapShown, gapUnit] = rule.step.percent
    ? [formatNumber(gap), 'pp']
    : shownAmount(gap, unit, rule.step.value);
  const params = withParams(base, d.params, {
    gap: gapShown,
    gapUnit,
    step: shownAmount(rule.step.value, unit, rule.step.value)[0],
  });
  return scored('rule.step', params, full - d.deducted, input.weight);
}

/**
 * `11月组织全体供养对象体检1次，3名住院人员未参检` under `全员体检得5分，每少1人扣0.5分` against `每年不少于1次`:
 * the rule steps in what it counts (人), which neither its level nor the table's target does (次), and
 * one clause counts so many of it missed out: that is the shortfall (3 steps).
 */
function missedQuantity(input: EvalInput, rule: StepRule): Quantity | null {
  const [a, unit] = [input.actual, rule.step.unit];
  if (rule.direction !== '>=' || unit === null || !COUNT_UNITS.has(unit)) return null;
  if (a?.kind !== 'text' && a?.kind !== 'number') return null;
  const spellings = COUNT_SPELLINGS[unit] ?? [unit];
  const t = input.target;
  const levels = [rule.target === 'table' ? null : rule.target, t?.kind === 'number' ? t : null];
  if (levels.some((l) => l !== null && spellings.includes(l.unit ?? ''))) return null;
  const missed = missedCount(a.text, unit);
  if (missed === null) return null;
  const params = { actual: displayValue(a), target: displayValue(t), basis: null };
  return { ok: true, kind: 'quantity', actual: -missed, target: 0, percent: false, viaRate: false, params };
}

/** How many occurrences the actual reports, or why it cannot say. */
function countOf(
  rule: OccurrenceRule,
  input: EvalInput,
): { count: number; rate?: Level } | { key: ExplanationKey } {
  const a = presentActual(input);
  if ('ok' in a) return { key: a.explanation.key as ExplanationKey };
  // `全年12个月中10个月达到Ⅳ类` under `每有1个月未达标扣1分`: the months that missed
  if (TIME_STEP_UNITS.has(rule.unit) && (a.kind === 'text' || a.kind === 'number')) {
    const missed = periodsMissed(a.text, rule.unit);
    if (missed !== null) return { count: missed };
  }
  // 全部在60日内办结 against 60日内办结: none overdue, unless a remark names a fault
  const remark = input.target ? allWithinTarget(a.text, input.target.text) : null;
  if (remark !== null && !statesFault(remark) && !countsAny(remark)) return { count: 0 };
  // `发现问题7个，已整改6个，剩余1个正在整改` under `每有1个问题未整改到位扣0.5分`: the one left, or 7 − 6
  // (also when a rate was worked out from those counts)
  if ((a.kind === 'text' || a.kind === 'number') && rule.event !== 'incident') {
    const sentence = a.text.replace(WORKED_OUT_SUFFIX, '');
    const left = foundLessDone(sentence) ?? unfinishedCount(sentence);
    if (left !== null) return { count: left };
  }
  // `6月底42.6%，9月底76.1%` against `6月底≥45%，9月底≥75%` under `每有1个时点未达到扣0.5分`: the parts missed
  const asked = input.target;
  const parts =
    a.kind === 'text' && asked?.kind === 'text' && rule.event !== 'incident'
      ? judgeParts(a.text, asked.text)
      : null;
  if (parts) return { count: parts.missed.length };
  // `均在收到资金后25日内拨付到位` against `30日内拨付` under `每延迟拨付1次扣0.5分`: none late
  if ((a.kind === 'text' || a.kind === 'number') && daysAgainstLimit(a.text, asked) === 'met')
    return { count: 0 };
  if (a.kind === 'text') {
    if (isNoneText(a.text)) return { count: 0 };
    // a sentence with counts: its clauses decide (`开展演练3次，桌面推演2次` is no count of misses,
    // `未发生储粮安全事故；发生1起一般性虫害` no plain none)
    // `发现问题未整改的，每个扣3分`: what is left undone, not what was found
    // `完成城关库、东城库维修，西河库维修未启动`: the named items short of the target's count
    const short = rule.event === 'unfinished' ? namedShortfall(a.text, countTarget(input)) : undefined;
    if (short !== undefined) return short === null ? { key: 'rule.cannotJudge' } : { count: short };
    // `…，资产处置管理制度未建立` under `每缺1项扣0.5分`: the items named as not made
    const missing = MISSING_ITEM_RULE.test(input.ruleText ?? '') ? namedMissing(a.text) : undefined;
    if (missing !== undefined) return { count: missing };
    // `预算按时公开；决算公开晚于规定时限5天` under `每有一项未按时公开扣1.5分`: the late clauses
    const late = LATE_ITEM_RULE.test(input.ruleText ?? '') ? lateClauseCount(a.text) : null;
    if (late !== null) return { count: late };
    const told = incidentCount(a.text, rule.unit, input.ruleText);
    if (told !== undefined) return told === null ? { key: 'rule.cannotJudge' } : { count: told };
    if (statesAbsence(a.text) || saysNoneWent(a, input)) return { count: 0 };
    const faults = faultCount(a.text);
    return faults === null ? { key: 'rule.cannotJudge' } : { count: faults };
  }
  if (a.kind !== 'number') return { key: 'rule.cannotJudge' };
  // a rate against the rule's rate of full points, or else the table's target rate (准确率 100%)
  if (a.percent) {
    const byRate = rateCount(rule.fullAt ?? percentTarget(input), a.value);
    // a rate read from a sentence (`全年发放准确率99.97%，错发3人次`) or worked out from its counts
    // (`排查14项，整改销号13项，1项正在整改 = 92.86%`): its clauses may still say how many missed
    if (!('key' in byRate)) return byRate;
    const told = incidentCount(a.text.replace(WORKED_OUT_SUFFIX, ''), rule.unit, input.ruleText);
    if (typeof told === 'number') return { count: told };
    // (`应报1,248份，按时报送1,245份 = 99.7596%` under `报送率100%…每迟报1份扣1分`: 3 of all short)
    const missed = (rule.fullAt ?? percentTarget(input))?.value === 100 ? missesOf(a.text, a.value) : null;
    return missed === null ? byRate : { count: missed };
  }
  // 平均办结42日: a span of time, money or size is no count of occurrences
  if (MEASURE_UNITS.some((u) => a.unit?.startsWith(u))) return { key: 'rule.cannotJudge' };
  // `全年抽检48批次，全部合格` under `每发现1批次不合格扣2分`: the batches checked, all of them passing
  if (allPassAsked(a.text, input.ruleText ?? '')) return { count: 0 };
  // 2项未完成, 缺5项: the number counts the faults themselves — when its clause says so
  // (`在册326人，全部纳入列管` counts people, `被申请复议1件，无败诉案件` a review)
  if (rule.event !== 'unfinished' || statesFault(a.text)) {
    // (the count worked out from the sentence is shown after it: `… = 1起`, not a clause of it)
    const n = incidentCount(a.text.replace(WORKED_OUT_SUFFIX, ''), rule.unit, input.ruleText);
    if (n === null) return { key: 'rule.cannotJudge' };
    return { count: Math.max(0, n ?? a.value) };
  }
  // 有1项没完成: the shortfall against a counted target (5项 planned, 4项 done → 1).
  const t = input.target;
  if (t?.kind === 'number' && !t.percent) return { count: Math.max(0, snap(t.value - a.value)) };
  return { key: 'rule.cannotJudge' };
}

/** The table's target as a count (`完成3个库点维修` is 3), when it is one. */
function countTarget(input: EvalInput): number | null {
  const t = input.target;
  return t?.kind === 'number' && !t.percent ? t.value : null;
}

/** The table's target as a level, when it is a rate (`100%`). */
function percentTarget(input: EvalInput): Level | undefined {
  const t = input.target;
  return t?.kind === 'number' && t.percent ? { value: t.value, percent: true, unit: null } : undefined;
}

/** `超期2件`: a number of something counted (not `平均42日`). */
function countsAny(text: string): boolean {
  return [...text.matchAll(/\d(?:\.\d+)?(\D{1,2})/gu)].some((m) =>
    [...COUNT_UNITS].some((u) => m[1]!.startsWith(u)),
  );
}

/**
 * An actual written as a rate under `办结率100%得满分，每有1件未办结扣1分`: reaching the rule's rate is
 * no occurrence; short of it, the rate does not say how many (nor does any rate without one).
 */
function rateCount(
  at: Level | undefined,
  value: number,
): { count: 0; rate: Level } | { key: ExplanationKey } {
  if (!at) return { key: 'rule.unitMismatch' };
  const reached = at.value === 0 ? snap(value) === 0 : snap(value - at.value) >= 0;
  return reached ? { count: 0, rate: at } : { key: 'rule.occurrence.rateShort' };
}

export function evaluateOccurrence(rule: OccurrenceRule, input: EvalInput): Evaluation {
  const full = rule.points ?? input.weight;
  const mode = rule.stepMode ?? input.stepMode;
  const shown = { actual: displayValue(input.actual), target: displayValue(input.target) };
  // `发生较大突发环境事件1起` under `…，发生较大及以上事件不得分`: the kind the rule zeroes the row for
  const zeroing = input.actual?.kind === 'text' || input.actual?.kind === 'number' ? input.actual.text : '';
  const kind = zeroing === '' ? null : zeroingClause(zeroing, input.ruleText ?? '');
  if (kind !== null)
    return scored('rule.occurrence.zeroKind', withParams(shown, { clause: kind }), 0, input.weight);
  if (rule.kinds) {
    const a = input.actual;
    const none = a?.kind === 'text' && saysNoneWent(a, input);
    return evaluateOccurrenceKinds(rule, rule.kinds, input, shown, full, none);
  }
  const c = countOf(rule, input);
  if ('key' in c) {
    const level = rule.fullAt ?? percentTarget(input);
    const at: Params = level ? { level: displayLevel(level), unit: rule.unit } : {};
    return { score: null, explanation: unscored(c.key, withParams(shown, at)).explanation };
  }
  const base = withParams(shown, {
    count: formatNumber(c.count),
    per: rule.per,
    unit: rule.unit,
    // what was left undone reads as unfinished in the explanation
    event: rule.event === 'leftUndone' ? 'unfinished' : rule.event,
    mode,
  });
  if (c.count === 0)
    return c.rate
      ? scored(
          'rule.occurrence.rateMet',
          withParams(base, { level: displayLevel(c.rate) }),
          full,
          input.weight,
        )
      : scored('rule.occurrence.none', base, full, input.weight);
  if (rule.zeroFrom !== null && snap(c.count - rule.zeroFrom) >= 0)
    return scored('rule.occurrence.zeroFrom', withParams(base, { zeroFrom: rule.zeroFrom }), 0, input.weight);
  // `控制在2起以内…超过的，每多发生1起扣3分`: only the occurrences beyond the allowance are deducted
  const allowed = rule.allowance ?? 0;
  const beyond = Math.max(0, snap(c.count - allowed));
  const withAllowance =
    allowed > 0 ? withParams(base, { allowance: allowed, beyond: formatNumber(beyond) }) : base;
  if (beyond === 0) return scored('rule.occurrence.allowed', withAllowance, full, input.weight);
  const steps = countSteps(beyond / rule.per, mode);
  const d = deductionParams(rule, steps, input.weight);
  const key = allowed > 0 ? 'rule.occurrence.beyond' : 'rule.occurrence';
  return scored(key, withParams(withAllowance, d.params), full - d.deducted, input.weight);
}

/**
 * An actual saying nothing went wrong without a count: 合格, 按时 (not 有, which says it happened),
 * or the target's own words (账实相符 against 账实相符 or 相符) naming no fault.
 */
function saysNoneWent(a: Extract<NormalizedValue, { kind: 'text' }>, input: EvalInput): boolean {
  if (verdictOf(a) === 'met' && !isPresenceText(a.text)) return true;
  const t = input.target;
  const affirmed = t?.kind === 'text' && (sameText(a.text, t.text) || endsAffirmed(a.text, t.text));
  return affirmed && !statesFault(a.text);
}

/**
 * A clause saying all passed the rule's own word (`全部合格`, `均合格`) where the rule deducts for its
 * negation (`每发现1批次不合格扣2分`; hunt109: the 48 batches checked were read as 48 failing), and no
 * clause naming a fault.
 */
function allPassAsked(text: string, ruleText: string): boolean {
  const negated = /[不未]([\u4e00-\u9fff]{2})/u.exec(ruleText)?.[1];
  if (!negated) return false;
  const clauses = text.split(/[，,；;。]/u);
  const passed = clauses.some((c) => ALL_DONE_PREFIXES.some((w) => c.trim() === `${w}${negated}`));
  return passed && !clauses.some((c) => statesFault(c));
}
