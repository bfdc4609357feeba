/**
 * Surface words the value normaliser recognises. Chinese lives here as data; normalize.ts, dates.ts
 * and numberText.ts hold only logic. Add a word by adding it to a list, plus a row in
 * normalize.test.ts. Lists are space-separated strings so Prettier keeps them compact.
 */
import type { Achievement, Comparator } from './value';

/** Splits a space-separated word list. */
export function wordList(words: string): readonly string[] {
  return words.split(/\s+/).filter((w) => w !== '');
}

/** Sorts longest first, so that a longer phrase always wins over its own tail or head. */
export function longestFirst<T extends readonly [string, ...unknown[]]>(entries: readonly T[]): readonly T[] {
  return [...entries].sort((a, b) => b[0].length - a[0].length);
}

/** Cell text that means "nothing here". `0` is deliberately absent: it is the number 0. */
export const EMPTY_MARKERS: ReadonlySet<string> = new Set(
  wordList('— —— – ― - -- / // \\ 无 暂无 空 … …… N/A NA'),
);

/** Excel error literals, upper case (full-width input is folded first). Hosts use this list too. */
export const ERROR_LITERALS: ReadonlySet<string> = new Set(
  wordList(
    '#DIV/0! #N/A #VALUE! #REF! #NAME? #NUM! #NULL! #SPILL! #CALC! #GETTING_DATA #FIELD! #BLOCKED! #CONNECT! #BUSY! #UNKNOWN!',
  ),
);

/**
 * Qualitative verdicts. Matching is on the whole cell (or on a leading phrase followed by
 * punctuation), longest phrase first, so 不合格 never reads as 合格 and 基本完成 never as 完成.
 */
const ACHIEVEMENT_LISTS: Readonly<Record<Achievement, string>> = {
  met: `达标 已达标 全部达标 均达标 合格 全部合格 完成 已完成 全部完成 均已完成 按时完成 达成 已达成
    按期完成 已按期完成 已按时完成 如期完成 提前完成 按时 按期 相符 账实相符 一致 账实一致 有效 明确
    全部达成 有 健全 已健全 规范 是 满意 非常满意 十分满意 安全稳定 工作目标实现 目标实现 实现 已实现
    符合 符合要求 优秀 优 良好 良 通过 已通过 合规 到位 已到位 达到 已达到 及时 准确`,
  partial: `基本达标 基本完成 部分完成 大部分完成 基本规范 基本健全 基本达成 部分达成 基本满意 较好
    基本合格 基本符合 部分达标 基本实现 部分实现 基本到位 一般 中 比较满意 较满意`,
  notMet: `未达标 不达标 不合格 未完成 没完成 没有完成 不规范 不健全 未达成 否 不满意 非常不满意 没有
    未按期完成 未按时完成 未如期完成
    未通过 不符合 不合规 未实现 未到位 不到位 差 较差 不及时`,
};

export const ACHIEVEMENT_WORDS: readonly (readonly [string, Achievement])[] = longestFirst(
  (Object.keys(ACHIEVEMENT_LISTS) as Achievement[]).flatMap((a) =>
    wordList(ACHIEVEMENT_LISTS[a]).map((w) => [w, a] as const),
  ),
);

/** Comparison words written before a number, by comparator. */
const PREFIX_OP_LISTS: Readonly<Record<Comparator, string>> = {
  '>=': '>= ≥ ≧ => 不低于 不少于 不小于 大于等于 大于或等于 至少 达到 达',
  '<=': '<= ≤ ≦ =< 不超过 不高于 不大于 不多于 小于等于 小于或等于 控制在 至多 最多',
  '>': '> 高于 大于 超过 多于',
  '<': '< 低于 小于 少于',
  '=': '= 等于',
  '±': '± +/- +-',
};

/**
 * Comparison words written after a number. In official usage 以上/以下/以内 include the number
 * itself, hence `>=`/`<=`; 左右 (about) keeps the number and sets no comparator.
 */
const SUFFIX_OP_LISTS: Readonly<Record<'>=' | '<=' | 'none', string>> = {
  '>=': '及以上 以上 或以上 之上',
  '<=': '及以下 以下 或以下 以内 之内',
  none: '左右',
};

