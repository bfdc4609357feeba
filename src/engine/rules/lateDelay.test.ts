import { normalizeValue } from '../grid/normalize';
import { evaluateRule, parseRule } from './index';

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
