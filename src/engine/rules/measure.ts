/**
 * Puts the actual and the target on one scale before a rule compares them (an actual in words is
 * read by verdictWords.ts). Failures come back as explanations, never as invented numbers.
 */
import type { Comparator, NormalizedValue } from '../grid/value';
import type { LateWithoutRule, RangeProportion, StepMode } from '../settings';
import type { Direction, Level, Measure, Target } from './ast';
import { explain, formatNumber, round2, snap, type ExplanationKey, type Params } from './explain';
import type { Explanation } from '../messages';
import { DECREASE_WORDS, FAULT_WORDS, LAST_YEAR, NEGATIVE_GROWTH, UNDONE_WORDS } from './actualWords';
import { RANK } from './lexicon';
import { definedRate } from './definedRate';
import { DATE_IN_TEXT } from './sentenceWords';
import { isSurveyAnswer } from './surveyWords';
import { placeIn } from './ranks';
import { averagedApart, distinctCounts, MONEY_DISPLAY, perPeriod, UNITS } from './units';
import {
  isNoneText,
  isPresenceText,
  readVerdictText,
  sameText,
  statesAbsence,
  statesAllDone,
  type Verdict,
} from './verdictWords';

export interface EvalInput {
  readonly weight: number;
  readonly target: NormalizedValue | null;
  readonly actual: NormalizedValue | null;
  readonly stepMode: StepMode;
  /** A date done late with no rule: 0 (default) or left to the reviewer (the setting). */
  readonly lateWithoutRule?: LateWithoutRule;
  /** 按比例 inside a range with a floor: of the top (default), from the floor, or by hand (the setting). */
  readonly rangeProportion?: RangeProportion;
  /** From an operator column (指标性质). */
  readonly operator?: Comparator | null;
  /** The 评分标准 as written: what a per-occurrence rule counts (`发生安全责任事故1起扣5分`). */
  readonly ruleText?: string;
}

/** A failure to score, with the reason as an explanation. */
export interface Unscored {
  readonly ok: false;
  readonly explanation: Explanation;
}

export interface Quantity {
  readonly ok: true;
  readonly kind: 'quantity';
  /** The actual, on the rule's scale (a completion rate in percent when `viaRate`). */
  readonly actual: number;
  /** null when neither the rule nor the table gives a numeric target. */
  readonly target: number | null;
  readonly percent: boolean;
  readonly viaRate: boolean;
  readonly params: Params;
}

export interface VerdictReading {
  readonly ok: true;
  readonly kind: 'verdict';
  readonly verdict: Verdict | null;
  /** 无, 未发生, 无违规: nothing happened. */
  readonly none: boolean;
  /** 有, 是, 存在: it happened (how often, the words do not say). */
  readonly presence: boolean;
  readonly params: Params;
}

export const unscored = (key: ExplanationKey, params: Params = {}): Unscored => ({
  ok: false,
  explanation: explain(key, params),
});

export function displayLevel(l: Level): string {
  if (l.percent) return `${formatNumber(l.value)}%`;
  if (l.unit === RANK.unit) return `${RANK.ordinal}${formatNumber(l.value)}${RANK.marks[0]}`;
  const [value, unit] = shownAmount(l.value, l.unit ?? '', l.value);
  return `${value}${unit}`;
}

/**
 * An amount and its unit as the tables write them: 元 from 1万 on in 万元, judged on `scaleOf` (the
 * step, so a gap and its step share one unit).
 */
export function shownAmount(value: number, unit: string, scaleOf: number): [string, string] {
  const m = MONEY_DISPLAY;
  return unit === m.unit && Math.abs(scaleOf) >= m.from
    ? [formatNumber(value / m.scale), m.shown]
    : [formatNumber(value), unit];
}

export function displayValue(v: NormalizedValue | null): string {
  if (!v) return '';
  if (v.text.trim() !== '') return v.text.trim();
  if (v.kind === 'number') return v.percent ? `${formatNumber(v.value)}%` : formatNumber(v.value);
  if (v.kind === 'date') return v.iso;
  return '';
}

/** A value that says something: a number, a date or words. */
export type PresentValue = Extract<NormalizedValue, { kind: 'number' | 'date' | 'text' }>;

