import { finding, type Finding } from '../findings/types';
import { gradeOf, round2 } from './grade';
import type { ScoredTable } from './model';
import { openRange, uncheckedRows } from './openTotal';

/**
 * Rows whose score is the unit's own typed one because the rule could not be worked (no actual, a
 * wording not read): said once, at the 得分 header, with how many and how many points, so whoever
 * reviews the total knows how much of it the add-in did not check. Each row's 计分说明 says why. When
 * they are counted (the uncheckedScores setting) and other scores for them could change the grade,
 * a warning says so with the totals they could make.
 */
export function uncheckedScores(
  scored: ScoredTable,
  at: (row: number, col: number) => string,
): Finding | null {
  const { table } = scored;
  const rows = uncheckedRows(scored);
  if (rows.length === 0) return null;
  const points = round2(rows.reduce((sum, i) => sum + (i.score ?? 0), 0));
  const col = table.header.columns.get('score') ?? table.header.firstCol;
  const cell = at(table.header.headerTop, col);
  // without an actual column none could be: said so, with what would let them be
  if (!table.header.columns.has('actual'))
    return finding('actual.noColumn', table.sheet, cell, { count: rows.length, points });
  // counted, they settle a grade they could change: a warning with the totals they could make
  const { low, high } = openRange(scored, scored.totalScore);
  const hangs =
    scored.pending.gradeSettled &&
    (gradeOf(low, scored.totalWeight) !== scored.grade || gradeOf(high, scored.totalWeight) !== scored.grade);
  return hangs
    ? finding('table.gradeUnchecked', table.sheet, cell, { count: rows.length, points, low, high })
    : finding('table.scoresUnchecked', table.sheet, cell, { count: rows.length, points });
}
