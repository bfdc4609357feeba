/**
 * One wrong amount breaks two identities at once: its row's (本年支出合计 = 基本 + 项目) and its column's
 * (上级科目 = Σ明细), by the same difference. The sums are then reported at the cells they total, all of
 * them right, and never at the amount itself (a typo in 事业运行's 基本支出 gave errors at its 小计,
 * its 款, its 类 and the 合计). Where both identities meet at one part with one difference, that part
 * is the error: one record at it, and the column's totals up the chain, explained by it, are dropped.
 */
import { buildCheck, sameCell, sameDifference, type CheckRecord } from './rounding';

/** Identities of a row whose parts are added and taken away. */
const SIGNED_ROWS: ReadonlySet<string> = new Set(['fundBalance', 'changeAmount']);

export function blameCrossings(records: readonly CheckRecord[]): CheckRecord[] {
  const plain = (r: CheckRecord): boolean =>
    r.status === 'mismatch' && r.relation === 'eq' && r.signs.every((s) => s === 1);
  const mismatches = records.filter(plain);
  // rows of a difference: 年末 = 年初 + 收入 − 支出 (hunt98 P09: a 年末 typed wrong was reported, and
  // again at the 合计 above it) and 增减额 = 本年 − 上年 (hunt100 P01, P03): their result is the row's
  // own, as a total is, and a part taken away crosses its column with the difference turned round
  const signed = records.filter(
    (r) => r.status === 'mismatch' && r.relation === 'eq' && SIGNED_ROWS.has(r.identity),
  );
  const dropped = new Set<CheckRecord>();
  const added: CheckRecord[] = [];
  for (const row of [...mismatches, ...signed]) {
    if (dropped.has(row)) continue;
    // the row's own total is the wrong cell: it is reported (at it), the column sums over it are not
    for (const c of mismatches)
      if (c !== row && c.target.col === row.target.col && sameDifference(c.difference, -row.difference))
        if (c.parts.some((p) => sameCell(p, row.target))) dropUp(c, mismatches, dropped, -row.difference);
    for (const [k, part] of row.parts.entries()) {
      // the same row on the same sheet: a 续表 numbers its rows afresh
      const inRow = part.sheet === row.target.sheet && part.row === row.target.row;
      if (!inRow || part.virtual === true || part.value === null) continue;
      const sign = row.signs[k] ?? 1;
      // every sum down the column that takes the part in (款, and 类 or 合计 over the leaves)
      const columns = mismatches.filter(
        (c) =>
          c !== row &&
          !dropped.has(c) &&
          c.target.col === part.col &&
          sameDifference(c.difference, sign * row.difference) &&
          c.parts.some((p) => sameCell(p, part)),
      );
      const column = columns[0];
      if (!column) continue;
      // part = sign × (total − Σ the others, each with its own sign)
      const others = row.parts.flatMap((p, j) => (j === k ? [] : [{ p, s: row.signs[j] ?? 1 }]));
      const check = buildCheck({
        identity: 'crossing',
        scope: row.scope,
        target: part,
        parts: [row.target, ...others.map((o) => o.p)],
        signs: [sign, ...others.map((o) => -sign * o.s)],
        name: row.name,
        code: row.code,
        column: column.column,
        ...(column.field === undefined ? {} : { field: column.field }),
      });
      if (!check || check.status !== 'mismatch') continue;
      added.push(check);
      dropped.add(row);
      for (const c of columns) dropUp(c, mismatches, dropped, sign * row.difference);
      break;
    }
  }
  // a row over a part that is itself a wrong total, by as much, is explained by it: 本年 合计 typed
  // wrong fails its 增减额 too; the 合计 line's 财政拨款收入 leaving out 1,400,000 fails its 本年收入合计
  // (hunt102 P15), which the column's 合计 = Σ类 already says at the part
  for (const row of [...mismatches, ...signed]) {
    if (dropped.has(row)) continue;
    const echo = row.parts.some((part, k) =>
      mismatches.some(
        (m) =>
          m !== row &&
          !dropped.has(m) &&
          sameCell(m.target, part) &&
          sameDifference(m.difference, -(row.signs[k] ?? 1) * row.difference),
      ),
    );
    if (echo) dropped.add(row);
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
      if (!dropped.has(up) && sameDifference(up.difference, difference) && up.parts.some((p) => sameCell(p, target)))
        queue.push(up);
  }
}
