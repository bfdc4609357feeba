import { analyze, type Analysis, type AnalyzeOptions } from './analyze';
import type { WorkbookInput } from './grid/types';
import * as budget from './budget';
import * as planner from './plan/planAnalysis';

export type { Analysis, AnalyzeOptions, BudgetEngine, Planner } from './analyze';

/**
 * The one entry point: plain sheets in, scores, findings and a WritePlan out. Never throws for
 * workbook content; whatever is wrong in the cells becomes a finding.
 *
 * @example
 * const { indicatorTables, plan } = analyzeWorkbook(sheets, { messages: createMessages('zh-CN') });
 */
export function analyzeWorkbook(sheets: WorkbookInput, options: AnalyzeOptions): Analysis {
  return analyze(sheets, options, budget, planner);
}
