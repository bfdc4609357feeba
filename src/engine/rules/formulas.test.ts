import { normalizeValue } from '../grid/normalize';
import { evaluateRule, parseRule } from './index';

function scored(rule: string, weight: number, target: string, actual: string): number | null {
  const parsed = parseRule(rule);
  if (!parsed.rule) return null;
  const [t, a] = [normalizeValue(target), normalizeValue(actual)];
  return evaluateRule(parsed.rule, { weight, target: t, actual: a, stepMode: 'whole', operator: null }).score;
}

describe('a quotient named as the way to score, with no ×分值 (hunt66: declined)', () => {
  const RULE = '按实际值/目标值计分，最高不超过分值';
  it('scores that share of the points, capped at them', () => {
    expect(scored(RULE, 5, '≥90%', '94%')).toBe(5);
    expect(scored(RULE, 5, '≥90%', '81%')).toBe(4.5);
    expect(scored('按实际完成值/目标值计分', 5, '100人', '80人')).toBe(4);
    expect(scored('按目标值/实际值计分', 5, '≤10天', '20天')).toBe(2.5);
  });
});
