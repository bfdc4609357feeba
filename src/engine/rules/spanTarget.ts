/**
 * A target that is a span, both ends in: `6-8元/份`, `60%-70%`, `3%至5%`, `同地段市场租金的60%-70%`.
 * An actual inside it meets it; one outside misses it.
 */
import { normalizeValue } from '../grid/normalize';
import type { NormalizedValue } from '../grid/value';
import { SPAN_WORDS } from './actualWords';
import { incomparableUnits } from './units';

export interface SpanTarget {
  readonly low: number;
  readonly high: number;
  readonly percent: boolean;
  readonly unit: string | null;
  readonly text: string;
}

/** Words before the span (`同地段市场租金的`), the low end (`60%`, `6`), a dash or 至, the high end. */
const SPAN = /^([^\d≥≤<>]*?)(\d+(?:\.\d+)?)\s*(%|万|亿)?\s*[-~～—–至到]\s*(\d+(?:\.\d+)?\s*\S*)$/u;
const SCALES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** The span a target states; null for any other target (a year span `2024-2025年` is none). */
export function spanOf(target: NormalizedValue | null): SpanTarget | null {
  if (target?.kind !== 'text') return null;
  const m = SPAN.exec(target.text.trim());
  if (!m) return null;
  const high = normalizeValue(m[4]!);
  if (high.kind !== 'number' || high.op !== null) return null;
  // `15万-20万元`: the low end scaled as written
  const low = Number(m[2]) * (SCALES[m[3] ?? ''] ?? 1);
  // `60-70%` is 60% to 70%; `60%-70` is no span of one kind
  if ((m[3] === '%' && !high.percent) || low >= high.value) return null;
  return { low, high: high.value, percent: high.percent, unit: high.unit, text: target.text };
}

/** Where the actual stands to the span; null when it is no number in the span's unit. */
export function placeInSpan(actual: NormalizedValue, span: SpanTarget): 'below' | 'inside' | 'above' | null {
  if (actual.kind !== 'number' || actual.percent !== span.percent) return null;
  if (incomparableUnits(actual.unit, span) || (span.unit !== null && actual.unit === null && !span.percent))
    return null;
  return actual.value < span.low ? 'below' : actual.value > span.high ? 'above' : 'inside';
}

/**
 * Met or missed against a span: inside meets it, below misses it; above misses it only when the rule
 * asks to stay within it (`在区间内得满分`): `362户` against `300～350户` under `完成指标值得满分` may be
 * more than planned, so null.
 */
export function spanVerdict(actual: NormalizedValue, span: SpanTarget, ruleText: string): boolean | null {
  const place = placeInSpan(actual, span);
  if (place === null) return null;
  if (place === 'above') return SPAN_WORDS.some((w) => ruleText.includes(w)) ? false : null;
  return place === 'inside';
}
