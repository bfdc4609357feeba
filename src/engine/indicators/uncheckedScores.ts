import { finding, type Finding } from '../findings/types';
import { round2 } from './grade';
import type { ScoredTable } from './model';

/**
 * Rows whose score is the unit's own typed one because the rule could not be worked (no actual, a
 * wording not read): said once, at the 得分 header, with how many and how many points, so whoever
 * reviews the total knows how much of it the add-in did not check. Each row's 计分说明 says why.
 */
export function uncheckedScores(
  scored: ScoredTable,
  at: (row: number, col: number) => string,
): Finding | null {
  const { table } = scored;
  const rows = scored.indicators.filter((i) => i.scoreSource === 'reported' && i.computedScore === null);
  if (rows.length === 0) return null;
  const points = round2(rows.reduce((sum, i) => sum + (i.score ?? 0), 0));
  const col = table.header.columns.get('score') ?? table.header.firstCol;
  // without an actual column none could be: said so, with what would let them be
  const code = table.header.columns.has('actual') ? 'table.scoresUnchecked' : 'actual.noColumn';
  return finding(code, table.sheet, at(table.header.headerTop, col), {
    count: rows.length,
    points,
  });
}
