/**
 * The Chinese surface of 评分标准 texts, as data. The lexer maps these words to canonical ids; the
 * parser only ever sees the ids. Adding a province's phrasing is one entry here (and a golden file).
 * Words are matched longest first, after normalisation (NFKC, no spaces), so list full forms. Units
 * and numerals are in units.ts; the words of an actual value (达标, 缺3项, 按期) in actualWords.ts;
 * words of time (延迟, 半个月, 20日内) in timeWords.ts.
 */

import { LATE_WORDS } from './timeWords';
import { ORDINAL, RANK_UNITS, RANK_WITHIN } from '../grid/valueLexicon';

export type WordId =
  | 'award' // 记 3 分
  | 'zero' // 不得分
  | 'deduct' // 扣 1 分
  | 'deductShare' // 扣分值的 20%
  | 'capZero' // 扣完为止
  | 'capMax' // 扣满 15 分为止
  | 'capFull' // 满分为止
  | 'floorAt' // 最低得6分
  | 'until' // 为止
  | 'full' // 满分
  | 'half' // 一半分值
  | 'deviation' // 偏差 (from the target)
  | 'growth' // 增长 (a change rate)
  | 'awardShare' // 得分值的 80%
  | 'total' // 总分 3 分
  | 'each' // 每
  | 'item' // 项
  | 'below' // 低于
  | 'above' // 超出
  | 'ge' // 达 / ≥
  | 'gt' // >
  | 'le' // 不超过 / ≤
  | 'lt' // <
  | 'suffixUp' // 以上
  | 'suffixUpIncl' // 及以上
  | 'suffixDown' // 以下
  | 'suffixDownIncl' // 及以下
  | 'incl' // (含)
  | 'excl' // (不含)
  | 'range' // - / 至
  | 'between' // 之间
  | 'else' // 否则
  | 'met' // 达标
  | 'unfinished' // 没完成
  | 'occur' // 发生
  | 'have' // 有
  | 'none' // 无
  | 'by' // 按
  | 'ratio' // 比例
  | 'linear' // 线性
  | 'times' // ×
  | 'weight' // 分值
  | 'score' // 得分 / 计分
  | 'short' // 不足
  | 'noDeduct' // 不扣分
  | 'countAs' // 计
  | 'targetRef' // 目标值
  | 'committee' // 综合评定
  | 'defaultRule'; // 财预〔2020〕10号

/** Units of a time step: `超时1天扣2分`, one of them without 每, is so much per unit late. */
export const TIME_STEP_UNITS: ReadonlySet<string> = new Set(['天', '日', '工作日', '小时', '周', '个月']);

/** Words of a shortfall that, before one counted thing (`少发1人扣1分`), make a step without 每. */
export const ONE_SHORT_WORDS: readonly string[] = ['少', '减少'];

