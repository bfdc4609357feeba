import { normalizeValue } from '../grid/normalize';
import { evaluateRule, parseRule } from './index';
import { createMessages } from '../../i18n';

const zh = createMessages('zh-CN');

function score(rule: string, weight: number, target: string, actual: string): number | null {
  return evaluate(rule, weight, target, actual).score;
}

function evaluate(rule: string, weight: number, target: string, actual: string) {
  const parsed = parseRule(rule).rule;
  if (!parsed) throw new Error(`unparsed: ${rule}`);
  return evaluateRule(parsed, {
    weight,
    target: normalizeValue(target),
    actual: normalizeValue(actual),
    stepMode: 'whole',
    operator: null,
  });
}

describe('deadlines written as periods (hunt50)', () => {
  it('a half year is by its last day', () => {
    expect(score('上半年完成签订得4分，逾期不得分', 4, '2023年上半年', '2023年7月12日签订')).toBe(0);
    expect(score('按时完成得5分，每延迟10天扣1分', 5, '2023年上半年完成', '2023年6月28日完成')).toBe(5);
  });
});

describe('a span of days in a delay (hunt50 商务)', () => {
  const rule = '按期完成得5分，逾期1个月内扣2分，逾期超过1个月不得分';
  it('mid-October is within a month of the third quarter’s end, read by its last day', () => {
    const ev = evaluate(rule, 5, '2023年三季度末', '2023年10月中旬全部建成');
    expect(ev.score).toBe(3);
    expect(zh.explanation(ev.explanation)).toContain('2023-10-20');
  });
});

describe('a span of days', () => {
  it('is scored when every day of it scores the same', () => {
    expect(score('按时举办得4分', 4, '2023年9月', '2023年9月16日-22日')).toBe(4);
    expect(score('按时完成得5分，否则不得分', 5, '2023年9月30日前', '2023年10月上旬完成')).toBe(0);
  });
  it('is declined when the score depends on which day it was', () => {
    const ev = evaluate('按时完成得5分，每延迟5天扣1分', 5, '2023年10月15日前', '2023年10月中旬完成');
    expect(ev.score).toBeNull();
    expect(zh.explanation(ev.explanation)).toContain('2023-10-11');
    expect(score('按时完成得5分，否则不得分', 5, '2023年10月15日前', '2023年10月中旬完成')).toBeNull();
  });
});

describe('loose dates (hunt49)', () => {
  it('a day give or take is met on or before it, and declined after it', () => {
    expect(score('按时启动得5分', 5, '2023年4月23日前后启动', '2023年4月20日启动')).toBe(5);
    expect(score('按时启动得5分', 5, '2023年4月23日前后启动', '2023年4月25日启动')).toBeNull();
  });
  it('a time of day and 准时 are the day itself', () => {
    expect(score('按时试鸣得5分', 5, '2023年9月18日按时试鸣', '2023年9月18日10时准时试鸣')).toBe(5);
  });
});

describe('a step rule’s zero beyond a delay counts the delay, not the date', () => {
  it('half a month late is no whole step of a month, and not past three', () => {
    expect(score('每逾期1个月扣2分，逾期超过3个月不得分', 5, '2023年9月30日', '2023年10月15日')).toBe(5);
    expect(score('每逾期1个月扣2分，逾期超过3个月不得分', 5, '2023年9月30日', '2023年11月30日')).toBe(1);
    expect(score('每逾期1个月扣2分，逾期超过3个月不得分', 5, '2023年9月30日', '2024年1月15日')).toBe(0);
  });
});

describe('a deduction within a delay (hunt50 商务)', () => {
  const rule = '按期完成得5分，逾期1个月内扣2分，逾期超过1个月不得分';
  it('reads as bands of the delay', () => {
    expect(parseRule(rule).rule).toMatchObject({ kind: 'bands', measure: 'late' });
    expect(score(rule, 5, '2023年9月30日', '2023年9月28日')).toBe(5);
    expect(score(rule, 5, '2023年9月30日', '2023年10月15日')).toBe(3);
    expect(score(rule, 5, '2023年9月30日', '2023年11月15日')).toBe(0);
  });
  it('is declined when the points are 得满分 (the deduction has no points to come off)', () => {
    expect(parseRule('按期完成得满分，逾期1个月内扣2分，逾期超过1个月不得分').rule).toBeNull();
  });
});
