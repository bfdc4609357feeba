/**
 * A total judged against every leaf under it is allowed half a step per leaf: 0.10 万元 over twenty
 * 项. Its direct parts (the 类 under a 合计, the 款 under a 类, and any leaf not under one of them)
 * allow far less, and they are typed too: a 合计 0.10 off the sum of its five 类 is a slip, not a
 * 尾差 (hunt116: a SUM overwritten by a typed figure passed as rounding).
 */
import { buildCheck, type CheckCell, type CheckRecord } from './rounding';
import type { LineGroup } from './groups';

/**
 * The lines directly under each group's target, by target line: groups nest (a 款's leaves are all
 * its 类's), so each group's parent is the innermost larger group holding its first leaf. A group
 * whose leaves straddle two others breaks the nesting: it and its parent get no entry.
 */
export function directParts(
  groups: readonly LineGroup[],
  codeLength: (line: number) => number,
): Map<number, number[]> {
  const nested = groups.filter((g) => g.identity === 'hierarchy' || g.identity === 'total');
  // the largest first; of two with the same leaves (a 类 with one 款), the shorter code holds the other
  const order = [...nested].sort(
    (a, b) => b.parts.length - a.parts.length || codeLength(a.target) - codeLength(b.target),
  );
  const owner = new Map<number, LineGroup>();
  const children = new Map<LineGroup, number[]>();
  const broken = new Set<LineGroup>();
  for (const g of order) {
    if (g.parts.length === 0) continue;
    const parent = owner.get(g.parts[0]!);
    if (g.parts.some((p) => owner.get(p) !== parent)) {
      broken.add(g);
      if (parent) broken.add(parent);
    }
    // a second total over the same leaves (合计 and 总计) is no part of the first
    if (parent && g.identity === 'hierarchy') push(children, parent, g.target);
    for (const p of g.parts) owner.set(p, g);
  }
  for (const [leaf, g] of owner) push(children, g, leaf);
  const out = new Map<number, number[]>();
  for (const g of nested) {
    const direct = children.get(g);
    if (!direct || broken.has(g) || direct.length >= g.parts.length) continue;
    out.set(
      g.target,
      direct.sort((a, b) => a - b),
    );
  }
  return out;
}

/** A table's nested groups, their direct parts worked out on first use (most tables need none). */
export class DirectParts {
  private direct: Map<number, number[]> | undefined;
  private targets: Set<number> | undefined;

  constructor(
    private readonly groups: readonly LineGroup[],
    private readonly codeLength: (line: number) => number,
  ) {}

  /**
   * A total's 尾差 against its leaves (`record`) judged again against its direct parts: the mismatch
   * record when the drift is beyond their rounding (their half steps and the total's own), else null.
   * Parts that are groups must have been judged (`recordOf`, one column) and not be wrong themselves.
   */
  recheck(
    target: number,
    record: CheckRecord,
    recordOf: (line: number) => CheckRecord | undefined,
    cellOf: (line: number) => CheckCell | null,
  ): CheckRecord | null {
    if (record.status !== 'rounding') return null;
    this.direct ??= directParts(this.groups, this.codeLength);
    this.targets ??= new Set(this.groups.map((g) => g.target));
    const parts = this.direct.get(target);
    if (!parts) return null;
    const cells: CheckCell[] = [];
    for (const p of parts) {
      const own = this.targets.has(p) ? recordOf(p) : undefined;
      if (this.targets.has(p) && (!own || own.status === 'mismatch')) return null;
      const c = cellOf(p);
      if (c) cells.push(c);
    }
    const again = buildCheck({ ...record, parts: cells });
    if (!again || again.status !== 'mismatch') return null;
    return Math.abs(again.difference) > again.tolerance + record.target.step / 2 ? again : null;
  }

  /** The direct parts of a target, after a `recheck` of it. */
  partsOf(target: number): readonly number[] {
    return this.direct?.get(target) ?? [];
  }
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
