/**
 * Header aliases: the words people put above each column. Lexicon data, one entry per role.
 * Matching is on the header text with spaces, line breaks and bracketed units removed, so
 * `权重\n（分）` matches 权重. Earlier aliases win; exact matches beat prefix matches.
 */

export type IndicatorRole =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'target'
  | 'description'
  | 'rule'
  | 'evidence'
  | 'weight'
  | 'score'
  | 'actual'
  | 'deviationNote'
  | 'remark'
  | 'operator'
  | 'unit'
  | 'indicatorGroup';

export const INDICATOR_HEADERS: Readonly<Record<IndicatorRole, readonly string[]>> = {
  level1: ['一级指标', '一级'],
  level2: ['二级指标', '二级'],
  level3: ['三级指标', '三级', '指标名称', '具体指标', '绩效指标名称', '指标内容', '考核指标名称'],
  target: [
    '标准值',
    '年度指标值',
    '指标值',
    '目标值',
    '年度目标值',
    '预期指标值',
    '全年指标值',
    '计划值',
    '指标目标值',
    '绩效目标值',
    '年度绩效目标值',
    '绩效指标值',
    '年度目标',
    '计划目标',
    '全年目标',
  ],
  description: ['指标说明', '指标解释', '指标内涵', '考核内容', '评价要点', '指标释义'],
  rule: [
    '评分标准',
    '评分规则',
    '计分标准',
    '评分方法',
    '计分方法',
    '评分办法',
    '评价标准',
    '考核标准',
    '评分细则',
    '计分规则',
    '计分办法',
  ],
  evidence: ['评分依据', '佐证材料', '证明材料', '佐证资料', '评价依据', '数据来源', '佐证依据', '佐证'],
  weight: ['权重', '分值', '标准分', '指标分值', '权重分', '满分', '标准分值'],
  score: ['得分', '自评得分', '自评分', '自评分值', '评分', '实际得分', '评价得分', '考核得分', '得分值'],
  actual: [
    '实际完成值',
    '全年实际值',
    '实际值',
    '完成值',
    '实际完成情况',
    '完成情况',
    '实际完成',
    '全年实际完成情况',
    '全年实际完成值',
    '全年完成值',
    '全年完成情况',
    '年度实际完成值',
    '年度完成值',
    '全年实际完成',
    '年度实际完成',
    // hunt113, hunt115: the 实际 column headed by the year alone
    '全年实际',
    '年度实际',
    '实际完成数',
  ],
  deviationNote: [
    '偏差原因分析及改进措施',
    '偏差原因分析',
    '偏差原因',
    '偏差说明',
    '偏差情况说明',
    '未完成原因',
    '未完成原因及改进措施',
    '原因分析及改进措施',
    '偏差原因及改进措施',
    '扣分原因',
    '扣分理由',
    '扣分说明',
  ],
  // many provincial exports head the deviation column plainly 备注: read as one when no column is
  // named for the reason
  remark: ['备注'],
  operator: ['指标性质', '运算符', '比较方式', '指标方向', '符号', '指标符号', '比较符号'],
  unit: ['度量单位', '计量单位', '指标单位', '单位'],
  indicatorGroup: ['绩效指标', '评价指标', '考核指标', '指标体系', '指标类型', '指标类别'],
};

/**
 * Labels inside one prose cell that holds a row's target and its actual, where the 年度指标值 and
 * 实际完成值 columns are merged into one (`年度目标：完成养护1,260公里；实际完成：1,198公里`). Each is
 * followed by a colon in the cell; the longer of two that start alike is tried first.
 */
export const TARGET_PART_LABELS: readonly string[] = [
  '年度绩效目标值',
  '年度指标值',
  '年度目标值',
  '年度目标',
  '预期目标',
  '计划目标',
  '目标值',
  '指标值',
  '标准值',
  '目标',
];
export const ACTUAL_PART_LABELS: readonly string[] = [
  '全年实际完成值',
  '实际完成值',
  '实际完成情况',
  '实际完成',
  '完成情况',
  '实际值',
  '完成值',
  '完成',
];
/**
 * A typed score written in that prose where the 得分 column is merged into it too (`…，自评得3分`,
 * `得9分`): the words before the number, then the word after it.
 */
export const SCORE_PART_LABELS: readonly string[] = [
  '自评得分为',
  '自评得分',
  '自评得',
  '得分为',
  '得分',
  '得',
];
export const SCORE_PART_UNIT = '分';

/** Aliases that match only a whole header, never its start: `单位名称` is a department, not a unit. */
export const WHOLE_HEADER_ALIASES: ReadonlySet<string> = new Set(['单位']);

/** Words that end a group's subtotal row inside an indicator table (skipped, not an indicator). */
export const SUBTOTAL_ROW_WORDS: readonly string[] = ['小计', '分项合计'];

/** Words that end an indicator table: a total row. */
export const TOTAL_ROW_WORDS: readonly string[] = ['合计', '总分', '总计', '综合得分', '合计得分', '总得分'];

