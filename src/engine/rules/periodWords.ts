/**
 * How an actual says periods met their standard or did not (`全年12个月中10个月达到Ⅳ类`,
 * `一、二、四季度达到序时进度`), as periodCounts.ts reads them.
 */

/** Words saying a period met its standard (`10个月达到Ⅳ类`, `11个月达标`). */
export const PERIOD_MET_WORDS = '达到|达标|合格|完成|符合';
/** Words saying some period did not (`个别月份超标`, `未达标`). */
export const PERIOD_MISS_WORDS = /未|没有|不|超标|个别|部分/u;
/** The measure word of a count of periods (`4个季度` is four; `四季度` the fourth). */
export const PERIOD_COUNT_WORD = '个';
