/** English words for the rule evaluator's explanations (one line each). */
import type { ExplanationKey, Params } from '../engine/rules/explain';
import { formatParam as s } from './format';

const MODE: Readonly<Record<string, string>> = {
  whole: 'whole steps; a partial step is not deducted',
  partial: 'a partial step counts as a whole step',
  proportional: 'proportional steps',
};
const VERDICT: Readonly<Record<string, string>> = { met: 'met', partial: 'partly met', notMet: 'not met' };

const mode = (p: Params): string => ` (${MODE[s(p.mode)] ?? s(p.mode)})`;
const cap = (p: Params): string =>
  p.capped === null || p.capped === undefined ? '' : ` (capped at the weight of ${s(p.capped)})`;
const CHANGE_OF: Readonly<Record<string, string>> = { fall: 'a fall of', growth: 'a growth of' };
/** A span of days read by its last day (`10月中旬` as the 20th): the cautious reading of a deadline. */
const lastDay = (p: Params): string =>
  p.lastDay ? ` (taken as the span's last day, ${s(p.lastDay)}; any day in it scores the same)` : '';
const actual = (p: Params): string =>
  `actual ${s(p.actual)}${p.basis ? ` (${s(p.basis)})` : ''}${lastDay(p)}` +
  (p.change ? ` (${CHANGE_OF[s(p.changeOf)] ?? ''} ${s(p.change)})` : '');
/** Units of time a deadline is missed by; other units are the table's own words. */
const TIME_UNITS: Readonly<Record<string, string>> = {
  天: 'day',
  周: 'week',
  个月: 'month',
  个季度: 'quarter',
  工作日: 'working day',
  pp: 'percentage point',
};
const amount = (v: Params[string] | undefined, unit: Params[string] | undefined): string => {
  const word = TIME_UNITS[s(unit)];
  if (!word) return `${s(v)} ${s(unit)}`.trimEnd();
  return `${s(v)} ${word}${v === '1' || v === 1 ? '' : 's'}`;
};
/** `1 pt`, `2.5 pts`. */
const pts = (v: Params[string] | undefined): string => `${s(v)} ${s(v) === '1' ? 'pt' : 'pts'}`;
const perStep = (p: Params): string =>
  p.share !== null && p.share !== undefined
    ? `${s(p.share)}% of the weight (${pts(p.perStep)})`
    : pts(p.perStep);
const maxDed = (p: Params): string =>
  p.maxDeduction === null || p.maxDeduction === undefined ? '' : ` (at most ${pts(p.maxDeduction)})`;
const band = (p: Params): string => {
  const lo = p.lower === null ? '' : `${s(p.lower)} (${p.lowerIncl === 1 ? 'incl.' : 'excl.'})`;
  const hi = p.upper === null ? '' : `${s(p.upper)} (${p.upperIncl === 1 ? 'incl.' : 'excl.'})`;
  if (lo && hi) return `is in the band ${lo} – ${hi}`;
  if (lo) return `is in the band from ${lo}`;
  if (hi) return `is in the band up to ${hi}`;
  return 'falls in the "other" band';
};
const tenth = ' (default scoring of Caiyu [2020] No. 10)';

const STEP_GAP: Readonly<Record<string, string>> = {
  below: 'below the target',
  above: 'above the limit',
  late: 'later than the deadline',
};
const STEP_MET: Readonly<Record<string, string>> = {
  below: 'meets the target',
  above: 'is within the limit',
  late: 'is not later than the deadline',
};

