/**
 * The project template's funds block (年度资金总额 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
 * 得分): a budget of 0 with spending, a typed 执行率 its amounts do not give, a typed 得分 its rate does
 * not give.
 */
import { toA1 } from '../grid/address';
import { cappedAt100, readsAs, typedRate, typedReading } from '../grid/typedRate';
import { cellText, type SheetInput } from '../grid/types';
import { finding, type Finding } from '../findings/types';
import { fundsBudget } from './fundsBlock';
import type { ScoredTable } from './model';

const EPS = 0.005;

export function fundsFindings(scored: ScoredTable, sheet: SheetInput): Finding[] {
  return [zeroBudget(scored, sheet), rateDiffers(scored, sheet), scoreDiffers(scored, sheet)].filter(
    (f): f is Finding => f !== null,
  );
}

/**
 * The funds block's budget is 0 or blank while it reports spending: no 执行率 can be computed (the
 * rate's points then come only from a typed score), and the user is told at the budget cell.
 */
function zeroBudget(scored: ScoredTable, sheet: SheetInput): Finding | null {
  const funds = scored.table.funds;
  if (!funds || !scored.budgetExecution || scored.budgetExecution.rate !== null || funds.final === null)
    return null;
  const adjusted = funds.adjustedBudget !== null;
  const col = adjusted ? funds.cols.adjustedBudget : (funds.cols.initialBudget ?? funds.cols.adjustedBudget);
  if (col === null) return null;
  const name = fundsLabel(sheet, funds.row);
  return finding('budget.zeroBudget', scored.table.sheet, toA1(funds.row, col), {
    name,
    final: funds.final,
    basis: adjusted ? 'adjustedBudget' : 'budget',
  });
}

/** A typed 预算执行率 score in the funds block that the rate does not give (9 typed for 86 % of 10). */
function scoreDiffers(scored: ScoredTable, sheet: SheetInput): Finding | null {
  const funds = scored.table.funds;
  const computed = scored.budgetExecution?.rate === null ? null : scored.budgetExecution?.score;
  const reported = funds?.reportedScore ?? null;
  if (!funds || funds.cols.score === null || computed == null || reported === null) return null;
  if (Math.abs(reported - computed) <= EPS) return null;
  const name = fundsLabel(sheet, funds.row);
  return finding('score.differsFromComputed', scored.table.sheet, toA1(funds.row, funds.cols.score), {
    name,
    reported,
    computed,
  });
}

/** The funds block's label (年度资金总额), as its first written cell says. */
function fundsLabel(sheet: SheetInput, row: number): string {
  return (sheet.rows[row] ?? []).map(cellText).find((t) => t !== '') ?? '';
}

/**
 * A typed 执行率 the amounts do not give, read as typed (`95.96%` as text too, `95.96`, `0.9596`) and
 * allowed the rounding of its last digit (hunt rounds: `'95.96%` typed as text was never read). A
 * typed 100 % where spending passed the budget is the convention the 10号 template's score caps
 * at: an info, as in the 决算 tables.
 */
function rateDiffers(scored: ScoredTable, sheet: SheetInput): Finding | null {
  const funds = scored.table.funds;
  const computed = scored.budgetExecution?.rate ?? null;
  const budget = funds ? fundsBudget(funds) : null;
  if (!funds || funds.cols.rate === null || computed === null || !budget || funds.final === null) return null;
  // against the rate itself, not its 4-digit rounding (a typed =D3/C3 holds every digit)
  const exact = funds.final / budget;
  const readings = typedRate(funds.typedRate);
  if (readings === null || readsAs(readings, exact)) return null;
  const capped = cappedAt100(readings, exact);
  return finding(
    'budget.rateDiffers',
    scored.table.sheet,
    toA1(funds.row, funds.cols.rate),
    {
      name: fundsLabel(sheet, funds.row),
      typed: cellText(funds.typedRate),
      typedRate: Math.round(typedReading(readings, exact) * 1e6) / 1e6,
      computed,
      capped: capped ? 1 : 0,
    },
    capped ? 'info' : 'warning',
  );
}
