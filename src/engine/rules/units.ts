/**
 * Numbers in a 评分标准 as data: the units after a number (万元, 个百分点, 项, 天), which of them count
 * discrete things, what makes a number a date instead, and the Chinese numerals the lexer reads.
 */

import { PER_PERIOD_LABELS } from '../grid/valueLexicon';

/** Discrete things a number counts (每发生1起, 有1项, 每笔, 每建成1所). */
const COUNTED: readonly string[] = [
  '项',
  '起',
  '次',
  '件',
  '例',
  '个',
  '处',
  '家',
  '户',
  '人',
  '名',
  '份',
  '笔',
  '场',
  '批',
  '所',
  '座',
  '栋',
  '辆',
  '部',
  '期',
  '台',
  '套',
  // kinds (`每编印1种得2分`, `每建立1类得0.5分`): counted as items are
  '种',
  '类',
];

/**
 * Units after a number. `scale` multiplies (万 → 10000), `unit` is what remains; `pp` marks
 * 百分点, `points` marks 分 (the score unit). Longest match wins.
 */
export interface UnitEntry {
  readonly unit: string | null;
  readonly scale: number;
  readonly percent?: boolean;
  readonly pp?: boolean;
  readonly points?: boolean;
}

/** 分, the score unit: points after 得, or a level of a score the indicator measures (`90分及以上`). */
export const SCORE_UNIT = '分';

export const UNITS: Readonly<Record<string, UnitEntry>> = {
  '%': { unit: null, scale: 1, percent: true },
  个百分点: { unit: null, scale: 1, percent: true, pp: true },
  成: { unit: null, scale: 10, percent: true },
  百分点: { unit: null, scale: 1, percent: true, pp: true },
  // as typed: 每低1个点, 百份点
  个点: { unit: null, scale: 1, percent: true, pp: true },
  个百份点: { unit: null, scale: 1, percent: true, pp: true },
  百份点: { unit: null, scale: 1, percent: true, pp: true },
  // per mille: 0.3‰ is 0.03 %, a 千分点 a tenth of a 百分点
  '‰': { unit: null, scale: 0.1, percent: true },
  个千分点: { unit: null, scale: 0.1, percent: true, pp: true },
  千分点: { unit: null, scale: 0.1, percent: true, pp: true },
  [SCORE_UNIT]: { unit: null, scale: 1, points: true },
  万元: { unit: '元', scale: 1e4 },
  亿元: { unit: '元', scale: 1e8 },
  元: { unit: '元', scale: 1 },
  // unit costs: the whole unit, not 元 followed by words
  ...Object.fromEntries(
    ['元/平方米', '元/人', '元/人次', '元/户', '元/亩', '元/吨', '元/公里'].map((u) => [
      u,
      { unit: u, scale: 1 },
    ]),
  ),
  万人次: { unit: '人次', scale: 1e4 },
  万人: { unit: '人', scale: 1e4 },
  万户: { unit: '户', scale: 1e4 },
  万: { unit: null, scale: 1e4 },
  // 千克 and 千瓦时 are units, not 千 × 克 (`每超出5千克标准煤` is 5, not 5000)
  千克: { unit: '千克', scale: 1 },
  千瓦时: { unit: '千瓦时', scale: 1 },
  千: { unit: null, scale: 1e3 },
  百: { unit: null, scale: 1e2 },
  亿: { unit: null, scale: 1e8 },
  人次: { unit: '人次', scale: 1 },
  个工作日: { unit: '工作日', scale: 1 },
  个月: { unit: '个月', scale: 1 },
  个季度: { unit: '个季度', scale: 1 },
  工作日: { unit: '工作日', scale: 1 },
  星级: { unit: '级', scale: 1 },
  ...Object.fromEntries(
    [
      ...COUNTED,
      '级',
      '星',
      '天',
      '篇',
      '份',
      '台',
      '套',
      '亩',
      '周',
      '吨',
      '倍',
      '名',
      '名次',
      '小时',
      '公里',
      '平方米',
      '立方米',
    ].map((u) => [u, { unit: u, scale: 1 }]),
  ),
};