/** An actual that is present and not an error, or why not. */
export function presentActual(input: EvalInput): PresentValue | Unscored {
  const a = input.actual;
  if (!a || a.kind === 'empty') return unscored('rule.needsActual');
  if (a.kind === 'error') return unscored('rule.actualError', { actual: a.text });
  return a;
}

/**
 * What a text actual says of the target: met, not met, partly. Beside figures (`完成4座建设，2座…
 * 尚在施工`, `已建成4座，共支出192.4万元`) 完成 or 建成 says only that something was done, not that
 * the target was reached, so a text with a digit is never read as met; `未达到90%` still misses.
 */
export function verdictOf(v: NormalizedValue, target?: NormalizedValue | null): Verdict | null {
  if (v.kind !== 'text') return null;
  // `满意` against `≥85%`: the respondents' answer, not the share of them that gave it (hunt103)
  if (target?.kind === 'number' && target.percent && isSurveyAnswer(v.text)) return null;
  const verdict = v.achievement ?? readVerdictText(v.text);
  // `已完成异地备份，异质备份尚未实施`: done and not done in one text is no verdict either
  const undone = UNDONE_WORDS.some((w) => v.text.includes(w));
  return verdict === 'met' && (/\d/.test(v.text) || undone) ? null : verdict;
}

/** Direction for a comparison the rule leaves open: operator column, then the target cell's sign. */
export function directionFrom(ruleDirection: Direction | null, input: EvalInput): Direction {
  if (ruleDirection) return ruleDirection;
  const op =
    input.operator ??
    (input.target?.kind === 'number' || input.target?.kind === 'date' ? input.target.op : null);
  // a target of 0 (0起, 0) with no sign: none at all (anything reaches "at least 0")
  if (op === null && input.target?.kind === 'number' && input.target.value === 0) return '<=';
  return op === '<=' || op === '<' ? '<=' : '>=';
}

/** `m` reaches `t` in `direction`, decimal-safe. */
export function reaches(m: number, t: number, direction: Direction): boolean {
  const gap = snap(m - t);
  return direction === '>=' ? gap >= 0 : gap <= 0;
}

/**
 * The actual on the scale of `target` (a stated level or the table's). `expectPercent`: the rule
 * counts in percent (百分点 steps, % bands); a count against a count target then becomes a
 * completion rate: 480户 of 500户 → 96%.
 */
