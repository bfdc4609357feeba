import { toA1 } from '../grid/address';
import type { MergeIndex } from '../grid/merges';
import type { StepMode } from '../settings';
import type { NormalizedValue } from '../grid/value';
import { finding, type Finding } from '../findings/types';
import { canProduce, fullPoints, type Rule } from '../rules';
import { FAR_ABOVE_TARGET_RATIO, VAGUE_TARGET_WORDS } from './checkLexicon';
import { fullDespiteFaults } from './fullDespiteFaults';
import type { IndicatorTable, ScoredIndicator } from './model';
import { comparableNumbers, typedFullMissed } from './targets';
import { toNumber } from './cellReaders';

/** Why a row has no weight: nothing typed, not a number, or a number past the 100-point scale. */
function weightProblem(text: string): 'weight.missing' | 'weight.notNumeric' | 'weight.outOfRange' {
  if (text === '') return 'weight.missing';
  return toNumber(text) === null ? 'weight.notNumeric' : 'weight.outOfRange';
}

/** Row-level checks a reviewer makes: weight, score, rule, target, actual, evidence. */
export function checkRows(
  table: IndicatorTable,
  indicators: readonly ScoredIndicator[],
  merges: MergeIndex,
  stepMode: StepMode = 'whole',
): Finding[] {
  const out: Finding[] = [];
  const cols = table.header.columns;
  // Findings point at what the user sees: the top-left cell of a merged area.
  const atCol = (row: number, c: number): string => {
    const m = merges.at(row, c);
    return m ? toA1(m.top, m.left) : toA1(row, c);
  };
  const at = (row: number, role: Parameters<typeof cols.get>[0]): string | null => {
    const c = cols.get(role);
    return c === undefined ? null : atCol(row, c);
  };
  const push = (f: Finding | null): void => {
    if (f) out.push(f);
  };
  const sheet = table.sheet;
  // Rows share their parsed rules (one per rule text): each rule's full points worked out once.
  const fullByRule = new Map<Rule, number | null>();
  const fullOf = (rule: Rule): number | null => {
    let full = fullByRule.get(rule);
    if (full === undefined) {
      full = fullPoints(rule);
      fullByRule.set(rule, full);
    }
    return full;
  };
  for (const ind of indicators) {
    const r = ind.input;
    const name = r.name;
    const weight = r.weight ?? r.namePoints;
    // A1 text is made for the findings pushed only: most rows have none, and a table has many rows
    const weightCell = (): string => at(r.row, 'weight') ?? atCol(r.row, r.nameCol);
    const scoreCell = (): string => at(r.row, 'score') ?? weightCell();
    const actualCell = cols.has('actual') ? (): string => at(r.row, 'actual')! : null;
    // a weight written only in the name (`…（5分）`, the 分值 cell blank or absent) is the weight
    const weightInName = r.namePoints !== null && r.weightText === '';
    if (r.weight === null && !weightInName) {
      push(finding(weightProblem(r.weightText), sheet, weightCell(), { name, text: r.weightText }));
    } else if (r.weight !== null && r.namePoints !== null && r.namePoints !== r.weight) {
      push(
        finding('weight.annotationMismatch', sheet, weightCell(), {
          name,
          annotated: r.namePoints,
          weight: r.weight,
        }),
      );
    }
    if (r.reportedScore === null && r.scoreText !== '' && !/^#/.test(r.scoreText)) {
      const code = toNumber(r.scoreText) === null ? 'score.notNumeric' : 'score.outOfRange';
      push(finding(code, sheet, scoreCell(), { name, text: r.scoreText }));
    }
    const full = ind.rule ? fullOf(ind.rule) : null;
    if (full !== null && weight !== null && full !== weight && ind.input.ruleText !== '') {
      push(finding('rule.fullPointsMismatch', sheet, weightCell(), { name, rulePoints: full, weight }));
    }
    if (!ind.rule)
      push(finding('rule.unreadable', sheet, at(r.row, 'rule') ?? weightCell(), { name, text: r.ruleText }));
    const reported = r.reportedScore;
    if (reported !== null && weight !== null && reported > weight + 1e-9) {
      push(finding('score.aboveWeight', sheet, scoreCell(), { name, score: reported, weight }));
    } else if (
      reported !== null &&
      ind.computedScore !== null &&
      Math.abs(reported - ind.computedScore) > 0.005
    ) {
      push(
        finding('score.differsFromComputed', sheet, scoreCell(), {
          name,
          reported,
          computed: ind.computedScore,
        }),
      );
    } else if (
      reported !== null &&
      weight !== null &&
      ind.rule &&
      ind.computedScore === null &&
      !canProduce(ind.rule, reported, weight, stepMode)
    ) {
      push(finding('score.notProducible', sheet, scoreCell(), { name, score: reported, rule: r.ruleText }));
    }
    // a typed full score set aside (the actual misses the target) has score.fullButMissed instead
    if (ind.score === null && r.reportedScore === null)
      push(finding('score.missing', sheet, scoreCell(), { name }));
    const note =
      ind.score !== null && weight !== null && ind.score < weight - 1e-9 && r.deviationNote === ''
        ? (at(r.row, 'deviationNote') ?? at(r.row, 'remark'))
        : null;
    if (note) {
      const column = table.noteHeader ?? '';
      push(finding('score.belowWeightNoNote', sheet, note, { name, score: ind.score, weight, column }));
    }
    const targetCell = cols.has('target') ? (): string => at(r.row, 'target')! : null;
    for (const f of targetChecks(ind, sheet, targetCell, actualCell, weight)) out.push(f);
    const faulted = fullDespiteFaults(ind, sheet, actualCell, weight);
    if (faulted) out.push(faulted);
    out.push(...evidenceChecks(ind, sheet, at(r.row, 'evidence'), weight));
  }
  return out;
}

