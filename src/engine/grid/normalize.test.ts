import type { CellValue } from './types';
import type { NormalizedValue } from './value';
import { num, pct } from '../../../test/support/values';
import { normalizeValue, parseNumberText } from './normalize';

const date = (iso: string, text: string, op: '<=' | '>=' | null = null, from?: string): NormalizedValue => ({
  kind: 'date',
  iso,
  op,
  text,
  ...(from === undefined ? {} : { from }),
});
const txt = (text: string, achievement: 'met' | 'partial' | 'notMet' | null = null): NormalizedValue => ({
  kind: 'text',
  achievement,
  text,
});
const empty = (text: string): NormalizedValue => ({ kind: 'empty', text });
const err = (text: string): NormalizedValue => ({ kind: 'error', text });

type Case = readonly [label: string, input: CellValue, numFmt: string | undefined, expected: NormalizedValue];

const CASES: readonly Case[] = [
  // numbers from the host
  ['plain number', 92, undefined, num(92, '92')],
  ['zero stays a number', 0, undefined, num(0, '0')],
  ['percent format', 0.92, '0%', pct(92, '92%')],
  ['percent format, decimals', 0.975, '0.00%', pct(97.5, '97.5%')],
  ['percent format over 100', 1.2, '0.0%', pct(120, '120%')],
  ['date serial under a date format', 44561, 'yyyy-mm-dd', date('2021-12-31', '2021-12-31')],
  ['date serial under a Chinese date format', 44377, 'yyyy"年"m"月"d"日"', date('2021-06-30', '2021-06-30')],
  ['number under a currency format is not a date', 44561, '#,##0.00"元"', num(44561, '44561')],
  ['NaN is an error', NaN, undefined, err('#NUM!')],
  ['Infinity is an error', Infinity, undefined, err('#NUM!')],
  // numeric text
  ['decimal percent', '97.5%', undefined, pct(97.5, '97.5%')],
  ['full-width percent', '９２％', undefined, pct(92, '９２％')],
  ['thousands separators', '1,234.50', undefined, num(1234.5, '1,234.50')],
  ['full-width comma thousands', '１，２３４', undefined, num(1234, '１，２３４')],
  ['zero text', '0', undefined, num(0, '0')],
  ['negative', '-5', undefined, num(-5, '-5')],
  ['negative percent', '-2.5%', undefined, pct(-2.5, '-2.5%')],
  ['exponent', '1e+21', undefined, num(1e21, '1e+21')],
  ['per mille', '5‰', undefined, pct(0.5, '5‰')],
  ['百分之', '百分之九十', undefined, pct(90, '百分之九十')],
  ['万 with unit and ≥', '≥1.2万人次', undefined, num(12000, '≥1.2万人次', { unit: '人次', op: '>=' })],
  ['万元', '21.5万元', undefined, num(215000, '21.5万元', { unit: '元' })],
  ['亿元', '3亿元', undefined, num(300000000, '3亿元', { unit: '元' })],
  ['float noise removed', '0.07万元', undefined, num(700, '0.07万元', { unit: '元' })],
  ['千米 is a unit, not 千 × 米', '5千米', undefined, num(5, '5千米', { unit: '千米' })],
  ['compound unit', '41微克/立方米', undefined, num(41, '41微克/立方米', { unit: '微克/立方米' })],
  ['≤ percent', '≤5%', undefined, pct(5, '≤5%', '<=')],
  ['<= spelled', '<=5%', undefined, pct(5, '<=5%', '<=')],
  ['full-width ≥', '＞＝90%', undefined, pct(90, '＞＝90%', '>=')],
  ['不低于', '不低于90%', undefined, pct(90, '不低于90%', '>=')],
  ['不少于 with unit', '不少于12次', undefined, num(12, '不少于12次', { unit: '次', op: '>=' })],
  ['不超过', '不超过10%', undefined, pct(10, '不超过10%', '<=')],
  ['控制在…以内', '控制在5%以内', undefined, pct(5, '控制在5%以内', '<=')],
  ['…以下', '5%以下', undefined, pct(5, '5%以下', '<=')],
  ['…以上', '72.7%以上', undefined, pct(72.7, '72.7%以上', '>=')],
  ['…及以上', '85%及以上', undefined, pct(85, '85%及以上', '>=')],
  ['(含)以上', '90%（含）以上', undefined, pct(90, '90%（含）以上', '>=')],
  ['unit then 以上', '1.2万人次以上', undefined, num(12000, '1.2万人次以上', { unit: '人次', op: '>=' })],
  ['±', '±5%', undefined, pct(5, '±5%', '±')],
  ['=', '=100%', undefined, pct(100, '=100%', '=')],
  ['高于 is strict', '高于80%', undefined, pct(80, '高于80%', '>')],
  ['低于 is strict', '低于3起', undefined, num(3, '低于3起', { unit: '起', op: '<' })],
  ['左右 keeps no comparator', '80%左右', undefined, pct(80, '80%左右')],
  ['a span of time closed by 内', '20日内', undefined, num(20, '20日内', { unit: '日', op: '<=' })],
  [
    'working days closed by 内',
    '15个工作日内',
    undefined,
    num(15, '15个工作日内', { unit: '个工作日', op: '<=' }),
  ],
  ['四星级', '四星级', undefined, num(4, '四星级', { unit: '星级' })],
  ['3级', '3级', undefined, num(3, '3级', { unit: '级' })],
  ['level list', '3/4/5级', undefined, num(3, '3/4/5级', { unit: '级', op: '>=' })],
  ['level list with 、', '4、5星级', undefined, num(4, '4、5星级', { unit: '星级', op: '>=' })],
  ['三分', '三分', undefined, num(3, '三分', { unit: '分' })],
  ['Chinese numeral alone', '十二', undefined, num(12, '十二')],
  ['一万人次', '一万人次', undefined, num(10000, '一万人次', { unit: '人次' })],
  ['Chinese with 以上', '三个以上', undefined, num(3, '三个以上', { unit: '个', op: '>=' })],
  ['surrounding NBSP and U+3000', '\u00a0 92% \u3000', undefined, pct(92, '92%')],
  // empty
  ['null', null, undefined, empty('')],
  ['blank text', '   ', undefined, empty('')],
  ['em dash', '—', undefined, empty('—')],
  ['double em dash', '——', undefined, empty('——')],
  ['hyphen', '-', undefined, empty('-')],
  ['slash', '/', undefined, empty('/')],
  ['full-width slash', '／', undefined, empty('／')],
  ['无', '无', undefined, empty('无')],
  ['空', '空', undefined, empty('空')],
  // errors
  ['CellError', { error: '#DIV/0!' }, undefined, err('#DIV/0!')],
  ['#DIV/0! text', '#DIV/0!', undefined, err('#DIV/0!')],
  ['#N/A text', '#N/A', undefined, err('#N/A')],
  ['#VALUE! text', '#VALUE!', undefined, err('#VALUE!')],
  ['#REF! text', '#REF!', undefined, err('#REF!')],
  ['#NAME? text', '#NAME?', undefined, err('#NAME?')],
  ['#NUM! text', '#NUM!', undefined, err('#NUM!')],
  ['#NULL! text', '#NULL!', undefined, err('#NULL!')],
  ['lower-case error text', '#n/a', undefined, err('#n/a')],
  // dates
  ['Date object', new Date(Date.UTC(2021, 5, 30)), undefined, date('2021-06-30', '2021-06-30')],
  ['invalid Date', new Date(NaN), undefined, err('#VALUE!')],
  ['deadline 年月底前', '2021年12月底前', undefined, date('2021-12-31', '2021年12月底前', '<=')],
  ['deadline with verb', '2021年6月底前完成', undefined, date('2021-06-30', '2021年6月底前完成', '<=')],
  // blind round E: dates followed by what was done were declined
  ['date, then 通过验收', '2025年12月10日通过验收', undefined, date('2025-12-10', '2025年12月10日通过验收')],
  // hunt59: a drill held by the quarter's end was declined
  [
    'date, then 开展',
    '2023年6月28日开展消防及反恐应急演练',
    undefined,
    date('2023-06-28', '2023年6月28日开展消防及反恐应急演练'),
  ],
  // hunt32: a report published late kept a typed 10 (`每延后1个月扣3分`)
  ['date, then 发布', '2025年1月18日发布', undefined, date('2025-01-18', '2025年1月18日发布')],
  [
    'date, then 出具',
    '2024年12月20日出具审计报告',
    undefined,
    date('2024-12-20', '2024年12月20日出具审计报告'),
  ],
  ['a deadline, then 发布', '2024年12月底前发布', undefined, date('2024-12-31', '2024年12月底前发布', '<=')],
  [
    'date, 前, then 全部发放',
    '2025年1月20日前全部发放',
    undefined,
    date('2025-01-20', '2025年1月20日前全部发放', '<='),
  ],
  ['month, then 全部建成', '2025年9月全部建成', undefined, date('2025-09-30', '2025年9月全部建成')],
  ['a date, then a negated verb, is text', '2025年9月未建成', undefined, txt('2025年9月未建成')],
  ['full date', '2021年6月30日', undefined, date('2021-06-30', '2021年6月30日')],
  ['month, then 结项 (hunt20)', '2023年3月结项', undefined, date('2023-03-31', '2023年3月结项')],
  // a third of a month (hunt22): 上旬 by the 10th, 中旬 by the 20th, 下旬 by the month's end; each
  // keeps its first day, so a check that depends on the day can decline (hunt50)
  [
    '下旬, then a verb',
    '2023年12月下旬完成',
    undefined,
    date('2023-12-31', '2023年12月下旬完成', null, '2023-12-21'),
  ],
  ['中旬前', '2023年12月中旬前', undefined, date('2023-12-20', '2023年12月中旬前', '<=', '2023-12-11')],
  ['上旬', '2023年3月上旬', undefined, date('2023-03-10', '2023年3月上旬', null, '2023-03-01')],
  // 九成五 is 95 % (hunt22: 八成七 declined)
  ['tenths and a digit', '九成五', undefined, pct(95, '九成五')],
  ['tenths and 八成七', '八成七', undefined, pct(87, '八成七')],
  ['tenths and a word stay text', '九成多', undefined, txt('九成多')],
  ['tenths, then 以上', '八成以上', undefined, pct(80, '八成以上', '>=')],
  ['tenths after a label, then 以上', '满意度九成以上', undefined, pct(90, '满意度九成以上', '>=')],
  ['tenths after a label and 达', '满意度达九成', undefined, pct(90, '满意度达九成')],
  ['tenths after 近 stay text', '满意度近九成', undefined, txt('满意度近九成')],
  ['tenths after a numeral stay text', '满意度八九成', undefined, txt('满意度八九成')],
  [
    'date, then 正式上线 (hunt22)',
    '2023年10月12日正式上线',
    undefined,
    date('2023-10-12', '2023年10月12日正式上线'),
  ],
  // a count per period is a rate, not the count: 每月2次 against a year's 22 read as met (hunt20)
  ['a count per month', '每月2次', undefined, num(2, '每月2次', { unit: '次/月' })],
  [
    'a count per quarter, at least',
    '每季度不少于1次',
    undefined,
    num(1, '每季度不少于1次', { unit: '次/季度', op: '>=' }),
  ],
  ['a year is the count itself', '全年24次', undefined, num(24, '全年24次', { unit: '次' })],
  // a quarter's end is a deadline as clear as a month's (三季度末 = 30 September)
  ['quarter end deadline', '2025年第三季度末前', undefined, date('2025-09-30', '2025年第三季度末前', '<=')],
  ['quarter end without 第', '2025年三季度末', undefined, date('2025-09-30', '2025年三季度末')],
  ['quarter in digits, then a verb', '2025年第4季度完成', undefined, date('2025-12-31', '2025年第4季度完成')],
  ['first quarter end', '2025年一季度底前', undefined, date('2025-03-31', '2025年一季度底前', '<=')],
  // as 6月前 is read (by the month's end), 三季度前 is by the quarter's end: hunt17's reviewer read it so
  ['quarter, then 前', '2025年第三季度前', undefined, date('2025-09-30', '2025年第三季度前', '<=')],
  ['a fifth quarter is text', '2025年第五季度末', undefined, txt('2025年第五季度末')],
  ['year end deadline', '2021年底前', undefined, date('2021-12-31', '2021年底前', '<=')],
  ['Chinese numeral date', '二〇二一年十二月', undefined, date('2021-12-31', '二〇二一年十二月')],
  ['ISO month', '2021-06', undefined, date('2021-06-30', '2021-06')],
  ['ISO day', '2021-06-15', undefined, date('2021-06-15', '2021-06-15')],
  ['dotted month', '2021.12', undefined, date('2021-12-31', '2021.12')],
  ['dotted day, one-digit month', '2024.1.8', undefined, date('2024-01-08', '2024.1.8')],
  ['slashed date with 前', '2021/9/30前', undefined, date('2021-09-30', '2021/9/30前', '<=')],
  ['start date', '2021年7月1日起', undefined, date('2021-07-01', '2021年7月1日起', '>=')],
  ['February end in a leap year', '2020年2月底', undefined, date('2020-02-29', '2020年2月底')],
  ['a year alone is its last day', '2021年', undefined, date('2021-12-31', '2021年')],
  ['年度 is a label, not a date', '2021年度', undefined, txt('2021年度')],
  ['overflowing scale is not a number', '1e308万', undefined, txt('1e308万')],
  ['no year: text, no invented year', '12月底前', undefined, txt('12月底前')],
  ['impossible day stays text', '2021年2月30日', undefined, txt('2021年2月30日')],
  ['year then words stays text', '2020年PM2.5浓度', undefined, txt('2020年PM2.5浓度')],
  // booleans
  ['TRUE', true, undefined, txt('TRUE', 'met')],
  ['FALSE', false, undefined, txt('FALSE', 'notMet')],
];

