import {
  ALL_DONE_PREFIXES,
  BRACKETED_REMARK,
  COUNT_LEADS,
  DONE_IN_LIST,
  INCIDENT_WORDS,
  PAST_LIMIT,
  SUBSET_PREFIXES,
  TOTAL_PREFIXES,
} from './actualWords';
import { CHINESE_NUMERAL_CLASS, parseChineseNumeral } from '../grid/chineseNumerals';
import {
  ALL_IN_TIME_MARKS,
  COUNT_SPELLINGS,
  EACH_OF,
  EVENT_UNITS,
  LIST_BREAK,
  DATE_IN_TEXT,
  ALLOWANCE_LEADS,
  MISSED_MARKS,
  NOT_MISSED_MARKS,
  UPHELD_MARKS,
  WORKED_OUT_SUFFIX,
} from './sentenceWords';
import { WORDS } from './lexicon';
import { snap } from './explain';
import { PART_OF_WHOLE } from './surveyWords';
import { absentThing, fold, statesAbsence } from './verdictWords';
import { BREAKS, clausesOf, countsIn, NUMBER, RULE_BREAKS, sum } from './clauseCounts';

const NUMBERS = /\d+(?:\.\d+)?/gu;

/**
 * What a sentence says about incidents under a per-occurrence rule: the count of the one clause
 * that names an incident (`被申请复议1件，败诉1件` → 1), none when no clause with a number names
 * one and another says none or all (`在册326人，全部纳入列管`, `…，无败诉案件` → 0), and null when
 * it cannot tell (two clauses naming incidents, or a count of something else alone). `undefined`
 * for an actual that is one short clause or one led by its count (`1起`, `投诉2次`, `1起一般事故`):
 * the caller reads it as before.
 */
