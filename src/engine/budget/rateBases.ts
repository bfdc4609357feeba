/**
 * What a typed rate column (完成年初预算%, a bare 执行率) divides by: the basis its caption names, or
 * each budget column of the table, narrowed to the one its lines keep.
 */
import { readsAs, typedRate } from '../grid/typedRate';
import { cellText, type CellValue } from '../grid/types';
import { RATE_BASIS_WORDS } from './rowWords';
import type { AmountField, BudgetLine, BudgetTable } from './types';

/**
 * The budgets a typed rate column may divide by: the one its caption names (完成年初预算(%)), else
 * every budget column of the table, the setting's first (a bare 执行率 beside 年初预算数 and
 * 全年预算数 may be either).
 */
export function rateBases(
  table: BudgetTable,
  read: (sheet: string, row: number, col: number) => CellValue,
): AmountField[] {
  const col = table.rateCol!;
  let caption = '';
  for (let r = table.headerTop; r <= table.headerBottom; r++) caption += cellText(read(table.sheet, r, col));
  const has = (f: AmountField): boolean => table.columns[f] !== undefined;
  const named = RATE_BASIS_WORDS.find(([f, re]) => re.test(caption) && has(f));
  if (named) return [named[0]];
  if (table.basisNoted && table.basis) return [table.basis];
  const others = RATE_BASIS_WORDS.map(([f]) => f).filter((f) => f !== table.basis && has(f));
  return [...(table.basis ? [table.basis] : []), ...others];
}

/**
 * Of the budgets a bare 执行率 may divide by, the one the column keeps: where the lines only one basis
 * reads are nearly all of one (four to one, three at least), a line read only by another is a slip
 * (hunt108 P10: 233.0 % worked on 年初预算 in a column of 决算 ÷ 调整预算, let through by the 年初 reading).
 */
export function keptBasis(
  table: BudgetTable,
  bases: AmountField[],
  typedAt: (line: BudgetLine) => CellValue,
  rateOf: (line: BudgetLine, basis: AmountField) => number | null,
): AmountField[] {
  if (bases.length < 2) return bases;
  const only = new Map<AmountField, number>();
  for (const line of table.lines) {
    const candidates = typedRate(typedAt(line));
    if (candidates === null) continue;
    const fits = bases.filter((b) => {
      const rate = rateOf(line, b);
      return rate !== null && readsAs(candidates, rate);
    });
    if (fits.length === 1) only.set(fits[0]!, (only.get(fits[0]!) ?? 0) + 1);
  }
  const [top, ...rest] = [...only].sort((a, b) => b[1] - a[1]);
  const others = rest.reduce((n, [, k]) => n + k, 0);
  return top && top[1] >= 3 && top[1] >= 4 * others ? [top[0]] : bases;
}