const MET =
  '达标 合格 完成 已完成 全部完成 达成 有 健全 规范 是 满意 安全稳定 工作目标实现 符合 优秀 良好 通过 合规';
const PARTIAL = '基本达标 基本完成 部分完成 基本规范 基本健全 基本达成 部分达成 基本满意 较好 一般';
const NOT_MET = '未达标 不合格 未完成 不规范 不健全 未达成 否 不满意 没有 不达标 不符合';
const words = (s: string): string[] => s.split(' ');

const VERDICTS: readonly Case[] = [
  ...words(MET).map((w): Case => [`met: ${w}`, w, undefined, txt(w, 'met')]),
  ...words(PARTIAL).map((w): Case => [`partial: ${w}`, w, undefined, txt(w, 'partial')]),
  ...words(NOT_MET).map((w): Case => [`notMet: ${w}`, w, undefined, txt(w, 'notMet')]),
  ['trailing full stop', '已完成。', undefined, txt('已完成。', 'met')],
  ['leading verdict with remark', '达标，优良率81.2%', undefined, txt('达标，优良率81.2%', 'met')],
  ['leading negated verdict', '未完成（因疫情延期）', undefined, txt('未完成（因疫情延期）', 'notMet')],
  ['十分满意 is not 10 分', '十分满意', undefined, txt('十分满意', 'met')],
  ['rate text is its rate, not a verdict', '合格率100%', undefined, pct(100, '合格率100%')],
  ['a label, then the one quantity', '满意度61.2%', undefined, pct(61.2, '满意度61.2%')],
  ['a label with a linking word', '问卷调查满意度为91.2%', undefined, pct(91.2, '问卷调查满意度为91.2%')],
  ['a label, then a count', '审计发现问题3处', undefined, num(3, '审计发现问题3处', { unit: '处' })],
  ['a label, then a comparison', '满意度不低于90%', undefined, pct(90, '满意度不低于90%', '>=')],
  ['a label that negates is not read', '未达到90%', undefined, txt('未达到90%')],
  [
    'a label before a sign is a name',
    '高级职称人员占比≥30%',
    undefined,
    pct(30, '高级职称人员占比≥30%', '>='),
  ],
  ['a label that compares is not read', '低于目标80%', undefined, txt('低于目标80%')],
  // 提高 holds 高 (高于), but is a rise: it was left as text, so the 10号 default could not compare
  ['a rise in 百分点', '提高0.3个百分点', undefined, num(0.3, '提高0.3个百分点', { unit: '个百分点' })],
  ['a rise not made is not read', '未提高5%', undefined, txt('未提高5%')],
  ['a label and two numbers is text', '完成3项共5项', undefined, txt('完成3项共5项')],
  [
    'a rank within: at most that place',
    '全省前5名',
    undefined,
    num(5, '全省前5名', { unit: '名', op: '<=' }),
  ],
  ['a rank within, 位', '排名前10位', undefined, num(10, '排名前10位', { unit: '位', op: '<=' })],
  ['a place', '全省第3名', undefined, num(3, '全省第3名', { unit: '名' })],
  ['a rank entered, no 名', '进入全市前10', undefined, num(10, '进入全市前10', { unit: '名', op: '<=' })],
  ['a count after 前, no rank words', '前10', undefined, num(10, '前10')],
  ['a remark in brackets', '100%（全部完成）', undefined, pct(100, '100%（全部完成）')],
  [
    'a remark about others, with a number of its own',
    '7个（另有2个因用地指标未开工）',
    undefined,
    num(7, '7个（另有2个因用地指标未开工）', { unit: '个' }),
  ],
  ['a survey size, then its rate', '问卷200份，满意率96%', undefined, pct(96, '问卷200份，满意率96%')],
  [
    'survey counts, then the rate (hunt17)',
    '问卷调查发放300份，回收286份，满意率93.4%',
    undefined,
    pct(93.4, '问卷调查发放300份，回收286份，满意率93.4%'),
  ],
  [
    'two rates after a survey stay text',
    '发放300份，满意率93.4%，好评率88%',
    undefined,
    txt('发放300份，满意率93.4%，好评率88%'),
  ],
  ['场次 after a Chinese numeral', '五十二场次', undefined, num(52, '五十二场次', { unit: '场次' })],
  ['a remark after a comma', '发生2起，已整改', undefined, num(2, '发生2起，已整改', { unit: '起' })],
  ['a remark with a number is not one', '完成3项，未完成2项', undefined, txt('完成3项，未完成2项')],
  [
    'a negated value stays unread',
    '未达到90%，原因是资金未到位',
    undefined,
    txt('未达到90%，原因是资金未到位'),
  ],
  [
    'a date, then a remark',
    '2022年6月25日完成，已验收',
    undefined,
    date('2022-06-25', '2022年6月25日完成，已验收'),
  ],
  ['a date, then 已完成', '2022年6月25日已完成', undefined, date('2022-06-25', '2022年6月25日已完成')],
  ['按期完成 is met', '按期完成', undefined, txt('按期完成', 'met')],
  [
    'a date, then what was done',
    '2023年9月28日完成安装调试',
    undefined,
    date('2023-09-28', '2023年9月28日完成安装调试'),
  ],
  ['a date, then a number after the verb', '2021年12月底前完成80%', undefined, txt('2021年12月底前完成80%')],
  ['a remark that says when', '98%（截至12月31日）', undefined, pct(98, '98%（截至12月31日）')],
  ['a bracketed count is not a remark', '100%（20项）', undefined, txt('100%（20项）')],
  [
    '全覆盖 with its count in brackets is that count',
    '全覆盖（246个行政村）',
    undefined,
    num(246, '全覆盖（246个行政村）', { unit: '个行政村' }),
  ],
  [
    'a label before 全覆盖',
    '行政村全覆盖（246个）',
    undefined,
    num(246, '行政村全覆盖（246个）', { unit: '个' }),
  ],
  ['a hedged 全覆盖 stays text', '基本全覆盖（246个）', undefined, txt('基本全覆盖（246个）')],
  ['a denied 全覆盖 stays text', '未全覆盖（246个）', undefined, txt('未全覆盖（246个）')],
  ['全覆盖 with a percent in brackets stays text', '全覆盖（100%）', undefined, txt('全覆盖（100%）')],
  ['a rate and its survey', '87%（有效问卷420份）', undefined, pct(87, '87%（有效问卷420份）')],
  ['未按期完成 is not', '未按期完成', undefined, txt('未按期完成', 'notMet')],
  ['账实相符 is met', '账实相符', undefined, txt('账实相符', 'met')],
  ['九成 is 90 %', '九成', undefined, pct(90, '九成')],
  ['七成 is 70 %', '七成', undefined, pct(70, '七成')],
  ['free text', '显著提升', undefined, txt('显著提升')],
  ['free text with digits', '一、二、三等奖', undefined, txt('一、二、三等奖')],
  ['single-character verdict is whole-cell only', '有，但不完善', undefined, txt('有，但不完善')],
  ['range is text', '80%-90%', undefined, txt('80%-90%')],
  // hunt33: 24,350㎡ against ≥2.6万平方米 and 960元/平方米 against ≤900元/㎡ read as unlike units
  ['unit symbol ㎡', '24,350㎡', undefined, num(24350, '24,350㎡', { unit: '平方米' })],
  ['unit symbol in a cost', '≤900元/㎡', undefined, num(900, '≤900元/㎡', { unit: '元/平方米', op: '<=' })],
  ['unit symbols μg/m³', '32μg/m³', undefined, num(32, '32μg/m³', { unit: '微克/立方米' })],
  // hunt34: 1,312公里 against ≥1,280km read as unlike units
  ['unit symbol km', '≥1,280km', undefined, num(1280, '≥1,280km', { unit: '公里', op: '>=' })],
  // hunt35: 十一部 against 十五部 (elevators) compared with an empty target
  ['Chinese numeral before 部', '十五部', undefined, num(15, '十五部', { unit: '部' })],
  ['Chinese numeral before 辆', '十二辆', undefined, num(12, '十二辆', { unit: '辆' })],
  // hunt39: `城东站9月投入使用` counted 9 stations built under 每建成1个得2.5分
  ['a month inside a sentence', '城东站9月投入使用', undefined, txt('城东站9月投入使用')],
  // hunt41: 全部到库 after the date kept a typed 5 for a late delivery
  ['a date, then 全部到库', '2023年3月5日全部到库', undefined, date('2023-03-05', '2023年3月5日全部到库')],
  // hunt40: PQI均值82.6 against ≥80 declined; PM2.5 and SO2 are names, not a label before 2.5 or 2
  ['a Latin label before the figure', 'PQI均值82.6', undefined, num(82.6, 'PQI均值82.6')],
  ['PM2.5 is a name', 'PM2.5浓度32微克/立方米', undefined, txt('PM2.5浓度32微克/立方米')],
  ['a span of months is a quantity', '工期3个月', undefined, num(3, '工期3个月', { unit: '个月' })],
  // hunt55, hunt49, hunt29: a count in Chinese numerals after a label was text (declined)
  [
    'a label, then a count in Chinese numerals',
    '举办培训六场',
    undefined,
    num(6, '举办培训六场', { unit: '场' }),
  ],
  [
    '共计 and a Chinese numeral count',
    '共计一百零六场',
    undefined,
    num(106, '共计一百零六场', { unit: '场' }),
  ],
  ['a negated label before a Chinese count', '未举办培训六场', undefined, txt('未举办培训六场')],
  ['Chinese numerals in words are no count', '第三方评估', undefined, txt('第三方评估')],
  ['a place in Chinese numerals is left to the rank readers', '全省前十位', undefined, txt('全省前十位')],
  // hunt61 法援 r8, hunt63 大数据中心 r22: the numeral lost what came before 万 or 亿 (2000, 3,200万)
  [
    'a label, then a Chinese count with 万',
    '接待来电来访咨询一万二千人次',
    undefined,
    num(12000, '接待来电来访咨询一万二千人次', { unit: '人次' }),
  ],
  [
    'a label, then a Chinese count with 亿 and 万',
    '全年数据交换一亿三千二百万条',
    undefined,
    num(132000000, '全年数据交换一亿三千二百万条', { unit: '条' }),
  ],
];

describe('normalizeValue', () => {
  test.each(CASES)('%s', (_label, input, numFmt, expected) => {
    expect(normalizeValue(input, numFmt)).toEqual(expected);
  });
  test.each(VERDICTS)('%s', (_label, input, numFmt, expected) => {
    expect(normalizeValue(input, numFmt)).toEqual(expected);
  });
  test('the table covers at least 60 cases', () => {
    expect(CASES.length + VERDICTS.length).toBeGreaterThanOrEqual(60);
  });
});

describe('parseNumberText', () => {
  test.each([
    ['1,234.50', 1234.5],
    ['９２', 92],
    ['三', 3],
    ['十二', 12],
    ['一百零五', 105],
    ['两', 2],
    ['二〇二一', 2021],
    ['1.2万', 12000],
    ['三点五', 3.5],
    [' 7 ', 7],
  ] as const)('%s → %d', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });
  test.each(['', '-', '92%', '≥3', '3级', '达标', '三五', '万', 'abc', '1,2'])('%s → null', (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});
