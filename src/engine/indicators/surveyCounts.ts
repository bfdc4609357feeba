import type { NormalizedValue } from '../grid/value';
import { BRACKETED_REMARK } from '../rules/actualWords';
import {
  PART_OF_WHOLE,
  SATISFIED_TOGETHER,
  SURVEY_COUNT_WORDS,
  SURVEY_GRADES,
  SURVEY_UNITS,
} from '../rules/surveyWords';
import { DATE_IN_TEXT } from '../rules/sentenceWords';
import { LATE_WORDS } from '../rules/timeWords';
import { COUNT_UNITS } from '../rules/units';

/**
 * An actual written as counts: against a percent target (`满意度≥90%`), a survey's satisfied share,
 * shown with the counts it comes from (`…满意432份 = 90%`), or a part's share of its whole; against a
 * count target, what was done of a plan (`计划5项，完成6项` is 6项). Anything else is left as it is,
 * and so is a text with graded answers (非常满意 / 比较满意 …), which the plain count cannot settle.
 */
export function surveyRate(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
  name = '',
): NormalizedValue | null {
  if (actual?.kind !== 'text' || target?.kind !== 'number') return actual;
  if (!target.percent) return doneCount(actual, target.unit, name);
  const text = actual.text;
  const graded = SATISFIED_TOGETHER.reduce((t, w) => t.split(w).join(SURVEY_COUNT_WORDS.satisfied[0]), text);
  if (SURVEY_GRADES.some((g) => graded.includes(g))) return actual;
  const satisfied =
    countAfter(graded, SURVEY_COUNT_WORDS.satisfied) ?? countBefore(graded, SURVEY_COUNT_WORDS.satisfied);
  const base = SURVEY_COUNT_WORDS.base.map((words) => countAfter(graded, words)).find((n) => n !== null);
  if (satisfied === null || base == null || base <= 0 || satisfied > base) return partRate(actual, target);
  return shareOf(text, satisfied, base);
}

/** The part's share of the whole, in per cent, shown with the sentence it comes from. */
export function shareOf(text: string, part: number, whole: number): NormalizedValue {
  const value = Math.round((part / whole) * 1e6) / 1e4;
  return { kind: 'number', value, percent: true, unit: null, op: null, text: `${text.trim()} = ${value}%` };
}

/** A count's label, its (last) number and unit: `稳定就业6个月以上178人` → 稳定就业6个月以上, 178, 人. */
const COUNT = /^(.*?)(\d[\d,]*(?:\.\d+)?)(\D{0,3})$/u;
/** The part's count may say what it is after its unit: `其中10个达标`. */
const PART_COUNT = /^(.*?)(\d[\d,]*(?:\.\d+)?)(\D*)$/u;

interface PartOfWhole {
  readonly whole: number;
  readonly part: number;
  readonly unit: string;
  /** The whole is a plan (`计划5项`), which the part may pass. */
  readonly plan: boolean;
  /** The part says it was done (`其中化解27件`, `其中10个达标`). */
  readonly done: boolean;
  /** The whole is what was done and the part a breakdown of it (`实际58场，其中线上活动21场`). */
  readonly brokenDown: boolean;
  /** The part is the faults within the whole (`办结300起，其中超期6起`, `其中3卷不合格`). */
  readonly faults: boolean;
  /** The words of the part's label after 其中 / 已 (`验收合格` of `其中验收合格305户`). */
  readonly partWords: string;
}

/**
 * `应结算4,000人次，已结算3,720人次`, `就业212人，稳定就业6个月以上178人`, `共12个，其中10个达标`: two
 * counts in one unit, the second a part of the first (its label holds the first's, or says 已 /
 * 其中), no larger than it unless the first is a plan.
 */
function partOfWhole(text: string, forRate = false): PartOfWhole | null {
  const parts = twoCounts(text);
  if (!parts) return null;
  if (parts.length === 1) return partAmong(parts[0], forRate);
  const whole = COUNT.exec(parts[0].trim());
  const part = PART_COUNT.exec(parts[1].trim());
  // two rates (`准点率87.4%，其中早晚高峰为81.2%`) are no whole and part
  if (!whole || !part || whole[3] === '' || /^[%％‰]/u.test(whole[3]!) || !part[3]!.startsWith(whole[3]!))
    return null;
  const after = part[3]!.slice(whole[3]!.length);
  const names = (label: string): boolean => PART_OF_WHOLE.done.some((x) => label.includes(x));
  if (after !== '' && !names(after)) return null;
  const [w, p] = [Number(whole[2]!.replace(/,/g, '')), Number(part[2]!.replace(/,/g, ''))];
  // 计划5项 is a whole of whatever is counted after it; 就业212人 of a count that names 就业 again
  const core = stripFirst(whole[1]!, PART_OF_WHOLE.whole);
  const partLabel = part[1]! + after;
  const related =
    (core === ''
      ? whole[1] !== ''
      : partLabel.includes(core) || PART_OF_WHOLE.part.some((x) => partLabel.startsWith(x))) ||
    (forRate && passedOf(whole[1]!, partLabel));
  // 完成3项，未完成2项: the rest, not a part
  const negated = PART_OF_WHOLE.not.some((x) => partLabel.includes(x));
  // `其中超期6起`, `其中3卷不合格`: a rate's misses within the whole, for a rate to be worked from;
  // `抽查记录1,200份，不规范18份`: a sample, then how many of it failed the check
  const faults =
    forRate &&
    ((PART_OF_WHOLE.breakdown.some((x) => partLabel.startsWith(x)) &&
      (negated || LATE_WORDS.some((x) => partLabel.includes(x)))) ||
      (negated && failedCheck(whole[1]!, partLabel)));
  const plan = PART_OF_WHOLE.plan.some((x) => whole[1]!.startsWith(x));
  if (!related || (negated && !faults) || w <= 0 || (p > w && !plan)) return null;
  // (`整治完成5处，其中2处通过县级验收`: done is said of the whole, the part only qualifies some of it)
  const brokenDown =
    !plan &&
    PART_OF_WHOLE.achieved.some((x) => whole[1]!.includes(x)) &&
    PART_OF_WHOLE.breakdown.some((x) => partLabel.startsWith(x));
  const partWords = stripFirst(partLabel, PART_OF_WHOLE.part);
  return { whole: w, part: p, unit: whole[3]!, plan, done: names(partLabel), brokenDown, faults, partWords };
}