/** Money read in 元 is shown in 万元 from this much on, as tables write it (12万元, not 120000元). */
export const MONEY_DISPLAY = { unit: '元', from: 1e4, scale: 1e4, shown: '万元' } as const;

/**
 * Units of pieces (exhibits, items, sets, machines): a target naming two of them (`≥10件（套）`) counts
 * pieces, in any of these (`机器人展品2台` too).
 */
export const PIECE_UNITS: readonly string[] = ['件', '套', '台', '部', '个'];

/** Units that count discrete events or items (每发生1起 / 有1项): the actual is a count. */
export const COUNT_UNITS: ReadonlySet<string> = new Set([...COUNTED, '人次', '条']);

/**
 * Counts of different things that a table may name alike: person-times are not persons; and
 * working days are not calendar days (52个工作日 is about 73天).
 */
const DISTINCT_COUNTS: readonly (readonly [string, string])[] = [
  ['人', '人次'],
  ['户', '户次'],
  ['人', '户'],
  ['次', '人次'],
  ...['工作日', '个工作日'].flatMap((w) => [['天', w] as const, ['日', w] as const]),
];

/**
 * In a count of training (the row's name, target or actual says 培训), persons trained and
 * person-times trained are one count (`共计425人` against `400人次`), and a batch or a term of
 * training is one time (`培训3批次` against `2次`): the units an actual may count the target's in.
 */
export const TRAINING_COUNTS: {
  readonly words: readonly string[];
  readonly kin: Readonly<Record<string, readonly string[]>>;
} = {
  words: ['培训', '轮训', '参训'],
  kin: { 人次: ['人'], 人: ['人次'], 次: ['批次', '期'] },
};

/** Units of one kind of measure: an amount in one of them is no amount in another kind. */
const MEASURES: readonly (readonly string[])[] = [
  ['元'],
  ['公里', '千米', '米'],
  ['平方米', '亩', '公顷'],
  ['立方米'],
  ['吨', '千克'],
  ['千瓦时'],
  ['倍'],
];

/** The measure a unit belongs to (`元/人` is money), or -1 for a count or an unknown word. */
function measureOf(unit: string): number {
  const head = unit.split('/')[0]!;
  return MEASURES.findIndex((m) => m.includes(head));
}

/**
 * Whether two units count or measure different things (`135人次` against `≥120人`, `52个工作日`
 * against `≤60天`, `1150公里` against `≥1200户`, `1.3倍` against `≥1亿元`).
 */
export function distinctCounts(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (DISTINCT_COUNTS.some(([x, y]) => (a === x && b === y) || (a === y && b === x))) return true;
  const [ma, mb] = [measureOf(a), measureOf(b)];
  // a measure against a known count or span (not words after a number: `3所学校`)
  const known = (u: string, m: number): boolean => m >= 0 || COUNT_UNITS.has(u) || UNITS[u] !== undefined;
  return ma !== mb && (ma >= 0 || mb >= 0) && known(a, ma) && known(b, mb);
}

/** An average over a period (`日均清运≥450吨`): a year's total (`全年清运15.9万吨`) is no such figure. */
const AVERAGE_WORDS: readonly string[] = ['日均', '周均', '月均', '年均', '平均每日', '平均每天', '平均每月'];

/** The target is an average over a period the actual does not state (`日均…` against `全年…`). */
export function averagedApart(targetText: string, actualText: string): boolean {
  const word = AVERAGE_WORDS.find((w) => targetText.includes(w));
  return word !== undefined && !actualText.includes(word);
}

const PER_PERIOD_WORDS = Object.keys(PER_PERIOD_LABELS);

