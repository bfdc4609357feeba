/**
 * How an actual value written in words reads, as data: verdicts (达标, 基本完成, 未完成), none and
 * presence (无, 未发生, 有), faults and gaps (缺3项, 迟报3天, 少2个乡镇), on time (按期, 未超期), and
 * decreases (下降7%). The rule text's own words are in lexicon.ts.
 */

/** Reading an actual written as words, when the value normaliser gave no achievement. */
export const VERDICT_PARTIAL_PREFIXES: readonly string[] = ['基本', '部分', '大部分', '较为', '较', '比较'];

/** Nouns that begin with a partial prefix (`基本生活标准…`): no verdict. */
export const VERDICT_PARTIAL_NOUNS: readonly string[] = [
  '基本生活',
  '基本医疗',
  '基本医保',
  '基本公共',
  '基本养老',
  '基本农田',
  '基本建设',
  '基本情况',
  '基本药物',
  '基本信息',
  '基本工资',
  '基本支出',
  '基本口粮',
  '基本服务',
];

/** `一般`: partly met where it is the whole verdict (`一般`, `一般，…`); `一般登记` is ordinary registration. */
export const VERDICT_PARTIAL_WORDS: readonly string[] = ['一般'];

/** `较上年减少3.5%`: a comparison with another period, not the 较 of a grade (较好). */
export const COMPARED_WITH_PREFIXES: readonly string[] = [
  '较上年',
  '较去年',
  '较上一年',
  '较同期',
  '较上年同期',
];

/**
 * A change on last year (`较上年下降8.3%`, `比上年减少12万元`, `与上年持平`) and a target set against
 * last year (`≤上年`, `不超过上年水平`, `较上年减少`): read as a change against no change.
 */
export const LAST_YEAR = {
  against: ['同比', '较', '比', '与'],
  /** An against-word that names the period itself. */
  againstLastYear: ['同比'],
  periods: ['上年同期', '上年度', '上一年度', '上一年', '上年', '去年同期', '去年', '同期'],
  down: ['下降', '减少', '降低', '压减', '节约', '缩短', '压缩'],
  up: ['增长', '增加', '上升', '提高'],
  /** `由上年346处减至312处`: the way in one character, before 至. */
  shortWays: ['减', '增', '降', '升'],
  flat: ['持平'],
  /** `较上年只减不增`: down or flat, a target of at most last year. */
  notUp: ['只减不增', '不增长', '不增加', '零增长'],
  /** `由上年的8.6%下降至7.9%`: from last year's figure to this year's. */
  from: ['由', '从'],
  to: ['至', '到'],
  /** How a change worked out from two figures is written, to be read as a stated one. */
  written: { against: '较上年', flat: '与上年持平', points: '个百分点' },
  /** After a year's digits: `2023年`, `2023年度`. */
  yearSuffixes: ['年度', '年'],
  /** `降低约8%`: about so much. */
  about: ['约', '大约'],
  /** Target words before the period, with the comparator they make. */
  targetOps: [
    ['不超过', '<='],
    ['不超', '<='],
    ['不高于', '<='],
    ['≤', '<='],
    ['<=', '<='],
    ['低于', '<'],
    ['少于', '<'],
    ['<', '<'],
    ['不低于', '>='],
    ['不少于', '>='],
    ['≥', '>='],
    ['>=', '>='],
    ['高于', '>'],
    ['>', '>'],
  ],
  /** Words after the period in a target: `不超过上年水平`. */
  targetTails: ['水平', '数', '标准', '规模'],
} as const;

export const VERDICT_NOT_PREFIXES: readonly string[] = ['未', '不', '没', '没有', '否', '无'];

/** A limit kept, written as an excess denied (`未超预算`, `没有超支`): the negation is the verdict's. */
export const WITHIN_LIMIT_PREFIXES: readonly string[] = ['未超', '没有超', '没超', '不超', '无超支'];

/** `全部公开`, `均已按期拨付`: everything done, which on a rate is 100 %. */
export const ALL_DONE_PREFIXES: readonly string[] = ['已全部', '全部', '全都', '均已', '均'];
/** Of those, the ones that may follow what they are said of (`区县配套资金已全部落实到位`). */
export const ALL_DONE_AFTER_SUBJECT: readonly string[] = ['已全部', '均已'];
/** Words between 全部 and the target's own words: `全部在60日内办结`. */
export const ALL_DONE_FILLERS: readonly string[] = ['在'];
/** A remark that says how many there were in all: `全部审核，共87件`. */
export const TOTAL_PREFIXES: readonly string[] = ['共', '合计', '累计', '总计'];
/** Where a remark after the actual begins: `全部在60日内办结，平均办结时长42日`. */
export const REMARK_SEPARATOR = /[，,；;]/u;

/**
 * `已开通“档案查询”微信小程序…` against `开通`: an actual opening with one of `prefixes` and the target's
 * own words says it is done, unless any of `doubts` stands in the text after them.
 */
export const DONE_OPENING = {
  prefixes: ['已经', '均已', '已'],
  doubts: ['未', '不', '没', '尚', '但', '仍', '待'],
} as const;

