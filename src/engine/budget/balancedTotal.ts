/**
 * 总计 = 本年支出合计 + 结余分配 + 年末结转和结余 fails, but 支出总计 equals 收入总计 (or another
 * table's figure), and 本年支出合计 adds up from its items: the 总计 is right, and the one part no
 * other identity vouches for is the slip (hunt42 w6: 年末结转和结余 350.98 typed for 305.98 was
 * reported at 总计, which a finance officer would then have changed to agree with the typo).
 */
import { buildCheck, cellName, type CheckCell, type CheckRecord } from './rounding';

export interface MovedTotal {
  /** `sheet!A1` of the total the mismatch was judged at. */
  readonly from: string;
  /** The identity judged at the part instead: part = total − the other parts. */
  readonly record: CheckRecord;
}

/** A 总计 vouched for by 收入总计 = 支出总计 or by a cross-table identity. */
const vouches = (q: CheckRecord): boolean => q.identity === 'incomeExpense' || q.scope === 'cross';

export function movedTotals(records: readonly CheckRecord[]): MovedTotal[] {
  const candidates = records.filter(
    (r) =>
      r.scope === 'table' &&
      r.status === 'mismatch' &&
      r.identity === 'grandTotal' &&
      r.relation === 'eq' &&
      r.signs.every((s) => s === 1),
  );
  // nearly always none: the cells the other identities hold are looked up only for one
  if (candidates.length === 0) return [];
  const held = new Map<string, CheckRecord[]>();
  for (const q of records) {
    if (q.status === 'mismatch') continue;
    for (const c of [q.target, ...q.parts]) {
      const key = cellName(c);
      const list = held.get(key);
      if (list) list.push(q);
      else held.set(key, [q]);
    }
  }
  const out: MovedTotal[] = [];
  for (const r of candidates) {
    if (!(held.get(cellName(r.target)) ?? []).some(vouches)) continue;
    const open = r.parts.filter((p) => p.value !== null && p.virtual !== true && !held.has(cellName(p)));
    if (open.length !== 1) continue;
    const part = open[0]!;
    const others: CheckCell[] = r.parts.filter((p) => p !== part);
    const record = buildCheck({
      identity: 'balancedTotal',
      scope: 'table',
      target: part,
      parts: [r.target, ...others],
      signs: [1, ...others.map(() => -1)],
      name: part.label ?? r.name,
      code: null,
      column: r.column,
      ...(r.field === undefined ? {} : { field: r.field }),
    });
    if (record && record.status === 'mismatch') out.push({ from: cellName(r.target), record });
  }
  return out;
}
