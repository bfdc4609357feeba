import type { NormalizedValue } from '../grid/value';
import { BRACKETED_REMARK } from '../rules/actualWords';
import { MONEY_FIGURE } from '../rules/sentenceWords';
import { MONEY_DISPLAY } from '../rules/units';
import { yuanOf } from './spendRate';

/** `3.9万平方米`: a count with its scale word. */
const COUNT_SCALE: Readonly<Record<string, number>> = { 万: 1e4, 千: 1e3 };

/**
 * `采购20套，合同总价352万元` against `≤18万元/套`: the money over the count of the target's own unit
 * (17.6万元/套), shown with what it comes from. Only for a target in money per unit, and a sentence
 * with one amount of money and one count in that unit; anything else is left as it is.
 */
export function unitCost(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
): NormalizedValue | null {
  if (actual?.kind !== 'text' || target?.kind !== 'number' || target.percent) return actual;
  const [money, per, ...more] = (target.unit ?? '').split('/');
  if (money !== MONEY_DISPLAY.unit || !per || more.length > 0) return actual;
  const text = actual.text.replace(BRACKETED_REMARK, '');
  const amounts = [...text.matchAll(MONEY_FIGURE)];
  const counts = [...text.matchAll(new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万|千)?${per}`, 'gu'))];
  if (amounts.length !== 1 || counts.length !== 1) return actual;
  const count = Number(counts[0]![1]!.replace(/,/g, '')) * (COUNT_SCALE[counts[0]![2] ?? ''] ?? 1);
  const yuan = yuanOf(amounts[0]!);
  if (!(count > 0)) return actual;
  // the cost as it is (0.875元/页 is 1 step of 0.04 over 0.8, not 0.88's 2): only the display is rounded
  const value = yuan / count;
  const shown =
    value >= MONEY_DISPLAY.from
      ? `${Math.round((value / MONEY_DISPLAY.scale) * 1e4) / 1e4}${MONEY_DISPLAY.shown}`
      : `${Math.round(value * 100) / 100}${MONEY_DISPLAY.unit}`;
  return {
    kind: 'number',
    value,
    percent: false,
    unit: target.unit,
    op: null,
    text: `${actual.text.trim()} = ${shown}/${per}`,
  };
}
