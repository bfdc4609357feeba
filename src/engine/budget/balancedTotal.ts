/**
 * 总计 = 本年支出合计 + 结余分配 + 年末结转和结余 fails, but 支出总计 equals 收入总计 (or another
 * table's figure), and 本年支出合计 adds up from its items: the 总计 is right, and the one part no
 * other identity vouches for is the slip (hunt42 w6: 年末结转和结余 350.98 typed for 305.98 was
 * reported at 总计, which a finance officer would then have changed to agree with the typo). With
 * several such parts, the 总计's finding names them and claims no 应为.
 */
import { buildCheck, cellName, type CheckCell, type CheckRecord } from './rounding';

export interface MovedTotal {
  /** `sheet!A1` of the total the mismatch was judged at. */
  readonly from: string;
  /**
   * The identity judged at the part instead: part = total − the other parts; or, with
   * `candidates`, the total's own record (it stays there, with no one 应为 to claim).
   */
  readonly record: CheckRecord;
  /** The parts any one of which may be the slip, when the total is confirmed but no one part is. */
  readonly candidates?: readonly CheckCell[];
}

/**
 * Sums that another identity can confirm: of a few named parts (本年收入合计, 公务用车小计, 三公合计),
 * and a parent subject over its items (301 工资福利支出 inside 人员经费合计 = 301 + 303; hunt96 P14).
 */
const CONFIRMABLE: ReadonlySet<string> = new Set(['runningTotal', 'vehicle', 'threePublic', 'hierarchy']);

/**
 * An identity of equality pins a figure; a "≥" one only where the two are equal (年末结转和结余 ≥ the
 * fiscal one holds for any figure above it; "三公" 运行费 ≥ 30231 likewise).
 */
const pins = (q: CheckRecord): boolean => q.relation === 'eq' || q.difference === 0;

/** A part worked out from the total would not turn negative (结余分配 应为 −5 is no candidate). */
const staysPositive = (r: CheckRecord, p: CheckCell): boolean =>
  (p.value ?? 0) + r.difference >= -r.tolerance;

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
  const copied = copiedParts(records);
  for (const q of records) {
    if (q.status === 'mismatch' || !pins(q) || copied.has(cellName(q.target))) continue;
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
    const open = r.parts.filter(
      (p) => p.value !== null && p.virtual !== true && !held.has(cellName(p)) && staysPositive(r, p),
    );
    // a part left blank beside others typed 0 (年末结转和结余 blank, 结余分配 0; hunt114 P09): the omission
    const blank = r.parts.filter((p) => p.value === null && p.virtual !== true && !held.has(cellName(p)));
    if (blank.length === 1 && open.every((p) => p.value === 0)) {
      const record = solvedFor(r, { ...blank[0]!, value: 0 }, 'balancedTotal');
      if (record?.status === 'mismatch') {
        out.push({ from: cellName(r.target), record });
        continue;
      }
    }
    if (open.length === 0) continue;
    // of them, a figure equal to the part another table gives of it is the one copied from there
    const copy = open.filter((p) => copied.has(cellName(p)));
    if (copy.length === 1 && open.length > 1) open.splice(0, open.length, copy[0]!);
    // several parts could be the slip: the 总计 is named right, with them, and claims no 应为 (hunt98
    // P18: 年末结转和结余 500,000 over, beside a 结余分配 of 2,000,000, was reported at 总计 with 应为)
    if (open.length > 1) {
      out.push({ from: cellName(r.target), record: r, candidates: open });
      continue;
    }
    const record = solvedFor(r, open[0]!, 'balancedTotal');
    if (record && record.status === 'mismatch') out.push({ from: cellName(r.target), record });
  }
  return out;
}

/**
 * Figures that meet a "≥" identity with equality where another "≥" between the same two tables
 * holds with room to spare: 年末结转和结余 equal to the fiscal one while 年初结转和结余 exceeds its fiscal
 * one, so the department has other funds. The equality then is no pin but the likely slip, the
 * fiscal figure typed for the whole (hunt96 P01, hunt104 P07).
 */
function copiedParts(records: readonly CheckRecord[]): Set<string> {
  const tables = (q: CheckRecord): string => `${q.target.sheet}\u0000${q.parts[0]?.sheet ?? ''}`;
  const ge = records.filter((q) => q.scope === 'cross' && q.relation === 'ge' && q.status !== 'mismatch');
  const roomy = new Set(ge.filter((q) => q.difference > q.tolerance).map(tables));
  return new Set(ge.filter((q) => q.difference === 0 && roomy.has(tables(q))).map((q) => cellName(q.target)));
}

/**
 * A sum of a few named parts that fails while a holding identity takes its total in (公务用车小计
 * 28.90 inside 合计 33.16 = 0 + 28.90 + 4.26; 本年收入合计 inside 总计 = 支出总计): changing the total
 * would break that one too, so the slip is among the parts no holding identity takes in. One such
 * part (a part that would have to turn negative is none) is reported, worked out from the total;
 * several are named, with no 应为 claimed (hunt53 P05: 运行费 29.80 typed for 28.90 was reported at
 * 小计 with 应为 29.80; P22: 其他收入 54,000 for 45,000 at 本年收入合计 with 应为 4,051,270.10).
 */
export function confirmedSums(records: readonly CheckRecord[]): MovedTotal[] {
  const plain = (r: CheckRecord): boolean => r.relation === 'eq' && r.signs.every((s) => s === 1);
  const candidates = records.filter(
    (r) => r.scope === 'table' && r.status === 'mismatch' && CONFIRMABLE.has(r.identity) && plain(r),
  );
  if (candidates.length === 0) return [];
  // a failing sum's cell as typed: an identity that holds only over its corrected sum pins nothing
  const typed = new Map<string, number>();
  for (const q of records) if (q.status === 'mismatch') typed.set(cellName(q.target), q.actual);
  const asTyped = (c: CheckCell): boolean => {
    const v = typed.get(cellName(c));
    return v === undefined || v === c.value;
  };
  const held = new Set<string>();
  for (const q of records)
    if (q.status !== 'mismatch' && pins(q) && q.parts.every(asTyped))
      for (const c of [q.target, ...q.parts]) if (c.virtual !== true) held.add(cellName(c));
  const out: MovedTotal[] = [];
  for (const r of candidates) {
    if (!held.has(cellName(r.target))) continue;
    // a sum short by exactly one of its parts left that part out (小计 = 运行费 alone): it is the slip
    if (
      r.parts.some(
        (p) => p.value !== null && p.value !== 0 && Math.abs(p.value + r.difference) <= r.tolerance,
      )
    )
      continue;
    const open = r.parts.filter(
      (p) => p.value !== null && p.virtual !== true && !held.has(cellName(p)) && staysPositive(r, p),
    );
    if (open.length === 0) continue;
    const from = cellName(r.target);
    if (open.length > 1) {
      out.push({ from, record: r, candidates: open });
      continue;
    }
    const record = solvedFor(r, open[0]!, 'confirmedSum');
    if (record && record.status === 'mismatch') out.push({ from, record });
  }
  return out;
}

/** `r` turned round to work out `part` from its total and the other parts, as an identity of its own. */
function solvedFor(r: CheckRecord, part: CheckCell, identity: string): CheckRecord | null {
  const others = r.parts.filter((p) => p !== part);
  return buildCheck({
    identity,
    scope: 'table',
    target: part,
    parts: [r.target, ...others],
    signs: [1, ...others.map(() => -1)],
    name: part.label ?? r.name,
    code: null,
    column: r.column,
    ...(r.field === undefined ? {} : { field: r.field }),
  });
}
