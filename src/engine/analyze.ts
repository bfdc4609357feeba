import { append } from './grid/append';
import type * as BudgetModule from './budget';
import type { BudgetSetResult, BudgetTable } from './budget';
import { compareFindings, finding, type Finding } from './findings/types';
import { toA1 } from './grid/address';
import type { WorkbookInput } from './grid/types';
import { uncalculatedCells } from './grid/uncalculated';
import { checkTable } from './indicators/checkTable';
import { joinParts } from './indicators/continued';
import type { ScoredTable } from './indicators/model';
import { scoreTable } from './indicators/scoreTable';
import type { Messages } from './messages';
import type { WorkbookState } from './plan/ledger';
import type * as PlannerModule from './plan/planAnalysis';
import type { TableRun } from './plan/planAnalysis';
import type { WritePlan } from './plan/types';
import type { Settings } from './settings';
import { findTables } from './findTables';

/**
 * The 决算 part of the engine (./budget): passed in, so that a host can fetch it only for a
 * workbook that may hold 决算 tables (budget/hint.ts). analyzeWorkbook passes it always.
 */
export type BudgetEngine = Pick<
  typeof BudgetModule,
  | 'findBudgetTables'
  | 'checkBudgetSet'
  | 'planBudgetWrites'
  | 'budgetSentences'
  | 'crossCheckSummary'
  | 'publicTableRows'
  | 'crossCheckRows'
>;

/**
 * The write half of the engine (./plan/planAnalysis): passed in, so that a host that only reads and
 * scores (the add-in's detection) need not fetch it. analyzeWorkbook passes it always.
 */
export type Planner = Pick<typeof PlannerModule, 'planAnalysis'>;

export interface AnalyzeOptions {
  readonly messages: Messages;
  /** Explicit settings win over those stored in the workbook, which win over defaults. */
  readonly settings?: Partial<Settings>;
  /** The run time shown on 评价结果 (ISO-like text); hosts pass their clock. */
  readonly now?: string;
}

export interface Analysis {
  readonly settings: Settings;
  readonly indicatorTables: readonly ScoredTable[];
  readonly budgetTables: readonly BudgetTable[];
  /** The nine-table set: which public tables are present, and every identity checked. */
  readonly budgetSet: BudgetSetResult | null;
  readonly findings: readonly Finding[];
  readonly plan: WritePlan;
  readonly state: WorkbookState;
}

/**
 * analyzeWorkbook with the 决算 part passed in (null: no 决算 tables are looked for), and the write
 * half (null: an empty plan, the workbook's state as it is).
 * @example analyze(sheets, options, mayHoldBudgetTables(sheets) ? await import('./budget') : null, null)
 */
export function analyze(
  sheets: WorkbookInput,
  options: AnalyzeOptions,
  budget: BudgetEngine | null,
  planner: Planner | null,
): Analysis {
  const found = findTables(sheets, options.settings, budget);
  const { settings, previous, owned, view, budgetTables } = found;
  const sheetNames = view.map((s) => s.name);
  const findings: Finding[] = [];
  // a table continued on the next sheet (续表) is one table: its parts checked and planned each on
  // its own sheet, its groups and totals over them all
  const runs: TableRun[] = found.indicatorRuns.map((run) => {
    const scoredParts = run.map((p) => ({ ...p, scored: scoreTable(p.table, settings, sheetNames) }));
    const whole = joinParts(
      scoredParts.map((p) => p.scored),
      settings.uncheckedScores,
    );
    return {
      whole,
      parts: scoredParts.map(({ sheet, scored: part }, i) => {
        const own = checkTable(part, sheet, settings.stepMode, whole, i === run.length - 1);
        append(findings, own);
        return { sheet, scored: part, findings: own };
      }),
    };
  });
  const scored = runs.map((r) => r.whole);
  const budgetSet =
    budget && budgetTables.length > 0 ? budget.checkBudgetSet(view, settings, budgetTables) : null;
  const budgetFindings = budgetSet?.findings ?? [];
  append(findings, budgetFindings);
  if (scored.length === 0 && budgetTables.length === 0) {
    findings.push(finding('table.notFound', view[0]?.name ?? '', 'A1', {}));
  }
  // formulas saved without their values (by a program that does not calculate): one finding a sheet
  const tableSheets = new Set([
    ...scored.flatMap((t) => (t.parts ?? [t]).map((p) => p.table.sheet)),
    ...budgetTables.flatMap((t) => [t.sheet, ...(t.parts ?? []).map((p) => p.sheet)]),
  ]);
  const sheetFindings: Finding[] = [];
  for (const sheet of view) {
    const cells = tableSheets.has(sheet.name) ? uncalculatedCells(sheet) : [];
    if (cells.length === 0) continue;
    sheetFindings.push(
      finding('cell.formulaNotCalculated', sheet.name, toA1(cells[0]!.row, cells[0]!.col), {
        count: cells.length,
      }),
    );
  }
  append(findings, sheetFindings);
  const sorted = [...findings].sort(compareFindings);
  // without the write half (the add-in's detection), no plan: nothing would be written
  const { plan, state } = planner
    ? planner.planAnalysis({
        sheets,
        view,
        previous,
        owned,
        settings,
        messages: options.messages,
        now: options.now ?? '',
        runs,
        budget,
        budgetTables,
        budgetSet,
        budgetFindings,
        sheetFindings,
        findings: sorted,
      })
    : { plan: NO_PLAN, state: previous };
  return { settings, indicatorTables: scored, budgetTables, budgetSet, findings: sorted, plan, state };
}

const NO_PLAN: WritePlan = { edits: [], ownedSheets: [], removeSheets: [] };
