/**
 * Rules with a rate per kind (ruleKinds.ts): each kind's count read from the actual by the word that
 * names it, each at its own rate. An actual that does not tell the kinds apart is left to the reviewer.
 */
import type { OccurrenceRule, PerItemRule, RuleKindRate } from './ast';
import { formatNumber, snap, withParams, type Params } from './explain';
import { kindCounts } from './incidentClause';
import { unscored, type EvalInput } from './measure';
import { scored, type Evaluation } from './scored';
import { LIST_BREAK, WORKED_OUT_SUFFIX } from './sentenceWords';
import { isNoneText } from './verdictWords';

/** `发生一般事故每起扣1分，较大事故每起扣3分`: each kind's count at its own deduction. */
export function evaluateOccurrenceKinds(
  rule: OccurrenceRule,
  kinds: readonly RuleKindRate[],
  input: EvalInput,
  shown: Params,
  full: number,
  saysNone: boolean,
): Evaluation {
  // `按时报送` against `按时报送`: no kind's count told, and nothing went wrong
  const read = countsByKind(kinds, input, rule.unit) ?? (saysNone ? noneOf(kinds, rule.unit) : null);
  if (!read) return cannotJudge(shown);
  const deducted = Math.min(snap(read.total), rule.maxDeduction ?? Infinity, full);
  const params = withParams(shown, { counts: read.told, deducted: formatNumber(deducted), unit: rule.unit });
  return scored('rule.occurrence.kinds', params, full - deducted, input.weight);
}

/** `县级演练每场得2分，乡镇演练每场得1分，最高6分`: each kind's count at its own points, up to the cap. */
export function evaluateItemKinds(
  rule: PerItemRule,
  kinds: NonNullable<PerItemRule['kinds']>,
  input: EvalInput,
  shown: Params,
): Evaluation {
  const read = countsByKind(kinds.each, input, kinds.unit);
  if (!read) return cannotJudge(shown);
  const earned = Math.min(snap(read.total), rule.total ?? Infinity);
  return scored(
    'rule.perItem.kinds',
    withParams(shown, { counts: read.told, total: rule.total }),
    earned,
    input.weight,
  );
}

/**
 * Each kind's count from the actual (`无` or `0`: none of any) and the sum of counts × rates, with
 * the counts told (`县级2场、乡镇3场`); null when the actual does not tell the kinds apart.
 */
function countsByKind(
  kinds: readonly RuleKindRate[],
  input: EvalInput,
  unit: string,
): { total: number; told: string } | null {
  const a = input.actual;
  const text = a?.kind === 'text' || a?.kind === 'number' ? a.text.replace(WORKED_OUT_SUFFIX, '') : '';
  const words = kinds.map((k) => k.word);
  const counts = isNoneText(text) ? kinds.map(() => 0) : text === '' ? null : kindCounts(text, words);
  if (counts === null) return null;
  return {
    total: counts.reduce((t, n, i) => t + n * kinds[i]!.amount, 0),
    told: kinds.map((k, i) => `${k.word}${formatNumber(counts[i]!)}${unit}`).join(LIST_BREAK),
  };
}

function noneOf(kinds: readonly RuleKindRate[], unit: string): { total: number; told: string } {
  return { total: 0, told: kinds.map((k) => `${k.word}0${unit}`).join(LIST_BREAK) };
}

function cannotJudge(shown: Params): Evaluation {
  return { score: null, explanation: unscored('rule.cannotJudge', shown).explanation };
}