/**
 * Words of a title or label above an indicator grid (or of its sheet's name) that say which
 * template it is; the department words are tried first (部门整体支出 is not a project).
 */
export const TEMPLATE_WORDS = {
  department: ['部门整体', '整体支出', '部门绩效自评', '单位整体'],
  // 政策 and 专项资金 self-evaluations use the project template (财预〔2020〕10号 附1)
  project: ['项目支出', '项目绩效', '项目名称', '项目自评', '专项资金', '政策绩效', '专项绩效'],
} as const;

/** A year of this century or the last, written before 年 (2020年, 2020 年度); never a date's 2026-11-29. */
export const YEAR = /((?:19|20)\d\d)\s*年/;
/** The report's own year: 2023年度 (a goal's `2022年完成…` in the block above the grid is not). */
export const REPORT_YEAR = /((?:19|20)\d\d)\s*年度/;

/**
 * A clause of a note under an indicator table giving the rule of a kind of indicator:
 * `3.质量指标：达到年度指标值的得满分；…`, `（二）效益指标：…` — its number, the kind, the rule.
 */
export const NOTE_CLAUSE =
  /^[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）.、．]\s*([^:：，,。；;]{2,12}?)\s*[:：]\s*(.+)$/u;
/**
 * Where a note written on one line starts its next clause (`评分说明：1．数量指标：…；2．质量指标：…`,
 * hunt105): after a colon, a semicolon, a full stop or a space, before a number and a kind.
 */
export const NOTE_CLAUSE_START =
  /(?<=[:：；;。\s])(?=[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）.、．]\s*[^:：，,。；;]{2,12}?\s*[:：])/u;
/**
 * A clause naming its kind without a colon, the rule straight after it (`注：1.时效指标未按期完成的，每逾期
 * 10天扣1分，扣完为止；`; hunt121): the kind in group 1, the rule in group 2.
 */
export const NOTE_CLAUSE_BARE =
  /^(?:注\s*[:：]\s*)?[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）.、．]\s*([^:：，,。；;\d]{2,10}?指标)([^:：].+)$/u;
/** The kind a note's clause names ends so (数量指标, 满意度指标); `1.预算执行率得分=…` names none. */
export const NOTE_KIND_SUFFIX = '指标';
/** A sentence of a note's clause for qualitative indicators only (`定性指标由评价小组…评定`). */
export const QUALITATIVE_LEAD: readonly string[] = ['定性'];
/** … and for quantitative ones only. */
export const QUANTITATIVE_LEAD: readonly string[] = ['定量'];

/**
 * A table's title or sheet name saying it continues the table before it (printed over two pages
 * and kept so in Excel): `…绩效自评表（续表）`, a sheet named `自评表（续）`.
 */
export const CONTINUED_WORDS: readonly string[] = ['续表', '（续）', '(续)', '（续'];

/** A 评分标准 cell that repeats the rule of the row above (`同上`). */
export const SAME_AS_ABOVE: ReadonlySet<string> = new Set([
  '同上',
  '同上栏',
  '同上行',
  '同上条',
  '同上一行',
  '同前',
]);

/** Labels of the project template's funds block and its columns. */
export type FundsRole = 'label' | 'initialBudget' | 'adjustedBudget' | 'final' | 'weight' | 'rate' | 'score';

export const FUNDS_HEADERS: Readonly<Record<FundsRole, readonly string[]>> = {
  label: ['项目资金', '资金情况', '项目资金万元'],
  initialBudget: ['年初预算数', '年初预算'],
  adjustedBudget: ['全年预算数', '调整后预算数', '全年预算'],
  final: ['全年执行数', '执行数', '实际支出'],
  weight: ['分值', '权重'],
  rate: ['执行率', '预算执行率'],
  score: ['得分'],
};

/** First row label of the funds block that carries the 10 points. */
export const FUNDS_TOTAL_WORDS: readonly string[] = ['年度资金总额', '资金总额', '年度资金总量'];
/** An indicator row that scores the execution rate itself (some provinces put it in the grid). */
export const EXECUTION_ROW_WORDS: readonly string[] = [
  '预算执行率',
  '资金执行率',
  '预算资金执行率',
  '项目资金执行率',
];

/** A rule written in another column under its label (`评分标准：全部到位得满分…` in 备注). */
export const LABELLED_RULE = /^\s*(?:评分标准|评分办法|评分规则|计分方法|计分标准)\s*[:：]\s*(.+)$/su;

/**
 * A 备注 beside a blank rule cell that reads as a rule without its label: a condition, then points
 * (`未达目标的，每少200小时扣0.5分`; hunt115). A reason for a shortfall says no points.
 */
export const UNLABELLED_RULE =
  /^\s*((?:每|未达|未完成|达到|完成|低于|高于|超过|少于|不足)[^。；;]{0,30}?(?:扣|得|记|计)(?:\d+(?:\.\d+)?分|满分)[^。]*)$/su;