export const explanations: Record<ExplanationKey, (p: Params) => string> = {
  'rule.needsActual': () => 'No actual value: cannot score',
  'rule.needsTarget': (p) => `${actual(p)}, but no comparable target: cannot score`,
  'rule.needsWeight': () => 'No valid weight: cannot score',
  'rule.actualError': (p) => `The actual value is the error ${s(p.actual)}: cannot score`,
  'rule.unitMismatch': (p) =>
    `Actual ${s(p.actual)} and target ${s(p.target)} are in different units: score by hand`,
  'rule.cannotJudge': (p) =>
    `Cannot tell whether actual "${s(p.actual)}" meets target "${s(p.target)}": score by hand`,
  'rule.dateSpan': (p) =>
    `Actual "${s(p.actual)}" is some day from ${s(p.from)} to ${s(p.to)}, and the score depends on which (target "${s(p.target)}"): score by hand`,
  'rule.verdict': (p) =>
    `Actual "${s(p.actual)}": ${VERDICT[s(p.verdict)] ?? s(p.verdict)}, ${pts(p.score)}${cap(p)}`,
  'rule.passFail.met': (p) => `${actual(p)} meets the target ${s(p.target)}: ${pts(p.score)}${cap(p)}`,
  'rule.passFail.notMet': (p) => `${actual(p)} misses the target ${s(p.target)}: ${pts(p.score)}`,
  'rule.passFail.manual': (p) =>
    `${actual(p)} misses the target ${s(p.target)}; the rule leaves the deduction to judgement: score it by hand`,
  'rule.step.met': (p) =>
    `${actual(p)} ${STEP_MET[s(p.direction)] ?? 'meets the target'} ${s(p.target)}: no deduction, ${pts(p.score)}${cap(p)}`,
  'rule.step': (p) => {
    const gap = STEP_GAP[s(p.direction)] ?? 'below the target';
    return (
      `${actual(p)} is ${amount(p.gap, p.gapUnit)} ${gap} ${s(p.target)}; ` +
      `${perStep(p)} off per ${amount(p.step, p.gapUnit)}, ${pts(p.deducted)} deducted${maxDed(p)}: ${pts(p.score)}${cap(p)}${mode(p)}`
    );
  },
  'rule.step.zeroBeyond': (p) =>
    `${actual(p)} is ${p.direction === 'above' ? 'above' : 'below'} ${s(p.limit)}: 0 pts`,
  'rule.occurrence.none': (p) =>
    `No ${p.event === 'unfinished' ? 'unfinished items' : 'occurrences'}: no deduction, ${pts(p.score)}${cap(p)}`,
  'rule.occurrence': (p) =>
    `${s(p.count)} ${s(p.unit)} ${p.event === 'unfinished' ? 'unfinished' : 'occurred'}; ${perStep(p)} off per ${s(p.per)} ${s(p.unit)}, ` +
    `${pts(p.deducted)} deducted${maxDed(p)}: ${pts(p.score)}${cap(p)}${mode(p)}`,
  'rule.occurrence.zeroFrom': (p) =>
    `${s(p.count)} ${s(p.unit)} ${p.event === 'unfinished' ? 'unfinished' : 'occurred'}, ${s(p.zeroFrom)} or more: 0 pts`,
  'rule.occurrence.zeroKind': (p) => `the actual reports "${s(p.clause)}", a case the rule scores 0: 0 pts`,
  'rule.occurrence.kinds': (p) =>
    `occurred: ${s(p.counts)}; ${pts(p.deducted)} deducted at each kind's rate: ${pts(p.score)}${cap(p)}`,
  'rule.occurrence.allowed': (p) =>
    `${s(p.count)} ${s(p.unit)} ${p.event === 'unfinished' ? 'unfinished' : 'occurred'}, within the ${s(p.allowance)} allowed: nothing deducted, ${pts(p.score)}${cap(p)}`,
  'rule.occurrence.beyond': (p) =>
    `${s(p.count)} ${s(p.unit)} ${p.event === 'unfinished' ? 'unfinished' : 'occurred'}, ${s(p.beyond)} beyond the ${s(p.allowance)} allowed; ` +
    `${perStep(p)} off per ${s(p.per)} ${s(p.unit)}, ${pts(p.deducted)} deducted${maxDed(p)}: ${pts(p.score)}${cap(p)}${mode(p)}`,
  'rule.occurrence.rateMet': (p) =>
    `${actual(p)} reaches ${s(p.level)}: nothing to deduct, ${pts(p.score)}${cap(p)}`,
  'rule.occurrence.rateShort': (p) =>
    `Actual ${s(p.actual)} is below ${s(p.level)}, but the rule deducts per ${s(p.unit)} and a rate does not say how many: score by hand`,
  'rule.perItem': (p) =>
    `${s(p.count)} item(s) met${p.items === null ? '' : ` of ${s(p.items)}`}, ${pts(p.per)} each` +
    `${p.total === null ? '' : `, at most ${s(p.total)}`}: ${pts(p.score)}${cap(p)}`,
  'rule.perItem.kinds': (p) =>
    `done: ${s(p.counts)}, each kind at its own points${p.total === null ? '' : ` (at most ${s(p.total)})`}: ${pts(p.score)}${cap(p)}`,
  'rule.proportional.met': (p) =>
    `${actual(p)} meets the target ${s(p.target)}: full ${pts(p.score)}${cap(p)}`,
  'rule.proportional.lateDate': (p) =>
    `actual ${s(p.actual)} is later than the deadline ${s(p.target)}; a date cannot be scored in proportion: score it by hand`,
  'rule.proportional': (p) =>
    `${actual(p)} against target ${s(p.target)}: ${s(p.ratio)}% × ${pts(p.full)} = ${pts(p.score)}${cap(p)}`,
  'rule.linear.belowFloor': (p) => `${actual(p)} is below ${s(p.floor)}: 0 pts`,
  'rule.linear.met': (p) => `${actual(p)} reaches ${s(p.target)}: full ${pts(p.score)}${cap(p)}`,
  'rule.linear': (p) =>
    `${actual(p)} between ${s(p.floor)} and ${s(p.target)}, ${p.scale === 'interpolate' ? 'interpolated' : 'proportional'}: ` +
    `${s(p.ratio)}% × ${pts(p.full)} = ${pts(p.score)}${cap(p)}`,
  'rule.exemptionTold': (p) =>
    `${actual(p)}; the rule spares "${s(p.clause)}" and the actual tells such a case: what to deduct is for a reviewer`,
  'rule.extraTold': (p) =>
    `${actual(p)}; the rule deducts more for "${s(p.clause)}" and the actual tells such a case: what to deduct is for a reviewer`,
  'rule.bonusTold': (p) =>
    `${actual(p)}: ${pts(p.base)} by the rule, and "${s(p.clause)}" applies: ${pts(p.bonus)} more = ${pts(p.score)}${cap(p)}`,
  'rule.halvedTold': (p) =>
    `${actual(p)}: ${pts(p.base)} by the rule; "${s(p.clause)}" and it was put right: ${pts(p.deducted)} deducted = ${pts(p.score)}${cap(p)}`,
  'rule.linear.manual': (p) =>
    `${actual(p)} between ${s(p.floor)} and ${s(p.target)}, "proportional": of the top or from the floor is read either way; left for manual scoring, as the settings ask`,
  'rule.band': (p) =>
    `${actual(p)}${p.late === undefined ? '' : `, ${s(p.late)} days after the deadline ${s(p.target)}; the delay`} ${band(p)}: ${pts(p.score)}${cap(p)}`,
  'rule.band.none': (p) => `${actual(p)} falls in no band of the rule: score by hand`,
  'rule.band.below': (p) => `${actual(p)} is below the lowest band ${s(p.lower)}: 0 pts`,
  'rule.band.stepsBelow': (p) =>
    `${actual(p)} is below the lowest band ${s(p.lower)}; the rule takes ${pts(p.perStep)} off per ${amount(p.step, p.stepUnit)} ` +
    'but does not say from which score: score by hand',
  'rule.band.formulaBelow': (p) =>
    `${actual(p)} is below the lowest band ${s(p.lower)}; the rule scores the rate × ${s(p.points)}: ${pts(p.score)}${cap(p)}`,
  'rule.band.proportionalBelow': (p) =>
    `${actual(p)} is below the lowest band ${s(p.lower)}; the rule scores in proportion there but does not say of what: score by hand`,
  'rule.tier': (p) =>
    `Actual "${s(p.actual)}" matches the tier "${p.label === null ? 'other' : s(p.label)}": ${pts(p.score)}${cap(p)}`,
  'rule.default.met': (p) => `${actual(p)} meets the target ${s(p.target)}: full ${pts(p.score)}${tenth}`,
  'rule.default.ratio': (p) =>
    `${actual(p)} ${p.direction === '<=' ? 'exceeds' : 'misses'} the target ${s(p.target)}: ${s(p.ratio)}% of the weight, ${pts(p.score)}${tenth}`,
  'rule.default.qualitative': (p) =>
    p.typed != null
      ? `Actual "${s(p.actual)}": ${VERDICT[s(p.verdict)] ?? s(p.verdict)}; No. 10 allows 60–80% of the weight (${s(p.low)}–${s(p.high)} points), and the typed ${pts(p.typed)} is within it, so it stands${tenth}`
      : `Actual "${s(p.actual)}": ${VERDICT[s(p.verdict)] ?? s(p.verdict)}, ${s(p.share)}% of the weight, ${pts(p.score)}${tenth}`,
  'rule.default.date': (p) =>
    `${actual(p)} is ${p.met === 1 ? 'within' : 'after'} the deadline ${s(p.target)}: ${pts(p.score)}${tenth}`,
  'rule.default.dateManual': (p) =>
    `${actual(p)} is after the deadline ${s(p.target)}; with no scoring rule, lateness has no stated deduction: left for manual scoring, as the settings ask`,
};
