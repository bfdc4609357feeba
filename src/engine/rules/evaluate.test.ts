import type { Comparator, NormalizedValue } from '../grid/value';
import { deduction, level, stepRule } from './ast';
import {
  canProduce,
  defaultRule,
  evaluateRule,
  fullPoints,
  needsActual,
  parseRule,
  type EvalInput,
  type Rule,
} from './index';

const pct = (value: number, op: Comparator | null = null): NormalizedValue => ({
  kind: 'number',
  value,
  percent: true,
  unit: null,
  op,
  text: `${value}%`,
});
const num = (value: number, unit: string | null = null, op: Comparator | null = null): NormalizedValue => ({
  kind: 'number',
  value,
  percent: false,
  unit,
  op,
  text: `${value}${unit ?? ''}`,
});
const words = (text: string, achievement: 'met' | 'partial' | 'notMet' | null = null): NormalizedValue => ({
  kind: 'text',
  achievement,
  text,
});
const date = (iso: string): NormalizedValue => ({ kind: 'date', iso, op: null, text: iso });

const rule = (text: string): Rule => {
  const r = parseRule(text).rule;
  if (!r) throw new Error(`did not parse: ${text}`);
  return r;
};
const input = (
  weight: number,
  target: NormalizedValue | null,
  actual: NormalizedValue | null,
  extra: Partial<EvalInput> = {},
): EvalInput => ({
  weight,
  target,
  actual,
  stepMode: 'whole',
  ...extra,
});

describe('按比例 inside a range with a floor (the rangeProportion setting; hunt111, hunt115)', () => {
  const text = '满意度≥90%得满分；80%-90%按比例得分；低于80%不得分';
  const at = (actual: number, extra: Partial<EvalInput> = {}) =>
    evaluateRule(rule(text), input(5, pct(90, '>='), pct(actual), extra));

  it('reads actual ÷ the top by default, from the floor with `interpolate`, by hand with `manual`', () => {
    expect(at(86).score).toBeCloseTo(4.78, 2);
    expect(at(86, { rangeProportion: 'interpolate' }).score).toBe(3);
    const manual = at(86, { rangeProportion: 'manual' });
    expect([manual.score, manual.explanation.key]).toEqual([null, 'rule.linear.manual']);
  });

  it('keeps full points at the top and 0 under the floor whatever the setting', () => {
    expect(at(91, { rangeProportion: 'manual' }).score).toBe(5);
    expect(at(79, { rangeProportion: 'manual' }).score).toBe(0);
  });

  it('leaves 线性 from the floor whatever the setting', () => {
    const linear = parseRule('低于80%不得分，80%-90%之间线性计分，90%以上得满分').rule!;
    expect(evaluateRule(linear, input(5, pct(90, '>='), pct(86), { rangeProportion: 'ratio' })).score).toBe(
      3,
    );
  });
});

describe('10号 default rule, a date done late (the lateWithoutRule setting)', () => {
  const deadline: NormalizedValue = { kind: 'date', iso: '2024-12-31', op: '<=', text: '2024年12月31日前' };
  it('scores 0 by default, and leaves the row to the reviewer with `manual`', () => {
    const late = input(3, deadline, date('2025-01-20'));
    expect(evaluateRule(defaultRule(), late).score).toBe(0);
    const manual = evaluateRule(defaultRule(), { ...late, lateWithoutRule: 'manual' });
    expect([manual.score, manual.explanation.key]).toEqual([null, 'rule.default.dateManual']);
  });

  it('scores a date on time in full either way', () => {
    const onTime = input(3, deadline, date('2024-12-20'), { lateWithoutRule: 'manual' });
    expect(evaluateRule(defaultRule(), onTime).score).toBe(3);
  });
});

describe('10号 default rule', () => {
  const score = (i: EvalInput) => evaluateRule(defaultRule(), i).score;

  test('quantitative: met → full, missed → actual/target × weight', () => {
    expect(score(input(10, pct(95), pct(98)))).toBe(10);
    expect(score(input(10, pct(100), pct(87.5)))).toBe(8.75);
    expect(score(input(20, num(500, '户'), num(480, '户')))).toBe(19.2);
  });

  test('a ≤ target exceeded → target/actual × weight, from the target cell or the operator column', () => {
    expect(score(input(10, num(30, '天', '<='), num(40, '天')))).toBe(7.5);
    expect(score(input(10, num(30, '天'), num(40, '天'), { operator: '<=' }))).toBe(7.5);
    expect(score(input(10, num(30, '天'), num(20, '天'), { operator: '<=' }))).toBe(10);
  });

  test('qualitative: 达成 full, 部分达成 70 %, 未达成 0', () => {
    expect(score(input(10, words('达标'), words('达成', 'met')))).toBe(10);
    expect(score(input(10, words('达标'), words('基本达成', 'partial')))).toBe(7);
    expect(score(input(10, words('达标'), words('未达成', 'notMet')))).toBe(0);
  });

  test('dates: a deadline met or missed', () => {
    expect(score(input(5, date('2021-12-31'), date('2021-12-20')))).toBe(5);
    expect(score(input(5, date('2021-12-31'), date('2022-01-05')))).toBe(0);
  });

  test('never invents a score', () => {
    expect(evaluateRule(defaultRule(), input(5, pct(90), null)).explanation.key).toBe('rule.needsActual');
    expect(evaluateRule(defaultRule(), input(5, null, pct(90))).explanation.key).toBe('rule.needsTarget');
    expect(evaluateRule(defaultRule(), input(5, pct(90), num(0.9))).explanation.key).toBe(
      'rule.unitMismatch',
    );
    expect(evaluateRule(defaultRule(), input(5, words('显著提升'), words('有所提升'))).score).toBeNull();
    expect(evaluateRule(defaultRule(), input(Number.NaN, pct(90), pct(90))).explanation.key).toBe(
      'rule.needsWeight',
    );
  });
});