export function incidentCount(text: string, unit = '', ruleText = ''): number | null | undefined {
  const pieces = clausesOf(text);
  const clauses = pieces.map((p) => p.clause);
  const counted = clauses.filter((c) => NUMBER.test(c));
  // one short clause (`投诉2次`) or one led by its count (`1起一般事故`): the count alone
  const alone =
    clauses.length === 1 && (leadsWithCount(clauses[0]!) || clauses[0]!.replace(NUMBER, '').length <= 3);
  if (counted.length === 0 || alone) return undefined;
  // beside other clauses, a count leading its own clause names its incidents; a total (共87件) does not
  let naming = counted.filter(
    (c) =>
      INCIDENT_WORDS.some((w) => c.includes(w)) ||
      (leadsWithCount(c) && !TOTAL_PREFIXES.some((w) => c.startsWith(w))),
  );
  // `发生较大及以上突发环境事件0起，一般突发环境事件1起` under `每发生1起一般突发环境事件扣2分`: of several
  // counts, the one clause naming what the rule deducts for, whatever verb the others lead with, when
  // the others count none (a count of another kind may be one the rule zeroes the row for)
  const deducted = counted.filter((c) => namesDeducted(c, ruleText));
  const othersNone = counted.every((c) => c === deducted[0] || countsIn(c).every((k) => k.n === 0));
  if (deducted.length === 1 && othersNone) naming = deducted;
  // `收到投诉3件，经核实有效投诉2件` under `每发生1起有效投诉扣1分`: the one count naming it, a narrowing of
  // the others (no more than any of them; hunt111: read as none, its 均已整改 taken for all well)
  const narrowed = deducted.length === 1 && !othersNone ? countsIn(deducted[0]!) : [];
  const wider = counted.filter((c) => c !== deducted[0]).flatMap((c) => countsIn(c).map((k) => k.n));
  if (narrowed.length === 1 && wider.every((n) => n >= narrowed[0]!.n)) return narrowed[0]!.n;
  const saysAll = clauses.some((c) => ALL_DONE_PREFIXES.some((w) => c.startsWith(w)));
  // `发生的2起事故均在1小时内报送`: the count is of the events, each in time — not of those late
  if (naming.some((c) => ALL_IN_TIME_MARKS.some((w) => c.includes(w)))) return null;
  if (naming.length === 1) {
    const part = naming[0]!;
    const counts = countsIn(part);
    // `违规发放补贴1笔、白条入账2笔`: one kind of fault each, in one unit — added; `轻伤事故1起、险情2次`:
    // counts of two kinds in one list, which the rule may count apart
    const listed = part.includes(LIST_BREAK) && !part.includes(EACH_OF) && counts.length > 1;
    if (listed && !addsUp(part, counts)) return null;
    const subset = (c: string): boolean => SUBSET_PREFIXES.some((w) => c.startsWith(w));
    // `全部在60日内办结，超期2件` contradicts itself; `全部审核，其中2件未审核` names the exceptions
    // `发生事故2起，其中负主要责任1起`: the 其中 count may be the one the rule counts
    if (!subset(part) && (saysAll || counted.some((c) => c !== part && subset(c)))) return null;
    // `未发生储粮安全事故；发生1起一般性虫害`: none of one thing first, then one of another the rule may
    // not count (`发生轻伤事故1起，无重伤及死亡事故` names the lesser count first: it stands)
    // (`全年无医疗事故，发生医疗纠纷1起`: a year without the worse kind, then the count the rule takes)
    // `发生幼儿轻微擦伤3起，无安全责任事故` under `发生安全责任事故1起扣5分`: none of what the rule counts
    // (not when the counted clause names it too: `一般突发环境事件1起，较大及以上突发环境事件0起`)
    const partNamesDeducted = namesDeducted(part, ruleText);
    if (!partNamesDeducted && clauses.some((c) => c !== part && noneOfRulesThing(c, part, ruleText)))
      return 0;
    // (`未发生测报责任事故，但发生数据漏报两次` under `…；数据漏报、错报每次扣1分`: the count the rule names)
    const noneFirst = clauses.findIndex((c) => !NUMBER.test(c) && statesAbsence(c, false));
    if (noneFirst >= 0 && noneFirst < clauses.indexOf(part) && !partNamesDeducted) return null;
    // `发生行政复议1件，复议维持原处罚决定`: the case was upheld; a rule may count cases or only those lost
    if (clauses.some((c) => c !== part && UPHELD_MARKS.some((w) => c.includes(w)))) return null;
    // `12个班中11个班达标`: a part within a whole; the rest of it are the misses when the part passed
    const among = amongCounts(part);
    if (among) return among * pieces[clauses.indexOf(part)]!.times;
    // `两批次5人次` under `每发生1批次扣3分`: the one count in the rule's unit, else the first
    const inUnit = unit === '' ? [] : counts.filter((c) => c.unit.startsWith(unit));
    const n = listed ? sum(counts) : inUnit.length === 1 ? inUnit[0]!.n : counts[0]!.n;
    return n * pieces[clauses.indexOf(part)]!.times;
  }
  // `全年受理企业投诉7件，经核查有效投诉5件，均已办结` under `有效投诉3件以内得7分`: the count of the
  // thing the rule names, whatever the other clauses count
  // `平均9个工作日发放，有3笔超过15个工作日` under `每有1笔超时扣1分`: the one count in the rule's unit
  // past a limit (hunt117: left to the reviewer)
  const past = naming.length === 0 ? counted.filter((c) => PAST_LIMIT.some((w) => c.includes(w))) : [];
  const pastInUnit = past.flatMap((c) => countsIn(c).filter((k) => unit !== '' && k.unit.startsWith(unit)));
  if (past.length === 1 && pastInUnit.length === 1)
    return pastInUnit[0]!.n * pieces[clauses.indexOf(past[0]!)]!.times;
  const named = namedCount(counted, unit, ruleText);
  if (named !== undefined) return named;
  if (naming.length > 1) return null;
  const ended = endedCount(clauses, counted, unit, ruleText);
  if (ended !== null) return ended * pieces[clauses.indexOf(counted[0]!)]!.times;
  const saysNone = clauses.some((c) => !NUMBER.test(c) && statesAbsence(c));
  return saysAll || saysNone ? 0 : null;
}

