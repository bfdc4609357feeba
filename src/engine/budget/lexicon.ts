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
  /** 增减率: this year's change on last year's, typed in per cent. */
  | 'changeRate'
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
  changeRate: ['增减率', '增长率', '比上年增减率', '较上年增减率', '增减幅度', '增减%', '增减百分比'],
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
    '决算数为年初预算数的',
    '决算数为调整预算数的',
    '决算数为全年预算数的',
    '决算数为年初预算的',
    '决算数为调整预算的',
    '决算数为全年预算的',
    '决算数为预算数的',
    // a quotient as its header (hunt98: `决算数/年初预算数（%）` was no rate column, its slip unseen)
    '决算数/年初预算数',
    '决算数/调整预算数',
    '决算数/全年预算数',
    '决算数/预算数',
    '决算/年初预算',
    '决算/预算',
  ],
  sumCol: ['合计', '小计'],
  subtotal: [],
  lineNo: ['行次', '栏次'],
  incomePanel: ['收入'],
  expensePanel: ['支出'],
  foreign: ['分值', '得分', '权重', '三级指标', '指标值', '评分标准'],
};

/** Words one of the "三公" item captions holds: a cheap test before a row is read as their heading. */
export const THREE_PUBLIC_HINT = /出国|公务用车|公务接待/;

/** A caption that names its year: `2023年预算数`, `2022年度决算数`. */
export const YEAR_CAPTION = /^(\d{4})年度?(.+)$/u;
