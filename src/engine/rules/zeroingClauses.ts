/**
 * The clause of an actual reporting what the rule zeroes the row for, whatever its per-occurrence
 * deduction says: a kind of event (`发生较大突发环境事件1起` under `…，发生较大及以上事件不得分`), or a thing
 * done to the unit, told in the passive (`…已被省交通运输厅通报批评` under `被上级部门通报批评的，实行一票
 * 否决，本项不得分`; hunt92: one deduction of 1 where the row scores 0).
 */
import { clausesOf, countsIn, RULE_BREAKS, sum } from './clauseCounts';
import { WORDS } from './lexicon';
import {
  AND_ABOVE,
  KIND_NOUNS,
  PASSIVE_DENIED,
  PASSIVE_MARK,
  SAME_ITEM,
  VETO_WORDS,
  WORKED_OUT_SUFFIX,
} from './sentenceWords';
import { fold } from './verdictWords';

/** The clause that zeroes the row, or null when none does or the rule zeroes for nothing. */
export function zeroingClause(text: string, ruleText: string): string | null {
  const clauses = fold(ruleText).split(RULE_BREAKS);
  return kindClause(text.replace(WORKED_OUT_SUFFIX, ''), clauses) ?? vetoClause(text, clauses);
}

/** The words of a zeroing clause before its 不得分, without 本项 (`发生重大事故的，本项不得分` → ''). */
function beforeZero(clause: string): string {
  return WORDS.zero.reduce((h, w) => h.split(w)[0]!, clause).replace(SAME_ITEM, '');
}

/**
 * A clause naming the kind's own words (较大, what is left of 较大及以上事件 without 及以上 and 事件) with a
 * count above 0; a none of the kind (`较大及以上事件0起`) zeroes nothing.
 */
function kindClause(text: string, clauses: readonly string[]): string | null {
  const kinds = clauses
    .map((c, i) => {
      if (!WORDS.zero.some((w) => c.includes(w)) || /\d/u.test(c)) return '';
      // `发生重大安全事故的，本项不得分`: the thing in the clause before
      const own = beforeZero(c);
      const thing = (own === '' ? (clauses[i - 1] ?? '') : own).replace(/的$/u, '');
      const occur = WORDS.occur.find((w) => thing.startsWith(w));
      if (occur === undefined || /\d/u.test(thing)) return '';
      return thing.slice(occur.length).replace(KIND_NOUNS, '').replace(AND_ABOVE, '');
    })
    .filter((kind) => kind.length >= 2);
  if (kinds.length === 0) return null;
  return (
    clausesOf(text)
      .map((p) => p.clause)
      .find((c) => kinds.some((k) => c.includes(k)) && sum(countsIn(c)) > 0) ?? null
  );
}

/**
 * The last four characters of the rule's passive condition (通报批评), said of the unit and not denied
 * (`未被通报批评` zeroes nothing).
 */
function vetoClause(text: string, clauses: readonly string[]): string | null {
  const kinds = clauses.flatMap((c, i) => {
    if (!WORDS.zero.some((w) => c.includes(w)) || beforeZero(c) !== '') return [];
    // back over the clauses that only say it is a veto, to the condition
    let j = i - 1;
    while (j >= 0 && VETO_WORDS.includes(clauses[j]!)) j--;
    const condition = (clauses[j] ?? '').replace(/的$/u, '');
    if (j === i - 1 || !condition.startsWith(PASSIVE_MARK) || /\d/u.test(condition)) return [];
    return [[...condition].slice(-4).join('')];
  });
  if (kinds.length === 0) return null;
  return (
    text
      .split(/[，,；;。\n（）()]/u)
      .find((c) => kinds.some((k) => c.includes(k)) && c.includes(PASSIVE_MARK) && !PASSIVE_DENIED.test(c)) ??
    null
  );
}