/**
 * `查处违法案件三件，均已结案` under `每发生1件扣2分`: one count in the rule's unit, then a clause saying how
 * all of them ended. The rule deducts for each that happened (no word of work left undone), so the
 * count stands (3); null for anything else.
 */
function endedCount(
  clauses: readonly string[],
  counted: readonly string[],
  unit: string,
  ruleText: string,
): number | null {
  const [part] = counted;
  if (part === undefined || counted.length !== 1 || unit === '') return null;
  const allAfter = clauses
    .slice(clauses.indexOf(part) + 1)
    .some((c) => ALL_DONE_PREFIXES.some((w) => c.startsWith(w)));
  const perHappening = WORDS.each.some((e) => WORDS.occur.some((o) => ruleText.includes(e + o)));
  if (!allAfter || !perHappening || WORDS.unfinished.some((w) => ruleText.includes(w))) return null;
  const inUnit = countsIn(part).filter((c) => c.unit.startsWith(unit));
  return inUnit.length === 1 ? inUnit[0]!.n : null;
}

/**
 * The count in the one clause of the actual naming the thing a clause of the rule counts in its unit
 * (`有效投诉3件以内得7分` names 有效投诉; `经核查有效投诉5件` → 5), when exactly one clause names it.
 */
function namedCount(counted: readonly string[], unit: string, ruleText: string): number | undefined {
  if (unit === '') return undefined;
  const things = fold(ruleText)
    .split(RULE_BREAKS)
    .map(
      (c) =>
        new RegExp(`^([^\\d]+?)(?:${ALLOWANCE_LEADS.join('|')})?\\d+(?:\\.\\d+)?${unit}`, 'u').exec(c)?.[1],
    )
    .filter((t): t is string => t !== undefined && t.length >= 2 && !WORDS.deduct.some((w) => t.includes(w)));
  for (const thing of new Set(things)) {
    const at = new RegExp(`${thing}(\\d+(?:\\.\\d+)?)${unit}`, 'u');
    const hits = counted.map((c) => at.exec(c)?.[1]).filter((n): n is string => n !== undefined);
    if (hits.length === 1) return Number(hits[0]);
  }
  return undefined;
}

/**
 * A clause saying none of the thing the rule deducts for (`无安全责任事故` under `发生安全责任事故1起扣5分`),
 * when the counted clause names something else. A none of a thing the rule does not name
 * (`发生轻伤事故1起，无重伤及死亡事故` under `每发生1起安全事故…`) or names only to zero the row
 * (`…，无较大及以上事故` under `发生一般事故每起扣2分，发生较大及以上事故本项不得分`) leaves the count standing.
 */
function noneOfRulesThing(clause: string, counted: string, ruleText: string): boolean {
  const thing = absentThing(clause);
  if (thing === null || counted.includes(thing)) return false;
  return deductingClauses(ruleText).some((c) => c.includes(thing));
}

/** The rule's clauses that deduct per occurrence, not those that zero the row (folded). */
function deductingClauses(ruleText: string): string[] {
  return fold(ruleText)
    .split(RULE_BREAKS)
    .filter((c) => WORDS.deduct.some((w) => c.includes(w)) && !WORDS.zero.some((w) => c.includes(w)));
}

/**
 * `但发生数据漏报2次` under `数据漏报、错报每次扣1分`: the counted clause names a thing a deducting clause of
 * the rule lists before its count (数据漏报, 错报), so the count is one the rule takes.
 */
function namesDeducted(counted: string, ruleText: string): boolean {
  return deductedThings(ruleText).some((thing) => counted.includes(thing) || namedApart(counted, thing));
}

/**
 * `发生一般道路运输事故3起` names the rule's `一般事故` with words between its kind and its noun (hunt92: the
 * row was left to the reviewer): the thing's first two characters, then its last two, in that order.
 */
function namedApart(counted: string, thing: string): boolean {
  if ([...thing].length < 4) return false;
  const kind = counted.indexOf(thing.slice(0, 2));
  return kind >= 0 && counted.indexOf(thing.slice(-2), kind + 2) > kind;
}

/**
 * The things the rule's deducting clauses count: those listed before the count (`数据漏报、错报每次扣1分`)
 * and the one named after it (`每发生1起一般突发环境事件扣2分` → 一般突发环境事件).
 */
