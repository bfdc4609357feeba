/**
 * 财预〔2020〕10号 default scoring, for rows with no 评分标准: a quantitative target met → full;
 * missed → actual/target × weight; a `≤` target exceeded → target/actual × weight; qualitative
 * 达成 full, 部分达成 70 % (for a target in words; against a figure a partial word says too little),
 * 未达成 0; dates compared as deadlines.
 */
import { formatNumber, snap, withParams } from './explain';
import { judgeAgainstTable } from './judge';
import { displayValue, presentActual, unscored, verdictOf, type EvalInput } from './measure';
import {
  asksNone,
  deniesAsTarget,
  endsAffirmed,
  isNoneText,
  opensDone,
  sameText,
  statesAbsence,
} from './verdictWords';
import { scored, unscoredEval, type Evaluation } from './scored';
import { placeInSpan, spanOf } from './spanTarget';
import { distinctCounts } from './units';

/** Share of the weight for a partly met qualitative target (10号: 60–80 %; we take the middle). */
export const PARTIAL_SHARE = 0.7;
/** The 10号 band of 部分达成, a share of the weight: a typed score inside it is the reviewer's choice. */
export const PARTIAL_BAND = [0.6, 0.8] as const;

const SHARES = { met: 1, partial: PARTIAL_SHARE, notMet: 0 } as const;

const ZERO = { kind: 'number', value: 0, percent: false, unit: null, op: null } as const;

export function evaluateDefault(input: EvalInput): Evaluation {
  const w = input.weight;
  const present = presentActual(input);
  if ('ok' in present) return unscoredEval(present.explanation);
  const t = input.target;
  const params = { actual: displayValue(present), target: displayValue(t) };
  // 无 against a count (0起, ≤2次, ≥3个) is a count of zero; against a percent it says nothing;
  // `未发生档案泄密、损毁事件` against 0起 is none too
  const absent = (text: string): boolean =>
    isNoneText(text) || (t?.kind === 'number' && t.value === 0 && statesAbsence(text));
  const none = present.kind === 'text' && absent(present.text) && t?.kind === 'number';
  if (none && t.percent) return unscoredEval(unscored('rule.cannotJudge', params).explanation);
  const a = none ? { ...ZERO, text: present.text } : present;
  if (a.kind === 'text') {
    // the target's own words (全部整改), or them after 已 (已全部整改), meet it; so does all the
    // target asks when it asks little (`基本完成` against `基本完成新校区装修`, where 基本 is no shortfall)
    // (`已开通…小程序` against `开通`: 已 and the target's words open it)
    const own =
      t && (sameText(a.text, t.text) || endsAffirmed(a.text, t.text) || opensDone(a.text, t.text))
        ? 'met'
        : null;
    // `未发生` against `不发生`: none happened, as asked (未 is no miss here)
    // a target of `无` (read as no value) asks none all the same (hunt107: `未发生` scored 0)
    const noneAsked = t !== null && asksNone(t.text) && statesAbsence(a.text);
    const v =
      t && (asksOnly(t.text, a.text) || noneAsked || deniesAsTarget(a.text, t.text))
        ? 'met'
        : (verdictOf(a, t) ?? own);
    // `基本完成` against 15部, `较满意` against ≥85%: how much of the figure was reached is not said
    // (10号's 部分达成 share is for targets in words)
    if (!v || (v === 'partial' && t?.kind === 'number'))
      return unscoredEval(unscored('rule.cannotJudge', params).explanation);
    const ev = scored(
      'rule.default.qualitative',
      withParams(params, { verdict: v, share: SHARES[v] * 100 }),
      SHARES[v] * w,
      w,
    );
    if (v !== 'partial') return ev;
    const [low, high] = PARTIAL_BAND.map((x) => Math.round(x * w * 100) / 100) as [number, number];
    return { ...ev, accepts: [low, high] };
  }
  if (a.kind === 'date') {
    const j = judgeAgainstTable(input, null);
    if (!j.ok) return unscoredEval(j.explanation);
    const met = j.verdict === 'met';
    if (!met && input.lateWithoutRule === 'manual')
      return unscoredEval({ key: 'rule.default.dateManual', params });
    return scored('rule.default.date', withParams(params, { met: Number(met) }), met ? w : 0, w);
  }
  if (!t || t.kind === 'empty' || t.kind === 'error')
    return unscoredEval(unscored('rule.needsTarget', params).explanation);
  // `7.6元/份` inside `6-8元/份`: met; outside a span, how far off scores what is not said
  const span = spanOf(t);
  if (span && placeInSpan(a, span) === 'inside') return scored('rule.default.met', params, w, w);
  if (t.kind !== 'number') return unscoredEval(unscored('rule.cannotJudge', params).explanation);
  if (t.percent !== a.percent || distinctCounts(a.unit, t.unit))
    return unscoredEval(unscored('rule.unitMismatch', params).explanation);
  // a target of 0 (0人, 0起) with no sign: none at all, as directionFrom reads it
  const op = input.operator ?? t.op ?? (t.value === 0 ? '<=' : '>=');
  const m = Math.max(0, a.value);
  const target = t.value;
  let ratio: number;
  let direction: string;
  if (op === '=' || op === '±') {
    direction = '=';
    ratio = snap(m - target) === 0 ? 1 : Math.min(m, target) / Math.max(m, target);
  } else if (op === '<=' || op === '<') {
    direction = '<=';
    ratio = snap(m - target) <= 0 ? 1 : target / m;
  } else {
    direction = '>=';
    ratio = target <= 0 || snap(m - target) >= 0 ? 1 : m / target;
  }
  const out = withParams(params, { direction, ratio: formatNumber(ratio * 100) });
  if (ratio >= 1) return scored('rule.default.met', out, w, w);
  return scored('rule.default.ratio', out, w * Math.max(0, ratio), w);
}

/** The target starts with the actual's words (`基本完成新校区装修` and `基本完成`): it asks that much. */
function asksOnly(target: string, actual: string): boolean {
  const a = actual.trim();
  return a.length >= 2 && !/\d/.test(a) && target.trim().startsWith(a);
}
