/**
 * The nine public final-accounts tables (部门决算公开表): their titles, the captions of their
 * amount columns, the row names that carry meaning, and the economic classification codes the
 * cross-table identities use. Lexicon data: one entry per table, role or code.
 */

/** The nine tables, in the order they are published. */
export type PublicTableKey =
  | 'incomeExpenseSummary'
  | 'income'
  | 'expenditure'
  | 'fiscalSummary'
  | 'generalExpenditure'
  | 'generalBasic'
  | 'threePublic'
  | 'govFund'
  | 'stateCapital';

/** Title cores (matched on the title text after `titleKey`, at its end). */
const CORES: Readonly<Record<PublicTableKey, string>> = {
  incomeExpenseSummary: '收入支出决算总表',
  income: '收入决算表',
  expenditure: '支出决算表',
  fiscalSummary: '财政拨款收入支出决算总表',
  generalExpenditure: '一般公共预算(?:财政拨款)?支出决算表',
  generalBasic: '(?:一般公共预算)?(?:财政拨款)?基本支出决算表',
  threePublic: '(?:一般公共预算)?(?:财政拨款)?三公经费(?:支出)?决算表',
  govFund: '政府性基金预算(?:财政拨款)?(?:收入)?支出决算表',
  stateCapital: '国有资本经营预算(?:财政拨款)?(?:收入)?支出决算表',
};

/** The official title of each table, as published (the name in reports). */
export const PUBLIC_TITLES: Readonly<Record<PublicTableKey, string>> = {
  incomeExpenseSummary: '收入支出决算总表',
  income: '收入决算表',
  expenditure: '支出决算表',
  fiscalSummary: '财政拨款收入支出决算总表',
  generalExpenditure: '一般公共预算财政拨款支出决算表',
  generalBasic: '一般公共预算财政拨款基本支出决算表',
  threePublic: '一般公共预算财政拨款“三公”经费支出决算表',
  govFund: '政府性基金预算财政拨款收入支出决算表',
  stateCapital: '国有资本经营预算财政拨款收入支出决算表',
};

export const PUBLIC_KEYS = Object.keys(CORES) as PublicTableKey[];

/** A table's number in words (表一 … 表十二): the tables of a set are numbered so. */
const NUMERAL = '(?:十[一二三四五六七八九]?|[一二三四五六七八九])';
/**
 * A number tag with nothing after it (表一收入支出决算总表, 附表四一般公共预算…, 表52022年度… typed
 * without the space): left to the title's pattern, so that 表十一般公共预算… may read as 表十 +
 * 一般公共预算… and 表52022年度 as 表5 + 2022年度.
 */
const TAG = `(?:附?表(?:${NUMERAL}|\\d{1,2}))?`;

/**
 * What may stand before a title: a year, the department's name (ending in 局/委/中心 …), a number
 * tag after the name (XX局 表四 2022年度…), 部门. Anything else (会议费、培训费支出决算表,
 * 财政拨款收入支出决算总表 read as 收入支出决算总表) is another table.
 */
const YEAR = '(?:\\d{4}年度?|\\d{4})';
const ORG =
  '(?:.{0,30}?(?:局|委员会|委|厅|部门|部|院|办公室|办|会|中心|站|所|处|队|馆|室|团|社|校|司|署|府|单位|本级|汇总))';
const PREFIX = `(?:${YEAR})?${ORG}?${TAG}(?:${YEAR})?(?:部门|单位)?(?:决算)?`;

const TITLE_RES: readonly (readonly [PublicTableKey, RegExp])[] = PUBLIC_KEYS.map((k) => [
  k,
  new RegExp(`^${TAG}${PREFIX}(?:${CORES[k]})(?:续表|续)?$`),
]);

/**
 * A leading number tag followed by a space or a separator (表4 2021年度…, 表四：…, 附表四 …), taken
 * off before spaces are: without them 表4 2021年度 would read as 表42021年度.
 */
const LEADING_TAG = new RegExp(
  `^[\\s\u3000]*(?:附表|附件|表)[\\s\u3000]*(?:\\d{1,2}|${NUMERAL})(?:[\\s\u3000]*[、.．_\\-:：]|[\\s\u3000]+)`,
);