function deductedThings(ruleText: string): string[] {
  return deductingClauses(ruleText).flatMap((clause) => {
    const [before = '', ...rest] = clause.split(/\d+(?:\.\d+)?/u);
    const head = WORDS.each.reduce((h, w) => h.split(w)[0]!, before);
    const occur = WORDS.occur.find((w) => head.startsWith(w)) ?? '';
    const listed = head.slice(occur.length).split(LIST_BREAK);
    // after the count: its unit, then the thing, up to the deduction
    const after = rest[0] ?? '';
    const unit = EVENT_UNITS.find((u) => after.startsWith(u)) ?? '';
    const cut = Math.min(...WORDS.deduct.map((w) => after.indexOf(w)).filter((i) => i >= 0));
    const named = unit === '' || !Number.isFinite(cut) ? '' : after.slice(unit.length, cut);
    return [...listed, named].filter((thing) => thing.length >= 2);
  });
}

/**
 * The count of each kind of event an actual reports (`发生一般医疗纠纷3起，较大医疗纠纷1起` under kinds 一般 and
 * 较大 → [3, 1]), by the word naming the kind in each counting clause; a kind not named is 0. Null
 * when a clause counts something naming no kind, or more than one.
 */
export function kindCounts(text: string, words: readonly string[]): number[] | null {
  const broken = breakdownCounts(text, words);
  if (broken !== undefined) return broken;
  const counts = words.map(() => 0);
  let told = false;
  // a clause naming two kinds is read by the parts of its list (`县级演练1场、乡镇演练2场`)
  const parts = clausesOf(text).flatMap(({ clause, times }) =>
    words.filter((w) => clause.includes(w)).length > 1
      ? clause.split(LIST_BREAK).map((part) => ({ clause: part, times }))
      : [{ clause, times }],
  );
  for (const { clause, times } of parts) {
    const n = sum(countsIn(clause));
    const hits = words.flatMap((w, i) => (clause.includes(w) ? [i] : []));
    // `未发生医疗纠纷`: none; `发生较大纠纷` (no count) or `较好`: not told
    if (n === 0 && !/\d/u.test(clause)) {
      if (statesAbsence(clause)) told = true;
      else if (hits.length > 0 || WORDS.occur.some((w) => clause.includes(w))) return null;
      continue;
    }
    // `全年应报月报、季报、年报共36次，迟报2次`: a count naming no kind and nothing that went wrong is
    // what the others are counted in (hunt111)
    if (hits.length === 0 && !INCIDENT_WORDS.some((w) => clause.includes(w))) continue;
    told = true;
    if (n === 0) continue;
    if (hits.length !== 1) return null;
    counts[hits[0]!] = counts[hits[0]!]! + n * times;
  }
  return told ? counts : null;
}

/**
 * `演练5场（县级2场、乡镇3场）`: a total with its breakdown by kind in brackets is read by the
 * breakdown, when the total outside is its sum (or there is none); null when the two disagree;
 * undefined when no bracket names a kind.
 */
function breakdownCounts(text: string, words: readonly string[]): number[] | null | undefined {
  const brackets = text.match(BRACKETED_REMARK) ?? [];
  const named = brackets.filter((b) => words.some((w) => b.includes(w)));
  if (named.length !== 1) return named.length === 0 ? undefined : null;
  const inner = kindCounts(named[0]!.slice(1, -1), words);
  if (inner === null) return null;
  // the total is the count of the clause the bracket sits in (`…，参演1200人次` is another thing)
  const own = text.split(BREAKS).find((raw) => raw.includes(named[0]!)) ?? '';
  const outside = sum(clausesOf(own).flatMap(({ clause }) => countsIn(clause)));
  const total = inner.reduce((t, n) => t + n, 0);
  return outside === 0 || snap(outside - total) === 0 ? inner : null;
}

const AMONG_CLAUSE = new RegExp(`^\\D*?(\\d+)(\\D{1,5}?)${PART_OF_WHOLE.among}(\\d+)(\\D*)$`, 'u');