describe('evaluateRule', () => {
  test('scores are capped at the weight and say so', () => {
    const ev = evaluateRule(
      rule('网络和信息资源安全稳定记2分。'),
      input(1, words('安全稳定'), words('安全稳定')),
    );
    expect(ev.score).toBe(1);
    expect(ev.explanation.params.capped).toBe(1);
  });

  test('step explanations carry the step semantics used', () => {
    const r = rule('达100%记2分，每低5个百分点扣1分');
    for (const stepMode of ['whole', 'partial', 'proportional'] as const) {
      const ev = evaluateRule(r, input(2, pct(100), pct(93), { stepMode }));
      expect(ev.explanation.params.mode).toBe(stepMode);
    }
    expect(evaluateRule(r, input(2, pct(100), pct(93), { stepMode: 'whole' })).score).toBe(1);
    expect(evaluateRule(r, input(2, pct(100), pct(93), { stepMode: 'partial' })).score).toBe(0);
    expect(evaluateRule(r, input(2, pct(100), pct(93), { stepMode: 'proportional' })).score).toBe(0.6);
  });

  test('decimal-safe step counting', () => {
    const r = stepRule({
      points: 2,
      target: level(1),
      direction: '>=',
      step: level(0.05),
      deduction: deduction(1),
    });
    expect(evaluateRule(r, input(2, null, num(0.9))).score).toBe(0);
  });

  test('absence: 无 counts as zero occurrences', () => {
    expect(evaluateRule(rule('无违纪违法发生记2分'), input(2, num(0), words('无'))).score).toBe(2);
    expect(evaluateRule(rule('每发生1起扣1分'), input(3, num(0), words('无'))).score).toBe(3);
  });
});

describe('fullPoints / needsActual / canProduce', () => {
  test('fullPoints', () => {
    expect(fullPoints(rule('达标记2分，否则不得分'))).toBe(2);
    expect(fullPoints(rule('每一项记1分，总分3分'))).toBe(3);
    expect(fullPoints(rule('共4项，每项记0.5分'))).toBe(2);
    expect(fullPoints(rule('按完成比例计分'))).toBeNull();
    expect(fullPoints(rule('≥90%得10分，80%(含)-90%得6分'))).toBe(10);
    expect(fullPoints(defaultRule())).toBeNull();
  });

  test('needsActual: measured rules yes, verdict rules no', () => {
    expect(needsActual(rule('达100%记2分，每低5个百分点扣1分'))).toBe(true);
    expect(needsActual(rule('档案星级管理达3级及以上记1分'))).toBe(true);
    expect(needsActual(defaultRule())).toBe(true);
    expect(needsActual(rule('达标记3分，否则不得分'))).toBe(false);
    expect(needsActual(rule('规范记4分，基本规范记2分，不规范不得分'))).toBe(false);
    expect(needsActual(rule('每一项记1分，总分3分'))).toBe(false);
  });

  test('seed pass/fail on weight 3: 3 and 0 yes, 2 no', () => {
    const r = rule('达标记3分，否则不得分');
    expect([3, 0, 2].map((s) => canProduce(r, s, 3))).toEqual([true, true, false]);
  });

  test('a rule awarding 2 on a weight of 1 produces 1 and 0', () => {
    const r = rule('网络和信息资源安全稳定记2分。出现故障影响安全不得分。');
    expect([1, 0, 2].map((s) => canProduce(r, s, 1))).toEqual([true, true, false]);
  });

  test('steps: whole by default, any value with proportional steps', () => {
    const r = rule('达100%记3分，低于2个百分点扣1分');
    expect([3, 2, 1, 0, 2.5].map((s) => canProduce(r, s, 3))).toEqual([true, true, true, true, false]);
    expect(canProduce(r, 2.5, 3, 'proportional')).toBe(true);
    expect(canProduce(rule('每低1个百分点扣0.5分，扣满2分为止'), 0.5, 3)).toBe(false);
  });

  test('per item of 1: integers; proportional: anything in [0, weight]', () => {
    const items = rule('每一项记1分，总分3分');
    expect([0, 1, 2, 3, 1.5, 4].map((s) => canProduce(items, s, 3))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    const prop = rule('按完成比例计分');
    expect([0, 3.33, 10, 10.01, -1].map((s) => canProduce(prop, s, 10))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
