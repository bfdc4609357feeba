/**
 * The words of tiers (`健全得5分，基本健全得3分，不健全不得分`, `优秀记5分，良好记3分`): what a verdict word may
 * name after it, the prefixes that grade it, and the grade words that make tiers on their own.
 */

/** What a verdict word may name after it (符合要求 is 符合): tiers share the word before them. */
export const VERDICT_OBJECTS: readonly string[] = ['要求', '规定', '目标值', '年度目标', '目标'];

/** Label prefixes that grade a verdict word (基本规范, 不规范) – tiers share the word after them. */
export const GRADE_PREFIXES: readonly string[] = [
  '全部',
  '完全',
  '基本',
  '较为',
  '比较',
  '较',
  '部分',
  '不够',
  '不',
  '未',
  '没有',
  '没',
  '非',
];
/** Verdict words that form tiers on their own (优秀记5分，良好记3分). */
export const GRADE_WORDS: readonly string[] = [
  '优秀',
  '优',
  '良好',
  '良',
  '好',
  '较好',
  '一般',
  '中',
  '中等',
  '合格',
  '及格',
  '差',
  '较差',
  '不合格',
  '不及格',
  '满意',
  '比较满意',
  '基本满意',
  '不满意',
  '非常满意',
  '很满意',
  'A',
  'B',
  'C',
  'D',
];
