/**
 * Findings that need every identity at once:
 * - a subtotal copied into a detail line (30299 holding the whole 302): the detail cell gets the
 *   error, and the parents' mismatches it fully explains give no finding of their own (the parent
 *   is right);
 * - a cross-table identity that fails is reported at its target cell, unless a related cell is
 *   the likelier slip: one whose own table does not add up, by just the amount that would also
 *   make this identity hold (人员经费合计 typed 5 too high breaks both 人员经费合计 = 301 + 303 and
 *   基本支出 = 人员 + 公用: both land at 人员经费合计). An empty table's virtual 0 is never the
 *   place; the message names the target and the related cells;
 * - a 年初 / 年末结转和结余 below the fiscal one, in a 收入支出决算总表 that balances, is an info, not
 *   that error (otherFundsNote).
 */
import { finding, type Finding } from '../findings/types';
import { fromA1, toA1 } from '../grid/address';
import { roundTo } from './amount';
import { cellName, inUnit, sameCell, type CheckCell, type CheckRecord } from './rounding';
import { confirmedSums, movedTotals, type MovedTotal } from './balancedTotal';
import { balanceSides, type BalanceFix } from './balanceSide';
import { recordFindings } from './reconcile';
import { recordSlips } from './setSlips';
import { thirdTable, type ThirdTable } from './thirdTable';
import { partSlips, SLIP_FACTORS } from './unitSlips';
import { wrongColumns } from './wrongColumn';
import { explainedByPaste, pastedRows } from './duplicateCodes';
import { sumsOver } from './publicNotNumeric';

const HIERARCHY = new Set(['hierarchy', 'total']);

interface Copy {
  readonly leaf: CheckCell;
  readonly parent: CheckRecord;
  /** How much the copy inflates every sum the leaf is part of. */
  readonly excess: number;
}

export function setFindings(records: readonly CheckRecord[], findings: readonly Finding[]): Finding[] {
  const swaps = wrongColumns(records);
  const explained = new Set<CheckRecord>(swaps.flatMap((w) => w.explains));
  // a sum the amount in the wrong column explains is right: nothing in it was copied
  const copies = copiedSubtotals(records.filter((r) => !explained.has(r)));
  for (const r of records) {
    if (r.scope !== 'table' || r.status !== 'mismatch' || !HIERARCHY.has(r.identity)) continue;
    const copy = copies.find(
      (c) =>
        r.parts.some((p) => sameCell(p, c.leaf)) &&
        Math.abs(roundTo(r.difference + c.excess, 6)) <= r.tolerance,
    );
    if (copy) explained.add(r);
  }
  const slips = recordSlips(records);
  const factors = new Map(
    [...findings, ...slips]
      .filter((f) => f.code === 'budget.unitSuspect')
      .map((f) => [`${f.sheet}!${f.cell}`, Number(f.params.factor)] as const),
  );
  const slipped = new Set(factors.keys());
  const pasted = pastedRows(findings);
  const pasteExplains = records.filter((r) => explainedByPaste(r, pasted));
  for (const r of records) if (slipExplains(r, slipped)) explained.add(r);
  for (const r of pasteExplains) explained.add(r);
  const failingAt = new Map<string, CheckRecord[]>();
  for (const r of records) {
    if (r.scope !== 'table' || r.status !== 'mismatch') continue;
    const key = cellName(r.target);
    failingAt.set(key, [...(failingAt.get(key) ?? []), r]);
  }
  // A mismatch finding stays unless every mismatch judged at its cell is explained by a copy, or by a
  // slip in one of its parts that a cross-table identity lays its finding at.
  const crossSlipped = crossExplained(records);
  const silenced = new Set(
    [...failingAt]
      .filter(([, rs]) => rs.every((r) => explained.has(r) || crossSlipped.has(r)))
      .map(([key]) => key),
  );
  // a total whose mismatch a copy or a unit slip explains is right: no part is worked out from it
  const balance = balanceSides(records, factors);
  // a sum over an amount typed as text that is no number is not judged (checkSet.ts), nor worked back
  // to one of its parts (hunt122: 1,1O7.42 put an 应为 1370.47 at its neighbour)
  const overText = sumsOver(
    records,
    findings.filter((f) => f.code === 'budget.amountNotNumeric'),
  );
  const moved = [...movedTotals(records), ...confirmedSums(records), ...balance.moved].filter(
    (m) => !silenced.has(m.from) && !overText.has(m.from),
  );
  for (const m of moved) silenced.add(m.from);
  const out = findings
    .filter((f) => !(f.code === 'budget.reconcileMismatch' && silenced.has(`${f.sheet}!${f.cell}`)))
    .map((f) =>
      pasteExplains.length > 0 && isPasteBreaking(f, pasteExplains)
        ? { ...f, severity: 'error' as const }
        : f,
    );
  for (const m of moved) out.push(...movedFindings(m));
  for (const c of copies) {
    out.push(
      finding('budget.subtotalCopied', c.leaf.sheet, toA1(c.leaf.row, c.leaf.col), {
        name: c.leaf.label ?? '',
        parent: c.parent.target.label ?? c.parent.name,
        parentCell: cellName(c.parent.target),
        value: c.leaf.value,
        excess: c.excess,
        unit: c.leaf.unit,
      }),
    );
  }
  for (const w of swaps) {
    out.push(
      finding('budget.wrongColumn', w.from.sheet, toA1(w.from.row, w.from.col), {
        name: w.from.label ?? '',
        value: w.from.value,
        unit: w.from.unit,
        column: w.fromColumn,
        toColumn: w.toColumn,
        to: cellName(w.to),
      }),
    );
  }
  out.push(...slips);
  const fixes = corrections(records, explained, copies, balance.fixes);
  for (const r of records)
    if (r.scope === 'cross' && r.status !== 'ok')
      out.push(crossFinding(r, fixes, thirdTable(records, r), ownTableDoubts(records, r.target)));
  return out;
}