/**
 * A title as compared: no spaces, brackets, quotes or 公开NN表 / 附表N / 表四： tags.
 * @example titleKey('2020年度 收入支出决算总表（公开01表）') === '2020年度收入支出决算总表'
 * @example titleKey('表4 2021年度支出决算表') === '2021年度支出决算表'
 */
export function titleKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(LEADING_TAG, '')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[“”"'‘’「」『』]/g, '')
    .replace(/公开(?:表)?\d+表?|附(?:件|表)\d*/g, '')
    .replace(/^(?:表)?\d{1,2}(?!\d)[、.．_\-:：]?/, '')
    .replace(/^[、.．_\-:：]+|[:：]+$/g, '');
}

/** The public table a title (or sheet name) names, or undefined. */
export function publicTableOfTitle(text: string): PublicTableKey | undefined {
  if (text.length > 80) return undefined;
  const key = titleKey(text);
  if (key.length < 5) return undefined;
  return TITLE_RES.find(([, re]) => re.test(key))?.[0];
}

/** Roles of amount columns, read from the header path (captions top-down, joined by `/`). */
export type PublicColumnRole =
  | 'lineNo'
  | 'change'
  | 'previous'
  | 'opening'
  | 'closing'
  | 'fundGeneral'
  | 'fundGov'
  | 'fundState'
  | 'basic'
  | 'project'
  | 'income'
  | 'incomeTotal'
  | 'expenseTotal'
  | 'total'
  | 'personnel'
  | 'operating'
  | 'amount'
  | 'other';

/** First match wins. */
export const COLUMN_ROLES: readonly (readonly [PublicColumnRole, RegExp])[] = [
  ['lineNo', /(^|\/)(行次|栏次|序号)$/],
  // 本年 less 上年, beside them (`增减额`, `比上年增减`): before 上年, which its caption may hold
  ['change', /(^|\/)(比上年|较上年|与上年相比)?增减(额|数)?$/],
  ['previous', /上年/],
  ['opening', /年初.*(结转|结余)/],
  ['closing', /年末.*(结转|结余)/],
  ['fundGeneral', /一般公共预算/],
  ['fundGov', /政府性基金/],
  ['fundState', /国有资本/],
  // 基本支出 over 小计 | 人员经费 | 公用经费: its 小计 (or 合计) is the 基本支出 column
  ['basic', /(^|\/)基本支出(\/(小计|合计))?$/],
  ['project', /(^|\/)项目支出(\/(小计|合计))?$/],
  ['income', /(^|\/)本年收入$/],
  ['incomeTotal', /本年收入合计|(^|\/)收入合计$/],
  ['expenseTotal', /本年支出合计|(^|\/)支出合计$|本年支出\/(小计|合计)$|(^|\/)本年支出$/],
  ['total', /(^|\/)(合计|小计|总计)$/],
  ['personnel', /(^|\/)(其中[:：]?)?人员经费$/],
  ['operating', /(^|\/)(其中[:：]?)?公用经费$/],
  ['amount', /金额|决算|本年数|执行数|数$/],
  ['other', /./],
];

/**
 * A rate column (完成年初预算(%), 执行率, 决算数占预算数%, 增长率): a percentage, never an amount, so
 * it takes no part in any sum. Matched on the caption path and on the lowest caption as typed
 * (its `(%)` is gone from the path).
 */
export const RATE_COLUMN =
  /完成.{0,6}预算|执行率|完成率|决算数?[占为].{0,6}预算|增减?率|增长率|变动率|百分比|占比|[%％]/;

/** A column of changes (比上年增减, 增减额, 差额): an amount that may be below 0. */
export const CHANGE_COLUMN = /增减|增加|减少|变动|差额|差异/;

/** Captions of the columns that identify lines. */
export const CODE_HEADER =
  /^(功能分类|经济分类|支出经济分类|支出功能分类|收入功能分类)?科目(编码|代码|编号)$|^编码$|^代码$/;
export const NAME_HEADER =
  /^(项目|科目名称|功能分类科目名称|经济分类科目名称|名称|科目|收入项目|支出项目|项目名称)$/;
