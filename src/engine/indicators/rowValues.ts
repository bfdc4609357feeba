import { toA1 } from '../grid/address';
import { normalizeValue } from '../grid/normalize';
import type { CellValue, SheetInput } from '../grid/types';
import type { NormalizedValue } from '../grid/value';
import { FRACTION_LIMIT, onTargetScale } from './cellReaders';
import { complementOfMisses } from './complementRate';
import { lessExcluded } from './excluded';
import { withoutRequiredRemark } from './requiredRemark';
import { countedAs, mainFigure, type RowWords } from './mainFigure';
import { namedPartsRate } from './namedParts';
import { ofTarget } from './ofTarget';
import { satisfactionPercent } from './satisfactionScale';
import { spendRate } from './spendRate';
import { surveyRate } from './surveyCounts';
import { trainingCount } from './trainingCount';
import { unitCost } from './unitCost';
import { inTargetUnit } from './unitConversion';

/** How a row's target and actual cells read: the text of each cell once per table (≥95%, 达标 repeat). */
export function optionalValue(
  sheet: SheetInput,
  r: number,
  c: number | undefined,
  readings: Map<string, NormalizedValue>,
): NormalizedValue | null {
  if (c === undefined) return null;
  const v: CellValue = sheet.rows[r]?.[c] ?? null;
  // Only a number's reading depends on its format (0.92 under 0% is 92%).
  if (typeof v === 'number') return normalizeValue(v, sheet.styles?.[toA1(r, c)]?.numFmt);
  return typeof v === 'string' ? textValue(v, readings) : normalizeValue(v);
}

/** A text's reading, once per table. */
export function textValue(text: string, readings: Map<string, NormalizedValue>): NormalizedValue {
  let reading = readings.get(text);
  if (reading === undefined) {
    reading = normalizeValue(text);
    readings.set(text, reading);
  }
  return reading;
}

/**
 * A number under a 计量单位 column: `%` makes it a percent; another unit is read with it, so 350 under
 * 万元 is 3,500,000 元 as `350万元` would be, and explanations show `760盏`, not `760`.
 */
export function withUnit(v: NormalizedValue | null, unit: string): NormalizedValue | null {
  if (v?.kind !== 'number' || v.percent || unit === '') return v;
  if (/[%％]|百分/.test(unit)) return { ...v, percent: true, text: `${v.text.trim()}%` };
  if (v.unit !== null) return v;
  const read = normalizeValue(`${v.text.trim()}${unit.trim()}`);
  return read.kind === 'number' && read.unit !== null ? read : v;
}

/**
 * The actual as compared with the target: with the 度量单位 column's unit, in the target's unit of
 * the same kind (米 → 公里), a share of the target's own figure (完成目标值的1.3倍), the figure the rule
 * counts by (以取证人数计), a survey's counts as their share, what was spent of a budget as its
 * execution rate, money over a count against a cost per unit (the target's, or the one the name
 * costs per: 单断面次监测成本), the figure a sentence reports (a
 * 其中 part and a change left out, or the one the row's words name; less a part a remark takes out),
 * a satisfaction score in points as a share, a plain number on a percent target's scale.
 */
export function actualAgainst(
  actual: NormalizedValue | null,
  unit: string,
  target: NormalizedValue | null,
  words: RowWords,
): NormalizedValue | null {
  const read = ofTarget(actualWithUnit(withoutRequiredRemark(actual, target), unit, target), target);
  // `以取证人数计`: the figure the rule counts by, before any sum or share of the sentence's counts
  const inUnit = inTargetUnit(countedAs(read, target, words.rule), target);
  // counts (a survey, a plan and what was done) first: their 其中 part may be the figure; a rate the
  // name says is of some listed parts (优良率) before any part of the whole
  const parts = namedPartsRate(inUnit, target, words.name);
  const counted = unitCost(spendRate(surveyRate(parts, target, words.name), target), target, words.name);
  const figure = lessExcluded(
    inTargetUnit(trainingCount(mainFigure(counted, target, words), target, words), target),
    words.rule,
  );
  return complementOfMisses(
    onTargetScale(satisfactionPercent(figure, target, words), target),
    target,
    words.name,
  );
}

/**
 * A number under a 度量单位 of `%` is that many per cent, except a fraction against a target in the
 * tens of per cent (0.35 against 30 %): read as 35 %, as a plain 0.35 against `≥30%` is.
 */
function actualWithUnit(
  v: NormalizedValue | null,
  unit: string,
  target: NormalizedValue | null,
): NormalizedValue | null {
  const fraction =
    v?.kind === 'number' && !v.percent && v.unit === null && v.value >= 0 && v.value <= FRACTION_LIMIT;
  const tensOfPercent = target?.kind === 'number' && target.percent && target.value >= 10;
  return fraction && tensOfPercent ? v : withUnit(v, unit);
}