/** A pasted copy's warning, when the sums it breaks are what it explains: the error of the table. */
function isPasteBreaking(f: Finding, explains: readonly CheckRecord[]): boolean {
  if (f.code !== 'budget.codeDuplicate' || Number(f.params.copy) !== 1) return false;
  const row = fromA1(f.cell)?.row;
  return explains.some((r) => r.parts.some((p) => p.sheet === f.sheet && p.row === row));
}

/** A moved total's finding: at the part, or at the total naming the parts that may be wrong. */
function movedFindings(m: MovedTotal): Finding[] {
  const found = recordFindings(m.record);
  const candidates = m.candidates;
  if (!candidates) return found;
  return found.map((f) =>
    f.code === 'budget.reconcileMismatch'
      ? {
          ...f,
          params: {
            ...f.params,
            identity: 'confirmedParts',
            candidates: candidates.map((c) => cellName(c)).join('、'),
          },
        }
      : f,
  );
}

/**
 * A sum that holds once one of its parts, suspected of being typed in the wrong unit, is read ×10⁴
 * or ÷10⁴: the sum is right (236,800 元 typed in a 万元 table under a 款 of 2,211.55), and an 应为
 * worked out from the slip would carry it upward.
 */
function slipExplains(r: CheckRecord, slipped: ReadonlySet<string>): boolean {
  if (r.scope !== 'table' || r.status !== 'mismatch' || r.relation !== 'eq') return false;
  if (!r.signs.every((s) => s === 1)) return false;
  return r.parts.some(
    (p) =>
      p.value !== null &&
      p.value !== 0 &&
      p.virtual !== true &&
      slipped.has(cellName(p)) &&
      SLIP_FACTORS.some((f) => partSlips(r, p.value!, f)),
  );
}

/** Leaves equal to the parent they are summed into, beside siblings that are not all 0. */
function copiedSubtotals(records: readonly CheckRecord[]): Copy[] {
  const out: Copy[] = [];
  for (const r of records) {
    if (r.scope !== 'table' || r.status !== 'mismatch' || !HIERARCHY.has(r.identity)) continue;
    for (const leaf of r.parts) {
      if (leaf.value === null || leaf.value === 0 || out.some((c) => sameCell(c.leaf, leaf))) continue;
      if (Math.abs(roundTo(leaf.value - r.actual, 6)) > leaf.step / 2) continue;
      const others = roundTo(
        r.parts.filter((p) => p !== leaf).reduce((s, p) => s + (p.value ?? 0), 0),
        6,
      );
      if (others === 0 || Math.abs(roundTo(r.difference + others, 6)) > r.tolerance) continue;
      if (confirmedElsewhere(records, r, leaf)) continue;
      out.push({ leaf, parent: r, excess: others });
    }
  }
  return out;
}

/**
 * Whether another sum over the leaf (its 类, the 合计) holds with the leaf as typed: the leaf is
 * right, and it is the parent that holds the leaf's figure (款 20819 typed as its 项 2081902, or a
 * 款 that lost a 项 to the block above) — a copied leaf would break those sums by the same excess.
 */
