import type { NormalizedValue } from '../grid/value';
import { BRACKETED_REMARK } from '../rules/actualWords';
import { EXCLUDED_WORDS } from '../rules/sentenceWords';
import { COUNT_UNITS } from '../rules/units';

const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*([^\d\s，,；;。）)]{0,3})/u;

/**
 * `全年发生重污染天气5天（其中2天为沙尘影响，按规定扣除）` against `≤3天`: a figure a bracketed remark
 * takes out of the count (扣除, 剔除, 不计入), in the figure's own unit, is taken out (3天), shown after
 * `=`. So is one the rule takes out (`注：经核实为无效投诉的不计入` beside `8（其中经核实无效投诉2件）`, hunt90):
 * a remark naming what the rule excludes. Only for one such remark and a number actual; anything else
 * is left as it is.
 */
export function lessExcluded(actual: NormalizedValue | null, ruleText = ''): NormalizedValue | null {
  if (actual?.kind !== 'number' || actual.percent) return actual;
  const excludedByRule = ruleExclusion(ruleText);
  const namesRulePart = (r: string): boolean => excludedByRule !== null && r.includes(excludedByRule);
  const remarks = [...actual.text.matchAll(BRACKETED_REMARK)]
    .map((m) => m[0])
    .filter((r) => EXCLUDED_WORDS.some((w) => r.includes(w)) || namesRulePart(r));
  if (remarks.length !== 1) return actual;
  const m = FIGURE.exec(remarks[0]!);
  // a bare count (`8（其中经核实无效投诉2件）`) takes the unit of the part the rule names
  const named = namesRulePart(remarks[0]!);
  const unit = actual.unit ?? (named && m ? countUnitOf(m[2]!) : '');
  if (!m || unit === '' || !m[2]!.startsWith(unit)) return actual;
  const out = Number(m[1]!.replace(/,/g, ''));
  if (!(out > 0) || out > actual.value) return actual;
  const value = Math.round((actual.value - out) * 1e6) / 1e6;
  return { ...actual, value, op: null, text: `${actual.text.trim()} = ${value}${unit}` };
}

/** What a rule says is not counted (`经核实为无效投诉的不计入` → 无效投诉): the last four characters before it. */
const RULE_EXCLUSION = new RegExp(`([\\u4e00-\\u9fff]{3,}?)的?(?:${EXCLUDED_WORDS.join('|')})`, 'u');

function ruleExclusion(ruleText: string): string | null {
  const words = RULE_EXCLUSION.exec(ruleText)?.[1];
  // the thing named, not the words that qualify it (经核实为…): its last four characters, or three
  return words === undefined ? null : [...words].slice(-4).join('');
}

/** The unit of things counted a figure's tail starts with (`件）` → 件, `人次` → 人次), or ''. */
function countUnitOf(tail: string): string {
  return [...COUNT_UNITS].sort((a, b) => b.length - a.length).find((u) => tail.startsWith(u)) ?? '';
}