function opTable<K extends string>(lists: Readonly<Record<K, string>>): readonly (readonly [string, K])[] {
  return longestFirst(
    (Object.keys(lists) as K[]).flatMap((k) => wordList(lists[k]).map((w) => [w, k] as const)),
  );
}

export const PREFIX_OPS = opTable(PREFIX_OP_LISTS);
export const SUFFIX_OPS = opTable(SUFFIX_OP_LISTS);

/** A time unit closed by 内 (`20日内`, `15个工作日内`): the span is a limit. */
export const WITHIN_TIME = /^(日|天|小时|个?工作日|个月|周)内(\D*)$/;

/** Scale words after an Arabic number: `21.5万元` is 215000 元. */
export const SCALE_WORDS: readonly (readonly [string, number])[] = longestFirst([
  ['万亿', 1e12],
  ['千万', 1e7],
  ['百万', 1e6],
  ['亿', 1e8],
  ['万', 1e4],
  ['千', 1e3],
]);

/** Units that begin with a scale character but are units in their own right (千米 is not 千 × 米). */
export const SCALE_LOOKALIKE_UNITS = wordList('千米 千克 千瓦时 千瓦 千伏 千帕 千卡 百分点 百分比');

/** `百分之九十` is 90 %; `‰` is a tenth of a percent. */
export const PERCENT_PREFIX = '百分之';
export const PERCENT_SIGN = '%';
export const PER_MILLE_SIGN = '‰';
/** `九成` is 90 %: a tenth, after a Chinese numeral. */
export const TENTH_SIGN = '成';

/**
 * `满意度61.2%`, `问卷调查满意度为91.2%`, `审计发现问题3处`: a label, an optional linking word, then
 * the one quantity the cell states. A label with a word of comparison or negation (`未达到90%`,
 * `低于80%`) is not read this way: its number is not the value.
 */
export const LABEL_LINKS = wordList('为 达到 达 是 约 共 计 合计');
export const LABEL_NEGATIONS = wordList('未 不 没 无 否 低 高 超 少 多 差 欠 缺 近');
/** Words of a rise that hold a negation's character (`提高0.3个百分点` is a rise of 0.3, not 高于). */
export const LABEL_RISES = wordList('提高 增高 升高');
/** A rank: `全省前5名`, `排名前10位` is at most that place (lower is better); `第3名` is a place. */
export const RANK_UNITS: ReadonlySet<string> = new Set(['名', '位']);
export const RANK_WITHIN = '前';
/** Before a number, a place in an order (`第7位`), not a count. */
export const ORDINAL = '第';
/** `进入全市前10`: words that make a bare number after 前 a place (counted in the first rank unit). */
export const RANK_ENTRY_WORDS: readonly string[] = ['进入', '排名', '位列', '位居', '名次'];
/** A label that makes the count after it a rate per period: `每月2次` is 2 次/月. */
export const PER_PERIOD_LABELS: Readonly<Record<string, string>> = {
  每月: '月',
  每个月: '月',
  每季度: '季度',
  每季: '季度',
  每周: '周',
  每天: '天',
  每日: '日',
  每半年: '半年',
};

/**
 * Measure words allowed after a Chinese numeral. Without this list `一般` would read as 1 × 般 and
 * `十分满意` as 10 分; with it only real quantities (`四星级`, `三分`, `三级`) become numbers.
 */
export const CHINESE_NUMERAL_UNITS: ReadonlySet<string> = new Set(
  wordList(`分 级 星级 星 档 个 项 次 人 人次 名 位 家 户 件 起 条 座 所 台 套 批 类 篇 期 场 处 份 本
    场次 批次 户次 班次 课时 学时 部 辆 栋 例 笔 宗 艘 间 张 册 幅 车次 架次 趟 趟次 轮 轮次 节 门 村 头 只 株 棵 口
    年 个月 月 天 日 周 小时 元 万元 亿元 吨 公里 千米 米 公顷 亩 个百分点 百分点 倍`),
);

