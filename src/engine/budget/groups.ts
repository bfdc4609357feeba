/**
 * Which lines add up to which: the identities of a table as (target, parts) pairs. Used both to
 * reconcile and to compute shares, so a share is always "of the total that sums this line".
 */
import {
  BASIC_TOTAL_NAME,
  GRAND_TOTAL_NAME,
  ITEM_ORDINAL,
  OPERATING_NAME,
  PERSONNEL_NAME,
  SUB_ROW_NAME,
} from './rowWords';
import { roundTo } from './amount';
import { FUND_SPLIT_ROWS, isCarryOver, rowKey } from './publicLexicon';
import { threePublicRole } from './threePublic';
import { AMOUNT_FIELDS, type AmountField, type LineLevel, type TableKind } from './types';

export type IdentityKind =
  'hierarchy' | 'total' | 'runningTotal' | 'grandTotal' | 'personnelOperating' | 'threePublic' | 'vehicle';

export interface LineGroup {
  readonly identity: IdentityKind;
  readonly target: number;
  readonly parts: readonly number[];
}

export interface GroupLine extends Readonly<Partial<Record<AmountField, number | null>>> {
  readonly code: string | null;
  readonly name: string;
  readonly level: LineLevel;
}

const compact = (name: string): string => name.replace(/\s+/g, '');

const GROUPS = new WeakMap<readonly GroupLine[], Map<TableKind, readonly LineGroup[]>>();

/**
 * The identities of a table, by its kind. Indexes are into `lines`. Reconciliation, unit checks
 * and the narrative all ask for a table's groups: they are worked out once per line list.
 */
export function lineGroups(kind: TableKind, lines: readonly GroupLine[]): readonly LineGroup[] {
  let byKind = GROUPS.get(lines);
  if (!byKind) {
    byKind = new Map();
    GROUPS.set(lines, byKind);
  }
  let groups = byKind.get(kind);
  if (!groups) {
    groups =
      kind === 'detail'
        ? hierarchyGroups(lines)
        : kind === 'threePublic'
          ? threePublicGroups(lines)
          : kind === 'basic'
            ? (basicGroups(lines) ?? runningGroups(lines))
            : runningGroups(lines);
    byKind.set(kind, groups);
  }
  return groups;
}

/**
 * A line's amounts (by index), one per summed column in the same order for every line; null where
 * the cell holds no number. Lets a table of any shape (fields, or cells by column) be grouped.
 */
export type LineAmounts = (i: number) => readonly (number | null)[];

/** The amounts of lines that carry them as fields (BudgetLine and its like). */
export function fieldAmounts(lines: readonly GroupLine[]): LineAmounts {
  return (i) => AMOUNT_FIELDS.map((f) => lines[i]![f] ?? null);
}

/**
 * 类 = Σ 项 below it (leaf rows only), 款 likewise; a total row = Σ of every leaf. A 项 whose 款 the
 * table lacks, listed under a 款 with no 项 of its own and of its amount, is that 款's (see
 * `adoptListed`); so is a 项 that 款's amounts count while its own 款 adds up without it
 * (`relistByPlace`).
 */
