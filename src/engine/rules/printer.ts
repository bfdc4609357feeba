/**
 * Prints a rule back as canonical zh-CN 评分标准 text. `parseRule(printRule(r)).rule` deep-equals `r`
 * for every well-formed rule (the property suite checks it), so what the user sees is what scores.
 */
import {
  assertNever,
  lowestLevel,
  type Band,
  type BandsRule,
  type Bound,
  type Tier,
  type Deduction,
  type Direction,
  type Level,
  type Measure,
  type Rule,
  type Target,
} from './ast';
import type { StepMode } from '../settings';

const MEASURE_WORD: Readonly<Record<Measure, string>> = {
  deviation: '偏差',
  growth: '增长',
  fall: '下降',
  late: '延迟',
};

/** Exact digits: String() round-trips every double. */
const num = (x: number): string => String(x);

export function printLevel(l: Level): string {
  if (l.percent) return `${num(l.value)}%`;
  if (l.unit === '元' && l.value >= 1e4 && Number.isInteger(l.value / 1e4))
    return `${num(l.value / 1e4)}万元`;
  return `${num(l.value)}${l.unit ?? ''}`;
}

/** A step size: percentages read as 个百分点. */
function printSize(l: Level): string {
  return l.percent ? `${num(l.value)}个百分点` : printLevel(l);
}

function printPoints(points: number | null): string {
  return points === null ? '满分' : `${num(points)}分`;
}

/** The condition of a 达…记N分 phrase. */
function printReach(target: Target, direction: Direction | null): string {
  if (target === 'table') {
    if (direction === null) return '达标';
    return direction === '>=' ? '不低于目标值' : '不超过目标值';
  }
  return direction === '<=' ? `不超过${printLevel(target)}` : `达${printLevel(target)}及以上`;
}

function printDeduction(d: Deduction): string {
  if (!d.ofWeight) return `${num(d.amount)}分`;
  return `分值的${num(Math.round(d.amount * 100 * 1e9) / 1e9)}%`;
}

function printCap(maxDeduction: number | null, floor?: number): string {
  if (floor !== undefined) return `最低得${num(floor)}分`;
  return maxDeduction === null ? '扣完为止' : `扣满${num(maxDeduction)}分为止`;
}

function printMode(mode: StepMode | null, size: string): string {
  if (mode === null) return '';
  if (mode === 'partial') return `，不足${size}按${size}计`;
  if (mode === 'whole') return `，不足${size}不扣分`;
  return `，不足${size}按比例扣分`;
}

function printBound(b: Bound, side: 'lower' | 'upper', alone: boolean): string {
  const l = printLevel(b.level);
  if (alone) return side === 'lower' ? `${b.inclusive ? '≥' : '>'}${l}` : `${b.inclusive ? '≤' : '<'}${l}`;
  return `${l}${b.inclusive ? '(含)' : '(不含)'}`;
}

function printBand(b: Band): string {
  let cond = '其他';
  if (b.lower && b.upper)
    cond = `${printBound(b.lower, 'lower', false)}-${printBound(b.upper, 'upper', false)}`;
  else if (b.lower) cond = printBound(b.lower, 'lower', true);
  else if (b.upper) cond = printBound(b.upper, 'upper', true);
  return `${cond}${printAward(b, '得')}`;
}

/** `，90%以下每低5个百分点扣2分` or `，85%以下按比例得分`: what the text says under the lowest band. */
function printBelow(rule: BandsRule): string {
  const s = rule.below;
  const lowest = lowestLevel(rule);
  if (!s || !lowest) return '';
  const tail =
    s.kind === 'proportional'
      ? '按比例得分'
      : s.kind === 'formula'
        ? `得分=执行率×${num(s.points)}`
        : `每低${printSize(s.step)}扣${printDeduction(s.deduction)}`;
  return `，${printLevel(lowest)}以下${tail}`;
}

function printAward(x: Band | Tier, verb: '得' | '记'): string {
  if (x.points === null) {
    if (x.share === undefined) return '得满分';
    return x.share === 0.5 ? '得一半分值' : `得${num(Math.round(x.share * 1e6) / 1e4)}%分值`;
  }
  return x.points === 0 ? '不得分' : `${verb}${num(x.points)}分`;
}

/**
 * @example printRule(parseRule('达标记 3 分, 否则不得分。').rule!) // '达标记3分，否则不得分'
 */
export function printRule(rule: Rule): string {
  const measure = 'measure' in rule ? rule.measure : undefined;
  // 按时完成记满分，延迟≤1个月记一半分值，延迟>1个月不得分: each band of a delay says so
  if (rule.kind === 'bands' && measure === 'late')
    return rule.bands
      .map((b) =>
        b.upper?.level.value === 0 && !b.lower ? `按时完成${printAward(b, '记')}` : `延迟${printBand(b)}`,
      )
      .join('，');
  const body = printBody(rule);
  return measure === undefined ? body : `${MEASURE_WORD[measure]}${body}`;
}

