/** The engine's public surface, for hosts (CLI, Office add-in) and tests. */
export { analyzeWorkbook, type Analysis, type AnalyzeOptions } from './analyzeWorkbook';
export type { CellValue, CellRange, CellStyle, SheetInput, WorkbookInput } from './grid/types';
export type { Finding, FindingCode, Severity } from './findings/types';
export type { Explanation, Messages } from './messages';
export type { WritePlan, CellOp, SheetEdit, OwnedSheet, FormulaValue } from './plan/types';
export { planUndo, type UndoPlan } from './plan/planUndo';
export { planSettings } from './plan/planSettings';
export { storedSettings } from './plan/ledger';
export { applyToSheets } from './plan/applyToSheets';
export { RESULTS_SHEET, STATE_SHEET } from './plan/names';
export { FILLS } from './plan/palette';
export {
  DEFAULT_SETTINGS,
  withDefaults,
  type Settings,
  type StepMode,
  type BudgetBasis,
  type OverwritePolicy,
  type Lang,
} from './settings';
export type { ScoredTable, ScoredIndicator, GroupScore, Grade } from './indicators/model';
