import type { NormalizedValue } from '../grid/value';
import { UNIT_KINDS } from '../grid/valueLexicon';

/**
 * An actual in another unit of the target's kind (米 against 公里, 公顷 against 平方米 or 亩, 吨
 * against 公斤), in the target's unit, shown with both: `4300米 = 4.3公里`. Anything else is left as
 * it is.
 */
export function inTargetUnit(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
): NormalizedValue | null {
  if (actual?.kind !== 'number' || target?.kind !== 'number') return actual;
  const [from, to] = [actual.unit, target.unit];
  if (from === null || to === null || from === to || actual.percent || target.percent) return actual;
  const kind = UNIT_KINDS.find((k) => from in k && to in k);
  if (!kind) return actual;
  const value = Math.round(((actual.value * kind[from]!) / kind[to]!) * 1e6) / 1e6;
  return { ...actual, value, unit: to, text: `${actual.text.trim()} = ${value}${to}` };
}
