/**
 * The two summary tables, 收入支出决算总表 and 财政拨款收入支出决算总表: a 收入 panel and a 支出
 * panel. Within a panel, 本年收入合计 / 本年支出合计 = Σ the items above, 总计 = that 合计 + the
 * rows between (结转和结余 …); the 年初财政拨款结转和结余 rows by fund are a breakdown, not part of
 * 总计. Across panels 收入总计 = 支出总计; per line of the fiscal table 合计 = Σ funds, and per fund
 * 年初 + 本年收入 − 本年支出 = 年末.
 */
import { runningGroups } from './groups';
import { toCell, gridCheck } from './gridCheck';
import { cellOf, type GridCell, type GridLine, type PublicGrid } from './publicGrid';
import type { GridPanel } from './publicHeader';
import { FUND_SPLIT_ROWS, isCarryOver, ROW, type PublicColumnRole } from './publicLexicon';
import type { PublicTable } from './publicSet';
import { push } from './publicChecks';
import { blameCrossings } from './crossing';
import type { CheckCell, CheckRecord } from './rounding';
import { SubtotalSums } from './subtotals';

export interface SummarySide {
  readonly panel: GridPanel;
  readonly lines: readonly GridLine[];
  /** Breakdown rows (一般公共预算财政拨款 … under 年初财政拨款结转和结余), by the line they break down. */
  readonly breakdowns: ReadonlyMap<GridLine, readonly GridLine[]>;
}

export const FUNDS: readonly {
  role: PublicColumnRole;
  row: RegExp;
  key: 'general' | 'govFund' | 'stateCapital';
}[] = [
  { role: 'fundGeneral', row: ROW.general, key: 'general' },
  { role: 'fundGov', row: ROW.govFund, key: 'govFund' },
  { role: 'fundState', row: ROW.stateCapital, key: 'stateCapital' },
];

/**
 * The 收入 and 支出 panels, by their captions, else the first and second panel; or, in a table of
 * one panel headed 收入 … then 支出 … (the vertical layout), the lines under each heading.
 */
export function summarySides(grid: PublicGrid): { income?: SummarySide; expense?: SummarySide } {
  const vertical = grid.panels.length === 1 ? verticalSides(grid) : null;
  if (vertical) return vertical;
  const byCaption = (word: string): GridPanel | undefined =>
    grid.panels.find((p) => p.caption.includes(word));
  const income = byCaption('收入') ?? grid.panels[0];
  const expense = byCaption('支出') ?? grid.panels.find((p) => p !== income);
  const linesOf = (panel: GridPanel): GridLine[] => grid.lines.filter((l) => l.panel === panel.index);
  const side = (panel: GridPanel | undefined): SummarySide | undefined =>
    panel ? sideOf(panel, linesOf(panel)) : undefined;
  const i = side(income);
  const e = side(expense);
  return { ...(i ? { income: i } : {}), ...(e ? { expense: e } : {}) };
}

/** The 收入 block (from its heading to the 支出 heading) and the 支出 block, or null. */
function verticalSides(grid: PublicGrid): { income: SummarySide; expense: SummarySide } | null {
  const at = grid.lines.findIndex((l) => ROW.incomeSection.test(l.key));
  const ex = grid.lines.findIndex((l) => ROW.expenseSection.test(l.key));
  const panel = grid.panels[0];
  if (!panel || at < 0 || ex <= at) return null;
  return {
    income: sideOf(panel, grid.lines.slice(at + 1, ex)),
    expense: sideOf(panel, grid.lines.slice(ex + 1)),
  };
}

/** A side's lines, with the carry-over breakdowns among them. */
function sideOf(panel: GridPanel, lines: readonly GridLine[]): SummarySide {
  const breakdowns = new Map<GridLine, GridLine[]>();
  let owner: GridLine | null = null;
  for (const l of lines) {
    if (isCarryOver(l.key)) owner = l;
    else if (owner && FUND_SPLIT_ROWS.some((re) => re.test(l.key)))
      breakdowns.set(owner, [...(breakdowns.get(owner) ?? []), l]);
    else owner = null;
  }
  return { panel, lines, breakdowns };
}

const isBreakdown = (side: SummarySide, line: GridLine): boolean =>
  [...side.breakdowns.values()].some((parts) => parts.includes(line));

/** The first line of a side whose name matches. */
export function sideLine(side: SummarySide | undefined, re: RegExp): GridLine | undefined {
  return side?.lines.find((l) => re.test(l.key) && !isBreakdown(side, l));
}

/** The breakdown line of a carry-over line, by fund. */
export function breakdownLine(
  side: SummarySide | undefined,
  owner: RegExp,
  fund: RegExp,
): GridLine | undefined {
  const carry = sideLine(side, owner);
  return carry ? side?.breakdowns.get(carry)?.find((l) => fund.test(l.key)) : undefined;
}

/** The item lines above a side's first total (the 收入 sources, the 支出 类). */
export function itemLines(side: SummarySide | undefined): GridLine[] {
  if (!side) return [];
  const end = side.lines.findIndex((l) => l.level === 'total');
  return side.lines.slice(0, end < 0 ? side.lines.length : end).filter((l) => l.level !== 'total');
}

/** A side's amount cell of a line: 金额 (or 合计) on the 收入 side, 合计 on the 支出 side. */
export function sideAmount(line: GridLine | undefined): GridCell | undefined {
  return cellOf(line, 'amount', 'total', 'expenseTotal', 'incomeTotal', 'other');
}

