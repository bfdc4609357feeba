import { normalizeValue } from '../grid/normalize';
import type { Comparator, NormalizedValue } from '../grid/value';
import { BRACKETED_REMARK, LAST_YEAR } from '../rules/actualWords';
import { UNITS } from '../rules/units';
import { statedChange } from './twoYears';

type Reading = NormalizedValue | null;

const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');
const startOf = (text: string, words: readonly string[]): string | undefined =>
  words.find((w) => text.startsWith(w));

/**
 * A target set against last year (`≤上年`, `不超过上年水平`, `较上年减少`, `较上年只减不增`) with an actual
 * that states the change (`较上年下降8.3%`, `比上年减少12万元`, `与上年持平`) or gives both years' figures
 * (`合格率92.4%，上年91.1%`): the target becomes "a change of at most (less than …) nothing", the
 * actual the signed change, each keeping its text. A target naming a change (`较上年提高2个百分点`)
 * gets the two years' change when it goes the target's way. Anything else is left as it is.
 */
export function versusLastYear(target: Reading, actual: Reading, name = ''): readonly [Reading, Reading] {
  if (!target || !actual || actual.kind === 'empty') return [target, actual];
  // this year's figure and last year's, as the change they make
  const stated = actual.kind === 'text' ? statedChange(fold(actual.text)) : null;
  // `较上年增长10%` against two years' counts: their change in per cent
  const relative =
    actual.kind === 'text' &&
    target.kind === 'number' &&
    target.percent &&
    !fold(target.text).includes(LAST_YEAR.written.points)
      ? statedChange(fold(actual.text), true)
      : null;
  // `≤0` beside a change on last year (`较上年下降3.2%`) is a target of no rise too
  const zeroTarget = target.kind === 'number' && target.value === 0 && target.op !== null ? target.op : null;
  const op = target.kind === 'text' ? targetComparator(fold(target.text)) : zeroTarget;
  const change = op ? changeOf(stated ?? fold(actual.text)) : null;
  if (op && change) {
    const zero: NormalizedValue = { ...change, value: 0, op, text: target.text };
    return [zero, { ...change, text: actual.text }];
  }
  // `较上年提高2个百分点` against the two years: the change, when it goes the target's way
  const moved = relative ?? stated;
  // (or the indicator's name names it: `受威胁群众减少人数` against `≥1500人`)
  const asked = target.kind === 'number' ? (wayOf(fold(target.text)) ?? wayIn(name)) : null;
  if (moved !== null && target.kind === 'number' && asked === wayOf(moved)) {
    const read = normalizeValue(moved);
    // the change worked out here is shown, as a survey's share is: `… = 较上年增长6.2069%`
    const text = `${actual.text.trim()} = ${moved}`;
    if (read.kind === 'number') return [target, { ...read, text }];
  }
  // `较上年减少12天` against `≥15天` (or `较上年缩短≥15天`) of a 缩短 indicator: the change asked for, so
  // much, against the change made, its size
  const own = asked !== null && moved === null && actual.kind === 'text' ? changeOf(fold(actual.text)) : null;
  if (own !== null && target.kind === 'number' && sameKind(own, target) && wayOfSign(own.value) === asked)
    return [target, { ...own, value: Math.abs(own.value), text: actual.text }];
  // `71.4%` against `较上年提高2个百分点` (hunt107: read as 71.4 % ≥ 2 %): this year's level, without last
  // year's, says nothing of the change asked for
  if (asked !== null && moved === null && actual.kind === 'number' && !namesChange(fold(actual.text)))
    return [target, { kind: 'text', achievement: null, text: actual.text }];
  return [target, actual];
}

function wayOfSign(value: number): 'up' | 'down' | null {
  return value > 0 ? 'up' : value < 0 ? 'down' : null;
}

/** Both in per cent, or both of one unit (万元 and 元 are read as 元). */
function sameKind(
  a: Extract<NormalizedValue, { kind: 'number' }>,
  b: Extract<NormalizedValue, { kind: 'number' }>,
): boolean {
  return a.percent === b.percent && a.unit === b.unit;
}

/** A figure written as a change (`提高2.3个百分点`, `增长6%`, `较上年…`), not as a level. */
function namesChange(text: string): boolean {
  const ways = [...LAST_YEAR.down, ...LAST_YEAR.up, ...LAST_YEAR.shortWays, ...LAST_YEAR.against];
  return text.includes(LAST_YEAR.written.points) || ways.some((w) => text.includes(w));
}

/** Up or down, as a name says it (`受威胁群众减少人数`); null for neither or both. */
function wayIn(name: string): 'up' | 'down' | null {
  const down = LAST_YEAR.down.some((w) => name.includes(w));
  const up = LAST_YEAR.up.some((w) => name.includes(w));
  return down === up ? null : down ? 'down' : 'up';
}