/** Surface words per id. Order inside a list does not matter: the lexer takes the longest match. */
export const WORDS: Readonly<Record<WordId, readonly string[]>> = {
  award: ['记', '得', '计', '给', '赋', '记为', '计为', '给予', '得到'],
  zero: [
    '不得分',
    '不计分',
    '不给分',
    '不记分',
    '得零分',
    '记零分',
    '计零分',
    '零分',
    '该项不得分',
    '扣全部分值',
    '扣除全部分值',
  ],
  deduct: ['扣', '扣除', '扣减', '减', '扣分', '减去'],
  deductShare: [
    '扣分值',
    '扣权重',
    '扣权重分',
    '扣该项分值',
    '扣除分值',
    '扣本项分值',
    '扣减分值',
    '扣除该指标分值',
    '扣减该指标分值',
    '扣该指标分值',
    '扣除该项分值',
    // `每降低1个百分点扣满分的10%` (hunt121: read as pass/fail, 0); not `扣满分` alone, which zeroes
    '扣满分的',
  ],
  capZero: [
    '扣完为止',
    '扣完即止',
    '扣光为止',
    '扣至0分为止',
    '扣至零分为止',
    '扣到0分为止',
    '直至扣完',
    '最低为零分',
    '最低为0分',
    '最低0分',
    '最低零分',
    '最低得0分',
    '最低为零',
    '扣完该项分值为止',
  ],
  capMax: ['扣满', '扣完', '最多扣', '最高扣', '累计扣', '最多扣除', '扣分上限为', '扣分不超过', '最多扣减'],
  capFull: [
    '满分为止',
    '加满为止',
    '得满为止',
    '记满为止',
    '最高不超过满分',
    '满分封顶',
    '以满分封顶',
    '以满分为限',
  ],
  /** `最低得6分`: the score steps stop at (`最低得0分` is capZero). */
  floorAt: [
    '最低得分不低于',
    '最低不低于',
    '最低不少于',
    '最低得分为',
    '得分最低为',
    '最低得',
    '最低为',
    '最少得',
    '保底',
  ],
  until: ['为止', '即止'],
  full: ['满分', '全分', '全部分值'],
  half: [
    '一半分值',
    '一半分',
    '一半',
    '半分',
    '减半计分',
    '减半得分',
    '减半',
    '一半的分值',
    '分值的一半',
    '该项分值的一半',
    '权重的一半',
    '分值的50%',
    '50%的分值',
    // with their 得, which 得分 would otherwise take first
    '得分值的50%',
    '得分值的一半',
  ],
  deviation: ['偏差率', '偏差', '偏离度', '偏离率', '偏离'],
  growth: ['增长率', '增长', '增幅'],
  awardShare: [
    '得该指标分值的',
    '得该项指标分值的',
    '得分值的',
    '记分值的',
    '计分值的',
    '得权重的',
    '得该项分值的',
    '得本项分值的',
    '得满分的',
    '按分值的',
  ],
  total: ['总分', '共', '共计', '合计', '总计', '最高', '最多', '最高得', '最多得', '上限', '最高分', '封顶'],
  each: ['每', '分别'],
  item: ['项', '个要点', '要点', '条', '个方面', '个指标'],
  below: ['低于', '低', '降低', '下降', '降', '减少', '少于', '少', '低于目标', '低于目标值', '相差'],
  above: ['超出', '超过', '超', '超支', '高于', '高出', '多于', '增加', '上升', '超标', ...LATE_WORDS],
  ge: ['达', '达到', '≥', '不低于', '不少于', '至少', '大于等于', '大于或等于', '高于或等于'],
  gt: ['>', '大于'],
  le: [
    '≤',
    '不超过',
    '未超过',
    '未超出',
    '未超',
    '不超',
    '未超标',
    '不超标',
    '没有超过',
    '不高于',
    '不大于',
    '小于等于',
    '小于或等于',
    '控制在',
    '不多于',
  ],
  lt: ['<', '小于'],
  suffixUp: ['以上'],
  suffixUpIncl: ['及以上', '或以上', '(含)以上', '以上(含)', '以上含'],
  suffixDown: ['以下'],
  suffixDownIncl: ['及以下', '或以下', '以内', '之内', '内', '(含)以下', '以下(含)'],
  incl: ['(含)', '含'],
  excl: ['(不含)', '不含'],
  range: ['-', '~', '至', '到'],
  between: ['之间', '区间', '之间的'],
  else: ['否则', '反之', '其他', '其它', '其余', '其他情况', '其余情况'],
  met: ['达标', '达成'],
  unfinished: [
    '没完成',
    '未完成',
    '没有完成',
    '未落实',
    '未达到',
    '未达标',
    '不达标',
    '未按时完成',
    '未整改',
  ],
  occur: ['发生', '出现', '发现', '存在'],
  have: ['有'],
  none: ['无', '没有', '未发生', '未出现', '零'],
  by: ['按', '按照'],
  // 比列: as people mistype it
  ratio: ['比例', '比率', '比列'],
  linear: ['线性', '插值'],
  times: ['×', '*', '乘以'],
  weight: ['分值', '权重', '权重分', '标准分', '该项分值', '本项分值', '满分值'],
  score: ['得分', '计分', '记分', '评分', '打分', '给分', '赋分'],
  short: ['不足', '不满'],
  noDeduct: ['不扣分', '不扣'],
  countAs: ['计算', '算', '折算'],
  targetRef: ['目标值', '标准值', '指标值', '年度指标值', '目标', '计划值', '预期目标', '计划目标'],
  committee: [
    '综合评定',
    '综合评价',
    '评价组',
    '专家组',
    '酌情',
    '评议',
    '由专家',
    '视情况',
    '综合打分',
    '自行确定',
    '专家评分',
    '集体研究',
  ],
  defaultRule: ['财预〔2020〕10号', '财预[2020]10号', '10号文', '默认规则', '默认标准'],
};

/** A rule's bands of the completion rate (actual ÷ target), not of the actual's own percent. */
export const COMPLETION_RATE_WORDS: readonly string[] = ['完成率', '完成比例', '完成比率'];

/**
 * Words of going over that, right after 出现 / 发现 (an `occur` word), name the event counted:
 * `出现超标排放一次扣2分` counts discharges over the limit (hunt95), it compares nothing.
 */
export const EVENT_AFTER_OCCUR: ReadonlySet<string> = new Set(['超标', '超支']);

/**
 * Plain words that hold a lexicon word (计划 holds 计, 预算 holds 算): read as text, unless a longer
 * lexicon word starts there (计划值 is a target reference).
 */
