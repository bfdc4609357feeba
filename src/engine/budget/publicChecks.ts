/**
 * Identities within one public table coded by subject (收入决算表, 支出决算表, 一般公共预算财政拨款
 * 支出决算表, 政府性基金 / 国有资本经营 tables) and within the basic-expenditure table's economic
 * classification (经济分类: 类 3 digits = Σ 款 5 digits; 人员经费合计 = Σ(301, 303); 公用经费合计 =
 * Σ(302, 310, …); 合计 = 人员经费 + 公用经费).
 */
import { breakdownColumns } from './breakdown';
import { blameCrossings } from './crossing';
import { hierarchyGroups } from './groups';
import { toCell, gridCheck, type LineCell } from './gridCheck';
import { cellOf, type GridCell, type GridLine, type PublicGrid } from './publicGrid';
import type { GridPanel } from './publicHeader';
import { PERSONNEL_CLASSES, ROW, type PublicColumnRole } from './publicLexicon';
import type { PublicTable } from './publicSet';
import type { CheckCell, CheckRecord } from './rounding';
import { DirectParts } from './directParts';
import { SubtotalSums } from './subtotals';

const NOT_SUMMED: ReadonlySet<PublicColumnRole> = new Set(['lineNo']);

/** The panel holding the coded lines (the first with a code column), and its lines. */
export function codedLines(grid: PublicGrid): { panel: GridPanel | undefined; lines: GridLine[] } {
  const panel =
    grid.panels.find((p) => p.code !== undefined || p.class !== undefined || p.name !== undefined) ??
    grid.panels[0];
  return { panel, lines: panel ? grid.lines.filter((l) => l.panel === panel.index) : [] };
}

/** The 合计 line of a coded table: the first total line. */
export function totalLine(lines: readonly GridLine[]): GridLine | undefined {
  return (
    lines.find((l) => l.code === null && ROW.total.test(l.key)) ?? lines.find((l) => l.level === 'total')
  );
}

const cellAtCol = (line: GridLine, col: number): GridCell | undefined =>
  line.cells.find((c) => c.col === col);

/** 类 = Σ款 = Σ项 (leaf lines) and 合计 = Σ leaves, in every amount column. */
function hierarchyChecks(
  grid: PublicGrid,
  panel: GridPanel,
  lines: readonly GridLine[],
  out: CheckRecord[],
  subtotals: SubtotalSums,
): void {
  const summed = panel.amounts.filter((c) => !NOT_SUMMED.has(c.role));
  const groups = hierarchyGroups(lines, (i) =>
    summed.map((column) => {
      const v = cellAtCol(lines[i]!, column.col)?.value;
      return typeof v === 'number' ? v : null;
    }),
  );
  const direct = new DirectParts(groups, (i) => lines[i]!.code?.length ?? 0);
  for (const column of panel.amounts) {
    if (NOT_SUMMED.has(column.role)) continue;
    const cellOf = (i: number): CheckCell | null => {
      const c = cellAtCol(lines[i]!, column.col);
      return c ? toCell(grid, lines[i]!, c) : null;
    };
    const judged = new Map<number, CheckRecord>();
    for (const g of groups) {
      const target = lines[g.target]!;
      const tc = cellAtCol(target, column.col);
      if (!tc) continue;
      const parts = g.parts.flatMap((i) => cellOf(i) ?? []);
      const record = subtotals.judge(gridCheck(g.identity, { grid, line: target, cell: tc }, parts));
      if (record) judged.set(g.target, record);
    }
    // a 合计 within rounding of its leaves, not of its 类 (directParts.ts)
    for (const [target, record] of judged)
      push(out, direct.recheck(target, record, (i) => judged.get(i), cellOf) ?? record);
  }
}