/** The target and actual cells are null without their columns, and made when a finding is. */
function targetChecks(
  ind: ScoredIndicator,
  sheet: string,
  targetCell: (() => string) | null,
  actualCell: (() => string) | null,
  weight: number | null,
): Finding[] {
  const out: Finding[] = [];
  const { target, actual, name } = ind.input;
  if (targetCell && target && isVague(target)) {
    out.push(finding('target.notMeasurable', sheet, targetCell(), { name, text: target.text }));
  }
  if (!actualCell || !target) return out;
  const quantitative = target.kind === 'number' || target.kind === 'date';
  if (quantitative && (actual === null || actual.kind === 'empty')) {
    out.push(finding('actual.missing', sheet, actualCell(), { name, target: target.text }));
    return out;
  }
  if (!actual) return out;
  if (typedFullMissed(ind.input, weight, ind.computedScore)) {
    out.push(
      finding('score.fullButMissed', sheet, actualCell(), { name, target: target.text, actual: actual.text }),
    );
  }
  if (
    target.kind === 'number' &&
    actual.kind === 'number' &&
    comparableNumbers(target, actual) &&
    target.value > 0 &&
    (target.op ?? '>=') !== '<='
  ) {
    const ratio = actual.value / target.value;
    if (ratio > FAR_ABOVE_TARGET_RATIO) {
      out.push(
        finding('actual.farAboveTarget', sheet, actualCell(), {
          name,
          target: target.text,
          actual: actual.text,
          ratio: Math.round(ratio * 100),
        }),
      );
    }
  }
  return out;
}

function isVague(v: NormalizedValue): boolean {
  return (
    v.kind === 'text' &&
    v.achievement === null &&
    !/\d/.test(v.text) &&
    VAGUE_TARGET_WORDS.some((w) => v.text.includes(w))
  );
}

function evidenceChecks(
  ind: ScoredIndicator,
  sheet: string,
  cell: string | null,
  weight: number | null,
): Finding[] {
  if (!cell) return [];
  const name = ind.input.name;
  if (ind.evidence === 'missing') return [finding('evidence.missing', sheet, cell, { name })];
  if (ind.evidence !== 'weak') return [];
  // A full score on a qualitative row needs evidence most: that weakness is a warning.
  const qualitative = ind.input.target === null || ind.input.target.kind === 'text';
  const full = ind.score !== null && weight !== null && ind.score >= weight;
  return [
    finding(
      'evidence.weak',
      sheet,
      cell,
      { name, text: ind.input.evidenceText },
      full && qualitative ? 'warning' : 'info',
    ),
  ];
}
