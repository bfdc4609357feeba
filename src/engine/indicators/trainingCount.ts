import type { NormalizedValue } from '../grid/value';
import { TRAINING_COUNTS } from '../rules/units';
import type { RowWords } from './mainFigure';

type NumberValue = Extract<NormalizedValue, { kind: 'number' }>;

/**
 * The units besides its own a target's count may be written in when the row is about training
 * (persons for person-times, batches for times); none for any other row or unit.
 *
 * @example trainingKin(normalizeValue('400人次'), '全年共培训3批次，共计425人', words) // ['人']
 */
export function trainingKin(target: NumberValue, actualText: string, words: RowWords): readonly string[] {
  const kin = target.unit === null || target.percent ? undefined : TRAINING_COUNTS.kin[target.unit];
  if (kin === undefined) return [];
  const texts = [words.name, words.rule, target.text, actualText];
  return texts.some((t) => TRAINING_COUNTS.words.some((w) => t.includes(w))) ? kin : [];
}

/**
 * `共培训425人次` against `≥400人`: a count of training in a kindred unit is the target's count, so
 * the rule compares it rather than declining a unit mismatch. Any other actual is as it was.
 */
export function trainingCount(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
  words: RowWords,
): NormalizedValue | null {
  if (actual?.kind !== 'number' || target?.kind !== 'number' || actual.percent || actual.unit === null)
    return actual;
  return trainingKin(target, actual.text, words).includes(actual.unit)
    ? { ...actual, unit: target.unit }
    : actual;
}
