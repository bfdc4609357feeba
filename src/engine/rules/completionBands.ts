/**
 * Bands of the completion rate: `达到年度指标值的得满分；完成率在80%（含）-100%的，得该指标分值的80%`
 * (hunt97). The rule's full band is the target reached (100 %), so its bands are of how much of the
 * target was done:
 * - over a percent target other than 100 % (≥70 %, 68.5 % done), actual ÷ target (97.86 %, the 80 %
 *   band); read on the actual's own percent, 68.5 % fell in the 60 % band;
 * - under a ceiling (≤1.2万元, 低于0.5%), target ÷ actual, as 10号 works a ceiling out: 1.1万元 is
 *   within it (109 %, full points), where actual ÷ target made it 91.67 %, the 80 % band, and 0.32 %
 *   against 低于0.5% fell under every band.
 * A count target at or above (≥182万人) is already read as actual ÷ target; a target of 100 % gives the
 * same either way; a rule whose bands do not top out at 100 %, or that names no completion rate, is
 * read on the actual as before.
 */
import type { NormalizedValue } from '../grid/value';
import type { BandsRule } from './ast';
import { formatNumber, snap } from './explain';
import { COMPLETION_RATE_WORDS } from './lexicon';
import type { EvalInput } from './measure';
import type { Evaluation } from './scored';

type NumberValue = Extract<NormalizedValue, { kind: 'number' }>;

/** The input with its actual as the share of the target done, and the basis to show; or null. */
export function completionOfTarget(
  rule: BandsRule,
  input: EvalInput,
): { input: EvalInput; basis: string } | null {
  const { target: t, actual: a } = input;
  if (rule.measure !== undefined || t?.kind !== 'number' || a?.kind !== 'number') return null;
  if (t.percent !== a.percent || t.unit !== a.unit || t.value <= 0 || a.value < 0) return null;
  if (!COMPLETION_RATE_WORDS.some((w) => (input.ruleText ?? '').includes(w)) || !fullAtTarget(rule))
    return null;
  const op = input.operator ?? t.op;
  const ceiling = op === '<=' || op === '<';
  if (!ceiling && (!t.percent || snap(t.value - 100) === 0)) return null;
  // nothing at all under a ceiling is the target met with room to spare
  const done = ceiling ? (a.value === 0 ? 100 : (t.value / a.value) * 100) : (a.value / t.value) * 100;
  const rate: NumberValue = { kind: 'number', value: done, percent: true, unit: null, op: null, text: '' };
  const whole: NumberValue = { ...t, value: 100, percent: true, unit: null, op: '>=', text: '100%' };
  const shown = (v: NumberValue): string =>
    v.text.trim() || `${formatNumber(v.value)}${v.percent ? '%' : ''}`;
  const basis = ceiling ? `${shown(t)} ÷ ${shown(a)}` : `${shown(a)} ÷ ${shown(t)}`;
  return { input: { ...input, actual: rate, target: whole }, basis };
}

/** The rule's full points stand at 100 % and above: the target reached. */
function fullAtTarget(rule: BandsRule): boolean {
  return rule.bands.some(
    (b) =>
      b.points === null &&
      (b.share ?? 1) === 1 &&
      b.upper === null &&
      b.lower?.level.percent === true &&
      snap(b.lower.level.value - 100) === 0,
  );
}

/** An evaluation of the completion rate, saying what it was worked out from. */
export function withBasis(ev: Evaluation, basis: string): Evaluation {
  if (!('basis' in ev.explanation.params)) return ev;
  return { ...ev, explanation: { ...ev.explanation, params: { ...ev.explanation.params, basis } } };
}
