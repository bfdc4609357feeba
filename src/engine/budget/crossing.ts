/**
 * One wrong amount breaks two identities at once: its row's (本年支出合计 = 基本 + 项目) and its column's
 * (上级科目 = Σ明细), by the same difference. The sums are then reported at the cells they total, all of
 * them right, and never at the amount itself (a typo in 事业运行's 基本支出 gave errors at its 小计,
 * its 款, its 类 and the 合计). Where both identities meet at one part with one difference, that part
 * is the error: one record at it, and the column's totals up the chain, explained by it, are dropped.
 */
import { buildCheck, sameCell, type CheckRecord } from './rounding';

/** Differences equal to the cent of the table (both are rounded to its step). */
const equal = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;

export function blameCrossings(records: readonly CheckRecord[]): CheckRecord[] {
  const plain = (r: CheckRecord): boolean =>
    r.status === 'mismatch' && r.relation === 'eq' && r.signs.every((s) => s === 1);
  const mismatches = records.filter(plain);
  // 年末 = 年初 + 收入 − 支出 in a fund table: its 年末 is the row's own result, as a total is (hunt98
  // P09: a 年末 typed wrong was reported, and again at the 合计 of the column above it)
  const balances = records.filter(
    (r) => r.status === 'mismatch' && r.relation === 'eq' && r.identity === 'fundBalance',
  );
  const dropped = new Set<CheckRecord>();
  const added: CheckRecord[] = [];
  for (const row of [...mismatches, ...balances]) {
    if (dropped.has(row)) continue;
    // the row's own total is the wrong cell: it is reported (at it), the column sums over it are not
    for (const c of mismatches)
      if (c !== row && c.target.col === row.target.col && equal(c.difference, -row.difference))
        if (c.parts.some((p) => sameCell(p, row.target))) dropUp(c, mismatches, dropped, -row.difference);
    if (!plain(row)) continue;
    for (const part of row.parts) {
      // the same row on the same sheet: a 续表 numbers its rows afresh
      const inRow = part.sheet === row.target.sheet && part.row === row.target.row;
      if (!inRow || part.virtual === true || part.value === null) continue;
      // every sum down the column that takes the part in (款, and 类 or 合计 over the leaves)
      const columns = mismatches.filter(
        (c) =>
          c !== row &&
          !dropped.has(c) &&
          c.target.col === part.col &&
          equal(c.difference, row.difference) &&
          c.parts.some((p) => sameCell(p, part)),
      );
      const column = columns[0];
      if (!column) continue;
      const others = row.parts.filter((p) => p !== part);
      const check = buildCheck({
        identity: 'crossing',
        scope: row.scope,
        target: part,
        parts: [row.target, ...others],
        signs: [1, ...others.map(() => -1)],
        name: row.name,
        code: row.code,
        column: column.column,
        ...(column.field === undefined ? {} : { field: column.field }),
      });
      if (!check || check.status !== 'mismatch') continue;
      added.push(check);
      dropped.add(row);
      for (const c of columns) dropUp(c, mismatches, dropped, row.difference);
      break;
    }
  }
  return dropped.size === 0 ? [...records] : [...records.filter((r) => !dropped.has(r)), ...added];
}

/** The column's total and the totals above it that the same difference explains. */
function dropUp(
  first: CheckRecord,
  mismatches: readonly CheckRecord[],
  dropped: Set<CheckRecord>,
  difference: number,
): void {
  const queue = [first];
  for (let r = queue.pop(); r; r = queue.pop()) {
    if (dropped.has(r)) continue;
    dropped.add(r);
    const target = r.target;
    for (const up of mismatches)
      if (!dropped.has(up) && equal(up.difference, difference) && up.parts.some((p) => sameCell(p, target)))
        queue.push(up);
  }
}
