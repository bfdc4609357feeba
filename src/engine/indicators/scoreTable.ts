import { classifyEvidence, type EvidenceLevel } from '../evidence/classifyEvidence';
import { EXECUTION_ROW_WORDS } from '../layout/headerLexicon';
import type { Explanation } from '../messages';
import { defaultRule, evaluateRule, parseRule, type Rule } from '../rules';
import { asFallRates } from './fallRates';
import { noteClauses, withNoteRules } from './noteRules';
import { fundsBudget } from './fundsBlock';
import type { Settings, UncheckedScores } from '../settings';
import { gradeOf, round2 } from './grade';
import { groupScores } from './groups';
import { typedFullMissed } from './targets';
import type {
  BudgetExecution,
  FundsBlock,
  IndicatorRow,
  IndicatorTable,
  ScoredIndicator,
  ScoredTable,
} from './model';

/**
 * Scores every row of a table: the computed score where the row has what the rule needs,
 * otherwise the typed 得分. Never invents a score for a rule it cannot read.
 */
export function scoreTable(
  table: IndicatorTable,
  settings: Settings,
  sheetNames: readonly string[],
): ScoredTable {
  const hasActual = table.header.columns.has('actual');
  // Tables repeat their rule texts (达标记满分，否则不得分 on every other row): parse each text once.
  const rules = new Map<string, Rule | null>();
  // and their evidence texts (blank on every row of a table without the column): graded once each
  const evidence = new Map<string, EvidenceLevel>();
  // rows without a rule of their own take their kind's from a note under the table
  const rows = table.notes ? withNoteRules(table.rows, noteClauses(table.notes)) : table.rows;
  const indicators = rows.map((row, i) => {
    let rule = rules.get(row.ruleText);
    if (rule === undefined) {
      rule = ruleOf(row).rule;
      rules.set(row.ruleText, rule);
    }
    const level = evidenceOf(row, evidence, sheetNames);
    const scored = scoreRow(row, rule, hasActual, settings, level);
    if (row.ruleNote === undefined) return scored;
    // the row as read, without the note's rule
    return unfitNote(scored, table.rows[i]!, hasActual, settings, level) ?? scored;
  });
  // a funds block without a 分值 column beside a 预算执行率 row of the grid: the row scores it, once
  const scoredInGrid =
    table.funds?.cols.weight === null &&
    table.rows.some((r) => [r.name, r.level1?.name, r.level2?.name].some((n) => isExecutionRow(n)));
  const budgetExecution = table.funds && !scoredInGrid ? scoreFunds(table.funds) : null;
  return summarize(table, indicators, budgetExecution, settings.uncheckedScores);
}

/** Groups, totals, grade and what is pending, over scored rows (one table's, or a table's parts). */
export function summarize(
  table: IndicatorTable,
  indicators: readonly ScoredIndicator[],
  budgetExecution: BudgetExecution | null,
  uncheckedScores: UncheckedScores,
): ScoredTable {
  // one pass for the three sums (each added in row order, as separate reduces would)
  let rowWeight = 0;
  let rowScore = 0;
  let unscored = 0;
  let unscoredWeight = 0;
  let unchecked = 0;
  let uncheckedWeight = 0;
  let uncheckedScore = 0;
  for (const i of indicators) {
    const weight = i.input.weight ?? i.input.namePoints ?? 0;
    rowWeight += weight;
    rowScore += i.score ?? 0;
    if (i.score === null) {
      unscored++;
      unscoredWeight += weight;
    } else if (i.scoreSource === 'reported' && i.computedScore === null) {
      unchecked++;
      uncheckedWeight += weight;
      uncheckedScore += i.score;
    }
  }
  const totalWeight = round2(rowWeight + (budgetExecution?.weight ?? 0));
  const totalScore = round2(rowScore + (budgetExecution?.score ?? 0));
  const grade = gradeOf(totalScore, totalWeight);
  const pendingWeight = round2(unscoredWeight);
  // the lowest and highest totals the rows still open could make
  const open = uncheckedScores === 'provisional';
  const lowest = round2(totalScore - (open ? uncheckedScore : 0));
  const highest = round2(lowest + pendingWeight + (open ? uncheckedWeight : 0));
  return {
    table,
    indicators,
    groups: groupScores(indicators),
    totalWeight,
    totalScore,
    grade,
    pending: {
      indicators: unscored,
      weight: pendingWeight,
      unchecked,
      uncheckedWeight: round2(uncheckedWeight),
      gradeSettled: gradeOf(lowest, totalWeight) === grade && gradeOf(highest, totalWeight) === grade,
    },
    budgetExecution,
  };
}

/**
 * Longer 评分标准 texts are not parsed: real ones stay under a few hundred characters, and the
 * parser's time grows with the square of the length (a 32k-character cell would take minutes).
 */
export const MAX_RULE_TEXT = 1000;
/** Evidence is classified on its first characters only, for the same reason. */
export const MAX_EVIDENCE_TEXT = 2000;

/** The parsed rule of a row: its own text, else the 10号 default; null when the text is unreadable. */
export function ruleOf(row: IndicatorRow): { rule: Rule | null; reason: string | null } {
  if (row.ruleText === '') return { rule: defaultRule(), reason: null };
  if (row.ruleText.length > MAX_RULE_TEXT) return { rule: null, reason: 'tooLong' };
  return parseRule(row.ruleText);
}

