/**
 * The write half of `analyze`: from what was read, scored and checked, every cell the engine writes
 * (scores, notes, rates, the results sheet) and the ledger that undoes it. Its own module so that a
 * host can fetch it only when it writes (the add-in's detection reads and scores, and writes nothing).
 */
import type { BudgetEngine } from '../analyze';
import type { BudgetSetResult, BudgetTable } from '../budget';
import type { Finding } from '../findings/types';
import { append } from '../grid/append';
import type { SheetInput, WorkbookInput } from '../grid/types';
import type { ScoredTable } from '../indicators/model';
import type { Messages } from '../messages';
import type { Settings } from '../settings';
import { assemblePlan } from './assemble';
import { findingOps } from './findingOps';
import { planIndicatorTable } from './indicatorPlan';
import type { WorkbookState } from './ledger';
import { reportSubject } from './reportSubject';
import { resultsSheetName } from './resultsName';
import { buildResultsSheet } from './resultsSheet';
import type { PlannedPart } from './totalRow';
import type { SheetEdit, WritePlan } from './types';

/** One indicator table over its parts (续表), each part with its sheet and its own findings. */
export interface TableRun {
  readonly whole: ScoredTable;
  readonly parts: readonly {
    readonly sheet: SheetInput;
    readonly scored: ScoredTable;
    readonly findings: readonly Finding[];
  }[];
}

export interface PlanInput {
  readonly sheets: WorkbookInput;
  /** The user's sheets (the add-in's own left out). */
  readonly view: readonly SheetInput[];
  readonly previous: WorkbookState;
  readonly owned: ReadonlySet<string>;
  readonly settings: Settings;
  readonly messages: Messages;
  readonly now: string;
  readonly runs: readonly TableRun[];
  readonly budget: BudgetEngine | null;
  readonly budgetTables: readonly BudgetTable[];
  readonly budgetSet: BudgetSetResult | null;
  /** Findings written as notes on their own cells: the 决算 checks', then one a sheet of formulas not calculated. */
  readonly budgetFindings: readonly Finding[];
  readonly sheetFindings: readonly Finding[];
  /** Every finding, sorted, for the results sheet. */
  readonly findings: readonly Finding[];
}

export function planAnalysis(input: PlanInput): { plan: WritePlan; state: WorkbookState } {
  const { view, messages, settings, budget, budgetTables, budgetSet } = input;
  const edits: SheetEdit[] = [];
  for (const { whole, parts } of input.runs) {
    const before: PlannedPart[] = [];
    for (const { sheet, scored, findings } of parts) {
      const ops = planIndicatorTable(scored, findings, sheet, messages, settings, { whole, before });
      edits.push({ sheet: sheet.name, ops });
      before.push({ sheet, table: scored.table, ops });
    }
  }
  if (budget)
    append(
      edits,
      budget.planBudgetWrites(budgetTables, view, settings, (key) => messages.label(key)),
    );
  for (const sheet of view) {
    const own = input.budgetFindings.filter((f) => f.sheet === sheet.name);
    if (own.length > 0) edits.push({ sheet: sheet.name, ops: findingOps(own, sheet, messages) });
  }
  for (const f of input.sheetFindings) {
    const sheet = view.find((s) => s.name === f.sheet)!;
    edits.push({ sheet: f.sheet, ops: findingOps([f], sheet, messages) });
  }
  const scored = input.runs.map((r) => r.whole);
  // no sentence states a rate or share worked out from an amount with an error or a unit warning
  const flagged = new Set(
    input.budgetFindings
      .filter((f) => f.severity === 'error' || f.code === 'budget.unitSuspect')
      .map((f) => `${f.sheet}!${f.cell}`),
  );
  const budgetSentences =
    budget?.budgetSentences(budgetTables, (e) => messages.explanation(e), flagged) ?? [];
  // in words once: the results sheet is built twice (with and without the run time)
  const budgetSection = budget &&
    budgetSet && {
      summary: budget.crossCheckSummary(budgetSet, messages),
      tables: budget.publicTableRows(budgetSet, messages),
      checks: budget.crossCheckRows(budgetSet, messages),
    };
  const subject = reportSubject(view, scored, budgetTables);
  return assemblePlan({
    current: input.sheets,
    state: input.previous,
    edits,
    results: (runAt) =>
      buildResultsSheet(
        {
          tables: scored,
          findings: input.findings,
          budgetSentences,
          budgetTables,
          budgetSet: budgetSection,
          name: resultsSheetName(input.sheets, input.owned),
          subject,
          runAt,
        },
        messages,
      ),
    settings: input.previous.settings,
    now: input.now,
  });
}