export function hierarchyGroups<L extends GroupLine>(
  lines: readonly L[],
  amounts: LineAmounts = fieldAmounts(lines),
): LineGroup[] {
  // A code's parents and children are codes of the table, so only prefixes as long as some code
  // can be one (3, 5 and 7 characters in a 类/款/项 table), not every prefix.
  const lengths = new Set<number>();
  for (const l of lines) if (l.code !== null) lengths.add(l.code.length);
  const prefixLengths = [...lengths].sort((a, b) => a - b);
  // Only a code shorter than the longest can be a parent (and have a child): the longest codes,
  // most lines of a table, need no entry. Each parent code's first line, and the later lines of a
  // code typed twice (rare): no list per code.
  const longest = prefixLengths[prefixLengths.length - 1] ?? 0;
  const firstOf = new Map<string, number>();
  const sameCode = new Map<number, number[]>();
  // per line, the first line with its code: looked up once here, not again for the leaves below
  const firstLine = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const code = lines[i]!.code;
    firstLine[i] = i;
    if (code === null || code.length === longest) continue;
    const first = firstOf.get(code);
    if (first === undefined) firstOf.set(code, i);
    else {
      pushTo(sameCode, first, i);
      firstLine[i] = first;
    }
  }
  // Per coded line and prefix length, its parent code's first line (−1: no such code); each
  // prefix is cut once, and a code with a child is flagged at its first line.
  const width = prefixLengths.length;
  const parentOf = new Int32Array(lines.length * width).fill(-1);
  const hasChild = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const code = lines[i]!.code;
    if (code === null) continue;
    for (let j = 0; j < width && prefixLengths[j]! < code.length; j++) {
      const parent = firstOf.get(code.slice(0, prefixLengths[j]));
      if (parent === undefined) continue;
      parentOf[i * width + j] = parent;
      hasChild[parent] = 1;
    }
  }
  adoptListed(lines, prefixLengths, firstOf, parentOf, hasChild, amounts);
  const leaves: number[] = [];
  const partsOf = new Map<number, number[]>();
  lines.forEach((l, i) => {
    if (l.code === null || (l.code.length < longest && hasChild[firstLine[i]!] === 1)) return;
    leaves.push(i);
    for (let j = 0; j < width; j++) {
      const parent = parentOf[i * width + j]!;
      if (parent < 0) continue;
      pushTo(partsOf, parent, i);
      for (const twin of sameCode.get(parent) ?? NONE) pushTo(partsOf, twin, i);
    }
  });
  relistByPlace(lines, longest, firstOf, partsOf, sameCode, amounts);
  const groups: LineGroup[] = [...partsOf]
    .sort((a, b) => a[0] - b[0])
    .map(([target, parts]) => ({ identity: 'hierarchy' as const, target, parts }));
  if (leaves.length > 0) {
    lines.forEach((l, i) => {
      if (l.level === 'total') groups.push({ identity: 'total', target: i, parts: leaves });
    });
  }
  return groups;
}

const NONE: readonly number[] = [];

/** The 类 is a code's first three digits. */
const CLASS_DIGITS = 3;

/**
 * The 项 lines (the longest codes) listed under a 款 of their 类 that their code does not start with:
 * each with the 款's first line (`above`) and code (`home`).
 */
function listedAway(
  lines: readonly GroupLine[],
  longest: number,
  firstOf: ReadonlyMap<string, number>,
): { i: number; above: number; code: string; home: string }[] {
  const out: { i: number; above: number; code: string; home: string }[] = [];
  let above = -1;
  for (let i = 0; i < lines.length; i++) {
    const code = lines[i]!.code;
    if (code === null) continue;
    if (code.length < longest) {
      above = firstOf.get(code) ?? i;
      continue;
    }
    const home = above >= 0 ? lines[above]!.code : null;
    if (!home || home.length <= CLASS_DIGITS || code.startsWith(home)) continue;
    if (home.slice(0, CLASS_DIGITS) === code.slice(0, CLASS_DIGITS)) out.push({ i, above, code, home });
  }
  return out;
}

/**
 * A 项 whose 款 is not in the table (2100301, no 21003), or is and adds up without it, listed under a
 * 款 of its 类 with no 项 of its own (21013 医疗救助) and of the 款's amount: it is that 款's one 项, as
 * the code-slip warning (codePlace.ts) says. Read by its code alone, the 款 is a leaf of the 类 and the 项 another: the 类
 * and the 合计 count the amount twice. Needs the lines' amounts; without them nothing is adopted.
 */
function adoptListed(
  lines: readonly GroupLine[],
  prefixLengths: readonly number[],
  firstOf: ReadonlyMap<string, number>,
  parentOf: Int32Array,
  hasChild: Uint8Array,
  amounts: LineAmounts,
): void {
  const width = prefixLengths.length;
  const longest = prefixLengths[width - 1] ?? 0;
  for (const { i, above, code, home } of listedAway(lines, longest, firstOf)) {
    if (hasChild[above] === 1) continue;
    const slot = prefixLengths.indexOf(home.length);
    if (slot < 0 || !sameAmount(amounts, above, i)) continue;
    // its 款 in the table too (2080501 死亡抚恤 under 20808 抚恤, 20805 elsewhere; hunt89 P12): only
    // when that 款 adds up without it, so the line's amount is the listed 款's, not its own's
    const own = firstOf.get(code.slice(0, home.length));
    if (own !== undefined && !addsUp(amounts, own, itemsOf(lines, own, longest, i))) continue;
    parentOf[i * width + slot] = above;
    hasChild[above] = 1;
  }
}

