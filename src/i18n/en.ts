import type { FindingCode } from '../engine/findings/types';

export const findings: Record<FindingCode, string> = {
  'weight.childrenMismatch': '"{name}" is annotated {expected} points but its parts add up to {actual}',
  'weight.totalNot100': 'Weights add up to {total}, not 100',
  'weight.annotationMismatch': 'The name of "{name}" says {annotated} points but its weight is {weight}',
  'weight.missing': '"{name}" has no weight',
  'weight.notNumeric': 'The weight "{text}" of "{name}" is not a number',
  'score.aboveWeight': '"{name}" scores {score}, above its weight {weight}',
  'score.notProducible': '"{name}" scores {score}, which the rule "{rule}" cannot produce',
  'score.differsFromComputed': '"{name}" was scored {reported}; the engine computes {computed}',
  'score.notNumeric': 'The score "{text}" of "{name}" is not a number',
  'score.missing': '"{name}" has no score and none can be computed; score it by hand',
  'score.belowWeightNoNote': '"{name}" scores {score} of {weight} with no deviation note',
  'score.fullButMissed': '"{name}" gets full points although the actual {actual} misses the target {target}',
  'rule.fullPointsMismatch':
    'The rule of "{name}" awards {rulePoints} points but the weight is {weight}; capped at the weight',
  'rule.unreadable': 'The rule of "{name}" cannot be read: "{text}"; not scored, score it by hand',
  'rule.missing': '"{name}" has no rule; the default scoring of Caiyu [2020] No. 10 applies',
  'cell.errorValue': 'The cell holds the error value {value}',
  'actual.farAboveTarget':
    'The actual {actual} of "{name}" is {ratio}% of the target {target}; the target may be set too low',
  'actual.missing': '"{name}" is quantitative (target {target}) but its actual value is empty',
  'target.notMeasurable': 'The target "{text}" of "{name}" cannot be measured; quantify it',
  'evidence.missing': '"{name}" has no evidence',
  'evidence.weak': 'The evidence "{text}" of "{name}" names no document or data',
  'evidence.noColumn':
    'The table has no evidence column, so every indicator counts as lacking evidence; add an 评分依据 column',
  'table.totalMismatch': 'The total reads {typed}; the rows add up to {expected}',
  'table.notFound':
    'No indicator table found: the header needs 三级指标 (or 指标名称), 权重/分值 and 得分/标准值/评分标准',
  'table.headerAmbiguous': 'Header detection is uncertain: {detail}',
  'budget.zeroBudget': '"{name}" has no initial budget; no execution rate',
  'budget.reconcileMismatch':
    '{identity} does not hold: expected {expected}, found {actual}, difference {difference}',
  'budget.reconcileRounding': '{identity} differs by {difference}, within rounding',
  'budget.unitSuspect':
    'The amount {value} of "{name}" is about 10,000 times its neighbours: wrong unit (元/万元)?',
  'budget.amountNotNumeric': 'The amount "{text}" is not a number',
  'budget.rateDiffers': 'The typed rate {typed} of "{name}" differs from the computed {computed}',
};

export const labels: Record<string, string> = {
  'column.explanation': 'Scoring note',
  'column.findings': 'Review notes',
  'note.computedDiffers': 'Computed {computed}: {why}',
  'note.overwritten': 'Was {typed}, replaced by the computed {computed}: {why}',
  'note.totalDiffers':
    'By the rules the total is {total}; this cell sums the typed scores to {sheet} (see the notes on the differing rows)',
  'results.title': 'Evaluation results',
  'results.runAt': 'Computed {time}',
  'results.rulesVersion': 'Rules version {version}',
  'results.noTables': 'No indicator or budget table found.',
  'results.tableCaption': '{range} · {template} · {rows} indicators',
  'results.total': 'Total',
  'results.grade': 'Grade',
  'results.level1': 'Level 1',
  'results.level2': 'Level 2',
  'results.weight': 'Weight',
  'results.score': 'Score',
  'results.rate': 'Score rate',
  'results.budgetExecution': 'Budget execution',
  'results.evidence': 'Evidence: missing {missing} · weak {weak} · ok {ok}',
  'results.findings': 'Findings by severity ({count})',
  'results.chartScores': 'Score and weight by level-1 indicator',
  'results.severity': 'Severity',
  'results.location': 'Cell',
  'results.problem': 'Problem',
  'results.legend': 'Legend',
  'results.budgetAnalysis': 'Final accounts analysis',
  'legend.error': 'Error',
  'legend.warning': 'Warning',
  'legend.evidence': 'Evidence missing',
  'legend.computed': 'Computed by the add-in',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',
  'template.department': 'Department-wide',
  'template.project': 'Project',
  'grade.excellent': 'Excellent (优)',
  'grade.good': 'Good (良)',
  'grade.fair': 'Fair (中)',
  'grade.poor': 'Poor (差)',
  'column.rate': 'Execution rate',
};

export const explanations: Record<string, string> = {
  'score.manual': 'The rule cannot be read ("{rule}"); not scored, score it by hand',
  'score.noWeight': 'No weight; cannot score',
  'score.noActualColumn': 'The table has no actual-value column; cannot compute a score',
  'score.reportedNoActual': 'No actual value in the table; the typed score {score} is used',
  'score.reportedFallback': '{cause}; the typed score {score} is used',
  'score.none': 'Cannot score',
};

export const cli: Record<string, string> = {
  'cli.table': '{sheet} {score} {grade}',
  'cli.budgetTables': '{count} budget tables',
  'cli.counts': 'errors {errors} · warnings {warnings} · info {infos}',
  'cli.noTables': 'no indicator or budget table found',
  'cli.noWorkbooks': 'no .xlsx workbook found',
};
