/**
 * Patterns a 评分标准 text is rewritten by before it is read: ways of writing a rule that say no more
 * than a plainer spelling the parser knows.
 */

/**
 * `按目标值与实际值之比计分`: the ratio of two named values, read as the quotient `目标值/实际值` (hunt92: a
 * cost over its limit scored 0 where the ratio gives 1.67 of 2).
 */
export const RATIO_OF_VALUES =
  /(目标值|标准值|指标值|计划值|实际值|实际完成值|完成值)与(目标值|标准值|指标值|计划值|实际值|实际完成值|完成值)之?比/gu;

/** `按实际值/目标值计分`: a quotient of words named as the way to score, with no factor after it. */
export const QUOTIENT_SCORED = /(按[^\d,;。×*%]+\/[^\d,;。×*%]+?)(计分|得分)/u;

/**
 * A clause that only announces the deduction the next one sets out (`超支扣分，每超出概算1%扣1分`): it
 * says nothing more, and read on its own it is a deduction of no amount (hunt86: the rule was unreadable).
 */
export const DEDUCTION_HEADING = /(^|[；;，,。])[\u4e00-\u9fff]{0,6}扣分[，,：:](?=每)/u;

/**
 * `（已整改的不减免扣分）` after `每发现1个问题扣1分`: a remark that problems put right still count, which
 * is how the deduction reads anyway; read on its own it is a deduction of no amount (hunt90: the rule
 * was unreadable).
 */
export const STILL_DEDUCTED_REMARK =
  /[（(][^（()）]*整改[^（()）]*不(?:予)?(?:减免|免除|免于)[^（()）]*[）)]/gu;
