/** Words that make a target unmeasurable when no number or date stands beside them. Lexicon data. */
export const VAGUE_TARGET_WORDS: readonly string[] = [
  '显著',
  '有效',
  '明显',
  '进一步',
  '逐步',
  '稳步',
  '不断',
  '大幅',
  '持续',
  '较大',
  '积极',
  '提升',
  '提高',
  '改善',
  '加强',
  '增强',
  '促进',
];

/** Actual / target above this ratio: the target was set too low (10号). */
export const FAR_ABOVE_TARGET_RATIO = 1.5;

/** A 得分 cell typed as words for full points (`满分`): the row's weight. */
export const FULL_MARKS_WORDS: readonly string[] = ['满分', '满分值', '得满分'];
