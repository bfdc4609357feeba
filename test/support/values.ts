/** Expected normalised values, as the value tests write them. */
import type { Comparator, NormalizedValue } from '../../src/engine/grid/value';

export const num = (
  value: number,
  text: string,
  more: Partial<{ percent: boolean; unit: string | null; op: Comparator | null }> = {},
): NormalizedValue => ({ kind: 'number', value, percent: false, unit: null, op: null, text, ...more });

export const pct = (value: number, text: string, op: Comparator | null = null): NormalizedValue =>
  num(value, text, { percent: true, op });