/** Up or down, as a change against last year says (`较上年提高2个百分点` → up); null otherwise. */
function wayOf(text: string): 'up' | 'down' | null {
  const rest = afterAgainst(text);
  if (rest === null) return null;
  return startOf(rest, LAST_YEAR.up) ? 'up' : startOf(rest, LAST_YEAR.down) ? 'down' : null;
}

/** `≤上年` → <=, `较上年减少` → <, `较上年增长` → >; null for anything else. */
function targetComparator(text: string): Comparator | null {
  const [word, op] = LAST_YEAR.targetOps.find(([w]) => text.startsWith(w)) ?? ['', null];
  if (op !== null) {
    const rest = afterPeriod(text.slice(word.length));
    return rest !== null && (rest === '' || LAST_YEAR.targetTails.includes(rest as never)) ? op : null;
  }
  // `降低` alone, beside an actual set against last year (`较上年下降约6%`): the same target
  const rest = afterAgainst(text) ?? (wayWord(text) ? text : null);
  if (rest === null) return null;
  if (LAST_YEAR.notUp.includes(rest as never)) return '<=';
  return LAST_YEAR.down.includes(rest as never) ? '<' : LAST_YEAR.up.includes(rest as never) ? '>' : null;
}

function wayWord(text: string): boolean {
  return [...LAST_YEAR.down, ...LAST_YEAR.up, ...LAST_YEAR.notUp].includes(text as never);
}

/** The words after `较上年` or `同比`; null when the text does not start so. */
function afterAgainst(text: string): string | null {
  const against = startOf(text, LAST_YEAR.against);
  if (against === undefined) return null;
  const rest = text.slice(against.length);
  return LAST_YEAR.againstLastYear.includes(against as never) ? rest : afterPeriod(rest);
}

function afterPeriod(text: string): string | null {
  const period = startOf(text, LAST_YEAR.periods);
  return period === undefined ? null : text.slice(period.length);
}

const CLAUSE_BREAK = /[，,；;。]/u;

/**
 * The clause that states the change, from its against-word on, bracketed remarks left out:
 * `外借较上年增长3.2%` → `较上年增长3.2%`, `受理投诉218件，较上年增加23件` → `较上年增加23件`,
 * `较上年下降6.3%（上年18.6万元，本年17.43万元）` → `较上年下降6.3%`. The text as it is otherwise.
 */
function changeClause(text: string): string {
  const clauses = text.replace(BRACKETED_REMARK, '').split(CLAUSE_BREAK);
  const ways = [...LAST_YEAR.down, ...LAST_YEAR.up];
  for (const [i, clause] of clauses.entries()) {
    const at = againstAt(clause);
    // a label before it (`外借`), not a figure of its own; no other clause naming a way
    // (`较上年下降8.3%，增长2%` says two things)
    if (at < 0 || /\d/u.test(clause.slice(0, at))) continue;
    const others = clauses.filter((c, j) => j !== i && ways.some((w) => c.includes(w)));
    return others.length === 0 ? clause.slice(at) : text;
  }
  return text;
}

/** Where `较上年`, `比上年`, `同比` … first stands in a clause; -1 for nowhere. */
function againstAt(clause: string): number {
  let first = -1;
  for (let i = 0; i < clause.length && first < 0; i++) {
    if (afterAgainst(clause.slice(i)) !== null) first = i;
  }
  return first;
}

/** `较上年下降8.3%` → -8.3 %, `比上年减少12万元` → -120000 元, `与上年持平` → 0; null otherwise. */
function changeOf(whole: string): Extract<NormalizedValue, { kind: 'number' }> | null {
  const text = changeClause(whole);
  // `降低约8%` beside a target set against last year names the change without naming the year again
  const direct = startOf(text, [...LAST_YEAR.down, ...LAST_YEAR.up]) === undefined ? null : text;
  const rest = afterAgainst(text) ?? direct;
  if (rest === null) return null;
  if (LAST_YEAR.flat.includes(rest as never)) return number(0, false, null);
  const down = startOf(rest, LAST_YEAR.down);
  const way = down ?? startOf(rest, LAST_YEAR.up);
  if (way === undefined) return null;
  const after = rest.slice(way.length);
  const about = startOf(after, LAST_YEAR.about) ?? '';
  const amount = normalizeValue(after.slice(about.length));
  if (amount.kind !== 'number' || amount.op !== null) return null;
  const points = amount.unit !== null && UNITS[amount.unit]?.pp === true;
  const sign = down === undefined ? 1 : -1;
  return number(sign * amount.value, amount.percent || points, points ? null : amount.unit);
}

function number(
  value: number,
  percent: boolean,
  unit: string | null,
): Extract<NormalizedValue, { kind: 'number' }> {
  return { kind: 'number', value, percent, unit, op: null, text: '' };
}
