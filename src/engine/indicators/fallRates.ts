/**
 * An indicator that measures a fall (建筑节能率, 群众取水成本降低率, a target `较改造前降低15%以上`):
 * an actual written as the fall (`降低约17%`, `较改造前降低12%`) is that rate, and a target written so
 * is at least it (hunt84: both rows declined). Elsewhere a 降低 beside a figure stays words: against a
 * growth rate it would be the opposite sign.
 */
import type { NormalizedValue } from '../grid/value';
import { FALL_INDICATOR, FALL_RATE, RISE_INDICATOR } from './checkLexicon';

type Value = NormalizedValue | null;

export function asFallRates(name: string, target: Value, actual: Value): { target: Value; actual: Value } {
  const t = fallOf(target, true);
  const measuresFall = (FALL_INDICATOR.test(name) && !RISE_INDICATOR.test(name)) || t !== null;
  if (!measuresFall) return { target, actual };
  const a = fallOf(actual, false);
  return { target: t ?? target, actual: a ?? actual };
}

/** `降低约17%` → 17 %; `降低15%以上` (a target) → ≥ 15 %; null for anything else. */
function fallOf(v: Value, asTarget: boolean): Extract<NormalizedValue, { kind: 'number' }> | null {
  if (v?.kind !== 'text') return null;
  const m = FALL_RATE.exec(v.text.replace(/\s+/gu, ''));
  if (!m) return null;
  const atLeast = m[2] !== undefined;
  if (atLeast !== asTarget) return null;
  return {
    kind: 'number',
    value: Number(m[1]),
    percent: true,
    unit: null,
    op: atLeast ? '>=' : null,
    text: v.text,
  };
}
