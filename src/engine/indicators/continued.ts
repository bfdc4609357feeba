import type { ScoredIndicator, ScoredTable } from './model';
import type { UncheckedScores } from '../settings';
import { summarize } from './scoreTable';

/**
 * One table over its parts: rows, groups and totals together, the first part's table and funds.
 * Rows at the top of a part with no 一级/二级 of their own are in the groups the part before ended in.
 */
export function joinParts(parts: readonly ScoredTable[], uncheckedScores: UncheckedScores): ScoredTable {
  if (parts.length === 1) return parts[0]!;
  const indicators: ScoredIndicator[] = [];
  for (const part of parts) {
    const last = indicators[indicators.length - 1]?.input;
    let [level1, level2] = [last?.level1 ?? null, last?.level2 ?? null];
    for (const ind of part.indicators) {
      const own = ind.input;
      if (own.level1 !== null) level1 = null;
      if (own.level1 !== null || own.level2 !== null) level2 = null;
      const input = { ...own, level1: own.level1 ?? level1, level2: own.level2 ?? level2 };
      indicators.push(level1 !== null || level2 !== null ? { ...ind, input } : ind);
    }
  }
  const budgetExecution = parts.find((p) => p.budgetExecution)?.budgetExecution ?? null;
  return { ...summarize(parts[0]!.table, indicators, budgetExecution, uncheckedScores), parts };
}