/**
 * A target asking for rules to be set up (`建立`, `建立健全`), met by a document issued for them
 * (`已出台《…长效管理办法》`, `已制定《…》并印发执行`): the verbs that issue one, before its 《.
 */
export const INSTITUTED = {
  targets: ['建立', '建立健全', '健全', '制定', '出台', '建立完善', '健全完善'],
  verbs: ['制定', '出台', '印发', '建立', '修订', '制定印发', '修订完善'],
  document: '《',
} as const;

/** Work still going on (hunt115: `已上线，部分模块仍在调试` is no 稳定运行): part of it is not done. */
const STILL_GOING: readonly string[] = [
  '仍在调试',
  '正在调试',
  '尚在调试',
  '仍在施工',
  '尚在施工',
  '仍在建设',
  '尚在建设',
];

/**
 * Words of a later clause saying part of the work is not done (`已建立县乡两级路长制，村级路长未全覆盖`):
 * beside a met opening, against a rule with a partial tier (部分建立), that tier.
 */
export const SHORTFALL_CLAUSE_WORDS: readonly string[] = [
  '未全覆盖',
  '未全部',
  '未完全',
  '尚未',
  '未完成',
  '未建立',
  '未建成',
  '未到位',
  '未落实',
  ...STILL_GOING,
];

export const VERDICT_MET_WORDS: readonly string[] = [
  '达标',
  '达到',
  '合格',
  '完成',
  '全部完成',
  '已完成',
  '达成',
  '是',
  '有',
  '健全',
  '规范',
  '符合',
  '满足',
  '实现',
  '通过',
  '已通过',
  '已验收',
  '已建成',
  '已上线',
  '已印发',
  '按时',
  '及时',
  '良好',
  '优秀',
  '安全稳定',
  '合规',
  '已建立',
  '已公开',
  '相符',
  '超额完成',
  '齐全',
  '到位',
  '完整',
  '准确',
  '开展',
  '已开展',
  '已报送',
  '已落实',
  '落实',
  '满意',
];

/**
 * An actual that states a fault and its count (`缺3项`, `不规范6处`, `通报批评1次`): these words say the
 * number counts faults, not things done.
 */
export const FAULT_WORDS: readonly string[] = ['缺', '未', '不', '差错', '错', '问题', '违规', '通报', '扣'];

/** Misuse of funds, as a rule forbids it and an actual tells it (`超范围列支`, `套取救助资金`). */
export const MISUSE_WORDS: readonly string[] = [
  '违规',
  '违纪',
  '违法',
  '超范围',
  '套取',
  '挪用',
  '截留',
  '虚报',
  '冒领',
  '骗取',
];

/** Words that may stand before a count leading its clause (`全年1起`, `共2件`). */
export const COUNT_LEADS: readonly string[] = ['', '全年', '年内', '本年', '共', '共计', '累计', '合计'];

/** The period a clause of none may start with (`全年无安全责任事故`). */
export const PERIOD_LEADS: readonly string[] = ['全年度', '全年', '年内', '本年度', '本年', '年度内'];
/** A year leading a sentence as its period (`2023年未发现问题`, `2023年度全年…`). */
export const YEAR_LEAD = /^\d{4}年度?/u;

/** In a list of counts, an item of something done (`发现问题3个、整改2个`): no fault to add up. */
export const DONE_IN_LIST: readonly string[] = ['已', '整改', '完成', '办结', '化解', '到位', '销号'];

/** A clause naming the exceptions within a whole (`全部审核，其中2件未审核`). */
export const SUBSET_PREFIXES: readonly string[] = ['其中'];

/**
 * Words that tie a count in an actual's clause to an incident (`发生事故1起`, `漏管2人`, `败诉1件`): a
 * count in a clause without any (`在册326人`, `被申请复议1件`) counts something else. Verbs, not
 * nouns: `排查重大事故隐患14项` names 事故 and counts checks.
 */
export const INCIDENT_WORDS: readonly string[] = [
  ...FAULT_WORDS,
  '发生',
  '出现',
  '发现',
  '败诉',
  '漏',
  '超时',
  '超期',
  '逾期',
  '延迟',
  '迟',
];

/** A count past a limit (`有3笔超过15个工作日`): what a rule of lateness counts, in its unit. */
export const PAST_LIMIT: readonly string[] = ['超过', '超出', '晚于', '滞后'];

/** Words saying part of the work is not done (`…，异质备份尚未实施`): a text with them is not met. */
export const UNDONE_WORDS: readonly string[] = [
  '尚未',
  '未完成',
  '未实施',
  '未开展',
  '未建成',
  '未到位',
  '未落实',
  ...STILL_GOING,
];

/** An actual saying that something happened, without a count (`有`): not 0 occurrences. */
export const PRESENCE_WORDS: readonly string[] = ['有', '是', '存在', '发生', '有发生'];