/** The row's evidence grade; a row without a link is graded by its text alone, once per text. */
function evidenceOf(
  row: IndicatorRow,
  known: Map<string, EvidenceLevel>,
  sheetNames: readonly string[],
): EvidenceLevel {
  const evidenceText = row.evidenceText.slice(0, MAX_EVIDENCE_TEXT);
  if (row.evidenceLink !== null)
    return classifyEvidence(evidenceText, { hyperlink: row.evidenceLink, sheetNames }).level;
  let level = known.get(evidenceText);
  if (level === undefined) {
    level = classifyEvidence(evidenceText, { hyperlink: null, sheetNames }).level;
    known.set(evidenceText, level);
  }
  return level;
}

function scoreRow(
  row: IndicatorRow,
  rule: Rule | null,
  hasActual: boolean,
  settings: Settings,
  evidence: EvidenceLevel,
): ScoredIndicator {
  const weight = row.weight ?? row.namePoints;
  let computed: number | null = null;
  let explanation: Explanation | null = null;
  if (rule && weight !== null && hasActual) {
    const { target, actual } = asFallRates(row.name, row.target, row.actual);
    const ev = evaluateRule(rule, {
      weight,
      target,
      actual,
      stepMode: settings.stepMode,
      lateWithoutRule: settings.lateWithoutRule,
      rangeProportion: settings.rangeProportion,
      operator: row.operator,
      ruleText: row.ruleText,
    });
    computed = ev.score === null ? null : round2(ev.score);
    explanation = ev.explanation;
    // a typed score the rule leaves to the reviewer (10号 部分达成 60–80 %) is theirs
    const typed = row.reportedScore;
    if (ev.accepts && typed !== null && typed >= ev.accepts[0] - 0.005 && typed <= ev.accepts[1] + 0.005) {
      computed = round2(typed);
      explanation = {
        key: explanation.key,
        params: Object.assign({}, explanation.params, {
          score: computed,
          typed: computed,
          low: ev.accepts[0],
          high: ev.accepts[1],
        }),
      };
    }
  }
  // a typed full score the actual says was not earned (score.fullButMissed) is not counted: the row
  // waits for the reviewer, as one with no score does
  const setAside = computed === null && typedFullMissed(row, weight, null);
  const reported = setAside ? null : row.reportedScore;
  const score = computed ?? reported;
  const scoreSource = computed !== null ? 'computed' : reported !== null ? 'reported' : 'none';
  if (setAside)
    explanation = {
      key: 'score.typedFullMissed',
      params: { target: row.target?.text ?? '', score: row.reportedScore },
    };
  else if (computed === null) explanation = fallbackExplanation(row, rule, weight, hasActual, explanation);
  if (row.ruleNote !== undefined && explanation)
    explanation = { ...explanation, params: { ...explanation.params, ruleNote: row.ruleNote } };
  return {
    input: row,
    rule,
    ruleKind: rule ? rule.kind : 'unreadable',
    computedScore: computed,
    score: score === null ? null : round2(score),
    scoreSource,
    explanation: explanation ?? { key: 'score.none', params: {} },
    evidence,
  };
}

/**
 * A note's clause is for a kind of indicator; a row of the kind it does not fit (a 时效 clause of
 * months late over a rate, `医保待遇结算及时率 ≥98%`, hunt97) is scored by the 10号 default instead,
 * when the default can score it. Null to keep the note's reading.
 */
function unfitNote(
  scored: ScoredIndicator,
  read: IndicatorRow,
  hasActual: boolean,
  settings: Settings,
  evidence: EvidenceLevel,
): ScoredIndicator | null {
  // the rule's own reason, also under a typed score kept for it
  const why = scored.explanation.cause ?? scored.explanation;
  if (scored.computedScore !== null || why.key !== UNFIT_KEY) return null;
  const byDefault = scoreRow(read, defaultRule(), hasActual, settings, evidence);
  return byDefault.computedScore === null ? null : byDefault;
}

/** What a rule says when the row's values are not in what it measures. */
const UNFIT_KEY = 'rule.unitMismatch';

/** Why a row has no computed score, in words the officer can act on. */
function fallbackExplanation(
  row: IndicatorRow,
  rule: Rule | null,
  weight: number | null,
  hasActual: boolean,
  fromRule: Explanation | null,
): Explanation {
  if (!rule) return { key: 'score.manual', params: { rule: row.ruleText } };
  if (weight === null) return { key: 'score.noWeight', params: {} };
  if (!hasActual) {
    return row.reportedScore === null
      ? { key: 'score.noActualColumn', params: {} }
      : { key: 'score.reportedNoActual', params: { score: row.reportedScore } };
  }
  if (fromRule && row.reportedScore !== null) {
    return { key: 'score.reportedFallback', params: { score: row.reportedScore }, cause: fromRule };
  }
  return fromRule ?? { key: 'score.none', params: {} };
}

/** 预算执行率: rate × 分值, capped at the 分值; the denominator is 全年预算数 when the block has it. */
function scoreFunds(funds: FundsBlock): BudgetExecution {
  const budget = fundsBudget(funds);
  if (budget === null || budget === 0 || funds.final === null) {
    return { row: funds.row, rate: null, weight: funds.weight, score: funds.reportedScore };
  }
  const rate = Math.round((funds.final / budget) * 10000) / 10000;
  return {
    row: funds.row,
    rate,
    weight: funds.weight,
    score: round2(Math.min(1, funds.final / budget) * funds.weight),
  };
}

function isExecutionRow(name: string | undefined): boolean {
  const key = (name ?? '').replace(/\s+/g, '');
  return EXECUTION_ROW_WORDS.some((w) => key.startsWith(w));
}