export const PLAIN_WORDS: readonly string[] = [
  '计划',
  '预算',
  '决算',
  '核算',
  '结算',
  '统计',
  '会计',
  '审计',
  '设计',
  '记录',
  '登记',
  '一次性',
  '一次合格',
  '一次通过',
  '按时',
  '按期',
  '缺少',
  // what an indicator counts, not a deduction: 核减资金达到500万元 (audit savings), 减免税费
  '核减',
  '审减',
  '减免',
];

/**
 * 达 / 达到 before the target (达到目标值, 下达到位): the target is met, whichever way it points (the
 * table's operator or the target cell's ≤ says which); before a stated level they mean ≥.
 */
export const REACH_WORDS: readonly string[] = ['达', '达到', '达成'];

/** `每多1件`, `每高1个百分点`: right before the step, an excess over the limit (elsewhere plain words). */
export const MORE_WORDS: readonly string[] = ['多', '高'];

/** `(不含90%)`, `(含90%)`: an inclusion marker repeating its level (read as `(不含)`, `(含)`). */
export const INCLUSION_NOTE = /\((不?含)[^()]*\d[^()]*\)/g;

/** `按完成率计分`: a measure named by its rate. */
export const RATE_SUFFIX = '率';

/** `①…②…③，分别得1分`: so much for each listed item. */
export const RESPECTIVELY = '分别';

/** `轮出、轮入按期完成各得2.5分`: so much for each part the clause lists (parts joined by 、). */
export const EACH_PART = { word: '各', join: '、' } as const;

/**
 * Places in a ranking, where a smaller number is better: a place (`第5名`), the first places
 * (`前3名`, `排名前三`), a span of places (`第4-6名`), the places after one (`第7名以后`). `unit` is the
 * rules' own unit for a place; `marks` end a place (`名` also counts people: `培训120名` is no rank);
 * `verbs` say rank before a place (`位列第5名`); a place joined by `spans` to another is a span.
 * In an actual, a place after last year's words (`（上年第7名）`) is last year's.
 */
export const RANK = {
  unit: '名次',
  /** The grid's own rank words (a table's target `全市前5名` is read there). */
  marks: [...RANK_UNITS],
  verbs: ['排名', '名次', '位列', '位居', '排在', '排位'],
  /** `排名进入前3名`: between a rank verb and 前. */
  enter: ['进入', '位于', '处于'],
  ordinal: ORDINAL,
  within: RANK_WITHIN,
  withinTails: ['以内', '之内', '内'],
  after: ['及以后', '以后', '之后', '及以下', '以下', '以外', '开外', '后'],
  spans: ['-', '至', '~', '到'],
  /** `全市第7/9`: the seventh of nine. */
  outOf: '/',
} as const;

/** `作用明显的`, `80%的分值`: the particle closing a label or joining a share to 分值. */
export const PARTICLE = '的';

/** The planned side of a formula (`目标值/实际值`, `预算数/实际支出数`) and its actual side. */
export const PLANNED_WORDS = /目标|计划|标准|预期|批复|指标值|预算/;
export const ACTUAL_WORD = '实际';

/**
 * Shapes no rule here reads, declined rather than guessed: a tolerance on both sides (`±5%以内`),
 * bonus points (`加减0.5分`, `加分`), a list matched to a list of shares (`分别按…计分`), a floor above
 * zero without a verb (`最低2分`; `最低得2分` is read beside steps), a difference in brackets divided or multiplied (`按（满意度-75%）/10%×10计分`),
 * ranks other than those ranks.ts reads (`每下降1名扣1分`, `排名每上升1位`: what is left of a rank once
 * the places are read as 名次 levels), points per step inside a band (`50%至60%之间每提高1个百分点得0.6分`:
 * read as the band's flat award, 0.6 for 2.4; hunt113).
 */
export const UNREAD_SHAPES =
  /±|加减|(?<!不)加分|分别按|之间每(?:提高|高|增加|上升|增长)|最低(?:[1-9]|0\.\d)|[（(][^（()）]*-[^（()）]*[）)]\s*[/÷×*]|[前第]\s*[\d一二三四五六七八九十]+\s*[名位]|排名|(?<![\d.])名次|位次/;

/** Circled and parenthesised enumerators (①…⑳, ⑴…⒇, ❶…❿, ➀…➓): counted as listed items. */
export const ENUMERATOR_RANGES: readonly (readonly [number, number])[] = [
  [0x2460, 0x2473],
  [0x2474, 0x2487],
  [0x2776, 0x277f],
  [0x2780, 0x2793],
];

/** None of the items done (`均未完成`, `都没有完成`): the words, and those before them saying all. */
export const NONE_DONE = {
  leads: ['均', '都', '全都', '全部'],
  words: ['未完成', '没完成', '没有完成'],
} as const;
