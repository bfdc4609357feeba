/**
 * Words of time in rule texts and actuals: lateness, units of delay, half units, on-time clauses,
 * and spans of days (`20日内`, `第15日`).
 */

/** Words of lateness: in time an excess (每延迟1天), on a completion rate a shortfall (每滞后5%). */
export const LATE_WORDS: readonly string[] = [
  '延迟',
  '逾期',
  '推迟',
  '延后',
  '延期',
  '滞后',
  '迟报',
  '迟交',
  '延误',
  '超期',
  '超时',
  '延至',
];

/**
 * A per-occurrence rule counting items that were late (`每有一项未按时公开的扣1.5分`, `逾期提交的每项扣1分`):
 * an actual in words is then counted clause by clause, each late clause one item.
 */
export const LATE_ITEM_RULE = /未按时|未按期|不按时|未如期|未及时|逾期|延迟|超期/u;

/** `每推迟半个月`: half a unit of time, read as 0.5 of it (not after a number: 一个半月 is other). */
export const HALF_UNIT = /(?<![\d一二两三四五六七八九十])半(个月|天|小时)/gu;
/**
 * What half of each unit is: half a month is 15 days, as a reviewer counts 11月30日 → 12月15日 (0.5
 * of a month prorated by its days is 0.48 there, no step).
 */
export const HALF_OF: Readonly<Record<string, string>> = { 个月: '15天', 天: '0.5天', 小时: '0.5小时' };

/** The unit a delay is counted in for the note (`晚 15 天`). */
export const DAY_UNIT = '天';

/** An on-time clause before bands of a delay (`按时完成得满分，延迟1个月内得一半…`). */
export const ON_TIME_CLAUSE_WORDS: readonly string[] = ['按时', '按期', '如期', '准时', '提前'];

/** Units of a span of calendar days (`20日内`, `15天`), and of working days, which do not compare with them. */
export const DAY_UNITS: readonly string[] = ['日', '天'];
export const WORKING_DAY = '工作日';

/** After a span of days: it was kept (`25日内`, `15天以内`). */
export const WITHIN_MARKS: readonly string[] = ['以内', '内'];
