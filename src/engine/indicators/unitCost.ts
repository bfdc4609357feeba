import type { NormalizedValue } from '../grid/value';
import { BRACKETED_REMARK } from '../rules/actualWords';
import { MONEY_FIGURE, PER_UNIT_NAMING } from '../rules/sentenceWords';
import { distinctCounts, MONEY_DISPLAY } from '../rules/units';
import { yuanOf } from './spendRate';

/** `3.9万平方米`: a count with its scale word. */
const COUNT_SCALE: Readonly<Record<string, number>> = { 万: 1e4, 千: 1e3 };

/** A number, its scale word, and the words after it (`210断面次`, `7.4万头`). */
const COUNT_RUN = /\d[\d,]*(?:\.\d+)?\s*(?:万|千)?([\u4e00-\u9fff]+)/gu;

/**
 * `采购20套，合同总价352万元` against `≤18万元/套`: the money over the count of the target's own unit
 * (17.6万元/套), shown with what it comes from. Against money alone (`≤0.45万元`), the unit is the
 * one the indicator's name costs per (`单断面次监测成本`: 断面次). Only for a sentence with one amount
 * of money and one count in that unit; anything else is left as it is.
 */
export function unitCost(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
  name = '',
): NormalizedValue | null {
  if (actual?.kind !== 'text' || target?.kind !== 'number' || target.percent) return actual;
  const [money, stated, ...more] = (target.unit ?? '').split('/');
  if (money !== MONEY_DISPLAY.unit || more.length > 0) return actual;
  const text = actual.text.replace(BRACKETED_REMARK, '');
  const unit = stated ?? namedUnit(text, name);
  const noun = unit ? null : nounCount(text, name);
  const per = unit ?? noun?.[3];
  if (!per) return actual;
  const amounts = [...text.matchAll(MONEY_FIGURE)];
  // `全年作业费用140.4万元，作业104次，平均1.35万元/次`: the cost the sentence states per that unit
  const statedPer = amounts.filter((m) => text.startsWith(`/${per}`, m.index + m[0].length));
  if (statedPer.length === 1)
    return {
      kind: 'number',
      value: yuanOf(statedPer[0]!),
      percent: false,
      unit: target.unit,
      op: null,
      text: actual.text,
    };
  const counts = noun
    ? [noun]
    : [...text.matchAll(new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万|千)?${per}`, 'gu'))];
  if (amounts.length !== 1 || counts.length !== 1) return actual;
  const count = Number(counts[0]![1]!.replace(/,/g, '')) * (COUNT_SCALE[counts[0]![2] ?? ''] ?? 1);
  const yuan = yuanOf(amounts[0]!);
  if (!(count > 0)) return actual;
  // the cost as it is (0.875元/页 is 1 step of 0.04 over 0.8, not 0.88's 2): only the display is rounded
  const value = yuan / count;
  // in 万元 as the target is written (`≤0.45万元`: 0.42万元, not 4200元)
  const tenThousands = value >= MONEY_DISPLAY.from || target.text.includes(MONEY_DISPLAY.shown);
  const shown = tenThousands
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

/**
 * The one unit the sentence counts in that the name costs per: the longest start of the words after
 * a count that the name has after 单 or 每 or before 均 (`210断面次` under `单断面次监测成本`), when it
 * counts what the words do; null for none, or for two.
 */
function namedUnit(text: string, name: string): string | null {
  const named = (u: string): boolean =>
    PER_UNIT_NAMING.before.some((w) => name.includes(w + u)) ||
    PER_UNIT_NAMING.after.some((w) => name.includes(u + w));
  const units = new Set<string>();
  for (const m of text.replace(MONEY_FIGURE, '').matchAll(COUNT_RUN)) {
    const words = m[1]!;
    const unit = [...words].map((_, i) => words.slice(0, words.length - i)).find(named);
    // `1,200人次` under `人均培训成本`: person-times are not persons
    if (unit && !distinctCounts(unit, words.slice(0, unit.length + 1))) units.add(unit);
  }
  return units.size === 1 ? [...units][0]! : null;
}

/**
 * `学生1.62万人` under `生均建设成本`: the one count whose noun ends in the name's per-word (生), in the
 * unit after it (人); null for none, for two, or for person-times (`学生1,200人次`).
 */
function nounCount(text: string, name: string): RegExpMatchArray | null {
  const per = [
    ...PER_UNIT_NAMING.before.map((w) => new RegExp(`${w}(\\p{Script=Han})`, 'u').exec(name)?.[1]),
    ...PER_UNIT_NAMING.after.map((w) => new RegExp(`(\\p{Script=Han})${w}`, 'u').exec(name)?.[1]),
  ].filter((x): x is string => x !== undefined);
  const found = per.flatMap((x) => [
    ...text
      .replace(MONEY_FIGURE, '')
      .matchAll(
        new RegExp(`${x}(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万|千)?(\\p{Script=Han})(\\p{Script=Han}?)`, 'gu'),
      ),
  ]);
  const one = found.length === 1 ? found[0]! : null;
  return one && !distinctCounts(one[3]!, one[3]! + one[4]!) ? one : null;
}
