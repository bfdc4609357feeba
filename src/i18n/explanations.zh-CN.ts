/** zh-CN words for the rule evaluator's explanations (one line each). */
import type { ExplanationKey, Params } from '../engine/rules/explain';
import { formatParam as s } from './format';

const MODE: Readonly<Record<string, string>> = {
  whole: '整步计，不足一步不扣',
  partial: '不足一步按一步计',
  proportional: '按比例计',
};
const VERDICT: Readonly<Record<string, string>> = { met: '达成', partial: '部分达成', notMet: '未达成' };

/** A step rule's gap by direction: what the actual is against the target, and per what it is taken. */
const STEP_GAP: Readonly<Record<string, readonly [string, string]>> = {
  below: ['低于目标', '低'],
  above: ['超出上限', '超出'],
  late: ['晚于时限', '晚'],
};
const STEP_MET: Readonly<Record<string, string>> = {
  below: '达到目标',
  above: '未超过上限',
  late: '未晚于时限',
};
const mode = (p: Params): string => `（${MODE[s(p.mode)] ?? s(p.mode)}）`;
const cap = (p: Params): string =>
  p.capped === null || p.capped === undefined ? '' : `（按权重 ${s(p.capped)} 分封顶）`;
const CHANGE_OF: Readonly<Record<string, string>> = { fall: '降幅', growth: '增幅' };
/** A span of days read by its last day (`10月中旬` as the 20th): the cautious reading of a deadline. */
const lastDay = (p: Params): string =>
  p.lastDay ? `（按所述时段的最后一天 ${s(p.lastDay)} 计，时段内任一天得分相同）` : '';
const actual = (p: Params): string =>
  `实际 ${s(p.actual)}${p.basis ? `（${s(p.basis)}）` : ''}${lastDay(p)}` +
  (p.change ? `（${CHANGE_OF[s(p.changeOf)] ?? ''} ${s(p.change)}）` : '');
const amount = (v: Params[string] | undefined, unit: Params[string] | undefined): string =>
  unit === 'pp' ? `${s(v)} 个百分点` : `${s(v)}${s(unit)}`;
const perStep = (p: Params): string =>
  p.share !== null && p.share !== undefined
    ? `分值的 ${s(p.share)}%（${s(p.perStep)} 分）`
    : ` ${s(p.perStep)} 分`;
const maxDed = (p: Params): string =>
  p.maxDeduction === null || p.maxDeduction === undefined ? '' : `（最多扣 ${s(p.maxDeduction)} 分）`;
const band = (p: Params): string => {
  const lo = p.lower === null ? '' : `${s(p.lower)}${p.lowerIncl === 1 ? '(含)' : '(不含)'}`;
  const hi = p.upper === null ? '' : `${s(p.upper)}${p.upperIncl === 1 ? '(含)' : '(不含)'}`;
  if (lo && hi) return `位于 ${lo}–${hi}`;
  if (lo) return `位于 ${lo} 以上`;
  if (hi) return `位于 ${hi} 以下`;
  return '属其他情形';
};

