/**
 * Words of surveys and of counts that are parts of a whole (`发放问卷500份，回收480份，满意432份`,
 * `应结算4,000人次，已结算3,720人次`), as the indicator readers find them in an actual.
 */

/**
 * A satisfaction survey written as its counts (`发放问卷500份，回收480份，满意432份`): the satisfied count
 * over the valid, returned or issued one, in that order of preference.
 */
export const SURVEY_COUNT_WORDS = {
  satisfied: ['满意'],
  base: [['有效'], ['回收', '收回'], ['发放', '发出', '调查']],
} as const;

/**
 * Two counts of one thing, the second a part of the first (`应结算4,000人次，已结算3,720人次`): words
 * before the whole, and words that make the second count a part of it.
 */
export const PART_OF_WHOLE = {
  whole: ['应', '计划', '共', '总', '累计'],
  /** A whole that is a plan, which what was done may pass (`计划5项，完成6项`). */
  plan: ['计划'],
  part: ['已', '其中', '实际', '核销'],
  /** A whole that is what was done (`实际58场`), which a 其中 part only breaks down. */
  achieved: ['实际', '完成', '已完成', '累计完成'],
  breakdown: ['其中'],
  /**
   * A second count these words name is plainly of the whole just counted (`提出审计建议210条，被采纳176条`,
   * `城区消火栓1,520个，完好1,502个`, `定点医药机构1,286家，年内现场检查1,241家`, `应报报表1,248份，按时报送
   * 1,245份`), unless its label names faults found (`检查发现问题30家`).
   */
  ofWhole: ['采纳', '完好', '检查', '按时', '转诊'],
  ofWholeNot: ['发现', '问题'],
  /** `86辆中新能源汽车22辆`: the part named within the whole's clause. */
  among: '中',
  /** A third clause counting the rest (`2件正在核查中`, `1个整改后复验合格`), not a second part. */
  rest: ['正在', '尚', '未', '待', '整改后', '仍', '拒绝', '限期'],
  /** `其余4处正在整改`: a rest clause may lead with this instead of its count. */
  restLead: '其余',
  /** `完成3项，未完成2项`: the rest, not a part. */
  not: ['未', '不', '没', '无', '差', '欠'],
  /**
   * What was done: the part's label or the words after its unit (`其中10个达标`, `其中化解27件`)
   * name it, so against a count target the part is what the target counts.
   */
  done: ['达标', '合格', '完成', '建成', '验收', '办结', '到位', '化解', '上线', '整治', '整改', '正常'],
  /**
   * Against a percent target, a count that passed a check (`抽查案卷60件，合格56件`, `调解1286件，调解成功
   * 1259件`): these name the part, and the whole is a sample (`sampled`) or shares its first word.
   */
  passed: [
    '合格',
    '达标',
    '成功',
    '满意',
    '优良',
    '优秀',
    '规范',
    '办结',
    '整改',
    '销号',
    '获批',
    '正确',
    '准确',
    '正常',
    '知晓',
    '按期',
    '通过',
  ],
  /**
   * A whole that is a sample, what came in to be handled or what was found to be fixed (`受理37件`,
   * `交办18项`, `承办建议提案12件`, `已完工项目42个`, `审计查出问题136个`, `申请作业空域52次`).
   */
  sampled: [
    '交办',
    '承办',
    '排查',
    '抽查',
    '抽检',
    '抽样',
    '评查',
    '检测',
    // `全年监测温湿度数据8,760组，达标8,200组` (hunt119)
    '监测',
    '检验',
    '回访',
    '调查',
    '问卷',
    '受理',
    '完工',
    '查出',
    '发现',
    '申请',
    '参评',
    '验收',
    '参训',
  ],
} as const;

/** `满意及基本满意448份`: one satisfied count that takes in the 基本满意 answers, as surveys report it. */
export const SATISFIED_TOGETHER: readonly string[] = ['满意及基本满意', '满意和基本满意', '满意与基本满意'];

/** Units of a survey count. */
export const SURVEY_UNITS: readonly string[] = ['份', '人', '名', '户', '张', '人次'];

/** Graded answers: a count after one of these is not the plain 满意 count the rate needs. */
export const SURVEY_GRADES: readonly string[] = [
  '不满意',
  '非常满意',
  '很满意',
  '比较满意',
  '较满意',
  '基本满意',
];

/**
 * A satisfaction score in points (`满意度测评92.5分`): the row is about satisfaction when its name or the
 * actual holds `word`; `unit` is the points the score is in.
 */
export const SATISFACTION_SCORE = { word: '满意', unit: '分' } as const;

/**
 * A rate whose name names some parts of a listed whole (`优良率` over `优秀48件、良好126件、合格22件`,
 * `一、二类桥梁占比` over `一类18座、二类23座、三类5座`): the words that make the name a rate, and the
 * marks between the name's parts (`一、二类`).
 */
export const NAMED_PARTS = {
  rate: ['率', '占比', '比例', '比重'],
  nameBreaks: /[、，,和及与]/gu,
} as const;

/** A survey's answer written as the actual (`满意`, `非常满意。`): it says no share of the respondents. */
const SURVEY_ANSWERS: ReadonlySet<string> = new Set([
  '满意',
  '很满意',
  '非常满意',
  '比较满意',
  '较满意',
  '基本满意',
]);

export function isSurveyAnswer(text: string): boolean {
  return SURVEY_ANSWERS.has(text.replace(/[\s。.，,！!]/gu, ''));
}

/** A level stated in points (`90分以上`, `85-90分`, `≥90分`), not a number of points awarded (`得8分`). */
export const SCORE_LEVELS: readonly RegExp[] = [
  /\d+(?:\.\d+)?\s*分\s*(?:及|或)?(?:以上|以下|以内|之间)/u,
  /\d+(?:\.\d+)?\s*分?\s*[-－–~～至到]\s*\d+(?:\.\d+)?\s*分/u,
  /(?:[≥≤><＞＜]|不低于|不少于|低于|高于)\s*\d+(?:\.\d+)?\s*分/u,
];