/** `抽查记录1,200份` then `不规范18份`: a sample, and a part named by a check it did not pass. */
function failedCheck(wholeLabel: string, partLabel: string): boolean {
  const { passed, sampled } = PART_OF_WHOLE;
  return sampled.some((x) => wholeLabel.includes(x)) && passed.some((x) => partLabel.includes(x));
}

/** `抽查案卷60件` then `合格56件`, `调解矛盾纠纷1286件` then `调解成功1259件`: the part passed a check of the whole. */
function passedOf(wholeLabel: string, partLabel: string): boolean {
  const { passed, sampled, ofWhole, ofWholeNot } = PART_OF_WHOLE;
  // `被采纳176条`, `完好1,502个`: a short label that is only what of the whole the part is
  const named = (words: readonly string[]): boolean => words.some((x) => partLabel.includes(x));
  if (partLabel.length <= 6 && named(ofWhole) && !named(ofWholeNot)) return true;
  if (!passed.some((x) => partLabel.includes(x))) return false;
  return (
    sampled.some((x) => wholeLabel.includes(x)) ||
    (wholeLabel.length >= 2 && partLabel.startsWith(wholeLabel.slice(0, 2)))
  );
}

/**
 * The whole's clause and the part's: `应结算4,000人次，已结算3,720人次`; the whole written second with
 * 应 (`纳入86辆，应纳入88辆`); one clause `平台车辆86辆中新能源汽车22辆`; a third clause counting the
 * rest left out (`受理37件，办结35件，2件正在核查中`). Null for anything else.
 */
function twoCounts(text: string): readonly [string] | readonly [string, string] | null {
  // a comma inside 4,000 separates thousands, not the two counts
  // a clause of a date alone (`9月16日试鸣`) says when, not how many
  // a full stop at the end is no part of the last count's unit (`按期办结1,236件。`, hunt92)
  const parts = text
    .replace(BRACKETED_REMARK, '')
    .trim()
    .replace(/[。.]+$/u, '')
    .split(/[，；;]|,(?!\d{3})/u)
    .filter((c) => /\d/u.test(c.replace(DATE_IN_TEXT, '')));
  const rest = parts.at(-1);
  if (rest === undefined) return null;
  // `2件正在核查中`, `其余4处正在整改`, `1家限期整改` (after `8家机构中7家考核合格`)
  // `其余18件逾期办结`: led by 其余, the rest whatever it says of them
  const leadsRest = /^\d/.test(rest) || rest.startsWith(PART_OF_WHOLE.restLead);
  const counted = parts.length === 2 || parts.length === 3;
  const saysRest =
    rest.startsWith(PART_OF_WHOLE.restLead) || PART_OF_WHOLE.rest.some((w) => rest.includes(w));
  if (counted && leadsRest && saysRest) parts.pop();
  // `…，已整改1,213项，其中重大隐患3项全部整改`: a breakdown of the part after it
  else if (parts.length === 3 && PART_OF_WHOLE.breakdown.some((w) => rest.startsWith(w))) parts.pop();
  if (parts.length === 1) return [parts[0]!];
  if (parts.length !== 2) return null;
  const [a, b] = parts as [string, string];
  const leadsWhole = (x: string): boolean => PART_OF_WHOLE.whole.some((w) => x.startsWith(w));
  return leadsWhole(b) && !leadsWhole(a) ? [b, a] : [a, b];
}

const NUMBER = '\\d[\\d,]*';
const UNIT = [...COUNT_UNITS].sort((a, b) => b.length - a.length).join('|');
const IN = PART_OF_WHOLE.among;
/**
 * `平台车辆86辆中新能源汽车22辆`, `4个弹药储存库中3个通过公安部门验收`, `54个站点中正常运营47个`: a count,
 * what it counts, 中, the part's label, its count in the same unit, what it says of the part.
 */
