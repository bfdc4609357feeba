/**
 * `合计 | 其中：县教育局机关 | 县第一中学 | …`: a table split by unit (分单位) gives each line's 合计
 * and its share per unit under a 其中 caption. The units add up to the 合计 on every line, so a
 * unit's figure typed wrong breaks its line (and its 款 down the column): the row is checked too.
 * A 其中 that lists only some of the total's parts (其中：政府采购) does not add up: the columns are
 * a breakdown only where they add up on most lines.
 */
import { BREAKDOWN_PATH } from './publicLexicon';
import type { GridCell, GridLine } from './publicGrid';

/** Lines (with a 合计 and some unit figure) that must add up, of all such lines. */
const MOST = 2 / 3;
const MIN_LINES = 3;

/**
 * The columns under 其中 that add up to `totalOf(line)` on most lines, or null. `step` is the last
 * digit the table shows.
 */
export function breakdownColumns(
  lines: readonly GridLine[],
  totalOf: (line: GridLine) => GridCell | undefined,
  step: number,
): ReadonlySet<number> | null {
  const cols = new Set<number>();
  for (const line of lines)
    for (const c of line.cells)
      if (c.column.role === 'other' && BREAKDOWN_PATH.test(c.column.path)) cols.add(c.col);
  if (cols.size < 2) return null;
  let counted = 0;
  let holding = 0;
  for (const line of lines) {
    const total = totalOf(line)?.value;
    const parts = line.cells.filter((c) => cols.has(c.col) && c.value !== null);
    if (total === null || total === undefined || parts.length === 0) continue;
    counted++;
    const sum = parts.reduce((s, c) => s + c.value!, 0);
    if (Math.abs(sum - total) <= step / 2 + 1e-9) holding++;
  }
  return counted >= MIN_LINES && holding >= counted * MOST ? cols : null;
}
