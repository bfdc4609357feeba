/**
 * Patterns a 评分标准 text is rewritten by before it is read: ways of writing a rule that say no more
 * than a plainer spelling the parser knows.
 */

/**
 * `按目标值与实际值之比计分`: the ratio of two named values, read as the quotient `目标值/实际值` (hunt92: a
 * cost over its limit scored 0 where the ratio gives 1.67 of 2).
 */
export const RATIO_OF_VALUES =
  /(目标值|标准值|指标值|计划值|实际值|实际完成值|完成值)与(目标值|标准值|指标值|计划值|实际值|实际完成值|完成值)之?比/gu;

/** `按实际值/目标值计分`: a quotient of words named as the way to score, with no factor after it. */
export const QUOTIENT_SCORED = /(按[^\d,;。×*%]+\/[^\d,;。×*%]+?)(计分|得分)/u;

/**
 * A clause that only announces the deduction the next one sets out (`超支扣分，每超出概算1%扣1分`): it
 * says nothing more, and read on its own it is a deduction of no amount (hunt86: the rule was unreadable).
 */
export const DEDUCTION_HEADING = /(^|[；;，,。])[\u4e00-\u9fff]{0,6}扣分[，,：:](?=每)/u;

/**
 * `（已整改的不减免扣分）` after `每发现1个问题扣1分`: a remark that problems put right still count, which
 * is how the deduction reads anyway; read on its own it is a deduction of no amount (hunt90: the rule
 * was unreadable).
 */
export const STILL_DEDUCTED_REMARK =
  /[（(][^（()）]*整改[^（()）]*不(?:予)?(?:减免|免除|免于)[^（()）]*[）)]/gu;

/**
 * `…，85%-90%得80%分值，以下不得分`: a bare 以下 after the levels is below the last of them, which is
 * what the rule's 其他 says (hunt103: the rule was ambiguous).
 */
export const BARE_BELOW = /([,;])(?:此以下|以下|低于此)(?:的|者)?(?=不得分|得0分|记0分|不计分)/gu;
export const BARE_BELOW_AS = '$1其他';

/** `未完成按进度计分`, `按完成进度计分`: by how much was done, as `按完成比例计分` says (hunt107: pass/fail). */
export const PROGRESS_SCORED = /按(?:完成|实际)?进度(?=计分|得分|折算|计算得分)/gu;
export const PROGRESS_SCORED_AS = '按完成比例';

/** `11月底前完成得满分`, `12月底前完成的得2分`: a month's end to finish by, and what finishing by it earns. */
const DATE_TIER = /^在?(\d{1,2})月[底末](?:前|以前|之前)(?:完成)?的?[得记计](满分|\d+(?:\.\d+)?分)$/u;
/** `之后完成不得分`, `逾期不得分`, `12月底以后完成的不得分`: nothing after the last of those ends. */
const DATE_TIER_AFTER =
  /^(?:之后|以后|此后|其后|逾期|超过\d{1,2}月[底末]?|\d{1,2}月[底末]?(?:以后|之后))(?:完成)?的?(?:不得分|得0分)$/u;

/**
 * Tiers by the month's end a thing was finished by (`11月底前完成得满分；12月底前完成得2分；之后完成不得分`,
 * hunt97: ambiguous), read as the delay after the first end, which is the target's deadline: `按时完成得满分；
 * 延迟1个月内得2分；延迟超过1个月不得分`. The text as it was unless every clause is such a tier, the ends
 * later one by one, the first earns full points and the last clause says nothing is earned after.
 * @example dateTiersAsDelays('11月底前完成得满分;12月底前完成得2分;之后完成不得分') === '按时完成得满分;延迟1个月内得2分;延迟超过1个月不得分'
 */
export function dateTiersAsDelays(text: string): string {
  const clauses = text.replace(/[;。]+$/u, '').split(';');
  const last = clauses.pop();
  if (last === undefined || clauses.length < 2 || !DATE_TIER_AFTER.test(last)) return text;
  const tiers = clauses.map((c) => DATE_TIER.exec(c));
  if (tiers.some((m) => m === null)) return text;
  const months = tiers.map((m) => Number(m![1]));
  const awards = tiers.map((m) => m![2]!);
  if (awards[0] !== '满分' || months.some((m, i) => m > 12 || (i > 0 && m <= months[i - 1]!))) return text;
  const delays = months.slice(1).map((m) => m - months[0]!);
  return [
    '按时完成得满分',
    ...delays.map((d, i) => `延迟${d}个月内得${awards[i + 1]!}`),
    `延迟超过${delays[delays.length - 1]!}个月不得分`,
  ].join(';');
}