/** The lines with the longest codes under a 款's code, but `except`. */
function itemsOf(lines: readonly GroupLine[], section: number, longest: number, except: number): number[] {
  const prefix = lines[section]!.code ?? '';
  const out: number[] = [];
  lines.forEach((l, k) => {
    if (k !== except && l.code !== null && l.code.length === longest && l.code.startsWith(prefix))
      out.push(k);
  });
  return out;
}

/**
 * A 项 listed inside another 款's block of its 类 (2130153 under 21305) that the 款's typed amounts
 * count, while its own 款 (21301, in the table) adds up without it: both 款 add up by place, neither
 * by code. The code is the slip (codePlace.ts warns at it): the line is the listed 款's part, so
 * neither 款 is blamed for it. Two 款 adding up by code leave the line where its code puts it. The
 * listed 款 may be off in a column by another slip among its 项 (hunt98: 2100308 under 21004, whose
 * 基本支出 had a transposed 项 too): the line is still its part when counting it there puts right
 * every column it has an amount in and makes none worse.
 */
function relistByPlace(
  lines: readonly GroupLine[],
  longest: number,
  firstOf: ReadonlyMap<string, number>,
  partsOf: Map<number, number[]>,
  sameCode: ReadonlyMap<number, readonly number[]>,
  amounts: LineAmounts,
): void {
  for (const { i, above, code, home } of listedAway(lines, longest, firstOf)) {
    const own = firstOf.get(code.slice(0, home.length));
    if (own === undefined || sameCode.has(own) || sameCode.has(above)) continue;
    const listed = partsOf.get(above) ?? [];
    const counted = partsOf.get(own) ?? [];
    if (listed.length === 0 || !counted.includes(i)) continue;
    if (addsUp(amounts, above, listed) && addsUp(amounts, own, counted)) continue;
    const rest = counted.filter((p) => p !== i);
    const moved = [...listed, i].sort((a, b) => a - b);
    if (rest.length === 0 || !mends(amounts, above, listed, moved) || !addsUp(amounts, own, rest)) continue;
    partsOf.set(above, moved);
    partsOf.set(own, rest);
  }
}

/**
 * `after` in place of `before` as the parts of `target`: no column further from its typed amount,
 * and every column where the two differ brought to it exactly.
 */
function mends(
  amounts: LineAmounts,
  target: number,
  before: readonly number[],
  after: readonly number[],
): boolean {
  const typed = amounts(target);
  const sum = (parts: readonly number[], k: number): number =>
    parts.reduce((s, p) => s + (amounts(p)[k] ?? 0), 0);
  let some = false;
  for (let k = 0; k < typed.length; k++) {
    const t = typed[k];
    if (t === null || t === undefined) continue;
    const [was, is] = [roundTo(t - sum(before, k), 6), roundTo(t - sum(after, k), 6)];
    if (was === is) continue;
    if (is !== 0) return false;
    some = true;
  }
  return some;
}

/** The line's typed amounts equal the sums of its parts in every column it has one in (some at least). */
export function addsUp(amounts: LineAmounts, target: number, parts: readonly number[]): boolean {
  if (parts.length === 0) return false;
  const typed = amounts(target);
  const of = parts.map(amounts);
  let some = false;
  for (let k = 0; k < typed.length; k++) {
    const t = typed[k];
    if (t === null || t === undefined) continue;
    const sum = of.reduce((s, a) => s + (a[k] ?? 0), 0);
    if (roundTo(t - sum, 6) !== 0) return false;
    some = true;
  }
  return some;
}

/** Some amount the two lines both carry is the same, and not 0. */
function sameAmount(amounts: LineAmounts, a: number, b: number): boolean {
  const x = amounts(a);
  const y = amounts(b);
  return x.some((v, k) => {
    const w = y[k];
    return v !== null && w !== null && w !== undefined && w !== 0 && Math.abs(v - w) < 1e-6;
  });
}

/**
 * Totals in reading order: a 合计 sums the rows since the previous total; a 总计 adds the 合计
 * above it to the rows in between; a total above any row sums the rows below it. 其中 rows are
 * breakdowns of the row above and never part of a total, and so are the rows that carry on a
 * 其中 block (其中：人员经费 / 公用经费 under 一、基本支出): see `continuesBreakdown`.
 */
