import type { NormalizedValue } from '../grid/value';
import { shownAmount } from '../rules/measure';
import { OF_TARGET } from '../rules/sentenceWords';

/**
 * `完成目标值的1.3倍` or `为目标值的130%` against `≥1亿元`: the actual is that share of the target's own
 * figure (1.3亿元), kept with its words (it read as 1.3 倍 against 1亿元: 0 points). Only for a target in
 * a unit (not a rate) and one such phrase; anything else is left as it is.
 */
export function ofTarget(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
): NormalizedValue | null {
  if (!actual || actual.kind === 'empty' || actual.kind === 'error' || actual.kind === 'date') return actual;
  if (target?.kind !== 'number' || target.percent || !(target.value > 0)) return actual;
  const m = OF_TARGET.exec(actual.text.normalize('NFKC'));
  if (!m) return actual;
  const share = Number(m[1]) / (m[2] === '%' ? 100 : 1);
  const value = target.value * share;
  const [figure, unit] = shownAmount(value, target.unit ?? '', value);
  return {
    kind: 'number',
    value,
    percent: false,
    unit: target.unit,
    op: null,
    text: `${actual.text.trim()} = ${figure}${unit}`,
  };
}