export const explanations: Record<ExplanationKey, (p: Params) => string> = {
  'rule.needsActual': () => '缺少实际完成值，无法计分',
  'rule.needsTarget': (p) => `${actual(p)}，缺少可比较的目标值，无法计分`,
  'rule.needsWeight': () => '缺少有效权重，无法计分',
  'rule.actualError': (p) => `实际完成值为错误值 ${s(p.actual)}，无法计分`,
  'rule.unitMismatch': (p) => `实际 ${s(p.actual)} 与目标 ${s(p.target)} 单位不一致，无法比较，需人工评分`,
  'rule.cannotJudge': (p) => `无法判断实际“${s(p.actual)}”是否达到目标“${s(p.target)}”，需人工评分`,
  'rule.dateSpan': (p) =>
    `实际“${s(p.actual)}”是 ${s(p.from)} 至 ${s(p.to)} 间的某一天，按哪一天计得分不同（目标“${s(p.target)}”），需人工评分`,
  'rule.verdict': (p) =>
    `实际“${s(p.actual)}”，${VERDICT[s(p.verdict)] ?? s(p.verdict)}，得 ${s(p.score)} 分${cap(p)}`,
  'rule.passFail.met': (p) => `${actual(p)}，达到目标 ${s(p.target)}，得 ${s(p.score)} 分${cap(p)}`,
  'rule.passFail.notMet': (p) =>
    `${actual(p)}，未达到目标 ${s(p.target)}，${Number(p.score) > 0 ? `得 ${s(p.score)} 分` : '不得分'}`,
  'rule.passFail.manual': (p) =>
    `${actual(p)}，未达到目标 ${s(p.target)}；评分标准规定未达到的酌情扣分，需人工评分`,
  'rule.step.met': (p) =>
    `${actual(p)}，${STEP_MET[s(p.direction)] ?? '达到目标'} ${s(p.target)}，不扣分，得 ${s(p.score)} 分${cap(p)}`,
  'rule.step': (p) => {
    const [gap, each] = STEP_GAP[s(p.direction)] ?? ['低于目标', '低'];
    return (
      `${actual(p)}，${gap} ${s(p.target)} 共 ${amount(p.gap, p.gapUnit)}，` +
      `每${each} ${amount(p.step, p.gapUnit)}扣${perStep(p)}，扣 ${s(p.deducted)} 分${maxDed(p)}，` +
      `得 ${s(p.score)} 分${cap(p)}${mode(p)}`
    );
  },
  'rule.step.zeroBeyond': (p) =>
    `${actual(p)}，${p.direction === 'above' ? '超过' : '低于'} ${s(p.limit)}，不得分`,
  'rule.occurrence.none': (p) =>
    `${p.event === 'unfinished' ? '未完成' : '发生'} 0 ${s(p.unit)}，不扣分，得 ${s(p.score)} 分${cap(p)}`,
  'rule.occurrence': (p) =>
    `${p.event === 'unfinished' ? '未完成' : '发生'} ${s(p.count)} ${s(p.unit)}，每 ${s(p.per)} ${s(p.unit)}扣${perStep(p)}，` +
    `扣 ${s(p.deducted)} 分${maxDed(p)}，得 ${s(p.score)} 分${cap(p)}${mode(p)}`,
  'rule.occurrence.zeroFrom': (p) =>
    `${p.event === 'unfinished' ? '未完成' : '发生'} ${s(p.count)} ${s(p.unit)}，达到 ${s(p.zeroFrom)} ${s(p.unit)}及以上，不得分`,
  'rule.occurrence.zeroKind': (p) => `实际“${s(p.clause)}”，属评分标准中不得分的情形，得 0 分`,
  'rule.occurrence.kinds': (p) =>
    `发生${s(p.counts)}，按各自标准共扣 ${s(p.deducted)} 分，得 ${s(p.score)} 分${cap(p)}`,
  'rule.occurrence.allowed': (p) =>
    `${p.event === 'unfinished' ? '未完成' : '发生'} ${s(p.count)} ${s(p.unit)}，未超过 ${s(p.allowance)} ${s(p.unit)}，不扣分，得 ${s(p.score)} 分${cap(p)}`,
  'rule.occurrence.beyond': (p) =>
    `${p.event === 'unfinished' ? '未完成' : '发生'} ${s(p.count)} ${s(p.unit)}，超过 ${s(p.allowance)} ${s(p.unit)}的 ${s(p.beyond)} ${s(p.unit)}，` +
    `每 ${s(p.per)} ${s(p.unit)}扣${perStep(p)}，扣 ${s(p.deducted)} 分${maxDed(p)}，得 ${s(p.score)} 分${cap(p)}${mode(p)}`,
  'rule.occurrence.rateMet': (p) =>
    `${actual(p)}，达到 ${s(p.level)}，无扣分情形，得 ${s(p.score)} 分${cap(p)}`,
  'rule.occurrence.rateShort': (p) =>
    `实际 ${s(p.actual)} 未达到 ${s(p.level)}，但规则按${s(p.unit)}数扣分，比率看不出${s(p.unit)}数，需人工评分`,
  'rule.perItem': (p) =>
    `达到 ${s(p.count)} 项${p.items === null ? '' : `（共 ${s(p.items)} 项）`}，每项 ${s(p.per)} 分` +
    `${p.total === null ? '' : `，总分 ${s(p.total)} 分`}，得 ${s(p.score)} 分${cap(p)}`,
  'rule.perItem.kinds': (p) =>
    `完成${s(p.counts)}，按各自标准计分${p.total === null ? '' : `（最高 ${s(p.total)} 分）`}，得 ${s(p.score)} 分${cap(p)}`,
  'rule.proportional.met': (p) => `${actual(p)}，达到目标 ${s(p.target)}，得满分 ${s(p.score)} 分${cap(p)}`,
  'rule.proportional.lateDate': (p) =>
    `实际 ${s(p.actual)}，晚于时限 ${s(p.target)}；日期无法按比例计分，需人工评分`,
  'rule.proportional': (p) =>
    `${actual(p)}，目标 ${s(p.target)}，按比例 ${s(p.ratio)}% × ${s(p.full)} 分，得 ${s(p.score)} 分${cap(p)}`,
  'rule.linear.belowFloor': (p) => `${actual(p)}，低于 ${s(p.floor)}，不得分`,
  'rule.linear.met': (p) => `${actual(p)}，达到 ${s(p.target)}，得满分 ${s(p.score)} 分${cap(p)}`,
  'rule.linear': (p) =>
    p.scale === 'interpolate'
      ? `${actual(p)}，在 ${s(p.floor)}–${s(p.target)} 之间线性计分 ${s(p.ratio)}% × ${s(p.full)} 分，得 ${s(p.score)} 分${cap(p)}`
      : `${actual(p)}，在 ${s(p.floor)}–${s(p.target)} 之间按比例 ${s(p.ratio)}% × ${s(p.full)} 分，得 ${s(p.score)} 分${cap(p)}`,
  'rule.exemptionTold': (p) =>
    `${actual(p)}；评分标准规定“${s(p.clause)}”，实际说明有此情形，应扣分数需人工核定`,
  'rule.extraTold': (p) => `${actual(p)}；评分标准规定“${s(p.clause)}”，实际说明有此情形，应扣分数需人工核定`,
  'rule.bonusTold': (p) =>
    `${actual(p)}；按评分标准得 ${s(p.base)} 分，另“${s(p.clause)}”，实际有此情形，加 ${s(p.bonus)} 分，得 ${s(p.score)} 分${cap(p)}`,
  'rule.halvedTold': (p) =>
    `${actual(p)}；按评分标准得 ${s(p.base)} 分，“${s(p.clause)}”，实际已整改，扣分减半为 ${s(p.deducted)} 分，得 ${s(p.score)} 分${cap(p)}`,
  'rule.linear.manual': (p) =>
    `${actual(p)}，在 ${s(p.floor)}–${s(p.target)} 之间“按比例得分”，以上限为基数还是自下限起算各地理解不一，按设置留待人工评分`,
  'rule.band': (p) =>
    `${actual(p)}${p.late === undefined ? '' : `，晚于时限 ${s(p.target)} ${s(p.late)} 天，延迟`} ${band(p)}，得 ${s(p.score)} 分${cap(p)}`,
  'rule.band.none': (p) => `${actual(p)} 不在任何评分档次内，需人工评分`,
  'rule.band.below': (p) => `${actual(p)} 低于最低一档 ${s(p.lower)}，不得分`,
  'rule.band.stepsBelow': (p) =>
    `${actual(p)} 低于最低一档 ${s(p.lower)}，规则写明每低 ${amount(p.step, p.stepUnit)}扣 ${s(p.perStep)} 分，` +
    '但未写明从几分起扣，需人工评分',
  'rule.band.formulaBelow': (p) =>
    `${actual(p)} 低于最低一档 ${s(p.lower)}，按 执行率 × ${s(p.points)} 计，得 ${s(p.score)} 分${cap(p)}`,
  'rule.band.proportionalBelow': (p) =>
    `${actual(p)} 低于最低一档 ${s(p.lower)}，规则写明按比例得分，但未写明按什么比例，需人工评分`,
  'rule.tier': (p) =>
    `实际“${s(p.actual)}”，对应“${p.label === null ? '其他' : s(p.label)}”档，得 ${s(p.score)} 分${cap(p)}`,
  'rule.default.met': (p) =>
    `${actual(p)}，达到目标 ${s(p.target)}，得满分 ${s(p.score)} 分（财预〔2020〕10号默认规则）`,
  'rule.default.ratio': (p) =>
    `${actual(p)}，${p.direction === '<=' ? '超出' : '未达到'}目标 ${s(p.target)}，按 ${s(p.ratio)}% 计 ${s(p.score)} 分（财预〔2020〕10号默认规则）`,
  'rule.default.qualitative': (p) =>
    p.typed != null
      ? `实际“${s(p.actual)}”，${VERDICT[s(p.verdict)] ?? s(p.verdict)}，10号规定得分为分值的 60%–80%（${s(p.low)}–${s(p.high)} 分），自评 ${s(p.typed)} 分在此区间内，予以采用（财预〔2020〕10号默认规则）`
      : `实际“${s(p.actual)}”，${VERDICT[s(p.verdict)] ?? s(p.verdict)}，按 ${s(p.share)}% 计 ${s(p.score)} 分（财预〔2020〕10号默认规则）`,
  'rule.default.date': (p) =>
    `${actual(p)}，${p.met === 1 ? '在' : '晚于'}时限 ${s(p.target)}${p.met === 1 ? '内完成' : ''}，得 ${s(p.score)} 分（财预〔2020〕10号默认规则）`,
  'rule.default.dateManual': (p) =>
    `${actual(p)}，晚于时限 ${s(p.target)}；无评分标准，逾期扣分未作规定，按设置留待人工评分`,
};
