/**
 * Items a sentence names as done or not (`完成魁星阁、李氏宗祠修缮，文昌宫…未开工`), for rules counting
 * items done, unfinished or missing.
 */
import { CHINESE_NUMERAL_CLASS, parseChineseNumeral } from '../grid/chineseNumerals';
import { clausesOf, NUMBER } from './clauseCounts';
import { DONE_LEADS, LIST_BREAK, NOT_DONE_MARKS } from './sentenceWords';

/**
 * `完成城关库、东城库维修，西河库维修未启动` against `完成3个库点维修`: a clause says some was not started
 * or done, so the items named as done (2) short of the target's count (3) are the unfinished (1);
 * null when it cannot say how many. Undefined when no clause says so, or a count is written.
 */
export function namedShortfall(text: string, target: number | null): number | null | undefined {
  const named = namedDone(text);
  if (named === undefined) return undefined;
  return named === null || target === null || target <= named ? null : target - named;
}

/**
 * `完成魁星阁、李氏宗祠修缮，文昌宫因设计方案调整未开工`: beside a clause saying some was not started or
 * done, the items the one done clause names (2); null when it cannot say how many. Undefined when no
 * clause says so, or a count is written.
 */
export function namedDone(text: string): number | null | undefined {
  const clauses = clausesOf(text).map((p) => p.clause);
  if (!clauses.some((c) => NOT_DONE_MARKS.some((w) => c.includes(w)))) return undefined;
  const done = clauses.filter((c) => DONE_LEADS.some((w) => c.startsWith(w)));
  // `完成两个（社区食堂、口袋公园），第三个…未完成`: the count the done clause states (hunt117: 1)
  const stated = done.length === 1 ? DONE_COUNT.exec(done[0]!) : null;
  if (stated) return /^\d/u.test(stated[1]!) ? Number(stated[1]) : parseChineseNumeral(stated[1]!);
  if (clauses.some((c) => NUMBER.test(c))) return undefined;
  return done.length === 1 ? done[0]!.split(LIST_BREAK).length : null;
}

/** A done clause that is its count of items (`完成两个`, `已建成3座`). */
const DONE_COUNT = new RegExp(
  `^(?:${DONE_LEADS.join('|')})(\\d+|${CHINESE_NUMERAL_CLASS}+)(?:个|项|座|处|件|所|条|家|批|场|次)$`,
  'u',
);

/**
 * `已建立资产配置、使用管理制度，资产处置管理制度未建立`: the items the clauses saying not made or not done
 * name (1), for a rule deducting per item missing; undefined when none says so or a count is written.
 * @example namedMissing('已建立资产配置、使用管理制度，资产处置管理制度未建立') === 1
 */
export function namedMissing(text: string): number | undefined {
  const clauses = clausesOf(text).map((p) => p.clause);
  if (clauses.some((c) => NUMBER.test(c))) return undefined;
  const missing = clauses.filter((c) => NOT_DONE_MARKS.some((w) => c.includes(w)));
  return missing.length === 0 ? undefined : missing.reduce((n, c) => n + c.split(LIST_BREAK).length, 0);
}