/** Per line: the total column = Σ its parts (收入来源 / 基本 + 项目 + …), and the fund balance. */
function rowChecks(
  table: PublicTable,
  lines: readonly GridLine[],
  out: CheckRecord[],
  subtotals: SubtotalSums,
): void {
  const breakdown =
    table.key === 'income' ? null : breakdownColumns(lines, (l) => lineTotal(table, l), table.grid.step);
  for (const line of lines)
    for (const cells of columnGroups(table, line.cells))
      lineChecks(table, { ...line, cells }, out, subtotals, breakdown);
}

/** A line's 合计 cell: 本年收入合计 in an income table, else 本年支出合计 (or the amount). */
function lineTotal(table: PublicTable, line: GridLine): GridCell | undefined {
  return table.key === 'income'
    ? cellOf(line, 'incomeTotal', 'total')
    : cellOf(line, 'expenseTotal', 'total', ...(table.key === 'expenditure' ? [] : (['amount'] as const)));
}

/**
 * The columns checked together: the 年初预算数 band apart from the 决算数 band (`年初预算数 基本 | 项目 |
 * 小计 | 决算数 基本 | 项目 | 小计`, each total last: hunt98, where neither band's 基本 + 项目 = 小计 was
 * checked), and within a band `部门合计 | XX局本级 | XX中心（下属单位）`, each with its own 本年支出合计 |
 * 基本支出 | 项目支出: the columns from one total to the next are one group, checked on its own (all of
 * them were summed into the first total).
 */
function columnGroups(table: PublicTable, cells: readonly GridCell[]): (readonly GridCell[])[] {
  const totalRoles: readonly PublicColumnRole[] =
    table.key === 'income' ? ['incomeTotal', 'total'] : ['expenseTotal', 'total'];
  const isTotal = (c: GridCell): boolean => totalRoles.includes(c.column.role);
  const budget = cells.filter((c) => c.column.budget === true);
  const bands =
    budget.some(isTotal) && cells.some((c) => c.column.budget !== true && isTotal(c))
      ? [budget, cells.filter((c) => c.column.budget !== true)]
      : [cells];
  return bands.flatMap((band) => unitGroups(band, isTotal));
}

/** A band's columns, cut at each total after the first (a total per unit, each leading its columns). */
function unitGroups(cells: readonly GridCell[], isTotal: (c: GridCell) => boolean): (readonly GridCell[])[] {
  if (cells.filter(isTotal).length < 2) return [cells];
  const groups: GridCell[][] = [];
  for (const c of [...cells].sort((a, b) => a.column.col - b.column.col)) {
    const last = groups[groups.length - 1];
    if (!last || isTotal(c)) groups.push([c]);
    else last.push(c);
  }
  return groups;
}