const AMONG = new RegExp(
  `^(.*?)(${NUMBER})(${UNIT})([^\\d${IN}]*)${IN}(\\D*?)(${NUMBER})(${UNIT})(.*)$`,
  'u',
);
/** `9·18试鸣中48台鸣响46台`: after 中, the whole's count, the part's label and its count. */
const AMONG_AFTER = new RegExp(`^.*${IN}(${NUMBER})(${UNIT})(\\D+?)(${NUMBER})(${UNIT})$`, 'u');

/** The part and whole of one clause (`54个站点中正常运营47个`), by AMONG or AMONG_AFTER. */
function partAmong(clause: string, forRate: boolean): PartOfWhole | null {
  const m = AMONG.exec(clause);
  const after = m ? null : AMONG_AFTER.exec(clause);
  const [whole, unit, part, partUnit, label] = m
    ? [m[2]!, m[3]!, m[6]!, m[7]!, m[5]! + m[8]!]
    : after
      ? [after[1]!, after[2]!, after[4]!, after[5]!, after[3]!]
      : [];
  if (whole === undefined || unit !== partUnit) return null;
  const [w, p] = [Number(whole.replace(/,/g, '')), Number(part!.replace(/,/g, ''))];
  // `12个中2个未达标`: the misses, for a rate to be worked from; no count of what was done
  const negated = PART_OF_WHOLE.not.some((x) => label!.includes(x));
  if (w <= 0 || p > w || (negated && !forRate)) return null;
  const done = PART_OF_WHOLE.done.some((x) => label!.includes(x));
  return {
    whole: w,
    part: p,
    unit: unit!,
    plan: false,
    done,
    brokenDown: false,
    faults: negated,
    partWords: label!,
  };
}

/**
 * The part's share of the whole; for faults within it (`办结300起，其中超期6起`), against a rate to
 * reach (`100%`, `≥95%`) the share without them (98 %), against a ceiling (`≤5%`) their own share.
 */
function partRate(
  actual: Extract<NormalizedValue, { kind: 'text' }>,
  target: Extract<NormalizedValue, { kind: 'number' }>,
): NormalizedValue {
  const counts = partOfWhole(actual.text, true);
  if (!counts) return actual;
  const ceiling = target.op === '<=' || target.op === '<' || target.value === 0;
  const part = counts.faults && !ceiling ? counts.whole - counts.part : counts.part;
  return shareOf(actual.text, part, counts.whole);
}

/**
 * Against a count target, what was done: `计划5项，完成6项` against `5项` is 6项, `共排查积案36件，其中化解
 * 27件` against `≥30件` is 27件, `实际58场，其中线上活动21场` against `计划60场` is 58场 (the part only breaks
 * it down). A part that does not say it was done (`其中农民工300人次`) may not be what the target
 * counts, and is left as written.
 */
function doneCount(
  actual: Extract<NormalizedValue, { kind: 'text' }>,
  unit: string | null,
  name: string,
): NormalizedValue {
  const counts = partOfWhole(actual.text);
  if (!counts || unit === null || counts.unit !== unit) return actual;
  // a breakdown the indicator's name counts (`验收合格户数` over `已完成改厕320户，其中验收合格305户`,
  // hunt101: 320 was read) is the figure; any other breakdown only qualifies the whole
  const named = counts.partWords.length >= 2 && name.includes(counts.partWords);
  const value = counts.brokenDown && !named ? counts.whole : counts.plan || counts.done ? counts.part : null;
  if (value === null) return actual;
  return { kind: 'number', value, percent: false, unit, op: null, text: actual.text.trim() };
}

function stripFirst(label: string, words: readonly string[]): string {
  const w = words.find((x) => label.startsWith(x));
  return w ? label.slice(w.length) : label;
}

/** The one count written right after one of `words` (`满意432份`); null when none or several. */
function countAfter(text: string, words: readonly string[]): number | null {
  // by where the digits are: `调查问卷发放500份` names the same 500 after 调查 and after 发放
  const found = new Map<number, number>();
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      const count = countAt(text, at + word.length);
      if (count) found.set(count.at, count.n);
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/**
 * The one count written just before one of `words` (`调查30户，29户满意`, hunt101: the rate was left to the
 * reviewer), or null.
 */
function countBefore(text: string, words: readonly string[]): number | null {
  const units = [...SURVEY_UNITS].sort((a, b) => b.length - a.length).join('|');
  const found = [
    ...text.matchAll(new RegExp(`(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:${units})(?:${words.join('|')})`, 'gu')),
  ];
  return found.length === 1 ? Number(found[0]![1]!.replace(/,/g, '')) : null;
}

/** `432份`, `1,428份` (a few characters allowed before the digits: `问卷`, `数`, `：`). */
function countAt(text: string, from: number): { n: number; at: number } | null {
  const m = /^(\D{0,4}?)(\d{1,3}(?:,\d{3})+|\d+)\s*(\S{1,2})/.exec(text.slice(from));
  if (!m || !SURVEY_UNITS.some((u) => m[3]!.startsWith(u))) return null;
  return { n: Number(m[2]!.replace(/,/g, '')), at: from + m[1]!.length };
}
