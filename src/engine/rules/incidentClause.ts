import {
  ALL_DONE_PREFIXES,
  BRACKETED_REMARK,
  COUNT_LEADS,
  INCIDENT_WORDS,
  SUBSET_PREFIXES,
  TOTAL_PREFIXES,
} from './actualWords';
import { CHINESE_NUMERAL_CLASS, parseChineseNumeral } from '../grid/chineseNumerals';
import {
  ALL_IN_TIME_MARKS,
  EACH_OF,
  EVENT_UNITS,
  LEFT_UNDONE,
  LIST_BREAK,
  DATE_IN_TEXT,
} from './sentenceWords';
import { MEASURE_FIGURE } from './units';
import { statesAbsence } from './verdictWords';

/** Clause breaks of an actual written as a sentence (its bracketed remarks left out first). */
const BREAKS = /[，,；;。]/u;
const NUMBER = /\d+(?:\.\d+)?/u;
const NUMBERS = /\d+(?:\.\d+)?/gu;

/**
 * What a sentence says about incidents under a per-occurrence rule: the count of the one clause
 * that names an incident (`被申请复议1件，败诉1件` → 1), none when no clause with a number names
 * one and another says none or all (`在册326人，全部纳入列管`, `…，无败诉案件` → 0), and null when
 * it cannot tell (two clauses naming incidents, or a count of something else alone). `undefined`
 * for an actual that is one short clause or one led by its count (`1起`, `投诉2次`, `1起一般事故`):
 * the caller reads it as before.
 */
export function incidentCount(text: string): number | null | undefined {
  const pieces = clausesOf(text);
  const clauses = pieces.map((p) => p.clause);
  const counted = clauses.filter((c) => NUMBER.test(c));
  // one short clause (`投诉2次`) or one led by its count (`1起一般事故`): the count alone
  const alone =
    clauses.length === 1 && (leadsWithCount(clauses[0]!) || clauses[0]!.replace(NUMBER, '').length <= 3);
  if (counted.length === 0 || alone) return undefined;
  // beside other clauses, a count leading its own clause names its incidents; a total (共87件) does not
  const naming = counted.filter(
    (c) =>
      INCIDENT_WORDS.some((w) => c.includes(w)) ||
      (leadsWithCount(c) && !TOTAL_PREFIXES.some((w) => c.startsWith(w))),
  );
  const saysAll = clauses.some((c) => ALL_DONE_PREFIXES.some((w) => c.startsWith(w)));
  // `发生的2起事故均在1小时内报送`: the count is of the events, each in time — not of those late
  if (naming.some((c) => ALL_IN_TIME_MARKS.some((w) => c.includes(w)))) return null;
  if (naming.length === 1) {
    // `轻伤事故1起、险情2次`: counts of two kinds in one list, which the rule may count apart
    const part0 = naming[0]!;
    if (part0.includes(LIST_BREAK) && !part0.includes(EACH_OF) && part0.match(NUMBERS)!.length > 1)
      return null;
    // `全部在60日内办结，超期2件` contradicts itself; `全部审核，其中2件未审核` names the exceptions
    // `发生事故2起，其中负主要责任1起`: the 其中 count may be the one the rule counts
    const part = naming[0]!;
    const subset = (c: string): boolean => SUBSET_PREFIXES.some((w) => c.startsWith(w));
    if (!subset(part) && (saysAll || counted.some((c) => c !== part && subset(c)))) return null;
    // `未发生储粮安全事故；发生1起一般性虫害`: none of one thing first, then one of another the rule may
    // not count (`发生轻伤事故1起，无重伤及死亡事故` names the lesser count first: it stands)
    // (`全年无医疗事故，发生医疗纠纷1起`: a year without the worse kind, then the count the rule takes)
    const noneFirst = clauses.findIndex((c) => !NUMBER.test(c) && statesAbsence(c, false));
    if (noneFirst >= 0 && noneFirst < clauses.indexOf(part)) return null;
    return Number(NUMBER.exec(part)![0]) * pieces[clauses.indexOf(part)]!.times;
  }
  if (naming.length > 1) return null;
  const saysNone = clauses.some((c) => !NUMBER.test(c) && statesAbsence(c));
  return saysAll || saysNone ? 0 : null;
}

/**
 * The clauses of a sentence without its bracketed remarks, dates (`9月5日`) and spans of time or money
 * (`全年12个月`), none empty; `times`: how many things its count is each of (`3月、8月各迟报1次` is 2).
 */
function clausesOf(text: string): { clause: string; times: number }[] {
  return text
    .replace(BRACKETED_REMARK, '')
    .replaceAll(/(\d),(\d{3})/gu, '$1$2')
    .split(BREAKS)
    .map((raw) => {
      const at = raw.indexOf(EACH_OF);
      const listed = at < 0 ? 1 : raw.slice(0, at).split(LIST_BREAK).length;
      const clause = inDigits(raw.replace(DATE_IN_TEXT, '').replace(MEASURE_FIGURE, '').trim());
      return { clause, times: listed };
    })
    .filter((p) => p.clause !== '');
}

const NUMERAL_COUNT = new RegExp(
  `(${CHINESE_NUMERAL_CLASS}+)(${EVENT_UNITS.join('|')})(?=$|${LIST_BREAK})`,
  'gu',
);

/**
 * `一般性差错三起` → `一般性差错3起`: counts in Chinese numerals ending the clause or a part of its list,
 * in digits (`一起开展` is together, not a count).
 */
function inDigits(clause: string): string {
  return clause.replace(NUMERAL_COUNT, (whole, numeral: string, unit: string) => {
    const n = parseChineseNumeral(numeral);
    return n === null ? whole : `${n}${unit}`;
  });
}

/**
 * `排查发现问题23个，已整改21个，剩余2个正在整改中` under `发现问题未整改的，每个扣3分`: the one clause
 * counting what is left undone (2); null when none or several do.
 */
export function unfinishedCount(text: string): number | null {
  const left = clausesOf(text).filter(
    (p) => NUMBER.test(p.clause) && LEFT_UNDONE.some((w) => p.clause.includes(w)),
  );
  return left.length === 1 ? Number(NUMBER.exec(left[0]!.clause)![0]) * left[0]!.times : null;
}

/**
 * `1起`, `共2件`, `全年3次`, `1起一般事故`: the count leads its clause (nothing, or a word of time or
 * total, before it), so it counts what the clause names after it.
 */
function leadsWithCount(clause: string): boolean {
  const at = NUMBER.exec(clause)?.index;
  return at !== undefined && COUNT_LEADS.includes(clause.slice(0, at));
}