/** A change written as a decrease (`下降7%`): in a growth rule, a negative change. */
export const NEGATIVE_GROWTH = '负增长';
export const DECREASE_WORDS: readonly string[] = ['下降', '减少', '降低', NEGATIVE_GROWTH];

/** A shortfall written in words (`少2个乡镇`, `缺1项`). */
export const SHORT_WORDS: readonly string[] = ['少', '缺'];

/** On time, written in words: no delay at all. */
export const ON_TIME_WORDS: readonly string[] = [
  '未超期',
  '未延期',
  '未逾期',
  '未延迟',
  '按期',
  '按时',
  '如期',
  '提前',
  '不晚于',
  '未晚于',
];

/** `晚了一个月`, `比规定时限晚10天`: late, unless denied (`不晚于`, `未晚于`, `没有晚`). */
export const LATE_MARK = /(?<![不未没有])晚/u;

/** How an actual may write the step's unit of time (`迟报3天`, `延迟2个月`). */
export const TIME_UNIT_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  天: ['天', '日', '个工作日', '工作日'],
  周: ['周', '星期'],
  个月: ['个月', '月'],
  个季度: ['个季度', '季度'],
};

/** After a verdict word these make a noun, not a verdict: 满意度, 完成率, 规范性 say nothing. */
export const VERDICT_NOUN_SUFFIXES: readonly string[] = ['度', '率', '性', '情况'];

/** Words that mean "none happened" for a count: 无 / 未发生 / 零. */
export const NONE_WORDS: readonly string[] = [
  '无',
  '没有',
  '未发生',
  '零',
  '未出现',
  '未发现',
  '无违纪',
  '否',
];

/** A target asking that something not happen at all (`不发生`, `杜绝`), besides the none words. */
export const ASKS_NONE_WORDS: readonly string[] = ['不发生', '不出现', '零发生', '杜绝'];

/**
 * A figure in a sentence that is not the one reported (`其中…0.5万亩`, `较上年增加1,200户`, `日均4.8万吨`,
 * `最长36小时`): the words before it in its clause. An average is not a per-case figure either
 * (`平均62日，最长96日` against `≤90日`, a limit each case must keep).
 */
export const FIGURE_ASIDES: readonly string[] = [
  '其中',
  '平均',
  '剩余',
  '另',
  '较上年',
  '比上年',
  '同比',
  '上年',
  '去年',
  '日均',
  '月均',
  '最长',
  '最短',
  '最高',
  '最低',
  '增加',
  '减少',
  '提高',
  '下降',
  '增长',
  '降低',
];

/**
 * A bracketed remark that restates what was asked (`（计划8000亩）`, `（目标95%）`): it explains no
 * shortfall of the figure before it.
 */
export const PLAN_REMARK_LEADS: readonly string[] = ['计划', '目标', '任务', '年度目标', '指标值'];

/** A bracketed remark saying what was required or planned (`（财政要求10月31日前报送）`, `（原计划11月30日）`). */
export const REQUIRED_REMARK_WORDS: readonly string[] = ['要求', '规定', '计划', '原定', '目标', '应于'];

/** A bracketed remark that names a part the figure includes (`（含网络消费纠纷312.4万元）`). */
export const INCLUDED_REMARK_LEADS: readonly string[] = ['含', '包括', '包含'];

/** Words giving a cause (`因…`, `受…影响`): a remark in a rate that says why it fell short. */
export const CAUSE_WORDS: readonly string[] = ['因', '由于', '受', '导致'];

/** A figure that totals the ones before it (`…，合计39.7公里`). */
export const FIGURE_TOTALS: readonly string[] = ['合计', '共计', '总计', '累计'];

/** A remark in brackets (`（含线上12场）`, `（年内死亡停发35人）`): set apart from the clause it sits in. */
export const BRACKETED_REMARK = /[（(][^）)]*[）)]/gu;

/** `未下降，但部分地块下降`: a 但 after a denial doubts it. */
export const DOUBT_MARK = '但';

/** Targets in words met by none of their opposite (`合规` by `无违规`, `规范` by `未发生违规处置情况`). */
export const OPPOSITES: Readonly<Record<string, readonly string[]>> = {
  合规: ['违规', '违法违规', '违纪违规'],
  规范: ['违规', '不规范'],
  合法: ['违法'],
  合法合规: ['违法', '违规'],
  达标: ['超标'],
};

/** A rule asking an actual to stay within a span target (`在区间内得满分`, `超出范围不得分`). */
export const SPAN_WORDS: readonly string[] = ['区间', '范围', '之间'];

/** Words between a part's label and its figure (`平原区达到100%`, `城市为1040元`): not the label's. */
export const PART_LINKS: readonly string[] = ['达到', '为', '达', '是'];

/**
 * `经质量抽查漏查率1.6%`: a rate of the misses, its name in group 1 and its figure in group 2 (an
 * indicator of what was covered reads its complement; complementRate.ts).
 */
export const MISS_RATE =
  /((?:漏查|漏报|漏登|漏统|差错|错误|不合格|不达标|失误)率)(?:为|是|约|仅)?\s*(\d+(?:\.\d+)?)\s*[%％]/u;
