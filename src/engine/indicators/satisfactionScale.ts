import type { NormalizedValue } from '../grid/value';
import { SATISFACTION_SCORE } from '../rules/surveyWords';
import type { RowWords } from './mainFigure';

/** Above this, a score cannot be on a 5- or 10-point scale. */
const SMALL_SCALE = 10;

/**
 * A satisfaction score on the 100-point scale surveys use (`满意度测评得分92.5分`) against a percent
 * target (`≥90%`) is that share, shown as read: `92.5分 = 92.5%`. A score of 10 or less (a 5- or
 * 10-point scale), above 100, on a row not about satisfaction, or against a target in points is left
 * as it is.
 */
export function satisfactionPercent(
  actual: NormalizedValue | null,
  target: NormalizedValue | null,
  words: RowWords,
): NormalizedValue | null {
  if (actual?.kind !== 'number' || target?.kind !== 'number' || !target.percent) return actual;
  if (actual.percent || actual.unit !== SATISFACTION_SCORE.unit) return actual;
  if (actual.value <= SMALL_SCALE || actual.value > 100) return actual;
  const about = [words.name, actual.text].some((t) => t.includes(SATISFACTION_SCORE.word));
  if (!about) return actual;
  return { ...actual, percent: true, unit: null, text: `${actual.text.trim()} = ${actual.value}%` };
}