function confirmedElsewhere(records: readonly CheckRecord[], parent: CheckRecord, leaf: CheckCell): boolean {
  return records.some(
    (q) =>
      q !== parent &&
      q.scope === 'table' &&
      q.status !== 'mismatch' &&
      HIERARCHY.has(q.identity) &&
      q.parts.some((p) => sameCell(p, leaf)),
  );
}

/**
 * Within-table mismatches that one part's correction fixes together with a failing cross-table
 * identity over that part (hunt85 P09: 04表 年初 政府性基金 typed 12 for 120 broke 年末 = 年初 + 收入 −
 * 支出, which put `应为 −68` at a right 年末, beside the cross finding at 年初 itself). That part is the
 * slip, and the cross finding, laid at it (crossFinding's fixedBy), says so.
 */
function crossExplained(records: readonly CheckRecord[]): Set<CheckRecord> {
  const fixes = new Map<string, { delta: number; slack: number }[]>();
  for (const q of records) {
    if (q.scope !== 'cross' || q.status !== 'mismatch') continue;
    [q.target, ...q.parts].forEach((c, i) => {
      if (c.virtual) return;
      const delta = i === 0 ? -q.difference : (q.signs[i - 1] ?? 1) * q.difference;
      const key = cellName(c);
      fixes.set(key, [
        ...(fixes.get(key) ?? []),
        // both in the part's unit (hunt120: a 元 table's tolerance of 50 read as 50 万元 explained a 302 slip of 18)
        { delta: inUnit(delta, q.target.unit, c.unit), slack: inUnit(q.tolerance, q.target.unit, c.unit) },
      ]);
    });
  }
  const out = new Set<CheckRecord>();
  if (fixes.size === 0) return out;
  for (const r of records) {
    if (r.scope !== 'table' || r.status !== 'mismatch') continue;
    const fixed = r.parts.some((p, i) => {
      const delta = inUnit((r.signs[i] ?? 1) * r.difference, r.target.unit, p.unit);
      return (fixes.get(cellName(p)) ?? []).some((f) => Math.abs(f.delta - delta) <= f.slack + r.tolerance);
    });
    if (fixed) out.add(r);
  }
  return out;
}

/**
 * For each cell in a failing within-table identity (or a copied leaf, or the figure a broken
 * balance is laid at): the change to that cell alone that would make the identity hold.
 */
function corrections(
  records: readonly CheckRecord[],
  explained: ReadonlySet<CheckRecord>,
  copies: readonly Copy[],
  balanceFixes: readonly BalanceFix[],
): Map<string, { delta: number; slack: number }[]> {
  const out = new Map<string, { delta: number; slack: number }[]>();
  const put = (c: CheckCell, delta: number, slack: number): void => {
    const key = cellName(c);
    out.set(key, [...(out.get(key) ?? []), { delta, slack }]);
  };
  for (const r of records) {
    if (r.scope !== 'table' || r.status !== 'mismatch' || explained.has(r)) continue;
    put(r.target, -r.difference, r.tolerance);
    r.parts.forEach((p, i) => put(p, (r.signs[i] ?? 1) * r.difference, r.tolerance));
  }
  for (const c of copies) put(c.leaf, -c.excess, c.parent.tolerance);
  for (const f of balanceFixes) put(f.cell, f.delta, f.slack);
  return out;
}

/**
 * At the cell whose own table's correction would also make this identity hold (the likelier
 * slip); else, when a third table vouches for the target, at the parts' side (thirdTable.ts); else
 * at the target (for an empty table's virtual 0: the first real cell).
 */
