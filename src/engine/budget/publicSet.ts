/**
 * The nine public tables as one set: each found by its title wherever it sits (or by its sheet's
 * name), read, and called present, empty (title and header, no amount: 空表) or absent. The "三公"
 * table is read by the budget-table detector (its horizontal layout); so is a 基本支出 or "三公"
 * table that carries no title.
 */
import type { WorkbookInput } from '../grid/types';
import { readPublicGrid, type PublicGrid } from './publicGrid';
import { PUBLIC_KEYS, PUBLIC_TITLES, type PublicTableKey } from './publicLexicon';
import { continuesOn, joinPart } from './publicContinued';
import { findPublicRegions, type PublicRegion } from './publicTitles';
import type { BudgetTable } from './types';

export type PublicStatus = 'present' | 'empty' | 'absent';

export interface PublicTable {
  readonly key: PublicTableKey;
  readonly sheet: string;
  readonly status: 'present' | 'empty';
  /** Rows `top..end-1` of `sheet` belong to this table. */
  readonly top: number;
  readonly end: number;
  readonly grid: PublicGrid;
  /** For the "三公" table: the detector's table (budget and final blocks). */
  readonly threePublic?: BudgetTable;
  /** The sheets the table continues on (续表), rows `top..end-1` of each; their lines carry `sheet`. */
  readonly parts?: readonly TablePart[];
}

export interface TablePart {
  readonly sheet: string;
  readonly top: number;
  readonly end: number;
}

/** Where a public table's rows are: its own sheet's, then each continuation's. */
export function tableSpans(t: PublicTable): TablePart[] {
  return [{ sheet: t.sheet, top: t.top, end: t.end }, ...(t.parts ?? [])];
}

export type PublicSet = Partial<Record<PublicTableKey, PublicTable>>;

/** The set as found; `budgetTables` are `findBudgetTables`' result for the same sheets. */
export function findPublicSet(sheets: WorkbookInput, budgetTables: readonly BudgetTable[]): PublicSet {
  const set: PublicSet = {};
  const regions = findPublicRegions(sheets);
  regions.forEach((region, i) => {
    const have = set[region.key];
    if (!have) set[region.key] = tableOf(region, budgetTables);
    else if (continuesOn(have, regions[i - 1], region, sheets))
      set[region.key] = joinPart(have, tableOf(region, budgetTables));
  });
  const inRegion = (t: BudgetTable): boolean =>
    regions.some((r) => r.sheet.name === t.sheet && t.headerTop >= r.top && t.headerTop < r.end);
  for (const [key, kind] of [
    ['threePublic', 'threePublic'],
    ['generalBasic', 'basic'],
  ] as const) {
    if (set[key]) continue;
    const t = budgetTables.find((b) => b.kind === kind && !inRegion(b));
    const sheet = t && sheets.find((s) => s.name === t.sheet);
    if (!t || !sheet) continue;
    const end = lastRow(t.lines, t.headerBottom) + 1;
    const top = Math.max(0, t.headerTop - 1);
    set[key] = tableOf({ key, sheet, titleRow: top, titleCol: 0, top, end }, budgetTables);
  }
  return set;
}

function tableOf(region: PublicRegion, budgetTables: readonly BudgetTable[]): PublicTable {
  const grid = readPublicGrid(region);
  // The table ends at its last line: a table below it without a title is no part of it.
  const last = lastRow(grid.lines, grid.headerBottom);
  const base = {
    key: region.key,
    sheet: region.sheet.name,
    top: region.top,
    end: Math.min(region.end, last + 1),
    grid,
  };
  if (region.key !== 'threePublic') return { ...base, status: grid.hasAmounts ? 'present' : 'empty' };
  const threePublic = budgetTables.find(
    (t) =>
      t.sheet === region.sheet.name &&
      t.kind === 'threePublic' &&
      t.headerTop >= region.top &&
      t.headerTop < region.end,
  );
  const filled = threePublic?.lines.some((l) =>
    [l.budget, l.adjustedBudget, l.final].some((v) => v !== null && v !== 0),
  );
  return { ...base, status: filled ? 'present' : 'empty', ...(threePublic ? { threePublic } : {}) };
}

/** One entry per public table, in publication order. */
export function publicTableList(
  set: PublicSet,
): { key: PublicTableKey; name: string; sheet: string | null; status: PublicStatus }[] {
  return PUBLIC_KEYS.map((key) => {
    const t = set[key];
    return { key, name: PUBLIC_TITLES[key], sheet: t?.sheet ?? null, status: t?.status ?? 'absent' };
  });
}

/** The last row of some lines, at least `floor` (a loop: tables may have 10⁵ lines). */
export function lastRow(lines: readonly { readonly row: number }[], floor: number): number {
  let last = floor;
  for (const l of lines) if (l.row > last) last = l.row;
  return last;
}
