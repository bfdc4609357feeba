import type { IndicatorFindingCode } from '../engine/findings/types';

export const findings: Record<IndicatorFindingCode, string> = {
  'weight.childrenMismatch': '"{name}" is annotated {expected} points but its parts add up to {actual}',
  'weight.totalNot100': 'Weights add up to {total}, not 100',
  'weight.annotationMismatch': 'The name of "{name}" says {annotated} points but its weight is {weight}',
  'weight.missing': '"{name}" has no weight',
  'weight.notNumeric': 'The weight "{text}" of "{name}" is not a number',
  'weight.outOfRange': 'The weight {text} of "{name}" is outside 0–100 points; it is not used for scoring',
  'score.aboveWeight': '"{name}" scores {score}, above its weight {weight}',
  'score.notProducible': '"{name}" scores {score}, which the rule "{rule}" cannot produce',
  'score.differsFromComputed': '"{name}" was scored {reported}; the engine computes {computed}',
  'score.notNumeric': 'The score "{text}" of "{name}" is not a number',
  'score.outOfRange':
    'The score {text} of "{name}" is beyond the 100-point scale; it is not counted in the total',
  'score.missing': '"{name}" has no usable score and none can be computed; score it by hand',
  'score.fullDespiteFaults':
    '"{name}" has a typed full score although its actual names faults ("{actual}"); check the score',
  'score.belowWeightNoNote': '"{name}" scores {score} of {weight} with no reason given under "{column}"',
  'score.fullButMissed':
    '"{name}" is given full points in the table although the actual {actual} misses the target {target}',
  'rule.fullPointsMismatch':
    'The rule of "{name}" awards {rulePoints} points but the weight is {weight}; scores go no higher than the lower of the two',
  'rule.unreadable': 'The rule of "{name}" cannot be read: "{text}"; not scored, score it by hand',
  'rule.missing': '"{name}" has no rule; the default scoring of Caiyu [2020] No. 10 applies',
  'cell.errorValue': 'The cell holds the error value {value}',
  'cell.formulaNotCalculated':
    '{count} formula(s) on this sheet have no calculated value (the first is here): nothing was computed or written from them; open and save the workbook in Excel or WPS, then run again',
  'actual.farAboveTarget':
    'The actual {actual} of "{name}" is {ratio}% of the target {target}; the target may be set too low',
  'actual.missing': '"{name}" is quantitative (target {target}) but its actual value is empty',
  'target.notMeasurable': 'The target "{text}" of "{name}" cannot be measured; quantify it',
  'evidence.missing': '"{name}" has no evidence',
  'evidence.weak': 'The evidence "{text}" of "{name}" names no document or data',
  'evidence.noColumn':
    'The table has no evidence column, so every indicator counts as lacking evidence; add an 评分依据 column',
  'actual.noColumn':
    'The table has no actual-value column, so its {count} typed score(s) ({points} pts in all) could not be checked against the scoring rules; add a 实际完成值 column',
  'target.noColumn':
    'The table has no target column it could recognise, so rows whose rule compares with the target cannot be scored; head the target column 年度指标值 or 标准值',
  'deviation.noColumn':
    'The table has no deviation-note column: {count} indicator(s) scored below their weight (the first: "{first}") have nowhere to give the reason; add a 偏差原因分析及改进措施 column',
  'table.totalMismatch': 'The total reads {typed}; the rows add up to {expected}',
  'table.subtotalMismatch': 'The subtotal reads {typed}; the rows above it add up to {expected}',
  'table.groupScoreMismatch': '"{name}" reads {typed}; the rows under it add up to {expected}',
  'table.scoresUnchecked':
    '{count} score(s) ({points} pts in all) are the typed self-assessed ones, which the scoring rules could not check; review them by hand (see the explanation column)',
  'table.gradeUnchecked':
    '{count} score(s) ({points} pts in all) are the typed self-assessed ones, which the scoring rules could not check; checked, they could put the total anywhere from {low} to {high} and change the grade: review them by hand (see the explanation column)',
  'table.targetActualMerged':
    '{count} indicator(s) have their target and actual value in one merged cell (the first here), and no actual value could be told apart, so these rows ({points} pts in all) were not scored by their rules; write the cell as 年度目标：…；实际完成：…, or unmerge it and put the actual value in the "{column}" column',
  'table.totalKeepsTypedScores':
    'The SUM written here gives {typed}, as it adds typed scores kept where the rules give others; scored by the rules, the total is {expected}',
  'table.totalSkipsTextScores':
    'The SUM written here gives {typed}: {count} score(s), the first at {first} ("{text}"), are typed as text, which a SUM leaves out; scored by the rules, the total is {expected}. Type those scores as numbers',
  'table.totalOfTypedScores':
    'The total {typed} adds up the typed scores; scored by their rules, the rows add up to {expected}',
  'table.totalPending':
    'The total reads {typed}; the rows scored add up to {expected}, and {count} rows worth {weight} points wait for a reviewer: check the total once they are scored',
  'table.totalOutOfRange':
    'The total reads {typed}; by its rows it must lie between {expected} and {max} ({count} rows worth {weight} points wait for a reviewer)',
  'table.totalUnchecked':
    'The total reads {typed}; the rows scored by their rules add up to {expected}, and {count} rows worth {weight} points are unchecked (waiting for a reviewer, or typed scores the rules could not check): check the total once they are',
  'table.totalUncheckedOutOfRange':
    'The total reads {typed}; by its rows it must lie between {expected} and {max} ({count} rows worth {weight} points are unchecked: waiting for a reviewer, or typed scores the rules could not check)',
  'table.notFound':
    'No indicator table found: the header needs 三级指标 (or 指标名称), 权重/分值 and 得分/标准值/评分标准',
  'table.headerAmbiguous': 'Header detection is uncertain: {detail}',
};

export const labels: Record<string, string> = {
  'column.explanation': 'Scoring note',
  'rule.fromNote': ' (rule from the note below the table, {note})',
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
  'results.awaiting': 'pending',
  'results.pending':
    '{count} more indicators ({weight} points) await manual scoring; the total counts only those scored',
  'grade.provisional': '{grade} (provisional)',
  'results.level1': 'Level 1',
  'results.level2': 'Level 2',
  'results.weight': 'Weight',
  'results.score': 'Score',
  'results.rate': 'Score rate',
  'results.budgetExecution': 'Budget execution',
  'results.evidence': 'Evidence: missing {missing} · weak {weak} · ok {ok}',
  'results.findings': 'Findings by severity ({count})',
  'results.subject': 'Year {year} · {sheet} ({range})',
  'results.subjectNoYear': '{sheet} ({range})',
  'results.chartScores': 'Score and weight by level-1 indicator',
  'results.chartAwaiting': '{name} (pending)',
  'results.chartStructure': 'Spending structure ({sheet})',
  'results.structureName': 'Subject',
  'results.structureAmount': 'Final ({unit})',
  'results.budgetTables': 'Budget tables ({count})',
  'results.budgetTable': '{sheet} · {kind} · {lines} lines · unit: {unit}',
  'budgetKind.detail': 'expenditure detail',
  'budgetKind.summary': 'summary',
  'budgetKind.basic': 'basic expenditure',
  'budgetKind.threePublic': 'three public expenses',
  'budgetKind.incomeExpense': 'income and expenditure',
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
  'score.typedFullMissed':
    'The actual value misses the target {target}, so the typed full score {score} is not counted; score it by hand',
  'score.none': 'Cannot score',
};
