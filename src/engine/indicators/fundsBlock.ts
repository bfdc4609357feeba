import type { SheetInput } from '../grid/types';
import type { MergeIndex } from '../grid/merges';
import { findHeaders } from '../layout/findHeaders';
import { FUNDS_HEADERS, FUNDS_TOTAL_WORDS, type FundsRole } from '../layout/headerLexicon';
import { headerKey } from '../layout/matchHeader';
import { toNumber } from './cellReaders';
import type { FundsBlock } from './model';

/** The default points of 预算执行率 in the 10号 project template. */
export const DEFAULT_FUNDS_WEIGHT = 10;

/**
 * The funds block of the project template between `fromRow` and `toRow` (exclusive): a header
 * with 全年预算数 / 全年执行数 and a 年度资金总额 row below it.
 */
export function readFundsBlock(
  sheet: SheetInput,
  fromRow: number,
  toRow: number,
  merges: MergeIndex,
): FundsBlock | null {
  const part = { ...sheet, rows: sheet.rows.slice(0, toRow) };
  const headers = findHeaders(
    part,
    {
      aliases: FUNDS_HEADERS,
      accepts: (r) =>
        r.has('final') &&
        (r.has('adjustedBudget') || r.has('initialBudget')) &&
        (r.has('rate') || r.has('weight')),
      maxHeaderRows: 2,
    },
    merges,
  ).filter((h) => h.headerTop >= fromRow);
  const header = headers[headers.length - 1];
  if (!header) return null;
  const col = (role: FundsRole): number | null => header.columns.get(role) ?? null;
  const num = (r: number, role: FundsRole): number | null => {
    const c = col(role);
    return c === null ? null : toNumber(merges.valueAt(sheet, r, c));
  };
  const blockAt = (r: number): FundsBlock => ({
    row: r,
    cols: {
      initialBudget: col('initialBudget'),
      adjustedBudget: col('adjustedBudget'),
      final: col('final'),
      weight: col('weight'),
      rate: col('rate'),
      score: col('score'),
    },
    initialBudget: num(r, 'initialBudget'),
    adjustedBudget: num(r, 'adjustedBudget'),
    final: num(r, 'final'),
    weight: num(r, 'weight') ?? DEFAULT_FUNDS_WEIGHT,
    typedRate: col('rate') === null ? null : merges.valueAt(sheet, r, col('rate')!),
    reportedScore: num(r, 'score'),
  });
  const first = header.headerBottom + 1;
  for (let r = first; r < toRow && r <= header.headerBottom + 6; r++) {
    const row = sheet.rows[r] ?? [];
    if (row.some((v) => FUNDS_TOTAL_WORDS.some((w) => headerKey(v).startsWith(w)))) return blockAt(r);
  }
  // A block of one row under its header, its caption (资金情况) merged down beside it and no 年度资金总额
  // label (hunt95): that row is the total, when it holds the amounts.
  const label = col('label');
  const caption = label === null ? undefined : merges.at(first, label);
  const oneRow = caption !== undefined && caption.top < first && caption.bottom === first;
  if (first < toRow && oneRow && num(first, 'final') !== null && fundsBudget(blockAt(first)) !== null) {
    return blockAt(first);
  }
  return null;
}

/** The budget 执行率 is measured against: 全年预算数 when the block has it (its own definition), else 年初. */
export function fundsBudget(funds: FundsBlock): number | null {
  return funds.adjustedBudget ?? funds.initialBudget;
}