export function quantity(
  input: EvalInput,
  target: Target,
  expectPercent: boolean | null,
  measure?: Measure,
): Quantity | VerdictReading | Unscored {
  const present = presentActual(input);
  if ('ok' in present) return present;
  if (measure === 'deviation') return deviationQuantity(input, present, target);
  // `位列第5名（共12个县区）` against places (名次): the place its words name, nothing else
  if (target !== 'table' && target.unit === RANK.unit) {
    const params = { actual: displayValue(present), target: displayLevel(target) };
    const actual = placeIn(present.text);
    const place = {
      ok: true,
      kind: 'quantity',
      target: target.value,
      percent: false,
      viaRate: false,
    } as const;
    return actual === null ? unscored('rule.cannotJudge', params) : { ...place, actual, params };
  }
  // `就诊率较上年提高4个百分点` against `≥60%`: a change in points is no level of the rate
  if (isPoints(present) && input.target?.kind === 'number' && input.target.percent && !isPoints(input.target))
    return unscored('rule.unitMismatch', { actual: present.text, target: targetText(input, target) });
  const signed = measure === 'growth' || measure === 'fall' ? signedChange(present, measure) : null;
  const a: PresentValue =
    signed ??
    definedRate(input.ruleText ?? '', present) ??
    allDoneOnRate(inPoints(present), input, target, expectPercent);
  const actualText = displayValue(a);
  if (a.kind !== 'number') {
    if (a.kind === 'date')
      return unscored('rule.cannotJudge', { actual: actualText, target: targetText(input, target) });
    const none = a.kind === 'text' && (isNoneText(a.text) || statesAbsence(a.text));
    return {
      ok: true,
      kind: 'verdict',
      // the target's own words (按季度拨付 against 按季度拨付) meet it
      verdict:
        a.kind === 'text' && input.target && sameText(a.text, input.target.text)
          ? 'met'
          : verdictOf(a, input.target),
      none,
      presence: a.kind === 'text' && isPresenceText(a.text),
      params: { actual: actualText, target: targetText(input, target) },
    };
  }
  const table = input.target?.kind === 'number' ? inPoints(input.target) : null;
  // 22 against 每月2次: a count and a rate per period do not compare; nor 人次 and 人, nor a year's
  // total and a daily average (`全年清运15.9万吨` against `日均清运≥450吨`)
  const apart =
    table !== null &&
    ((perPeriod(table.unit) && a.unit !== table.unit) ||
      distinctCounts(a.unit, table.unit) ||
      averagedApart(table.text, a.text));
  if (apart) return unscored('rule.unitMismatch', { actual: actualText, target: targetText(input, target) });
  const stated = target === 'table' ? null : target;
  const tValue = stated?.value ?? table?.value ?? null;
  // ≤0 (变动率≤0, 节约率≥0), stated or the table's, is 0 on any scale: the actual's
  const zeroLevel = stated ?? table;
  const zero = zeroLevel !== null && zeroLevel.value === 0 && zeroLevel.unit === null;
  const tPercent = zero ? a.percent : (stated?.percent ?? table?.percent ?? expectPercent ?? a.percent);
  const wantPercent = zero ? a.percent : (expectPercent ?? tPercent);
  const shown = (actual: number, viaRate: boolean): Params => ({
    actual: viaRate ? `${formatNumber(actual)}%` : actualText,
    target: targetText(input, target),
    basis: viaRate && table ? `${actualText} ÷ ${displayValue(table)}` : null,
    // `上升2.5%` in a fall rule: the fall it counts as, −2.5 %
    ...(signed && signed.value < 0
      ? { change: displayValue({ ...signed, text: '' }), changeOf: measure ?? null }
      : {}),
  });
  if (a.percent === wantPercent && (tValue === null || tPercent === wantPercent)) {
    return {
      ok: true,
      kind: 'quantity',
      actual: a.value,
      target: tValue,
      percent: wantPercent,
      viaRate: false,
      params: shown(a.value, false),
    };
  }
  // `≥98` and 97.2 under `达到98%得满分…`: the rule's level is the target's own number, so both are
  // percentages typed without the sign (97.2 of 98 done, 99.2 %, gave full marks for a miss)
  const bare = !a.percent && a.unit === null && table !== null && !table.percent && table.unit === null;
  if (wantPercent && bare && stated?.percent && snap(stated.value - table.value) === 0) {
    const params = { ...shown(a.value, false), actual: `${formatNumber(a.value)}%` };
    return {
      ok: true,
      kind: 'quantity',
      actual: a.value,
      target: tValue,
      percent: true,
      viaRate: false,
      params,
    };
  }
  // A count against a count target, read as a completion rate.
  if (wantPercent && !a.percent && table && !table.percent && table.value > 0) {
    const rate = (a.value / table.value) * 100;
    // 发放资金1200万元，完成率100%…: an amount stated beside the rate is not the rate's target
    const t = stated?.percent ? stated.value : 100;
    return {
      ok: true,
      kind: 'quantity',
      actual: rate,
      target: t,
      percent: true,
      viaRate: true,
      params: shown(rate, true),
    };
  }
  return unscored('rule.unitMismatch', { actual: actualText, target: targetText(input, target) });
}

/** `3.2个百分点` is on the percent scale, as the rule's `每少1个百分点` is (not a count of 个百分点). */
function inPoints<T extends NormalizedValue>(v: T): T {
  return isPoints(v) ? { ...v, percent: true, unit: null } : v;
}

/** A number in 百分点 (`4个百分点`): a change of a rate, or a gap. */
function isPoints(v: NormalizedValue): boolean {
  return v.kind === 'number' && v.unit !== null && UNITS[v.unit]?.pp === true;
}

/** `全部公开` against `100%` or a `≥95%` band: everything done is 100 %. Other actuals as they are. */
/**
 * A change the actual's words give a way (`下降7%`, `上升2%`), signed as the rule counts it: in a
 * growth rule 下降7% is −7 %, in a fall rule 上升2% is −2 % (the figure's own sign is not counted
 * twice). null when the words name no way, or both.
 */
