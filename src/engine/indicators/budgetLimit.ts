import type { NormalizedValue } from '../grid/value';
import { BUDGET_LIMIT_TARGET, SPEND_RATE_WORDS } from '../rules/sentenceWords';
import { spendRate } from './spendRate';

type Reading = NormalizedValue | null;

const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * `≤年初预算` against `公用经费年初预算42万元，实际支出43.5万元`: a target of at most the budget, in words,
 * is at most 100 % of it, and the actual what was spent of it (103.5714 %), each keeping its text.
 * Only when the actual states one budget and what was spent of it (spendRate); a target naming the
 * original budget (年初) beside an adjusted one in the actual is left alone, as is anything else.
 */
export function withinBudget(target: Reading, actual: Reading): readonly [Reading, Reading] {
  if (target?.kind !== 'text' || actual?.kind !== 'text') return [target, actual];
  const named = BUDGET_LIMIT_TARGET.pattern.exec(fold(target.text));
  if (!named) return [target, actual];
  const adjustedBeside = SPEND_RATE_WORDS.adjusted.some((w) => actual.text.includes(w));
  if (named[1] === BUDGET_LIMIT_TARGET.original && adjustedBeside) return [target, actual];
  const limit: NormalizedValue = {
    kind: 'number',
    value: 100,
    percent: true,
    unit: null,
    op: '<=',
    text: target.text,
  };
  const spent = spendRate(actual, limit);
  return spent === actual ? [target, actual] : [limit, spent];
}
