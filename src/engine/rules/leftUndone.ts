/**
 * Work left undone, from a sentence that counts it (under `每有1个问题未整改到位扣0.5分`): the clause of
 * what is left (`剩余2个正在整改中`), or a whole and the part of it done or not done.
 */
import { DONE_IN_LIST, VERDICT_NOT_PREFIXES } from './actualWords';
import { clausesOf, COUNT_WITH_UNIT, countsIn, NUMBER, type Count } from './clauseCounts';
import { LEFT_UNDONE } from './sentenceWords';

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
 * `发现问题7个，已整改6个`: what was found less what was done (1), from two clauses of one count each;
 * `下达的12项重点任务完成11项`, `12项任务未完成2项`: the same in one clause. Null for any other sentence.
 */
export function foundLessDone(text: string): number | null {
  const counted = clausesOf(text).filter((p) => NUMBER.test(p.clause));
  if (counted.length === 1) {
    const counts = [...counted[0]!.clause.matchAll(COUNT_WITH_UNIT)];
    if (counts.length !== 2) return null;
    const [whole, part] = counts as [RegExpMatchArray, RegExpMatchArray];
    const between = counted[0]!.clause.slice(whole.index! + whole[0].length, part.index);
    return leftOf(countOf(whole), between, countOf(part));
  }
  if (counted.length !== 2) return null;
  const [found, done] = counted.map((p) => countsIn(p.clause));
  if (found?.length !== 1 || done?.length !== 1) return null;
  return leftOf(found[0]!, counted[1]!.clause, done[0]!);
}

const countOf = (m: RegExpMatchArray): Count => ({ n: Number(m[1]), unit: m[2]! });

/**
 * A whole, the words before a part, and the part, in one unit: the words say work done (`已整改`,
 * `完成`), so the rest is left (whole − part), or not done (`未完成`), so the part is. Null otherwise.
 */
function leftOf(whole: Count, words: string, part: Count): number | null {
  const unit = whole.unit.slice(0, 1);
  if (unit === '' || !part.unit.startsWith(unit) || part.n > whole.n) return null;
  // `已整改15处，剩余2处正在整改`: the part is what is left (hunt113: 15 − 2 = 13 left)
  if (LEFT_UNDONE.some((w) => words.startsWith(w))) return part.n;
  if (!DONE_IN_LIST.some((w) => words.includes(w))) return null;
  return VERDICT_NOT_PREFIXES.some((w) => words.includes(w)) ? part.n : whole.n - part.n;
}
