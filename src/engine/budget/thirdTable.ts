/**
 * A cross-table identity that fails between two tables, where a third table agrees with one of
 * them: the two that agree are right, and the error is the other's (hunt60 w1: 06表 人员 + 公用
 * 1,737.40 against the 05表's 基本支出 1,710.40, which the 支出决算表's 基本支出 合计 repeats; the
 * 06表's 办公费 was the slip, and the error sat at the 05表).
 */
import { cellName, sameCell, type CheckCell, type CheckRecord } from './rounding';

export interface ThirdTable {
  /** Where the error goes: the one part, or the cell that holds the parts' sum in their table. */
  readonly at: CheckCell;
  /** The cells of the other table that agree with the identity's target. */
  readonly vouchedBy: readonly CheckCell[];
}

/**
 * For a failing cross-table identity whose target another table vouches for (an identity that
 * holds with nothing over) while no other table vouches for its parts: where to report it.
 * @example thirdTable(records, basicSplit)?.at // 06表 基本支出合计, not 05表 基本支出
 */
export function thirdTable(records: readonly CheckRecord[], r: CheckRecord): ThirdTable | null {
  if (r.scope !== 'cross' || r.status !== 'mismatch' || r.target.virtual === true) return null;
  const sheets = new Set([r.target, ...r.parts].map((c) => c.sheet));
  const vouchedBy = vouchers(records, r, r.target, sheets);
  if (vouchedBy.length === 0) return null;
  const parts = r.parts.filter((p) => p.virtual !== true && p.value !== null);
  if (parts.length === 0 || parts.some((p) => vouchers(records, r, p, sheets).length > 0)) return null;
  const at = parts.length === 1 ? parts[0] : sumCell(records, parts);
  return at ? { at, vouchedBy } : null;
}

/**
 * The cells of tables other than `r`'s that a holding identity pins `c` to: one of equality, or a
 * "≥" that holds with nothing over (支出决算表 基本支出 合计 = 05表's, all of it fiscal).
 */
function vouchers(
  records: readonly CheckRecord[],
  r: CheckRecord,
  c: CheckCell,
  sheets: ReadonlySet<string>,
): CheckCell[] {
  const out: CheckCell[] = [];
  for (const q of records) {
    if (q === r || q.scope !== 'cross' || q.status === 'mismatch') continue;
    if (q.relation !== 'eq' && q.difference !== 0) continue;
    const cells = [q.target, ...q.parts];
    if (!cells.some((x) => sameCell(x, c))) continue;
    const others = cells.filter((x) => !sameCell(x, c) && x.virtual !== true && x.value !== null);
    if (others.length > 0 && others.every((x) => !sheets.has(x.sheet))) out.push(...others);
  }
  return out;
}

/** The cell a holding sum of exactly `parts` is typed in (基本支出合计 = 人员经费合计 + 公用经费合计). */
function sumCell(records: readonly CheckRecord[], parts: readonly CheckCell[]): CheckCell | undefined {
  const key = (cs: readonly CheckCell[]): string =>
    cs
      .map((c) => cellName(c))
      .sort()
      .join('|');
  const want = key(parts);
  return records.find(
    (q) =>
      q.scope === 'table' &&
      q.status !== 'mismatch' &&
      q.relation === 'eq' &&
      q.signs.every((s) => s === 1) &&
      key(q.parts.filter((p) => p.virtual !== true && p.value !== null)) === want,
  )?.target;
}
