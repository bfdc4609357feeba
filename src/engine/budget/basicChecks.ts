/**
 * Identities within the basic-expenditure table (一般公共预算财政拨款基本支出决算表), in both layouts:
 * - side by side (人员经费 | 公用经费 blocks): 类 = Σ 款 across the blocks, 人员经费合计 = Σ(301, 303),
 *   公用经费合计 = Σ(302, 310, …), 合计 = 人员经费合计 + 公用经费合计;
 * - vertical (columns 合计 | 人员经费 | 公用经费): 类 = Σ 款 and 合计 line = Σ leaves in every column,
 *   and per line 合计 = 人员经费 + 公用经费.
 * In the vertical layout one wrong cell gives one error: the 人员经费 / 公用经费 columns are judged
 * first, each line's 合计 over their corrected sums, and the 合计 column's 类 and 合计 line over the
 * lines' corrected 合计 (30201 typed 88.11 for 0 + 87.11 is reported there, not again at 302 and 合计).
 */
import { blameCrossings } from './crossing';
import { hierarchyGroups } from './groups';
import { gridCheck, toCell } from './gridCheck';
import { basicAmount, basicTotals, classLines, push, totalLine } from './publicChecks';
import { cellOf, type GridCell, type GridLine } from './publicGrid';
import type { PublicColumnRole } from './publicLexicon';
import type { PublicTable } from './publicSet';
import type { CheckCell, CheckRecord } from './rounding';
import { SubtotalSums } from './subtotals';

/**
 * The column of a vertical table's line that is 人员经费 + 公用经费: 合计, 决算数, or the 合计 under a
 * 基本支出 header spanning all three (hunt53 w5).
 */
const lineTotal = (line: GridLine): GridCell | undefined => cellOf(line, 'total', 'amount', 'basic');

/** Every identity within the basic-expenditure table. */
export function basicTableChecks(table: PublicTable): CheckRecord[] {
  const { grid } = table;
  const out: CheckRecord[] = [];
  const subtotals = new SubtotalSums();
  const judged = (r: CheckRecord | null): void => push(out, subtotals.judge(r));
  const coded = grid.lines.filter((l) => l.code !== null);
  const roles = [...new Set(coded.flatMap((l) => l.cells.map((c) => c.column.role)))].filter(
    (r) => r !== 'lineNo' && r !== 'previous',
  );
  const split = roles.includes('personnel') && roles.includes('operating');
  // The vertical layout's 合计 column is judged last, over the corrected 人员经费 / 公用经费.
  const totalRole = split
    ? coded.map((l) => lineTotal(l)?.column.role).find((r) => r !== undefined)
    : undefined;
  const partRoles = roles.filter((r) => r !== totalRole);
  const groups = hierarchyGroups(coded).filter((g) => g.identity === 'hierarchy');
  const total = totalLine(grid.lines);
  const totals = basicTotals(grid);
  const vertical = total !== undefined && total.code === null && !totals.personnel && !totals.operating;
  const leaves = coded.filter((l) => !coded.some((c) => c.code !== l.code && c.code!.startsWith(l.code!)));
  /** The cells `pick` finds on `lines`, as check cells. */
  const cellsOf = (lines: readonly GridLine[], pick: (l: GridLine) => GridCell | undefined): CheckCell[] =>
    lines.flatMap((l) => {
      const c = pick(l);
      return c ? [toCell(grid, l, c)] : [];
    });

  /** 类 = Σ 款 (codes are unique in the table), then the 合计 line = Σ leaves (vertical layout). */
  const columnChecks = (role: PublicColumnRole): void => {
    for (const g of groups) {
      const target = coded[g.target]!;
      const tc = cellOf(target, role);
      if (!tc) continue;
      const parts = cellsOf(
        g.parts.map((i) => coded[i]!),
        (l) => cellOf(l, role),
      );
      judged(gridCheck('hierarchy', { grid, line: target, cell: tc }, parts));
    }
  };
  const verticalTotal = (role: PublicColumnRole): void => {
    const tc = vertical ? cellOf(total, role) : undefined;
    const parts = cellsOf(leaves, (l) => cellOf(l, role));
    if (tc && parts.length > 0) judged(gridCheck('total', { grid, line: total!, cell: tc }, parts));
  };

  for (const role of partRoles) columnChecks(role);
  const sumOf = (parts: readonly GridLine[]): CheckCell[] => cellsOf(parts, basicAmount);
  for (const [line, identity, personnel] of [
    [totals.personnel, 'personnelTotal', true],
    [totals.operating, 'operatingTotal', false],
  ] as const) {
    const cell = basicAmount(line);
    const parts = classLines(coded, personnel);
    // over each class's own sum when the class line is wrong: one wrong cell, one error (hunt21)
    if (line && cell && parts.length > 0) judged(gridCheck(identity, { grid, line, cell }, sumOf(parts)));
  }
  const basicCell = basicAmount(totals.basic);
  if (totals.basic && basicCell && totals.personnel && totals.operating) {
    const parts = sumOf([totals.personnel, totals.operating]);
    push(out, gridCheck('personnelOperating', { grid, line: totals.basic, cell: basicCell }, parts));
  }
  for (const role of partRoles) verticalTotal(role);
  // The vertical variant: 合计 = 人员经费 + 公用经费 on every line.
  for (const line of grid.lines) {
    const sum = lineTotal(line);
    const parts = [cellOf(line, 'personnel'), cellOf(line, 'operating')].filter((c) => c !== undefined);
    if (sum && parts.length === 2)
      judged(
        gridCheck(
          'personnelOperating',
          { grid, line, cell: sum },
          parts.map((c) => toCell(grid, line, c)),
        ),
      );
  }
  if (totalRole !== undefined) {
    columnChecks(totalRole);
    verticalTotal(totalRole);
  }
  // a leaf out of step with both its line's 合计 and its column's sums is the one wrong cell
  return blameCrossings(out);
}
