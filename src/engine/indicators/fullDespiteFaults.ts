import { finding, type Finding } from '../findings/types';
import { FAULT_WORDS, NONE_WORDS, UNDONE_WORDS } from '../rules/actualWords';
import { SURVEY_GRADES } from '../rules/surveyWords';
import { MISHAP_WORDS } from '../rules/sentenceWords';
import type { ScoredIndicator } from './model';

const CLAUSE_BREAK = /[，,；;。、]/u;

/**
 * A typed full score kept because the rules could not check it, while the actual counts faults or
 * work left undone (`抽查卷宗60卷，其中3卷要素不全`, `2项制度未严格执行`): one warning at the actual,
 * so a reviewer looks at the score the total rests on. A score the rules worked out has findings
 * of its own (score.differsFromComputed). The actual's cell is null without the column, its A1
 * text made only for the finding.
 */
export function fullDespiteFaults(
  ind: ScoredIndicator,
  sheet: string,
  actualCell: (() => string) | null,
  weight: number | null,
): Finding | null {
  const { actual, reportedScore, name } = ind.input;
  if (!actualCell || weight === null || reportedScore === null || reportedScore < weight) return null;
  // a number read out of a sentence (`…，发生一般事故1起` is 1起) keeps the sentence as its text
  if (ind.scoreSource !== 'reported' || (actual?.kind !== 'text' && actual?.kind !== 'number')) return null;
  return countsFaults(actual.text)
    ? finding('score.fullDespiteFaults', sheet, actualCell(), { name, actual: actual.text })
    : null;
}

/**
 * A clause with a figure and a word of fault or of work undone, or a figure other than 0 and a
 * mishap (事故, 故障, 超期); survey grades (不满意) and words of none (未发现) say neither.
 */
function countsFaults(text: string): boolean {
  return text.split(CLAUSE_BREAK).some((clause) => {
    const plain = [...SURVEY_GRADES, ...NONE_WORDS].reduce((t, w) => t.split(w).join(''), clause);
    const faults = /\d/.test(plain) && [...FAULT_WORDS, ...UNDONE_WORDS].some((w) => plain.includes(w));
    return faults || (/[1-9]/.test(plain) && MISHAP_WORDS.some((w) => plain.includes(w)));
  });
}