/**
 * A count per period inside a longer target (`城区主次干道每周巡查不少于2次`, read as 2次): an actual that
 * states no rate per period (`全年巡查108次`) counts something else, a year's visits. A bare `每周2次`
 * is read as 次/周 already (perPeriod).
 */
export function periodApart(
  target: { readonly unit: string | null; readonly text: string },
  actualText: string,
): boolean {
  if (target.unit === null || !COUNT_UNITS.has(target.unit)) return false;
  if (!PER_PERIOD_WORDS.some((w) => target.text.includes(w))) return false;
  return ![...PER_PERIOD_WORDS, ...AVERAGE_WORDS].some((w) => actualText.includes(w));
}

/** `每季度1次/站`, `每站每周≥1次`: a target per period or per place. */
const PER_WORD = '每';

/**
 * Whether an actual in `actualUnit` cannot be set against a number target: different things
 * counted (`135人次` against `≥120人`), or a target per period or per place (`每季度1次/站`,
 * `每站每周≥1次`) against a figure counting something else (`全年完成48站次`, a year's total of all
 * sites). A cost per head (`≤1.8万元/人`) against `人均救助1.62万元` counts the same 元.
 */
export function incomparableUnits(
  actualUnit: string | null,
  target: { readonly unit: string | null; readonly text: string },
): boolean {
  if (distinctCounts(actualUnit, target.unit)) return true;
  // 全年督导3次 against 每季度不少于1次: a count and a count per period do not compare
  if (perPeriod(target.unit) && actualUnit !== target.unit) return true;
  const perRate = (target.unit?.includes('/') ?? false) || target.text.trim().startsWith(PER_WORD);
  const counted = target.unit?.split('/')[0] ?? '';
  return perRate && actualUnit !== null && counted !== '' && !actualUnit.startsWith(counted);
}

const PERIODS = new Set(Object.values(PER_PERIOD_LABELS));
/** `次/月`: a count per period (`每月2次`), not a unit cost (`元/人`). */
export function perPeriod(unit: string | null): boolean {
  const slash = unit?.lastIndexOf('/') ?? -1;
  return slash > 0 && PERIODS.has(unit!.slice(slash + 1));
}

/** Units of a span of time, money or size: a number in them (`60日内`, `42天`) counts no occurrences. */
export const MEASURE_UNITS: readonly string[] = [
  '日',
  '天',
  '工作日',
  '个工作日',
  '个月',
  '月',
  '年',
  '周',
  '小时',
  '元',
  '万元',
  '亿元',
  '公里',
  '千米',
  '米',
  '公顷',
  '亩',
  '平方米',
  '吨',
];

/** A figure in one of MEASURE_UNITS (`全年12个月`, `平均18小时`, `52.6万元`): no count of occurrences. */
export const MEASURE_FIGURE = new RegExp(
  `\\d[\\d,]*(?:\\.\\d+)?\\s*(?:${[...MEASURE_UNITS].sort((a, b) => b.length - a.length).join('|')})`,
  'gu',
);

/** After a number these make it a date or a document number, not a quantity: 2021年, 10号. */
export const NOT_QUANTITY_SUFFIXES: readonly string[] = ['年', '月', '日', '号', '季度'];

/**
 * `逾期15日内`, `≤15日`, `每超过1日`, `15日内`: 日 right after a word of lateness or a limit, or before
 * 内, is a span of days (天), not a date's day (`12月15日前` has its month before it).
 */
export const LATE_DAY = {
  text: '日',
  unit: '天',
  after: ['≤', '<', '不超过', '超过', '超出', '多于', '不多于'],
  before: ['内', '以内', '之内'],
  /** …unless a month stands before the number: 12月15日内 is a date. */
  notAfter: '月',
} as const;

/** Chinese numerals the lexer reads when a unit follows (每低一个百分点, 达三级, 记两分). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
export const CHINESE_MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100 };
/** `百分之九十` → 90%. */
export const PERCENT_PREFIX = '百分之';
