import type { NormalizedValue } from '../grid/value';
import { SATISFACTION_SCORE, SCORE_LEVELS } from '../rules/surveyWords';
import type { RowWords } from './mainFigure';

/** Above this, a score cannot be on a 5- or 10-point scale. */
const SMALL_SCALE = 10;

/**
 * A satisfaction score on the 100-point scale surveys use (`满意度测评得分92.5分`) against a percent
 * target (`≥90%`) is that share, shown as read: `92.5分 = 92.5%`. A score of 10 or less (a 5- or
 * 10-point scale), above 100, on a row not about satisfaction, or against a target in points (or
 * a rule whose levels are in points: `90分以上得10分，85-90分得8分`) is left as it is.
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
  if (!about || levelsInPoints(words.rule)) return actual;
  return { ...actual, percent: true, unit: null, text: `${actual.text.trim()} = ${actual.value}%` };
}

/**
 * `90分以上得10分，85-90分得8分…`, `≥90分得满分`: the rule states its levels as scores, as a target in
 * points would. Read from the words, not the parsed rule: the page reads tables before any rule is
 * parsed, and the parser is loaded with the scoring half.
 */
function levelsInPoints(ruleText: string): boolean {
  return SCORE_LEVELS.some((re) => re.test(ruleText));
}
