import type { NormalizedValue } from '../grid/value';
import { shownAmount } from '../rules/measure';
import { OF_TARGET, OF_TARGET_HINT } from '../rules/sentenceWords';

/**
 * `完成目标值的1.3倍` or `为目标值的130%` against `≥1亿元`: the actual is that share of the target's own
 * figure (1.3亿元), kept with its words (it read as 1.3 倍 against 1亿元: 0 points). For a target in a unit or
 * a rate (`完成目标值的96%` of `≥95%` is 91.2 %) and one such phrase; anything else is left as it is.
 */
export function ofTarget(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
): NormalizedValue | null {
  if (!actual || actual.kind === 'empty' || actual.kind === 'error' || actual.kind === 'date') return actual;
  if (target?.kind !== 'number' || !(target.value > 0)) return actual;
  // (most actuals name no target: the cheap test first)
  if (!OF_TARGET_HINT.test(actual.text)) return actual;
  const m = OF_TARGET.exec(actual.text.normalize('NFKC'));
  if (!m) return actual;
  const share = Number(m[1]) / (m[2] === '%' ? 100 : 1);
  // a rate's target too: `完成目标值的96%` of `≥95%` is 91.2 %
  const value = Math.round(target.value * share * 1e6) / 1e6;
  const [figure, unit] = target.percent ? [String(value), '%'] : shownAmount(value, target.unit ?? '', value);
  return {
    kind: 'number',
    value,
    percent: target.percent,
    unit: target.unit,
    op: null,
    text: `${actual.text.trim()} = ${figure}${unit}`,
  };
}
