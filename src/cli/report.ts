import { toA1 } from '../engine/grid/address';
import type { NormalizedValue } from '../engine/grid/value';
import type { Analysis } from '../engine/analyzeWorkbook';
import type { BudgetTable } from '../engine/budget';
import type { ScoredIndicator, ScoredTable } from '../engine/indicators/model';
import type { Messages } from '../engine/messages';
import type { WorkbookReadReason, WorkbookWriteReason } from '../adapters/xlsx/errors';

/** The JSON report, schema version 1 (documented in the README). */
export interface Report {
  readonly schemaVersion: 1;
  readonly workbooks: WorkbookReport[];
}

/** Why a workbook was not scored, for scripts (`error` says it in the run's language). */
export type ErrorReason = WorkbookReadReason | WorkbookWriteReason | 'internal' | 'interrupted';

export interface WorkbookReport {
  readonly file: string;
  readonly output: string | null;
  readonly error: string | null;
  readonly errorReason: ErrorReason | null;
  readonly indicatorTables: unknown[];
  readonly budgetTables: unknown[];
  readonly publicTables: unknown[];
  readonly crossChecks: unknown[];
  readonly findings: { severity: string; code: string; sheet: string; cell: string; message: string }[];
}

/** The JSON report's grades: the report's own words, whatever the language of the run. */
export const GRADE_LABEL = { excellent: '优', good: '良', fair: '中', poor: '差' } as const;

export function workbookReport(
  file: string,
  output: string | null,
  analysis: Analysis,
  messages: Messages,
): WorkbookReport {
  return {
    file,
    output,
    error: null,
    errorReason: null,
    indicatorTables: analysis.indicatorTables.map((t) => tableReport(t, messages)),
    budgetTables: analysis.budgetTables.map(budgetReport),
    publicTables:
      analysis.budgetSet?.publicTables.map((t) => ({ name: t.name, sheet: t.sheet, status: t.status })) ?? [],
    crossChecks: analysis.budgetSet?.crossChecks ?? [],
    findings: analysis.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      message: messages.finding(f),
    })),
  };
}

export function failedReport(file: string, error: string, errorReason: ErrorReason): WorkbookReport {
  return {
    file,
    output: null,
    error,
    errorReason,
    indicatorTables: [],
    budgetTables: [],
    publicTables: [],
    crossChecks: [],
    findings: [],
  };
}

function tableReport(t: ScoredTable, messages: Messages): unknown {
  const h = t.table.header;
  return {
    sheet: t.table.sheet,
    headerRow: h.headerTop + 1,
    range: `${toA1(h.headerTop, h.firstCol)}:${toA1(t.table.lastRow, h.lastCol)}`,
    template: t.table.template,
    totalWeight: t.totalWeight,
    totalScore: t.totalScore,
    grade: GRADE_LABEL[t.grade],
    pending: t.pending,
    groups: t.groups.map((g) => ({ level: g.level, name: g.name, weight: g.weight, score: g.score })),
    budgetExecution: t.budgetExecution
      ? {
          row: t.budgetExecution.row + 1,
          rate: t.budgetExecution.rate,
          weight: t.budgetExecution.weight,
          score: t.budgetExecution.score,
        }
      : null,
    // a table continued on other sheets (续表) lists every part's rows, each with its sheet
    indicators: (t.parts ?? [t]).flatMap((part) =>
      part.indicators.map((i) => indicatorReport(part.table.sheet, i, messages)),
    ),
  };
}

function indicatorReport(sheet: string, i: ScoredIndicator, messages: Messages): unknown {
  return {
    sheet,
    row: i.input.row + 1,
    name: i.input.name,
    weight: i.input.weight ?? i.input.namePoints,
    target: text(i.input.target),
    actual: i.input.actual && i.input.actual.kind !== 'empty' ? i.input.actual.text : null,
    score: i.score,
    scoreSource: i.scoreSource,
    reportedScore: i.input.reportedScore,
    ruleKind: i.ruleKind,
    explanation: messages.explanation(i.explanation),
    evidence: i.evidence,
  };
}

function text(v: NormalizedValue | null): string | null {
  return v === null ? null : v.text;
}

function budgetReport(t: BudgetTable): unknown {
  return {
    sheet: t.sheet,
    kind: t.kind,
    headerRow: t.headerTop + 1,
    // a table continued on other sheets (续表): where each continuation's header is
    ...(t.parts ? { parts: t.parts.map((p) => ({ sheet: p.sheet, headerRow: p.headerTop + 1 })) } : {}),
    unit: t.unit,
    lines: t.lines.map((l) => ({
      // a line of a continuation sheet (续表) says which
      ...(l.sheet !== undefined ? { sheet: l.sheet } : {}),
      row: l.row + 1,
      code: l.code,
      name: l.name,
      level: l.level,
      budget: l.budget,
      adjustedBudget: l.adjustedBudget,
      final: l.final,
      executionRate: l.executionRate,
      share: l.share,
      previous: l.previous,
      change: l.change,
    })),
  };
}
