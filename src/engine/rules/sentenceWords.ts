/**
 * How the figures of an actual written as a sentence read, as data: dates and spans that count
 * nothing, work not done, amounts of money, lists, what a reader worked out. The verdict words are
 * in actualWords.ts, the rule text's own words in lexicon.ts.
 */
import { WORDS } from './lexicon';

/** `2起事故均在1小时内报送`: a count whose clause says all of them kept the limit or the time. */
export const ALL_IN_TIME_MARKS: readonly string[] = [
  '均在',
  '全部在',
  '都在',
  '均按时',
  '均及时',
  '均按期',
  '全部按时',
];

/**
 * Things gone wrong that a clause counts (`发生一般事故1起`, `3个站点因雷击故障停运`, `超期6起`): with a
 * figure other than 0 beside them, a typed full score needs a look.
 */
export const MISHAP_WORDS: readonly string[] = ['事故', '故障', '停运', '超期', '逾期', '超时'];

/**
 * A clause about work not done (`在建2个`, `1座…延至次年`, `第6座…待验收`): its figure is not what was
 * done, nor a part of a list that adds up to it.
 */
export const UNDONE_CLAUSE_WORDS: readonly string[] = [
  '未完成',
  '未建成',
  '未实施',
  '未开工',
  '未验收',
  '未到位',
  '未落实',
  '未整改',
  '未办结',
  '未安装',
  '尚未',
  '尚在',
  '正在',
  '在建',
  '待验收',
  '待审核',
  '待完成',
  '待整改',
  '拟',
  '仍',
  '延至',
  '顺延',
  '结转至',
  '未改造',
  '转入下年',
  '纳入下年',
  '待安装',
];

/** Words right before a figure that make it an upper end, not the figure (`近2000户`, `不足300人次`). */
export const NEARLY_WORDS: readonly string[] = ['近', '将近', '接近', '不足', '不到', '未满', '不满'];

/** A date inside a sentence (`2023年`, `9月5日`, `8月底`): its figures count nothing. */
export const DATE_IN_TEXT = /\d{4}年|\d{1,2}月(?:\d{1,2}日|底|末|份|上旬|中旬|下旬)?/gu;

/** `课程质量等次为"良"`, `评定为良好`: the word before the grade a sentence names. */
export const GRADE_LINK = '为';

