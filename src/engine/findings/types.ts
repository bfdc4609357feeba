/**
 * A finding is data: a stable code, a severity, where, and typed parameters. Words come from
 * `src/i18n`. Codes never change meaning once released; add new ones instead.
 */
export type Severity = 'error' | 'warning' | 'info';

export type FindingParams = Readonly<Record<string, string | number | null>>;

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address on `sheet`; for a merged cell, its top-left cell. */
  readonly cell: string;
  readonly params: FindingParams;
}

/** Every finding code, with its default severity. One entry per check. */
export const FINDING_CODES = {
  // indicator tables
  'weight.childrenMismatch': 'error',
  'weight.totalNot100': 'error',
  'weight.annotationMismatch': 'error',
  'weight.missing': 'error',
  'weight.notNumeric': 'error',
  'weight.outOfRange': 'error',
  'score.aboveWeight': 'error',
  'score.notProducible': 'error',
  'score.differsFromComputed': 'warning',
  'score.notNumeric': 'error',
  'score.outOfRange': 'error',
  'score.missing': 'warning',
  'score.belowWeightNoNote': 'warning',
  'score.fullButMissed': 'warning',
  'score.fullDespiteFaults': 'warning',
  'rule.fullPointsMismatch': 'error',
  'rule.unreadable': 'warning',
  'rule.missing': 'info',
  'cell.errorValue': 'error',
  'cell.formulaNotCalculated': 'error',
  'actual.farAboveTarget': 'warning',
  'actual.missing': 'warning',
  'target.notMeasurable': 'warning',
  'evidence.missing': 'warning',
  'evidence.weak': 'info',
  'evidence.noColumn': 'info',
  'target.noColumn': 'warning',
  'actual.noColumn': 'info',
  'deviation.noColumn': 'warning',
  'table.totalMismatch': 'error',
  'table.subtotalMismatch': 'error',
  'table.groupScoreMismatch': 'error',
  'table.totalOfTypedScores': 'warning',
  'table.totalPending': 'warning',
  'table.totalOutOfRange': 'error',
  'table.totalUnchecked': 'warning',
  'table.totalUncheckedOutOfRange': 'error',
  'table.totalKeepsTypedScores': 'warning',
  'table.totalSkipsTextScores': 'warning',
  'table.scoresUnchecked': 'info',
  'table.gradeUnchecked': 'warning',
  'table.targetActualMerged': 'warning',
  'table.notFound': 'info',
  'table.headerAmbiguous': 'info',
  // budget tables
  'budget.zeroBudget': 'info',
  'budget.reconcileMismatch': 'error',
  'budget.reconcileRounding': 'info',
  'budget.unitSuspect': 'warning',
  'budget.decimalSlip': 'error',
  'budget.codeMisplaced': 'warning',
  'budget.codeDuplicate': 'warning',
  'budget.amountNotNumeric': 'warning',
  'budget.rateDiffers': 'warning',
  'budget.changeRateDiffers': 'warning',
  'budget.subtotalCopied': 'error',
  'budget.wrongColumn': 'error',
  'budget.crossMismatch': 'error',
  'budget.crossRounding': 'info',
  'budget.otherFundsNegative': 'info',
  'budget.classPairDiffers': 'warning',
  'budget.negativeAmount': 'warning',
  'budget.threePublicOverBudget': 'warning',
  'budget.codeNameDiffers': 'warning',
  'budget.codeElsewhere': 'warning',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_CODES;

/** The 决算 findings: their words travel with the 决算 part of the engine (i18n/budget.*). */
export type BudgetFindingCode = Extract<FindingCode, `budget.${string}`>;

/** The findings whose words the page carries (i18n/zh-CN.ts, en.ts). */
export type IndicatorFindingCode = Exclude<FindingCode, BudgetFindingCode>;

/** Creates a finding with the code's default severity unless one is given. */
export function finding(
  code: FindingCode,
  sheet: string,
  cell: string,
  params: FindingParams = {},
  severity: Severity = FINDING_CODES[code],
): Finding {
  return { code, severity, sheet, cell, params };
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return ORDER[a.severity] - ORDER[b.severity] || a.sheet.localeCompare(b.sheet) || 0;
}