function lineChecks(
  table: PublicTable,
  line: GridLine,
  out: CheckRecord[],
  subtotals: SubtotalSums,
  breakdown: ReadonlySet<number> | null,
): void {
  const { grid } = table;
  const at = (c: GridCell | undefined): LineCell | undefined => (c ? { grid, line, cell: c } : undefined);
  const total = lineTotal(table, line);
  const partRoles: readonly PublicColumnRole[] =
    table.key === 'income'
      ? []
      : table.key === 'expenditure'
        ? ['basic', 'project', 'other']
        : ['basic', 'project'];
  // 年初预算数 基本 | 项目 beside 本年支出's, with one 合计 between them: a total adds its own band
  const parts = line.cells.filter(
    (c) =>
      c !== total &&
      c.column.budget === (total?.column.budget ?? false) &&
      (table.key === 'income'
        ? !['lineNo', 'previous', 'incomeTotal', 'total', 'opening', 'closing'].includes(c.column.role)
        : partRoles.includes(c.column.role)),
  );
  // 基本支出 with no column of its own, only 人员经费 | 公用经费 under it: those two are its parts
  const personnel = cellOf(line, 'personnel');
  const operating = cellOf(line, 'operating');
  if (table.key !== 'income' && !cellOf(line, 'basic') && personnel && operating)
    parts.push(personnel, operating);
  // 合计 | 其中：unit | unit …, with no 基本 / 项目 split: the units are the parts
  const byUnits = parts.length === 0 && breakdown !== null;
  if (byUnits) parts.push(...line.cells.filter((c) => breakdown.has(c.col) && c.value !== null));
  const identity = byUnits
    ? 'unitColumns'
    : table.key === 'income'
      ? 'incomeColumns'
      : table.key === 'expenditure'
        ? 'expenseColumns'
        : 'basicProject';
  const target = at(total);
  // judged over a part's own sum where that part is a wrong total (合计 基本支出 ≠ Σ类)
  if (target && parts.length > 0)
    push(
      out,
      subtotals.judge(
        gridCheck(
          identity,
          target,
          parts.map((c) => toCell(grid, line, c)),
        ),
      ),
    );
  // 基本支出 split into 人员经费 | 公用经费 beside it: the split adds up, line by line
  const basic = at(cellOf(line, 'basic'));
  const split = [cellOf(line, 'personnel'), cellOf(line, 'operating')];
  if (table.key !== 'income' && basic && split.every((c) => c !== undefined))
    push(
      out,
      gridCheck(
        'personnelOperating',
        basic,
        split.map((c) => toCell(grid, line, c)),
      ),
    );
  // 增减额 = 本年 − 上年 (hunt100 P01: its sign dropped, reported only at the sums above it)
  const change = at(cellOf(line, 'change'));
  const previous = cellOf(line, 'previous');
  if (change && total && previous && total.column.budget !== true) {
    const cells = [total, previous].map((c) => toCell(grid, line, c));
    push(out, gridCheck('changeAmount', change, cells, { signs: [1, -1] }));
  }
  const closing = at(cellOf(line, 'closing'));
  const balance = [cellOf(line, 'opening'), cellOf(line, 'income'), total];
  if (closing && total && balance.every((c) => c !== undefined)) {
    const cells = balance.map((c) => toCell(grid, line, c));
    push(out, gridCheck('fundBalance', closing, cells, { signs: [1, 1, -1] }));
  }
}

/** Every identity within a coded public table. */
export function codedTableChecks(table: PublicTable): CheckRecord[] {
  const { panel, lines } = codedLines(table.grid);
  if (!panel) return [];
  const out: CheckRecord[] = [];
  const subtotals = new SubtotalSums();
  hierarchyChecks(table.grid, panel, lines, out, subtotals);
  rowChecks(table, lines, out, subtotals);
  return blameCrossings(out);
}

/** The basic table's amount cell of a line: its 决算数 (or 合计) column. */
export function basicAmount(line: GridLine | undefined): GridCell | undefined {
  return cellOf(line, 'amount', 'total', 'expenseTotal', 'other');
}

/** The 人员经费合计 / 公用经费合计 / 合计 lines of the basic table (uncoded). */
export function basicTotals(grid: PublicGrid): {
  personnel?: GridLine;
  operating?: GridLine;
  basic?: GridLine;
} {
  const uncoded = grid.lines.filter((l) => l.code === null);
  const find = (re: RegExp): GridLine | undefined => uncoded.find((l) => re.test(l.key));
  const personnel = find(ROW.personnelTotal);
  const operating = find(ROW.operatingTotal);
  const basic = find(ROW.basicTotal);
  return {
    ...(personnel ? { personnel } : {}),
    ...(operating ? { operating } : {}),
    ...(basic ? { basic } : {}),
  };
}

/**
 * The economic classification's top lines per class: the class line where the table has it,
 * else its 款 lines.
 */
export function classLines(lines: readonly GridLine[], personnel: boolean): GridLine[] {
  const coded = lines.filter((l) => l.code !== null && l.code.length >= 3);
  const classes = [...new Set(coded.map((l) => l.code!.slice(0, 3)))].filter(
    (c) => PERSONNEL_CLASSES.includes(c) === personnel,
  );
  return classes.flatMap((c) => {
    const own = coded.find((l) => l.code === c);
    return own ? [own] : coded.filter((l) => l.code!.length === 5 && l.code!.startsWith(c));
  });
}

export function push(out: CheckRecord[], record: CheckRecord | null): void {
  if (record) out.push(record);
}
