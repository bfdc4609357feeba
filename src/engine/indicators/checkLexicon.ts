import { anyOf } from '../grid/regexWords';
import { LAST_YEAR } from '../rules/actualWords';

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

/** An indicator named as a fall: 降低率, 下降率, 减少率, 节能率, 降幅. */
export const FALL_INDICATOR = /(?:降低|下降|减少|压减|节约|节能|节支)率|降幅/u;
/** …unless it names a rise too (增长率 beside 下降率 is no fall measure). */
export const RISE_INDICATOR = /(?:增长|增加|上升|提高)率|增幅/u;
/**
 * A fall written as a rate: `降低约17%`, `较改造前降低12%`, `同比下降8.5%`; a target adds `以上` (at least).
 * Group 1 the figure, group 2 the `以上`.
 */
export const FALL_RATE = new RegExp(
  `^(?:较\\S{0,8}?|同比|比\\S{0,8}?)?(?:${anyOf(LAST_YEAR.down)})了?约?(\\d+(?:\\.\\d+)?)[%％](及?以上)?$`,
  'u',
);
