import type { NormalizedValue } from '../grid/value';
import { BRACKETED_REMARK } from '../rules/actualWords';
import { EXCLUDED_WORDS } from '../rules/sentenceWords';

const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*([^\d\s，,；;。）)]{0,3})/u;

/**
 * `全年发生重污染天气5天（其中2天为沙尘影响，按规定扣除）` against `≤3天`: a figure a bracketed remark
 * takes out of the count (扣除, 剔除, 不计入), in the figure's own unit, is taken out (3天), shown after
 * `=`. Only for one such remark and a number actual; anything else is left as it is.
 */
export function lessExcluded(actual: NormalizedValue | null): NormalizedValue | null {
  if (actual?.kind !== 'number' || actual.percent) return actual;
  const remarks = [...actual.text.matchAll(BRACKETED_REMARK)]
    .map((m) => m[0])
    .filter((r) => EXCLUDED_WORDS.some((w) => r.includes(w)));
  if (remarks.length !== 1) return actual;
  const m = FIGURE.exec(remarks[0]!);
  const unit = actual.unit ?? '';
  if (!m || unit === '' || !m[2]!.startsWith(unit)) return actual;
  const out = Number(m[1]!.replace(/,/g, ''));
  if (!(out > 0) || out > actual.value) return actual;
  const value = Math.round((actual.value - out) * 1e6) / 1e6;
  return { ...actual, value, op: null, text: `${actual.text.trim()} = ${value}${unit}` };
}
