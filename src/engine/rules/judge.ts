/**
 * Met or not against the table's target, for rules that do not state a level (`达标记3分`):
 * verdict words, numbers under the operator's direction, or dates (deadline: on or before).
 */
import type { NormalizedValue } from '../grid/value';
import type { Direction } from './ast';
import {
  directionFrom,
  displayValue,
  presentActual,
  reaches,
  unscored,
  verdictOf,
  type EvalInput,
  type Unscored,
} from './measure';
import {
  deniesAsTarget,
  isNoneText,
  noneAsked,
  opensDone,
  sameText,
  endsAffirmed,
  statesAbsence,
  type Verdict,
} from './verdictWords';
import { snap, type Params } from './explain';
import { benchmarkVerdict } from './benchmark';
import { daysAgainstLimit } from './dayLimit';
import { placeInSpan, spanOf, spanVerdict } from './spanTarget';
import { judgeParts } from './targetParts';
import { incomparableUnits } from './units';

export interface Judgement {
  readonly ok: true;
  readonly verdict: Verdict;
  readonly params: Params;
}

export function judgeAgainstTable(input: EvalInput, ruleDirection: Direction | null): Judgement | Unscored {
  const a = presentActual(input);
  if ('ok' in a) return a;
  const t = input.target;
  const params = { actual: displayValue(a), target: displayValue(t) };
  const done = (verdict: Verdict): Judgement => ({ ok: true, verdict, params });
  // `…1.1万人次，未发生旅客滞留` against `零滞留`: none of what the target asks none of, whatever the figures
  if (t?.kind === 'text' && noneAsked(a.text, [t.text])) return done('met');
  if (a.kind === 'text') {
    // the target's own words, or 无 against a target that is an absence (无挤占挪用, 无重大事故)
    if (t && (sameText(a.text, t.text) || (isNoneText(a.text) && t.kind === 'text' && statesAbsence(t.text))))
      return done('met');
    // `未下降` against `不下降`, `无违规` against `合规`: a denial, read before 未 or 无 reads as a miss
    if (t?.kind === 'text' && deniesAsTarget(a.text, t.text)) return done('met');
    // `预算批复后第15日公开，决算批复后第18日公开` against `批复后20日内`: every span within the limit
    const days = daysAgainstLimit(a.text, t);
    if (days) return done(days);
    // `小学0.42，初中0.47` against `小学≤0.50、初中≤0.45`: every part must reach its own
    const parts = t?.kind === 'text' ? judgeParts(a.text, t.text) : null;
    if (parts) return done(parts.missed.length === 0 ? 'met' : 'notMet');
    const v = verdictOf(a, t) ?? (t?.kind === 'text' ? benchmarkVerdict(a.text, t.text) : null);
    // `基本满意` against `≥95%`: a partial word falls short of all (100%), but whether it reaches a
    // lower share is not said
    if (v === 'partial' && belowAll(t)) return unscored('rule.cannotJudge', params);
    if (v) return done(v);
    if (t?.kind === 'text' && (endsAffirmed(a.text, t.text) || opensDone(a.text, t.text))) return done('met');
    return unscored('rule.cannotJudge', params);
  }
  if (!t || t.kind === 'empty' || t.kind === 'error') return unscored('rule.needsTarget', params);
  if (a.kind === 'date') {
    if (t.kind !== 'date') return unscored('rule.cannotJudge', params);
    // A date target is a deadline unless the operator says otherwise.
    const dir =
      ruleDirection ?? (input.operator === '>=' || input.operator === '>' || t.op === '>=' ? '>=' : '<=');
    // `4月23日前后`: about that day; a day after it may still be about it, or late
    if (t.around && a.iso > t.iso) return unscored('rule.cannotJudge', params);
    return done((dir === '<=' ? a.iso <= t.iso : a.iso >= t.iso) ? 'met' : 'notMet');
  }
  const span = spanOf(t);
  if (span) {
    if (placeInSpan(a, span) === null) return unscored('rule.unitMismatch', params);
    const inside = spanVerdict(a, span, input.ruleText ?? '');
    return inside === null ? unscored('rule.cannotJudge', params) : done(inside ? 'met' : 'notMet');
  }
  // `结算价较合同价审减4.2%` against `不超过合同价`: the figure is the change, the words say the side
  const side = t.kind === 'text' ? benchmarkVerdict(a.text, t.text) : null;
  if (side) return done(side);
  if (t.kind !== 'number') return unscored('rule.cannotJudge', params);
  // 0 (变动率≤0) with no unit is 0 on any scale: `-6.2%` against `≤0` is a fall
  const zero = t.value === 0 && t.unit === null;
  if ((t.percent !== a.percent && !zero) || incomparableUnits(a.unit, t))
    return unscored('rule.unitMismatch', params);
  // a > or < in the operator column or the target cell: the target itself does not meet it
  const op = input.operator ?? t.op;
  const strict = (op === '>' || op === '<') && snap(a.value - t.value) === 0;
  return done(reaches(a.value, t.value, directionFrom(ruleDirection, input)) && !strict ? 'met' : 'notMet');
}

/** A share short of everything (`≥95%`, `90%`): a partial word may or may not reach it. */
function belowAll(t: NormalizedValue | null): boolean {
  return t?.kind === 'number' && t.percent && t.value < 100;
}