export function runningGroups(lines: readonly GroupLine[]): LineGroup[] {
  const groups: LineGroup[] = [];
  let segment: number[] = [];
  let lastTotal = -1;
  let topTotal = -1;
  /** The 其中 row of the block being read, and whether the item it breaks down has an ordinal. */
  let breakdown: { first: string; ordinals: boolean } | null = null;
  let lastOrdinal = false;
  /** After 年初财政拨款结转和结余: its split by fund (一般公共预算财政拨款 …) is no item. */
  let carry = false;
  lines.forEach((l, i) => {
    const name = compact(l.name);
    if (SUB_ROW_NAME.test(name)) {
      breakdown ??= { first: name, ordinals: lastOrdinal };
      return;
    }
    if (breakdown && l.level !== 'total' && continuesBreakdown(breakdown, name)) return;
    breakdown = null;
    const key = rowKey(l.name);
    if (carry && l.level !== 'total' && FUND_SPLIT_ROWS.some((re) => re.test(key))) return;
    carry = isCarryOver(key);
    if (l.level !== 'total') {
      lastOrdinal = ITEM_ORDINAL.test(name);
      segment.push(i);
      return;
    }
    if (GRAND_TOTAL_NAME.test(compact(l.name)) && lastTotal >= 0) {
      groups.push({ identity: 'grandTotal', target: i, parts: [lastTotal, ...segment] });
    } else if (segment.length > 0) {
      groups.push({ identity: 'runningTotal', target: i, parts: segment });
    } else if (lastTotal < 0) {
      topTotal = i;
    }
    lastTotal = i;
    segment = [];
  });
  if (topTotal >= 0 && segment.length > 0 && groups.length === 0) {
    groups.push({ identity: 'runningTotal', target: topTotal, parts: segment });
  }
  return groups;
}

/**
 * A row after a 其中 row that carries on its block rather than starting an item: one without an
 * ordinal where the items have them (一、基本支出 / 其中：人员经费 / 公用经费 / 二、项目支出), or the
 * 公用经费 that completes a 其中：人员经费 (and the reverse).
 */
function continuesBreakdown(block: { first: string; ordinals: boolean }, name: string): boolean {
  if (block.ordinals) return !ITEM_ORDINAL.test(name);
  return (
    (PERSONNEL_NAME.test(block.first) && OPERATING_NAME.test(name)) ||
    (OPERATING_NAME.test(block.first) && PERSONNEL_NAME.test(name))
  );
}

/** 基本支出 = 人员经费 + 公用经费. */
function basicGroups(lines: readonly GroupLine[]): LineGroup[] | null {
  const find = (re: RegExp): number => lines.findIndex((l) => re.test(compact(l.name)));
  const total = find(BASIC_TOTAL_NAME);
  const personnel = find(PERSONNEL_NAME);
  const operating = find(OPERATING_NAME);
  if (total < 0 || personnel < 0 || operating < 0) return null;
  return [{ identity: 'personnelOperating', target: total, parts: [personnel, operating] }];
}

/** 合计 = 出国 + 公务用车购置及运行 + 接待; 公务用车购置及运行 = 购置 + 运行维护. */
export function threePublicGroups(lines: readonly GroupLine[]): LineGroup[] {
  const at = new Map<string, number>();
  lines.forEach((l, i) => {
    const role = threePublicRole(l.name);
    if (role !== undefined && !at.has(role)) at.set(role, i);
  });
  const pick = (...roles: string[]): number[] => roles.flatMap((r) => (at.has(r) ? [at.get(r)!] : []));
  const groups: LineGroup[] = [];
  const vehicleParts = pick('purchase', 'operation');
  if (at.has('vehicle') && vehicleParts.length > 0) {
    groups.push({ identity: 'vehicle', target: at.get('vehicle')!, parts: vehicleParts });
  }
  if (at.has('total')) {
    const parts = at.has('vehicle')
      ? pick('abroad', 'vehicle', 'reception')
      : pick('abroad', 'purchase', 'operation', 'reception');
    if (parts.length > 0) groups.push({ identity: 'threePublic', target: at.get('total')!, parts });
  }
  return groups;
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
