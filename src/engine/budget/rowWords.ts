/**
 * Budget-table words a table is read by once it is found: row names that carry meaning (totals, the
 * "三公" items, 人员经费 / 公用经费), units, notes, rate bases. Apart from lexicon.ts (the header words
 * the add-in's detection needs) so that they load with the 决算 part of the engine only.
 */
import type { HeaderRole } from './lexicon';

/** Roles whose alias must match the whole header text (one character is too easy a prefix). */
export const EXACT_ONLY_ROLES: ReadonlySet<HeaderRole> = new Set([
  'class',
  'section',
  'item',
  'incomePanel',
  'expensePanel',
]);

/** Block captions of the horizontal "三公" table, and the roles of its item columns. */
export type ThreePublicRole = 'total' | 'abroad' | 'vehicle' | 'purchase' | 'operation' | 'reception';

/** Ordered: the first pattern that matches a name wins (车购置及运行 before 购置 / 运行). */
export const THREE_PUBLIC_NAMES: readonly (readonly [ThreePublicRole, RegExp])[] = [
  ['total', /^(合计|总计|三公经费合计|“?三公”?经费(支出)?合计)$/],
  ['abroad', /出国/],
  ['vehicle', /公务用车购置及运行|公务用车购置和运行/],
  ['purchase', /公务用车购置/],
  ['operation', /公务用车运行/],
  ['reception', /公务接待/],
];

/** Captions of the change in budget, beside the adjusted budget itself (全年预算数). */
export const ADJUSTMENT_CAPTIONS: readonly string[] = ['预算调整数', '调整数'];

/** A caption starting with a year (`2023年`, `2023年决算数`). */
export const YEAR_PREFIX = /^(\d{4})年/u;

/** Generic subtotal captions under a block (公务用车购置及运行费 → 小计). */
export const SUBTOTAL_WORDS: readonly string[] = ['小计', '合计'];

/**
 * A row that counts rather than spends (the "三公" table's 因公出国（境）团组数（个）, 人次数（人）,
 * 公务用车保有量（辆）, 国内公务接待批次（个）): no amount, so no rate and no part of a sum.
 */
export const COUNT_ROW_NAME =
  /[（(](?:个|人|辆|次|人次|批次|团组|台|部)[)）]$|团组数|人次数?$|批次$|保有量|购置数$|车辆数$/;

/** A row name that is a total of the rows around it. */
export const TOTAL_NAME = /^(.{0,16}(合计|总计)|小计)$/;

/** Grand totals (总计) add the 合计 above them to the rows in between. */
export const GRAND_TOTAL_NAME = /总计$/;

/** A breakdown row (其中：…) is part of the row above, not of the total. */
export const SUB_ROW_NAME = /^(其中|含|包括)[:：]?/;

/** An item's ordinal (一、 / （一） / 1.): where the items carry one, a row without one is no item. */
export const ITEM_ORDINAL =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[、.．](?!\d))/;

/** Rows of a 基本支出决算表. */
export const PERSONNEL_NAME = /^(其中[:：]?)?人员经费(合计)?$/;
export const OPERATING_NAME = /^(其中[:：]?)?公用经费(合计)?$/;
export const BASIC_TOTAL_NAME = /^(基本支出(合计)?|合计)$/;

/** Income-side and expense-side totals of a 收入支出决算总表 panel. */
export const INCOME_NAME = /收入/;
export const EXPENSE_NAME = /支出/;

/** Text that ends a table: notes under it. */
export const NOTE_START = /^(注|说明|备注|填报说明|单位负责人|制表人|财务负责人)/;

/** The unit statement in a corner cell: 单位：万元, 金额单位：元, 单位：千元. */
export const UNIT_CELL = /单位\s*[:：]?\s*(万元|亿元|千元|元)/;

/** A unit statement in brackets after a caption (`金额（单位：万元）`): the caption is the cell's. */
export const BRACKETED_UNIT = /[（(【[]\s*(?:金额)?单位\s*[:：]?\s*(?:万元|亿元|千元|元)\s*[）)】\]]/u;

/**
 * A unit statement that names counts, not money (国有资产占用情况表: 单位：辆、台（套）); not
 * 编制单位：人力资源和社会保障局.
 */
export const COUNT_UNIT_CELL =
  /(?:^|[^制报])单位\s*[:：]\s*(?:辆|台|套|个|人|户|处|件|项|亩|平方米|㎡)(?:$|[、，,;；（(\s/])/;

/** A unit in a header's brackets: 年初预算数（万元）. */
export const HEADER_UNIT = /[（(]\s*(万元|亿元|千元|元)\s*[)）]/;

/**
 * The budget a rate column's caption names (完成年初预算 → 年初, 完成全年预算 / 调整 → 全年, 到位):
 * a caption naming none (执行率) may divide by any budget its table shows.
 */
/** A note's definition of the rate, group 1 what it divides by: `执行率=决算数/调整预算数×100%`, `…除以年初预算数`. */
export const RATE_NOTE = /(?:执行率|完成率)[^/÷]*?(?:\/|÷|除以)([^×*，,。；;）)]+)/u;

export const RATE_BASIS_WORDS: readonly (readonly ['budget' | 'adjustedBudget' | 'received', RegExp])[] = [
  ['budget', /年初/],
  ['adjustedBudget', /调整|全年/],
  ['received', /到位/],
];

/** A note's words that an item went over its budget (`超过年初预算数0.12万元`) … */
export const OVER_BUDGET_WORDS: readonly string[] = ['超过', '超出', '超支', '高于', '多于'];
/** … and that it says why (`主要原因是…`, `因…增加`). */
export const OVER_BUDGET_REASON: readonly string[] = ['原因', '因', '由于', '系'];