export function signedChange(
  a: PresentValue,
  measure: 'growth' | 'fall',
): Extract<PresentValue, { kind: 'number' }> | null {
  if (a.kind !== 'number') return null;
  const down = DECREASE_WORDS.some((w) => a.text.includes(w));
  const up = LAST_YEAR.up.some((w) => a.text.replace(NEGATIVE_GROWTH, '').includes(w));
  if (down === up) return null;
  const value = Math.abs(a.value) * (down === (measure === 'fall') ? 1 : -1);
  return { ...inPoints(a), value };
}

function allDoneOnRate(
  a: PresentValue,
  input: EvalInput,
  target: Target,
  expectPercent: boolean | null,
): PresentValue {
  if (a.kind !== 'text' || !statesAllDone(a.text)) return a;
  const table = input.target?.kind === 'number' ? input.target : null;
  const percent = (target === 'table' ? null : target.percent) ?? table?.percent ?? expectPercent;
  return percent ? { kind: 'number', value: 100, percent: true, unit: null, op: null, text: a.text } : a;
}

const LIMIT_OPS: ReadonlySet<string> = new Set(['<=', '<']);

/**
 * How far the actual is from the table's target, in percent: |actual − target| / target for two
 * amounts, the gap in points for two percentages, or the actual itself when it is a percentage and
 * the target is not (the deviation rate typed in). Compared with the stated limit (0 when none).
 */
function deviationQuantity(input: EvalInput, a: PresentValue, target: Target): Quantity | Unscored {
  // a target with ≤ (≤5%) is the limit on the deviation, not the value it is taken from
  const tableLimit =
    input.target?.kind === 'number' && input.target.percent && LIMIT_OPS.has(input.target.op ?? '')
      ? input.target.value
      : null;
  const limit = target === 'table' ? (tableLimit ?? 0) : target.value;
  const t = input.target?.kind === 'number' && !LIMIT_OPS.has(input.target.op ?? '') ? input.target : null;
  const shown = { actual: displayValue(a), target: targetText(input, target) };
  if (a.kind !== 'number') return unscored('rule.cannotJudge', shown);
  let gap: number;
  let basis: string | null = null;
  if (t && a.percent === t.percent && (a.percent || t.value > 0)) {
    gap = a.percent ? Math.abs(a.value - t.value) : (Math.abs(a.value - t.value) / t.value) * 100;
    basis = `|${displayValue(a)}-${displayValue(t)}|${a.percent ? '' : `/${displayValue(t)}`}`;
  } else if (a.percent) gap = Math.abs(a.value);
  else return unscored('rule.unitMismatch', shown);
  const params = { actual: `${formatNumber(gap)}%`, target: `${formatNumber(limit)}%`, basis };
  return {
    ok: true,
    kind: 'quantity',
    actual: gap,
    target: limit,
    percent: true,
    viaRate: basis !== null,
    params,
  };
}

/**
 * The one number of a text, or null when it has none or several. A date's figures are no number of
 * it (`2023年未发现问题` counted 2023 problems, hunt92).
 */
export function soleNumber(text: string): number | null {
  const nums = text.replace(DATE_IN_TEXT, '').match(/\d+(?:\.\d+)?/g);
  return nums?.length === 1 ? Number(nums[0]) : null;
}

/** `缺3项`, `不规范6处`, `通报批评1次`: the count of faults a text states, or null. */
export function faultCount(text: string): number | null {
  return statesFault(text) ? soleNumber(text) : null;
}

export function statesFault(text: string): boolean {
  return FAULT_WORDS.some((w) => text.includes(w));
}

export function targetText(input: EvalInput, target: Target): string {
  return target === 'table' ? displayValue(input.target) : displayLevel(target);
}

/** Clamps to [0, weight], rounds to 2 decimals, and says whether the weight cut the rule's points. */
export function finish(raw: number, weight: number): { score: number; capped: number | null } {
  const r = round2(raw);
  const score = Math.min(Math.max(r, 0), weight);
  return { score, capped: r > weight ? weight : null };
}
