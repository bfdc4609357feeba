/**
 * A public table continued on the next sheet (支出决算表 → 支出决算表（续表）): the continuation's
 * region is read as more lines of the table, each knowing its sheet, when it is clearly the same
 * table — it is the next region after the table's last part, on the next sheet, its title or its
 * sheet's name says 续表, and its header has the same amount columns and unit. As the budget tables
 * do (continued.ts).
 */
import { cellText, type WorkbookInput } from '../grid/types';
import { saysContinued } from './continued';
import type { PublicGrid } from './publicGrid';
import type { PublicTable } from './publicSet';
import type { PublicRegion } from './publicTitles';

/**
 * Whether `region` continues `table`, whose last part is `prev` (the region read just before).
 * @example continuesOn(set.expenditure, regions[2], regions[3], view) // 3.支出决算表(续表)
 */
export function continuesOn(
  table: PublicTable,
  prev: PublicRegion | undefined,
  region: PublicRegion,
  sheets: WorkbookInput,
): boolean {
  if (!prev || prev.key !== region.key || region.key === 'threePublic') return false;
  const last = table.parts?.[table.parts.length - 1]?.sheet ?? table.sheet;
  if (prev.sheet.name !== last) return false;
  const at = sheets.findIndex((s) => s.name === last);
  if (at < 0 || sheets[at + 1]?.name !== region.sheet.name) return false;
  const title =
    region.titleRow < 0 ? '' : cellText(region.sheet.rows[region.titleRow]?.[region.titleCol] ?? null);
  return saysContinued(region.sheet.name) || saysContinued(title);
}

/** The table with `part` (the continuation read as a table of its own) joined on, or as it was. */
export function joinPart(table: PublicTable, part: PublicTable): PublicTable {
  const a = table.grid;
  const b = part.grid;
  if (b.lines.length === 0 || b.unit !== a.unit || !sameAmounts(a, b)) return table;
  const grid: PublicGrid = {
    ...a,
    step: Math.min(a.step, b.step),
    lines: [...a.lines, ...b.lines.map((l) => ({ ...l, sheet: b.sheet }))],
    hasAmounts: a.hasAmounts || b.hasAmounts,
  };
  return {
    ...table,
    status: table.status === 'present' || part.status === 'present' ? 'present' : 'empty',
    grid,
    parts: [...(table.parts ?? []), { sheet: part.sheet, top: part.top, end: part.end }],
  };
}

/** The same panels, with the same amount columns (role and place) in each. */
function sameAmounts(a: PublicGrid, b: PublicGrid): boolean {
  const shape = (g: PublicGrid): string =>
    JSON.stringify(
      g.panels.map((p) => [
        p.code,
        p.class,
        p.section,
        p.item,
        p.name,
        p.amounts.map((c) => [c.role, c.col]),
      ]),
    );
  return shape(a) === shape(b);
}