/** Separators in a list of levels such as `3/4/5级`: the lowest listed level is the bar. */
export const LEVEL_LIST_SEPARATOR = /[/、,]/;

/** Words after a date that make it a deadline (`…底前`) or a start (`…起`). */
export const DATE_DEADLINE_WORDS = wordList('之前 以前 前');
export const DATE_START_WORDS = wordList('之后 以后 后 起');
/** `底`/`末` mark the end of a month or year (`12月底`, `年末`). */
export const DATE_END_WORDS = wordList('底 末');
/**
 * A remark after the value, without a number of its own: in brackets (`100%（全部完成）`) or after a
 * comma (`发生2起，已整改`). Group 1 is the value.
 */
export const REMARK_AFTER = [
  /^(.+?)[（(][^（()）\d]+[）)]$/u,
  /^([^，,；;]+)[，,；;][^\d]+$/u,
  // `98%（截至12月31日）`: a date in the remark says when, not how much
  /^(.+?)[（(](?:截至|截止|统计至)[^（()）]*[）)]$/u,
  // `11次（12月因寒潮暂停）`: a remark whose only figures name months or days says when, not how much
  /^(.+?)[（(](?:[^（()）\d]|\d+[月日])+[）)]$/u,
  // `7个（另有2个因用地指标未开工）`: a remark about others, not the count itself
  /^(.+?)[（(](?:另有|其中|另|含|包括)[^（()）]*[）)]$/u,
  // `问卷200份，满意率96%`, `发放300份，回收286份，满意率93.4%`: the survey's size, then its rate
  /^(?:问卷|样本|调查|发放|回收|有效问卷)[^，,；;]*(?:[，,；;](?:发放|回收|有效|样本|问卷)[^，,；;%％]*)*[，,；;]([^，,；;]+[%％])$/u,
  // `87%（有效问卷420份）`: a rate and the survey it comes from
  /^(.+?[%％])[（(][^（()）]*(?:问卷|样本|调查|受访|抽样)[^（()）]*[）)]$/u,
] as const;

/** Verbs that may trail a time target (`2021年12月底前完成`) and add nothing to the date. */
export const DATE_TRAILING_VERBS = wordList(`完成 完工 建成 到位 实施 办结 发放 拨付 兑付 验收 通过验收 通过
  上线 投入使用 投用 交付 开工 竣工 印发 出台 报送 提交 公开 挂牌 开通 结项 结题 发布 出具 上报 下达 结束
  召开 举办 开展 启用 备案 到库 入库 到货 开班 启动 投产 开放 开业 移交 签订`);
/** Words before such a verb (`2025年9月全部建成`, `…前已完成`): still what was done, no amount. */
export const DATE_VERB_PREFIXES = wordList('全部 均已 均 已 全面 顺利 正式');

/** Words before a date that only say when (`已于2025年12月20日完成`, `于6月底前`): read past. */
export const DATE_LEADS = wordList('已于 已在 均于 于');

