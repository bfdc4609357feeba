import type { BudgetEngine, Planner } from '../../engine/analyze';
import { mayHoldBudgetTables } from '../../engine/budget/hint';
import type { SheetInput } from '../../engine/grid/types';
import type { Lang } from '../../engine/settings';
import { loadLocale } from '../../i18n';
import { FUNDS_TOTAL_WORDS } from '../../engine/layout/headerLexicon';
import { headerKey } from '../../engine/layout/matchHeader';

/**
 * The 决算 part of the engine with its zh-CN words, one chunk fetched from the add-in's origin for a
 * workbook that may hold 决算 tables; null (nothing fetched) for any other.
 */
export async function budgetPartFor(sheets: readonly SheetInput[], lang: Lang): Promise<BudgetEngine | null> {
  if (!mayHoldBudgetTables(sheets)) {
    // a project template's funds block speaks with 决算 words (budget.zeroBudget, budget.rateDiffers)
    if (mayHoldFundsBlock(sheets)) await loadLocale(lang);
    return null;
  }
  const [engine] = await Promise.all([
    import(/* webpackChunkName: "budget" */ '../../engine/budget'),
    loadLocale(lang),
  ]);
  return engine;
}

export type Analyzer = typeof import('../../engine/analyze');

/**
 * The engine's scoring and checks (the rules, their reading and evaluation), in the write half's
 * chunk: fetched when 计算得分 runs. Detection finds the tables without them (findTables).
 */
export async function analyzerPart(): Promise<Analyzer> {
  return await import(/* webpackChunkName: "planner" */ '../../engine/analyze');
}

/** The write half of the engine, one chunk fetched when 计算得分 writes (detection needs none of it). */
export async function plannerPart(): Promise<Planner> {
  return await import(/* webpackChunkName: "planner" */ '../../engine/plan/planAnalysis');
}

export type WritePart = typeof import('./writePart');

/** The add-in's write half, in the planner's chunk: fetched at the first 计算得分. */
export async function writePart(): Promise<WritePart> {
  return await import(/* webpackChunkName: "planner" */ './writePart');
}

/** A 年度资金总额 label on a visible sheet: the project template's funds block may be there. */
function mayHoldFundsBlock(sheets: readonly SheetInput[]): boolean {
  return sheets.some(
    (s) =>
      !s.hidden &&
      s.rows.some((row) =>
        row.some((v) => typeof v === 'string' && FUNDS_TOTAL_WORDS.some((w) => headerKey(v).startsWith(w))),
      ),
  );
}
