/**
 * Budget-table words: header aliases per column role and the row names that carry meaning
 * (totals, the "三公" items, 人员经费 / 公用经费). Lexicon data, one entry per role. Header text is
 * compared after `headerKey` (no spaces, no bracketed unit such as `（万元）` or `(%)`).
 */

export type HeaderRole =
  | 'code'
  | 'class'
  | 'section'
  | 'item'
  | 'name'
  | 'budget'
  | 'adjustedBudget'
  | 'received'
  | 'final'
  | 'basic'
  | 'project'
  | 'previous'
  | 'rate'
  /** A generic 合计 column: 本年支出 unless it sits under a block caption (预算数 / 决算数). */
  | 'sumCol'
  | 'subtotal'
  | 'lineNo'
  | 'incomePanel'
  | 'expensePanel'
  /** Columns of an indicator table or of the project template's funds block: not a budget table. */
  | 'foreign';

export const BUDGET_HEADERS: Readonly<Record<HeaderRole, readonly string[]>> = {
  code: [
    '科目编码',
    '功能分类科目编码',
    '支出功能分类科目编码',
    '收入功能分类科目编码',
    '科目代码',
    '功能科目编码',
    '编码',
    '科目编号',
  ],
  class: ['类'],
  section: ['款'],
  item: ['项'],
  name: [
    '科目名称',
    '项目',
    '项目名称',
    '功能分类科目名称',
    '支出功能分类科目名称',
    '科目',
    '名称',
    '支出项目',
    '收入项目',
  ],
  budget: ['年初预算数', '年初预算', '预算数', '预算', '年初预算金额', '预算金额'],
  adjustedBudget: [
    '调整预算数',
    '全年预算数',
    '调整后预算数',
    '调整预算',
    '全年预算',
    '调整后预算',
    '预算调整数',
    '年度预算数',
  ],
  received: ['实际到位数', '到位数', '资金到位数', '实际到位资金', '到位资金'],
  final: [
    '决算数',
    '支出决算数',
    '执行数',
    '本年支出合计',
    '全年执行数',
    '本年支出',
    '支出决算',
    '本年决算数',
    '决算',
    '本年决算',
    '本年数',
    '实际支出',
    '金额',
    '收入决算数',
    '本年收入',
    '预算执行数',
    '支出数',
    '实际支出数',
    '本年支出数',
    '决算支出数',
    '支出金额',
    '执行金额',
  ],
  basic: ['基本支出'],
  project: ['项目支出'],
  previous: [
    '上年决算数',
    '上年数',
    '上年决算',
    '上年同期数',
    '上年支出',
    '上年金额',
    '上年实际数',
    '上年同期',
  ],
  rate: [
    '完成年初预算',
    '完成年初预算%',
    '完成调整预算',
    '完成全年预算',
    '完成到位资金',
    '执行率',
    '预算执行率',
    '完成预算',
    '完成预算%',
    '完成率',
    '预算完成率',
    '执行率%',
    '决算数占预算数',
    '决算数占年初预算数',
    '决算数占调整预算数',
    '决算数占全年预算数',
    '决算占年初预算',
    '决算占预算',
  ],
  sumCol: ['合计', '小计'],
  subtotal: [],
  lineNo: ['行次', '栏次'],
  incomePanel: ['收入'],
  expensePanel: ['支出'],
  foreign: ['分值', '得分', '权重', '三级指标', '指标值', '评分标准'],
};

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

/** Words one of the "三公" item captions holds: a cheap test before a row is read as their heading. */
export const THREE_PUBLIC_HINT = /出国|公务用车|公务接待/;

/** Captions of the change in budget, beside the adjusted budget itself (全年预算数). */
export const ADJUSTMENT_CAPTIONS: readonly string[] = ['预算调整数', '调整数'];

/** A caption that names its year: `2023年预算数`, `2022年度决算数`. */
export const YEAR_CAPTION = /^(\d{4})年度?(.+)$/u;

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