function printBody(rule: Rule): string {
  switch (rule.kind) {
    case 'passFail': {
      const reach =
        rule.strict && rule.target !== 'table'
          ? `${rule.direction === '<=' ? '低于' : '高于'}${printLevel(rule.target)}`
          : printReach(rule.target, rule.direction);
      const otherwise = rule.otherwiseManual
        ? '否则酌情评分'
        : rule.missPoints === undefined
          ? '否则不得分'
          : `否则记${printPoints(rule.missPoints)}`;
      return `${reach}记${printPoints(rule.points)}，${otherwise}`;
    }
    case 'step': {
      const size = printSize(rule.step);
      const verb = rule.direction === '>=' ? '低' : '超出';
      const zero = rule.zeroBeyond
        ? `，${rule.direction === '>=' ? '低于' : '超过'}${printLevel(rule.zeroBeyond)}不得分`
        : '';
      return (
        `${printReach(rule.target, rule.direction)}记${printPoints(rule.points)}，` +
        `每${verb}${size}扣${printDeduction(rule.deduction)}，${printCap(rule.maxDeduction, rule.floor)}` +
        printMode(rule.stepMode, size) +
        zero
      );
    }
    case 'perOccurrence': {
      if (rule.kinds) {
        const kinds = rule.kinds.map((k) => `${k.word}事件每${rule.unit}扣${num(k.amount)}分`);
        return `${kinds.join('，')}，${printCap(rule.maxDeduction, rule.floor)}`;
      }
      const size = `${num(rule.per)}${rule.unit}`;
      const unfinished = rule.event === 'unfinished';
      const award = rule.points === null ? '满分' : printPoints(rule.points);
      const head = rule.fullAt
        ? `达到${printLevel(rule.fullAt)}记${award}，`
        : rule.allowance
          ? `不超过${num(rule.allowance)}${rule.unit}记${award}，`
          : rule.points === null
            ? ''
            : `${unfinished ? '全部完成' : '未发生'}记${printPoints(rule.points)}，`;
      const body = unfinished
        ? `有${size}没完成`
        : rule.event === 'leftUndone'
          ? `未完成的，每${size}`
          : rule.allowance
            ? `超过的，每多发生${size}`
            : `每发生${size}`;
      const zero =
        rule.zeroFrom === null
          ? ''
          : `，${unfinished ? '有' : '发生'}${num(rule.zeroFrom)}${rule.unit}及以上不得分`;
      return `${head}${body}扣${printDeduction(rule.deduction)}，${printCap(rule.maxDeduction, rule.floor)}${printMode(rule.stepMode, size)}${zero}`;
    }
    case 'perItem': {
      if (rule.kinds) {
        const unit = rule.kinds.unit;
        const kinds = rule.kinds.each.map((k) => `${k.word}每${unit}得${num(k.amount)}分`).join('，');
        return rule.total === null ? kinds : `${kinds}，最高${num(rule.total)}分`;
      }
      const items = rule.items === null ? '' : `共${num(rule.items)}项，`;
      const total = rule.total === null ? '' : `，总分${num(rule.total)}分`;
      return `${items}每项记${num(rule.pointsPerItem)}分${total}`;
    }
    case 'proportional': {
      const rest = rule.deducted ? '其余按比例扣分' : '其余按比例计分';
      if (rule.target === 'table' && rule.direction === null && rule.points === null && !rule.deducted)
        return '按完成比例计分';
      if (rule.fullFrom) {
        const from = `${rule.fullFrom.inclusive ? '≥' : '>'}${printLevel(rule.fullFrom.level)}`;
        return `${from}记${printPoints(rule.points)}，其余按完成率×分值计分`;
      }
      return `${printReach(rule.target, rule.direction)}记${printPoints(rule.points)}，${rest}`;
    }
    case 'linear': {
      const floor = printLevel(rule.floor);
      const ceiling = rule.ceiling === 'table' ? '目标值' : printLevel(rule.ceiling);
      const how = rule.scale === 'ratio' ? '按比例计分' : '线性计分';
      const full = rule.points === null ? '' : `，满分${num(rule.points)}分`;
      return `低于${floor}不得分，${floor}至${ceiling}之间${how}${full}`;
    }
    case 'bands':
      return rule.bands.map(printBand).join('，') + printBelow(rule);
    case 'tiers':
      return rule.tiers.map((t) => `${t.label ?? '否则'}${printAward(t, '记')}`).join('，');
    case 'default':
      return '按财预〔2020〕10号默认规则计分';
    default:
      return assertNever(rule);
  }
}
