/**
 * A total over a subtotal that is itself wrong (总计 = 本年收入合计 + 结转和结余, 三公合计 = … +
 * 公务用车小计 + …) is judged again with the subtotal's own sum: a correct total is then not reported
 * beside the wrong subtotal. One wrong cell, one error; a total wrong either way is still reported,
 * against the figures as typed.
 */
import { buildCheck, type CheckCell, type CheckRecord } from './rounding';

const keyOf = (c: CheckCell): string => `${c.sheet}\u0000${c.row}\u0000${c.col}`;

export class SubtotalSums {
  /** What a mismatched target should read, by its cell. */
  private readonly sums = new Map<string, number>();

  /** `record`, or the same identity judged over corrected subtotals when that makes it hold. */
  judge(record: CheckRecord | null): CheckRecord | null {
    if (!record) return null;
    let expected = record.expected;
    let out = record;
    if (record.status === 'mismatch' && this.sums.size > 0) {
      const parts = record.parts.map((p) => {
        const sum = p.virtual === true ? undefined : this.sums.get(keyOf(p));
        return sum === undefined ? p : { ...p, value: sum };
      });
      if (parts.some((p, i) => p !== record.parts[i])) {
        const again = buildCheck({ ...record, parts });
        if (again) {
          expected = again.expected;
          if (again.status !== 'mismatch') out = again;
        }
      }
    }
    const plainSum = record.relation === 'eq' && record.signs.every((s) => s === 1);
    if (out.status === 'mismatch' && plainSum && record.target.virtual !== true)
      this.sums.set(keyOf(record.target), expected);
    return out;
  }
}