export const SPLIT_HEADER = /^[类款项]$/;

/** Row names. Matched on the name with spaces and a leading ordinal (一、 / （一）/ 1.) removed. */
export const ROW = {
  total: /^(合计|总计|小计)$/,
  grandTotal: /总计$/,
  incomeTotal: /^本年收入合计$/,
  expenseTotal: /^本年支出合计$/,
  // 上年结转 / 上年结转和结余 is how many 财政拨款总表 head the same line
  opening: /^(?:年初(财政拨款)?结转和?结余|上年结转(和结余)?|上年结余)$/,
  closing: /^年末(财政拨款)?结转和?结余$/,
  general: /^一般公共预算(财政拨款)?(收入)?$/,
  govFund: /^政府性基金预算(财政拨款)?(收入)?$/,
  stateCapital: /^国有资本经营预算(财政拨款)?(收入)?$/,
  personnelTotal: /^人员经费(合计)?$/,
  operatingTotal: /^公用经费(合计)?$/,
  basicTotal: /^(基本支出)?(合计|总计)$|^基本支出$/,
  /** The headings of a 总表 laid out vertically: the 收入 block, then the 支出 block. */
  incomeSection: /^收入$/,
  expenseSection: /^支出$/,
} as const;

/** A 年初 / 年末 结转和结余 line, which the next rows may split by fund. */
export function isCarryOver(key: string): boolean {
  return ROW.opening.test(key) || ROW.closing.test(key);
}

/** The rows that split a carry-over by fund (一般公共预算财政拨款 …): breakdowns, not items. */
export const FUND_SPLIT_ROWS: readonly RegExp[] = [ROW.general, ROW.govFund, ROW.stateCapital];

/** A leading ordinal: 一、 / （一） / 1. / 1、 / 其中：. */
const ORDINAL =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[、.．](?!\d)|其中[:：]?)/;

/** A row name as compared: no spaces, no ordinal, no （类）/（款）. */
export function rowKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(ORDINAL, '')
    .replace(/[（(](类|款|项)[)）]/g, '');
}

/** 人员经费 classes of the economic classification; every other 3xx class in the table is 公用经费. */
export const PERSONNEL_CLASSES: readonly string[] = ['301', '303'];

/** "三公" items and the basic-expenditure line each must cover (三公 covers basic and project). */
export const THREE_PUBLIC_LINES = [
  { role: 'abroad', code: '30212', identity: 'threePublicAbroad', name: /因公出国/ },
  { role: 'reception', code: '30217', identity: 'threePublicReception', name: /公务接待/ },
  { role: 'operation', code: '30231', identity: 'threePublicVehicleOperation', name: /公务用车运行/ },
  { role: 'purchase', code: '31013', identity: 'threePublicVehiclePurchase', name: /公务用车购置/ },
] as const;

/**
 * Functional subjects (功能分类) whose basic spending is one economic item (经济分类) and nothing else:
 * the fiscal table's 基本支出 of the ones (together) and the basic table's amount of the other are the
 * same money.
 */
export const CLASS_PAIRS: readonly {
  readonly functional: readonly string[];
  readonly economic: string;
  /**
   * An economic item booked under these subjects where the functional table lacks its own one
   * (30111 公务员医疗补助缴费 in 2101101 行政单位医疗 without a 2101103 line; hunt108).
   */
  readonly absorbs?: { readonly economic: string; readonly unlessFunctional: string };
}[] = [
  { functional: ['2080505'], economic: '30108' }, // 机关事业单位基本养老保险缴费
  { functional: ['2080506'], economic: '30109' }, // 职业年金缴费
  // 职工基本医疗保险缴费: 行政 + 事业单位医疗
  {
    functional: ['2101101', '2101102'],
    economic: '30110',
    absorbs: { economic: '30111', unlessFunctional: '2101103' },
  },
  { functional: ['2101103'], economic: '30111' }, // 公务员医疗补助
  { functional: ['2210201'], economic: '30113' }, // 住房公积金
];

/** Columns captioned under 其中： (合计 | 其中：XX局机关 | XX中学 …): a breakdown of the 合计 beside them. */
export const BREAKDOWN_PATH = /^其中[:：]?\//;
