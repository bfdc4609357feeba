/**
 * The rule text's words for a change's direction, for rules scored on a change (`下降8%及以上得10分`,
 * `增长0-5%得6分`, `上升不得分`, `未下降不得分`). The actual's own words are LAST_YEAR in actualWords.ts.
 */
export const CHANGE_WORDS = {
  /** Just before a figure, the rule measures the fall: `下降8%及以上`, `降低5%-8%`, `下降≥8%`. */
  fallBy: ['下降', '降低', '减少', '压减'],
  /** A direction named without a figure, as a band of its own. */
  rise: ['上升', '增长', '增加', '提高', '上涨', '升高'],
  fall: ['下降', '降低', '减少', '下滑', '负增长'],
  flat: ['持平', '不变', '零增长'],
  not: ['没有', '未', '不', '无'],
  or: ['或者', '或', '、', '/'],
  /** Words around the direction that say nothing more: `较上年上升的`, `下降幅度`. */
  filler: ['较上年', '比上年', '与上年', '同比', '幅度', '的'],
} as const;