/** Quotes around a named grade (`"良"`, `“优秀”`, `「良」`). */
export const GRADE_QUOTES = /["'“”‘’「」『』]/gu;

/** A grade named in quotes anywhere in a clause (`获评“良”等次`, `考核结果「优秀」`). */
export const QUOTED_GRADE = /["“「『‘]([^"'“”‘’「」『』]{1,6})["”」』’]/gu;

/**
 * A budget and what was spent of it, in one sentence (`公用经费预算128.6万元，实际支出133.9万元`): the
 * words that label each amount; an adjusted budget (`调整后预算`, `全年预算数`) is the base when the
 * original is stated too, as 财预〔2020〕10号 computes 执行率 on 全年预算数.
 */
export const SPEND_RATE_WORDS = {
  budget: ['预算', '计划投资', '计划', '安排', '批复', '核定'],
  adjusted: ['调整后', '调整预算', '全年预算'],
  spent: ['支出', '执行', '使用', '拨付', '完成投资', '决算'],
} as const;

/**
 * A target of spending at most the budget, in words (`≤年初预算`, `不超过预算`, `控制在预算以内`): at most
 * 100 % of it. Group 1: the budget it names, when it names one (`年初`); `original` is the budget as
 * first set, which an adjusted one beside it in the actual is not.
 */
export const BUDGET_LIMIT_TARGET = {
  pattern:
    /^(?:≤|<=|不超过|不超出|不超|不高于|未超过|控制在)(年初|全年|调整后)?预算(?:数|金额|资金|额度)?(?:以内|之内|内|范围内)?$/u,
  original: '年初',
} as const;

/** An amount of money in a sentence: its digits and unit. */
export const MONEY_FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/gu;

/**
 * A cost per unit that the indicator's name states, the unit beside these words: `单断面次监测成本`,
 * `每头（只）检疫工作成本` (before it), `户均安装成本` (after it).
 */
export const PER_UNIT_NAMING = { before: ['单', '每'], after: ['均'] } as const;

/**
 * What a reader worked out from a sentence, appended to it (`…，整改销号13项 = 92.8571%`): taken off,
 * the sentence as written.
 */
export const WORKED_OUT_SUFFIX = / = [^=]*$/u;

/** `3月、8月各迟报1次`: each of a list joined by 、 counts so many. */
export const EACH_OF = '各';

/** `1.2万公斤（约8万尾）`: words opening a bracket that gives the figure before it in another unit. */
export const CONVERTED_LEADS: readonly string[] = ['约合', '折合', '约', '合', '计'];

/** A list's break: the item after it goes on with the one before. */
export const LIST_BREAK = '、';

/** A clause counting what is left undone (`剩余2个正在整改中`, `尚有1项未完成`). */
export const LEFT_UNDONE: readonly string[] = [
  '剩余',
  '尚未',
  '尚有',
  '正在',
  '未整改',
  '未完成',
  '未办结',
  '仍',
];

/** After a figure and its unit, a limit restated (`均在3个工作日内完成`), not a figure reported. */
export const WITHIN_MARKS: readonly string[] = ['以内', '之内', '内'];

/**
 * Units a count of events ends its clause with, written in Chinese numerals as often as in digits
 * (`发生执法过错责任追究一起`, `一般性差错三起`, `白条入账两笔`, `赴省非正常访两批次5人次`); only at
 * the end of a clause, of a part of its list or before another count (`一起开展` is together).
 */
export const EVENT_UNITS: readonly string[] = ['起', '次', '件', '例', '宗', '项', '处', '笔', '批次', '批'];

/**
 * A clause saying some of the work was not started or not done (`西河库维修未启动`): no "none
 * unfinished", whatever else the sentence says.
 */
export const NOT_DONE_MARKS: readonly string[] = [
  '未启动',
  '未开工',
  '未实施',
  '未开展',
  '未完成',
  '未建成',
  '顺延至下年',
  '推迟至下年',
  '转入下年',
  '尚在起草',
  '正在起草',
  // a rule or system not yet made (hunt92: `资产处置管理制度未建立` beside two that were)
  '未建立',
  '未制定',
  '未出台',
  '尚未制定',
  '正在制定',
];

/** A rule deducting per item missing or not done (`每缺1项扣0.5分`, `每有1项未完成扣1分`). */
export const MISSING_ITEM_RULE = /每(?:缺|少)|每有.{0,4}未/u;

/** A clause naming what was done (`完成城关库、东城库维修`), its items listed with 、. */
export const DONE_LEADS: readonly string[] = ['已完成', '完成', '已建成', '建成', '已建立', '建立'];

/** `以取证人数计`, `以实际兑付企业数为准`: the rule names which of a sentence's figures counts. */
export const COUNTED_AS = /以(.{2,8}?)(?:人数|数量|企业数|数|人次)?(?:计|为准)/u;

/** In a bracketed remark, a part taken out of the count (`其中2天为沙尘影响，按规定扣除`). */
export const EXCLUDED_WORDS: readonly string[] = ['扣除', '剔除', '不计入', '不纳入', '不予计算'];

/** `完成目标值的1.3倍`, `为计划的95%`: an actual stated as a multiple or share of the target. */
export const OF_TARGET_HINT = /目标|指标|计划|任务/u;
export const OF_TARGET = /(?:目标值?|指标值|计划数?|任务数?)的?(\d+(?:\.\d+)?)\s*(倍|%)/u;

/** A clause saying a case counted was upheld (`复议维持原处罚决定`): it was not lost. */
export const UPHELD_MARKS: readonly string[] = ['维持原', '予以维持', '维持'];

/** How a sentence may count what a rule steps in: people as 人, 名 or 位 (`3名住院人员未参检`). */
export const COUNT_SPELLINGS: Readonly<Record<string, readonly string[]>> = { 人: ['人', '名', '位'] };

/** After a count in its clause, those counted missed out (`3名住院人员未参检`, `缺席2人`). */
export const MISSED_MARKS: readonly string[] = ['未', '缺', '没有'];

/** …but these say nothing was missed (`3人未发生…`, `2人均未超期`). */
export const NOT_MISSED_MARKS: readonly string[] = ['未发生', '未出现', '未发现', '未超', '未逾期', '未延'];

/**
 * Words between the thing a rule counts and its allowance (`有效投诉在2件以内`, `事故控制在1起以内`,
 * `差错不超过2次`): what is left before them names the thing.
 */
export const ALLOWANCE_LEADS: readonly string[] = ['控制在', '不超过', '不多于', '少于', '在'];

/** Kinds of thing with a rate each (ruleKinds.ts): groups thing, unit, rate. */
export const RULE_CLAUSE_BREAKS = /[，,；;。\n]/u;
const KIND_UNITS = EVENT_UNITS.join('|');
/** `(发生)一般事故每起扣1分`, `每发生1起一般事故扣1分`. */
export const KIND_CLAUSES = [
  new RegExp(
    `^(?:${WORDS.occur.join('|')})?(?<thing>.{2,}?)每(?<unit>${KIND_UNITS})扣(?<rate>\\d+(?:\\.\\d+)?)分$`,
    'u',
  ),
  new RegExp(
    `^每(?:${WORDS.occur.join('|')})1(?<unit>${KIND_UNITS})(?<thing>.{2,}?)扣(?<rate>\\d+(?:\\.\\d+)?)分$`,
    'u',
  ),
  // `(每)迟报1次扣0.5分`: the thing before its count, 每 or not (hunt111)
  new RegExp(`^每?(?<thing>[^\\d每]{2,}?)1(?<unit>${KIND_UNITS})扣(?<rate>\\d+(?:\\.\\d+)?)分$`, 'u'),
];
/** `按时报送得满分`, `未发生的得满分`: where the kinds' deductions start from (the row's weight). */
export const KIND_FULL_CLAUSE = /^[^\d分]{2,12}?(?:的)?得满分$/u;
/** `扣完为止`, `最多扣5分`: the clauses besides the kinds' that such a rule may have. */
export const KIND_CAP_CLAUSE =
  /^(?:扣完为止|扣至0分为止|扣完本项分值为止|(?:最多|最高|累计)扣(\d+(?:\.\d+)?)分|扣满(\d+(?:\.\d+)?)分为止)$/u;

const ITEM_KIND_UNITS = [
  '场',
  '次',
  '个',
  '项',
  '件',
  '期',
  '批次',
  '批',
  '家',
  '所',
  '篇',
  '条',
  '部',
  '种',
  '处',
  '座',
].join('|');
const ITEM_VERBS = '(?:开展|完成|举办|组织|召开|建成|新建|出版|发表|编印|获得)';
/** `县级演练每场得2分`, `每开展1场县级演练得2分`. */
export const ITEM_KIND_CLAUSES = [
  new RegExp(
    `^${ITEM_VERBS}?(?<thing>.{2,}?)每(?<unit>${ITEM_KIND_UNITS})(?:得|加|计|记)(?<rate>\\d+(?:\\.\\d+)?)分$`,
    'u',
  ),
  new RegExp(
    `^每${ITEM_VERBS}?1(?<unit>${ITEM_KIND_UNITS})(?<thing>.{2,}?)(?:得|加|计|记)(?<rate>\\d+(?:\\.\\d+)?)分$`,
    'u',
  ),
];
/** `最高6分`, `满分为止`: the cap of such a rule (its figure, or none: the row's weight). */
export const ITEM_KIND_CAP_CLAUSE =
  /^(?:(?:累计)?(?:最高|最多|上限)(?:得|为|不超过)?(\d+(?:\.\d+)?)分|(?:得|加)?满(?:(\d+(?:\.\d+)?)分|分)?为止|满分(\d+(?:\.\d+)?)分)$/u;

/** Generic nouns a rule's zeroing clause ends its thing with (`较大及以上事件`): not what tells the kind. */
export const KIND_NOUNS = /(事件|事故|案件|问题|情况|情形)$/u;
export const AND_ABOVE = /及?以上$/u;
/** `发生重大安全事故的，本项不得分`: the zeroing clause naming the row, its thing in the clause before. */
export const SAME_ITEM = /(本项|该项|此项)$/u;

/**
 * `被上级部门通报批评的，实行一票否决，本项不得分`: a row zeroed for something done to the unit, told in the
 * passive (被…); the words between the clause and 不得分 that only say it is a veto.
 */
export const PASSIVE_MARK = '被';
export const VETO_WORDS: readonly string[] = ['实行一票否决', '一票否决', '实行否决'];
/** Words denying a passive (`未被通报`, `没有被约谈`). */
export const PASSIVE_DENIED = /(?:未|没有|没|无|不曾)被/u;

/**
 * `符合①③项；②部分指标未细化量化`: a clause naming listed items (①②③) as met, or as not met. A clause
 * with a word of the second kind is the items not met, whatever else it says.
 */
export const ITEMS_MET_WORDS = /符合|满足|达到|达标|完成|做到|具备|落实|到位|已/u;
export const ITEMS_NOT_MET_WORDS = /未|不符合|不满足|不到位|不达标|没有|缺少|欠缺|不足|尚无/u;

/**
 * `因上级部门通知暂停的场次不扣分`: what a rule spares from its deductions (exemptions.ts); the cause
 * in group 1.
 */
export const EXEMPT_CLAUSE =
  /(?:^|[，,；;。])(?:因|由于|属于?)([^，,；;。]{2,24}?)(?:的|而)?(?:场次|部分|项目|情形|情况|次数|数量|个数)?(?:不扣分|不予扣分|不作扣分|不计扣分)/u;
/**
 * `被市级及以上媒体曝光的另扣2分`: a deduction on top of the steps for a case (exemptions.ts); the case in
 * group 1. Global, for taking it out of the text the parser reads.
 */
export const EXTRA_DEDUCTION =
  /(?:^|[，,；;。])([^，,；;。]{2,30}?)的?，?(?:另扣|再扣|加扣)(\d+(?:\.\d+)?)分/gu;
/**
 * `创建省级示范单位的加1分（本项不超过满分）`: points on top for a case (exemptions.ts), the case in group 1
 * (no count, no 每: `每超1个百分点加0.5分` is a rule of steps), the points in group 2.
 */
export const BONUS_CLAUSE =
  /(?:^|[，,；;。])([^，,；;。\d每]{2,30}?)的?，?(?:另加|加|奖励)(\d+(?:\.\d+)?)分/u;
/**
 * `（当年整改到位的减半扣分）`: a deduction halved for what was put right (exemptions.ts). Global, for
 * taking it out of the text the parser reads.
 */
export const HALVED_CLAUSE =
  /[（(]?[^（()）。；;，,]*整改(?:到位|完成)?的?[，,]?(?:减半扣分|扣分减半|减半扣除)[）)]?/gu;
/** An actual saying what was found was put right, all of it; and words saying some was not. */
export const RECTIFIED = {
  done: ['已整改', '整改到位', '完成整改', '已完成整改', '均已整改'],
  not: ['未整改', '正在整改', '整改中'],
};
/** A clause saying something did not happen (`未创建`, `没有`, `无`, `不`). */
export const NEGATION = /[未无没不]/u;
/** Words of such a clause too common to say an actual tells its case. */
export const TOLD_GENERIC: readonly string[] = [
  '上级',
  '部门',
  '单位',
  '项目',
  '工作',
  '情况',
  '原因',
  '通知',
  '发生',
  '及以上',
];
