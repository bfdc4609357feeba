import { append } from './grid/append';
import type * as BudgetModule from './budget';
import type { BudgetSetResult, BudgetTable } from './budget';
import { compareFindings, finding, type Finding } from './findings/types';
import { toA1 } from './grid/address';
import type { WorkbookInput } from './grid/types';
import { uncalculatedCells } from './grid/uncalculated';
import { checkTable } from './indicators/checkTable';
import { continuedRuns, joinParts } from './indicators/continued';
import type { IndicatorTable, ScoredTable } from './indicators/model';
import { readIndicatorTables } from './indicators/readIndicatorTables';
import { scoreTable } from './indicators/scoreTable';
import type { Messages } from './messages';
import { assemblePlan } from './plan/assemble';
import { findingOps } from './plan/findingOps';
import { planIndicatorTable } from './plan/indicatorPlan';
import type { PlannedPart } from './plan/totalRow';
import { readState, type WorkbookState } from './plan/ledger';
import { reportSubject } from './plan/reportSubject';
import { ownedSheetNames, resultsSheetName } from './plan/resultsName';
import { buildResultsSheet } from './plan/resultsSheet';
import type { SheetEdit, WritePlan } from './plan/types';
import { userView } from './plan/userView';
import { withDefaults, type Settings } from './settings';

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
 * analyzeWorkbook with the 决算 part passed in (null: no 决算 tables are looked for).
 * @example analyze(sheets, options, mayHoldBudgetTables(sheets) ? await import('./budget') : null)
 */
export function analyze(
  sheets: WorkbookInput,
  options: AnalyzeOptions,
  budget: BudgetEngine | null,
): Analysis {
  const previous = readState(sheets);
  const settings = withDefaults({ ...previous.settings, ...(options.settings ?? {}) });
  const owned = ownedSheetNames(sheets, previous);
  const view = userView(sheets, previous, owned);
  const sheetNames = view.map((s) => s.name);
  const scored: ScoredTable[] = [];
  const findings: Finding[] = [];
  const edits: SheetEdit[] = [];
  // a hidden sheet (a backup copy, a template, a lookup) is not the user's table, as for budget tables
  const parts = view
    .filter((sheet) => !sheet.hidden)
    .flatMap((sheet) =>
      readIndicatorTables(sheet, settings.headerRows[sheet.name]).map((table) => ({
        sheet,
        table,
        scored: scoreTable(table, settings, sheetNames),
      })),
    );
  // a table continued on the next sheet (续表) is one table: its parts checked and planned each on
  // its own sheet, its groups and totals over them all
  for (const run of continuedRuns(parts)) {
    const whole = joinParts(
      run.map((p) => p.scored),
      settings.uncheckedScores,
    );
    const before: PlannedPart[] = [];
    run.forEach(({ sheet, table, scored: part }, i) => {
      const partFindings = checkTable(part, sheet, settings.stepMode, whole, i === run.length - 1);
      append(findings, partFindings);
      const ops = planIndicatorTable(part, partFindings, sheet, options.messages, settings, {
        whole,
        before,
      });
      edits.push({ sheet: sheet.name, ops });
      before.push({ sheet, table, ops });
    });
    scored.push(whole);
  }
  // a header the 决算 detector finds inside an indicator table is that table's rows (a 结转结余率 row)
  const budgetTables = (budget?.findBudgetTables(view, settings) ?? []).filter(
    (b) => !scored.some((t) => (t.parts ?? [t]).some((p) => within(p.table, b.sheet, b.headerTop))),
  );
  const budgetSet =
    budget && budgetTables.length > 0 ? budget.checkBudgetSet(view, settings, budgetTables) : null;
  const budgetFindings = budgetSet?.findings ?? [];
  append(findings, budgetFindings);
  if (budget)
    append(
      edits,
      budget.planBudgetWrites(budgetTables, view, settings, (key) => options.messages.label(key)),
    );
  for (const sheet of view) {
    const own = budgetFindings.filter((f) => f.sheet === sheet.name);
    if (own.length > 0) edits.push({ sheet: sheet.name, ops: findingOps(own, sheet, options.messages) });
  }
  if (scored.length === 0 && budgetTables.length === 0) {
    findings.push(finding('table.notFound', view[0]?.name ?? '', 'A1', {}));
  }
  // formulas saved without their values (by a program that does not calculate): one finding a sheet
  const tableSheets = new Set([
    ...scored.flatMap((t) => (t.parts ?? [t]).map((p) => p.table.sheet)),
    ...budgetTables.flatMap((t) => [t.sheet, ...(t.parts ?? []).map((p) => p.sheet)]),
  ]);
  for (const sheet of view) {
    const cells = tableSheets.has(sheet.name) ? uncalculatedCells(sheet) : [];
    if (cells.length === 0) continue;
    const f = finding('cell.formulaNotCalculated', sheet.name, toA1(cells[0]!.row, cells[0]!.col), {
      count: cells.length,
    });
    findings.push(f);
    edits.push({ sheet: sheet.name, ops: findingOps([f], sheet, options.messages) });
  }
  const budgetSentences = budget?.budgetSentences(budgetTables, (e) => options.messages.explanation(e)) ?? [];
  const sorted = [...findings].sort(compareFindings);
  // in words once: the results sheet is built twice (with and without the run time)
  const budgetSection = budget &&
    budgetSet && {
      summary: budget.crossCheckSummary(budgetSet, options.messages),
      tables: budget.publicTableRows(budgetSet, options.messages),
      checks: budget.crossCheckRows(budgetSet, options.messages),
    };
  const subject = reportSubject(view, scored, budgetTables);
  const { plan, state } = assemblePlan({
    current: sheets,
    state: previous,
    edits,
    results: (runAt) =>
      buildResultsSheet(
        {
          tables: scored,
          findings: sorted,
          budgetSentences,
          budgetTables,
          budgetSet: budgetSection,
          name: resultsSheetName(sheets, owned),
          subject,
          runAt,
        },
        options.messages,
      ),
    settings: previous.settings,
    now: options.now ?? '',
  });
  return { settings, indicatorTables: scored, budgetTables, budgetSet, findings: sorted, plan, state };
}

/** The row lies in an indicator table, from its header to its last row. */
function within(table: IndicatorTable, sheet: string, row: number): boolean {
  return table.sheet === sheet && row >= table.header.headerTop && row <= table.lastRow;
}