function crossFinding(
  r: CheckRecord,
  fixes: ReadonlyMap<string, readonly { delta: number; slack: number }[]>,
  third: ThirdTable | null,
  targetDoubted: boolean,
): Finding {
  const cells = [r.target, ...r.parts];
  const equal = (diff: number, slack: number): boolean => Math.abs(diff) <= r.tolerance + slack;
  const covers = (diff: number, slack: number): boolean => diff >= -(r.tolerance + slack);
  // a correction is in its cell's unit; the identity's difference in its target's
  const fixedBy = (c: CheckCell, i: number, holds: typeof equal): boolean =>
    (fixes.get(cellName(c)) ?? []).some(({ delta, slack }) => {
      const [d, sl] = [inUnit(delta, c.unit, r.target.unit), inUnit(slack, c.unit, r.target.unit)];
      return holds(i === 0 ? r.difference + d : r.difference - (r.signs[i - 1] ?? 1) * d, sl);
    });
  const real = cells.filter((c) => !c.virtual);
  // a "≥" holds after any large enough rise of its target: a correction that makes the two sides
  // meet is the likelier slip (hunt116: 05表's 482.92 for 428.92 was laid at 03表, whose 款 was
  // off for another reason)
  const fixedAs = (holds: typeof equal): CheckCell | undefined =>
    cells.find((c, i) => !c.virtual && fixedBy(c, i, holds));
  const fixed = fixedAs(equal) ?? (r.relation === 'ge' ? fixedAs(covers) : undefined);
  const note = fixed || targetDoubted ? null : otherFundsNote(r);
  if (note) return note;
  const vouched = fixed ? null : third;
  const blamed = fixed ?? vouched?.at;
  const at = blamed ?? (r.target.virtual ? (real[0] ?? r.target) : r.target);
  const params = {
    identity: r.identity,
    name: r.name,
    relation: r.relation,
    expected: r.expected,
    actual: r.actual,
    difference: r.difference,
    unit: r.target.unit,
    target: cellName(r.target),
    related: r.parts.map((c) => cellName(c)).join('、'),
    empty: cells
      .filter((c) => c.virtual)
      .map((c) => c.sheet)
      .join('、'),
    ...(vouched ? { vouchedBy: vouched.vouchedBy.map((c) => cellName(c)).join('、') } : {}),
    ...(blamed && blamed !== r.target ? fromSlip(r, blamed) : {}),
  };
  const code = r.status === 'rounding' ? 'budget.crossRounding' : 'budget.crossMismatch';
  return finding(code, at.sheet, toA1(at.row, at.col), params);
}

/**
 * The identity told from the cell the finding is laid at, when that is not the target (a part its
 * own table puts in doubt, or the sum of the parts a third table contradicts): `slip` 为 its value,
 * 按 `others` 应为 `slipExpected`. Told from the target, the sentence asked to change the figure the
 * finding holds right (hunt81: 收入支出决算总表!F15 为 54.07，按 支出决算表!E17 应为 45.07, at E17).
 * In a "≥" identity `slipExpected` is the most the part may be.
 */
function fromSlip(r: CheckRecord, at: CheckCell): Record<string, string | number> {
  const i = r.parts.findIndex((p) => sameCell(p, at));
  // a cell holding the parts' sum (thirdTable) moves with them
  const sign = i < 0 ? 1 : (r.signs[i] ?? 1);
  const value = at.value ?? 0;
  const expected = roundTo(value + sign * inUnit(r.difference, r.target.unit, at.unit), 6);
  const others = [r.target, ...(i < 0 ? [] : r.parts.filter((_, k) => k !== i))];
  return {
    slip: cellName(at),
    slipValue: value,
    slipExpected: expected,
    slipDifference: roundTo(value - expected, 6),
    slipUnit: at.unit,
    others: others.map((c) => cellName(c)).join('、'),
  };
}

/** The "≥" identities whose all-funds side may lawfully fall below the fiscal side. */
const CARRYOVER_COVERS = new Set(['openingCovers', 'closingCovers']);

/**
 * 收入支出决算总表 年初 / 年末结转和结余 is the fiscal balance plus the other funds' (事业收入,
 * 经营收入…), and those may be carried negative (a 事业 or 经营 deficit; hunt68: −4.80 against a fiscal
 * 0; hunt70: −12.35 against 45.20 at the start, so 19 against 56.55 at the end). Where the table
 * balances around the figure, falling below the fiscal one is no slip but that deficit: an info
 * giving the other funds' balance it implies. A figure its own table puts in doubt (the caller's
 * `targetDoubted`), or one a correction elsewhere would make hold (`fixed`), stays an error.
 */
function otherFundsNote(r: CheckRecord): Finding | null {
  if (!CARRYOVER_COVERS.has(r.identity) || r.status !== 'mismatch' || r.target.virtual) return null;
  return finding('budget.otherFundsNegative', r.target.sheet, toA1(r.target.row, r.target.col), {
    identity: r.identity,
    name: r.name,
    actual: r.actual,
    expected: r.expected,
    difference: r.difference,
    unit: r.target.unit,
    target: cellName(r.target),
    related: r.parts.map((c) => cellName(c)).join('、'),
  });
}

/**
 * Whether the cell's own table does not add up around it: an identity of that table failing with
 * the cell in it, or its 收入总计 ≠ 支出总计 (a slip in 年初 carried into 收入总计 by a formula).
 */
function ownTableDoubts(records: readonly CheckRecord[], cell: CheckCell): boolean {
  return records.some(
    (q) =>
      q.scope === 'table' &&
      q.status === 'mismatch' &&
      q.target.sheet === cell.sheet &&
      (q.identity === 'incomeExpense' || sameCell(q.target, cell) || q.parts.some((p) => sameCell(p, cell))),
  );
}