/**
 * `12个班中11个班达标` → 1 (the ones that did not pass), `全年作业46次中2次超时` → 2 (the part itself); null
 * for a clause not so, or a part larger than its whole.
 */
function amongCounts(clause: string): number | null {
  const m = AMONG_CLAUSE.exec(clause);
  if (!m) return null;
  const [whole, part] = [Number(m[1]), Number(m[3])];
  if (part > whole) return null;
  return PART_OF_WHOLE.passed.some((w) => m[4]!.includes(w)) ? whole - part : part;
}

/** A list of counts in one unit, none of them of something done (`发现问题3个、整改2个` is no sum). */
function addsUp(clause: string, counts: readonly { unit: string }[]): boolean {
  const unit = counts[0]!.unit.slice(0, 1);
  if (unit === '' || counts.some((c) => !c.unit.startsWith(unit))) return false;
  return !clause
    .split(LIST_BREAK)
    .slice(1)
    .some((item) => DONE_IN_LIST.some((w) => item.includes(w)));
}

/**
 * `1起`, `共2件`, `全年3次`, `1起一般事故`: the count leads its clause (nothing, or a word of time or
 * total, before it), so it counts what the clause names after it.
 */
function leadsWithCount(clause: string): boolean {
  const at = NUMBER.exec(clause)?.index;
  return at !== undefined && COUNT_LEADS.includes(clause.slice(0, at));
}

/**
 * A rate a reader worked out from a sentence's counts (`全年应报报表1,248份，按时报送1,245份 =
 * 99.7596%`): how many of the whole it misses (3), from the one pair of its counts whose share it is;
 * null for a rate not worked out so, or with no such pair or several.
 */
export function missesOf(text: string, rate: number): number | null {
  if (!WORKED_OUT_SUFFIX.test(text)) return null;
  const counts = [
    ...text
      .replace(WORKED_OUT_SUFFIX, '')
      .replaceAll(/(\d),(\d{3})/gu, '$1$2')
      .matchAll(NUMBERS),
  ]
    .map((m) => Number(m[0]))
    .filter((n) => n > 0 && Number.isInteger(n));
  const found = new Set<number>();
  for (const whole of counts)
    for (const part of counts)
      if (part < whole && Math.round((part / whole) * 1e6) / 1e4 === rate) found.add(whole - part);
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * `一、二、四季度各曝光1批`, read as its count 1: each of a listed three did it once, so 3; null for a
 * sentence without one such clause, or whose count is not the one read.
 */
export function eachOfListed(text: string, count: number): number | null {
  const listed = clausesOf(text).filter((p) => p.times > 1 && NUMBER.test(p.clause));
  if (listed.length !== 1) return null;
  const each = Number(NUMBER.exec(listed[0]!.clause)![0]);
  return each === count ? each * listed[0]!.times : null;
}

/**
 * `11月组织全体供养对象体检1次，3名住院人员未参检` under `每少1人扣0.5分`: the one clause counting the
 * rule's unit (人, written 名) as missed out (3); null when no clause or several do.
 */
export function missedCount(text: string, unit: string): number | null {
  const spellings = COUNT_SPELLINGS[unit] ?? [unit];
  // a count in the unit, not in another that starts alike (人次 is no 人)
  const counted = new RegExp(`(\\d+|${CHINESE_NUMERAL_CLASS}+)(?:${spellings.join('|')})(?!次)`, 'gu');
  const found: number[] = [];
  for (const raw of text.replace(BRACKETED_REMARK, '').split(BREAKS)) {
    const clause = raw.replace(DATE_IN_TEXT, '');
    const counts = [...clause.matchAll(counted)];
    const missed = MISSED_MARKS.some((w) => clause.includes(w));
    if (counts.length !== 1 || !missed || NOT_MISSED_MARKS.some((w) => clause.includes(w))) continue;
    const n = /^\d/u.test(counts[0]![1]!) ? Number(counts[0]![1]) : parseChineseNumeral(counts[0]![1]!);
    if (n !== null) found.push(n);
  }
  return found.length === 1 ? found[0]! : null;
}