/** Characters that may follow a leading verdict (`达标，优良率 81%`) or close a cell (`已完成。`). */
export const VERDICT_SEPARATOR = /^[，,。.；;：:（(、\s!！]/;

/** `90%(含)以上`: an inclusive mark that adds nothing once 以上 is read as `>=`. */
export const INCLUSIVE_MARKS = wordList('(含) (含本数)');

/** Number formats whose sections contain these characters show a date serial (`yyyy"年"m"月"d"日"`). */
export const DATE_FORMAT_MARKERS = /[yd年月日]/i;

/** The characters that close the parts of a written date: 2021年6月30日 (or 30号). */
export const DATE_YEAR_MARK = '年';
export const DATE_MONTH_MARK = '月';
export const DATE_DAY_MARKS = '日号';
/**
 * A third of a month (`12月中旬`): its first and last day (下旬: to the month's end). A reviewer takes
 * 中旬 as the 11th to the 20th.
 */
export const DATE_TEN_DAYS: Readonly<Record<string, readonly [number, number | null]>> = {
  上旬: [1, 10],
  中旬: [11, 20],
  下旬: [21, null],
};
/** A half of the year after its year mark (`2023年上半年`, `年中`), by the month it ends. */
export const DATE_HALVES: Readonly<Record<string, number>> = { 上半年: 6, 下半年: 12, 年中: 6 };
/** The year's end after its year mark (`2023年年底`), as `2023年底` is. */
export const DATE_YEAR_END_WORDS = wordList('年底 年末');
/** `次年4月底前`: a date in the year after the one it is read in (the report's). */
export const DATE_NEXT_YEAR_WORDS = wordList('次年 翌年 下一年 下年 来年');
/** `9月16日-22日`, `9月16日至22日`: a span of days between two dates. */
export const DATE_RANGE_MARKS = wordList('- — – ~ ～ 至 到');
/** A time of day after a date (`9月18日10时`, `10:00`): the day is what counts. */
export const DATE_CLOCK = /^\d{1,2}(?:[:：]\d{2}|[时点](?:\d{1,2}分|半)?)(?:许|左右)?/u;
/** Words that make a date an approximate day, not a deadline (`4月23日前后`). */
export const DATE_AROUND_WORDS = wordList('前后 左右');
/** `9月18日按时试鸣`: done on that date as planned; whatever follows without a number is what was done. */
export const DATE_ON_TIME_WORDS = wordList('按时 准时 如期 按期');
/** A quarter of the year (`第三季度`, `三季度`): its last day, as a month without a day is. */
export const DATE_QUARTER = { ordinal: ORDINAL, mark: '季度' } as const;

/**
 * Units of one kind and their size in the kind's base unit: an actual in 米 against a target in
 * 公里 (4300米 against 4.5公里) is converted before it is compared.
 */
/** Unit symbols as typed (`24,350㎡`, `32μg/m³`), in the words the units are read by. */
export const UNIT_SYMBOLS: readonly (readonly [string, string])[] = [
  ['㎡', '平方米'],
  ['m²', '平方米'],
  ['㎥', '立方米'],
  ['m³', '立方米'],
  ['㎞', '公里'],
  ['km', '公里'],
  ['KM', '公里'],
  ['㎏', '千克'],
  ['μg', '微克'],
  ['µg', '微克'],
];
/** Whether a text may hold one of UNIT_SYMBOLS (a quick test before replacing). */
export const UNIT_SYMBOL_CHARS = /[㎡㎥㎞㎏²³μµ]|km/iu;

export const UNIT_KINDS: readonly Readonly<Record<string, number>>[] = [
  { 米: 1, 公里: 1000, 千米: 1000, 厘米: 0.01 },
  { 平方米: 1, 平方公里: 1e6, 平方千米: 1e6, 公顷: 1e4, 亩: 1e4 / 15 },
  { 克: 1, 千克: 1000, 公斤: 1000, 斤: 500, 吨: 1e6 },
  // spans of time (not 分, which is points, nor 工作日)
  { 秒: 1, 分钟: 60, 小时: 3600, 天: 86400 },
];

/**
 * `控制在批复概算（2,000万元）内`: a limit named in words, its amount in brackets. The words that open
 * such a limit, and those that may close it after the bracket.
 */
export const BRACKETED_LIMIT = {
  leads: ['控制在', '不超过', '不超出', '不高于'],
  closes: ['以内', '内', '之内'],
} as const;

/**
 * `全覆盖（246个行政村）`, `行政村全覆盖（246个）`: all of a count, the count in brackets. The words saying
 * all is covered, and those before them that hedge it (`基本全覆盖` is not all 246).
 */
export const BRACKETED_WHOLE = {
  words: wordList('全覆盖 全部覆盖 全面覆盖'),
  hedges: wordList('基本 部分 大部 大部分'),
} as const;

/**
 * A period a figure is stated at, leading the cell (`6月底前≥50%`, `6月底支付进度41.2%`, `截至年底完成95%`):
 * the figure is the value. Month ends, year ends, halves and quarters; a full date is a deadline.
 */
export const PERIOD_LEAD =
  /^(?:截至|截止|到)?(?:(?:1[0-2]|[1-9])月(?:底|末)|年底|年末|上半年|前三季度|[一二三四]季度末)(?:前|止|时)?[，,：:]?/u;