/** Every identity within one summary table. */
export function summaryTableChecks(table: PublicTable): CheckRecord[] {
  const { grid } = table;
  const { income, expense } = summarySides(grid);
  const out: CheckRecord[] = [];
  for (const side of [income, expense]) {
    if (!side) continue;
    for (const [owner, parts] of side.breakdowns)
      sumCheck(grid, 'carryoverSplit', owner, parts, side.panel, out);
    const groupLines = side.lines.map((l) => ({
      code: null,
      name: isBreakdown(side, l) ? `其中：${l.name}` : l.name,
      level: l.level,
    }));
    const subtotals = new SubtotalSums();
    for (const g of runningGroups(groupLines))
      sumCheck(
        grid,
        g.identity,
        side.lines[g.target]!,
        g.parts.map((i) => side.lines[i]!),
        side.panel,
        out,
        subtotals,
      );
    const splits = side.lines.some((l) => FUNDS.some((f) => cellOf(l, f.role)?.value != null));
    for (const line of side.lines) {
      const total = cellOf(line, 'total', 'expenseTotal');
      const funds = FUNDS.map((f) => cellOf(line, f.role)).filter((c) => c !== undefined);
      if (total && funds.length >= 2)
        push(
          out,
          gridCheck(
            'fundColumns',
            { grid, line, cell: total },
            unsplit(
              funds.map((c) => toCell(grid, line, c)),
              splits && !!total.value,
            ),
          ),
        );
    }
  }
  const inTotal = income && [...income.lines].reverse().find((l) => ROW.grandTotal.test(l.key));
  const exTotal = expense && [...expense.lines].reverse().find((l) => ROW.grandTotal.test(l.key));
  if (inTotal && exTotal) {
    // Column by column when both panels have the same columns (决算数 | 上年决算数), else 金额 = 合计.
    const summed = (l: GridLine): GridCell[] => l.cells.filter((c) => c.column.role !== 'lineNo');
    const [ins, exs] = [summed(inTotal), summed(exTotal)];
    const pairs: [GridCell | undefined, GridCell | undefined][] =
      ins.length === exs.length && ins.every((c, k) => c.column.role === exs[k]!.column.role)
        ? ins.map((c, k) => [c, exs[k]])
        : [[sideAmount(inTotal), cellOf(exTotal, 'total', 'amount', 'expenseTotal')]];
    for (const [inCell, exCell] of pairs)
      if (inCell && exCell)
        push(
          out,
          gridCheck('incomeExpense', { grid, line: exTotal, cell: exCell }, [toCell(grid, inTotal, inCell)]),
        );
  }
  if (table.key === 'fiscalSummary') fundBalances(grid, income, expense, out);
  // a fund's cell wrong on a class line breaks its row's 合计 = Σ funds and its column's 本年支出合计
  return blameCrossings(out);
}

/** Σ parts = target in every summed column of the panel. */
function sumCheck(
  grid: PublicGrid,
  identity: string,
  target: GridLine,
  parts: readonly GridLine[],
  panel: GridPanel,
  out: CheckRecord[],
  subtotals?: SubtotalSums,
): void {
  for (const column of panel.amounts) {
    if (column.role === 'lineNo') continue;
    const at = (l: GridLine): GridCell | undefined => l.cells.find((c) => c.col === column.col);
    const tc = at(target);
    if (!tc) continue;
    const cells = parts.flatMap((l) => {
      const c = at(l);
      return c ? [toCell(grid, l, c)] : [];
    });
    const fund = FUNDS.some((f) => f.role === column.role);
    const record = gridCheck(identity, { grid, line: target, cell: tc }, unsplit(cells, fund && !!tc.value));
    push(out, subtotals ? subtotals.judge(record) : record);
  }
}

/**
 * A fiscal 总表's amount split by fund with every part left blank (`二十三、其他支出 | 600,000 | | |`,
 * hunt106 P17; 本年支出合计 政府性基金 600,000 over a column of blanks): where the table splits by fund
 * elsewhere, the blanks are 0 and the sum is judged, not skipped.
 */
function unsplit(parts: readonly CheckCell[], blanksAreZero: boolean): CheckCell[] {
  return blanksAreZero && parts.length > 0 && parts.every((p) => p.value === null)
    ? parts.map((p) => ({ ...p, value: 0 }))
    : [...parts];
}

/** Per fund: 年初财政拨款结转和结余 + 本年收入 − 本年支出 = 年末财政拨款结转和结余. */
function fundBalances(
  grid: PublicGrid,
  income: SummarySide | undefined,
  expense: SummarySide | undefined,
  out: CheckRecord[],
): void {
  const spent = sideLine(expense, ROW.expenseTotal);
  const closing = sideLine(expense, ROW.closing);
  for (const f of FUNDS) {
    const received = itemLines(income).find((l) => f.row.test(l.key));
    const opening = breakdownLine(income, ROW.opening, f.row);
    const target = cellOf(closing, f.role);
    const parts: [GridLine | undefined, GridCell | undefined][] = [
      [opening, sideAmount(opening)],
      [received, sideAmount(received)],
      [spent, cellOf(spent, f.role)],
    ];
    if (!closing || !target || parts.some(([l, c]) => !l || !c)) continue;
    const cells = parts.map(([l, c]) => toCell(grid, l!, c!));
    push(out, gridCheck('fundBalance', { grid, line: closing, cell: target }, cells, { signs: [1, 1, -1] }));
  }
}
