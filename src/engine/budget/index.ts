/**
 * Budget and final-accounts tables (决算表): detection, execution rates, shares, year-on-year
 * changes, reconciliation, unit sanity, rate formulas written back, and the report's sentences.
 *
 * @example
 * const tables = findBudgetTables(sheets, settings);
 * const findings = checkBudgetTables(tables, sheets, settings);
 * const edits = planBudgetWrites(tables, sheets, settings, messages.label);
 * const sentences = budgetSentences(tables, messages.explanation); // budgetNarrative(tables).map(…)
 * const set = checkBudgetSet(sheets, settings, tables); // every budget finding + crossChecks
 * const rows = crossCheckRows(set, messages);
 */
export type { AmountField, BudgetLine, BudgetTable, BudgetUnit, LineLevel, TableKind } from './types';
export { AMOUNT_FIELDS, unitPerWan } from './types';
export { findBudgetTables, amountCell } from './detect';
export { checkBudgetTables, trueRate } from './check';
export { planBudgetWrites, RATE_FORMAT } from './plan';
export { budgetNarrative, budgetSentences } from './narrative';
export { parseAmount } from './amount';
export type { Identity } from './reconcile';
export { checkBudgetSet, type BudgetSetResult, type CrossCheck, type PublicTableStatus } from './checkSet';
export { crossCheckRows, crossCheckSummary, publicTableRows, type CrossCheckRow } from './setRows';
export type { CheckRecord, CheckStatus } from './rounding';
export type { PublicTableKey } from './publicLexicon';
