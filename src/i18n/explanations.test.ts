import { EXPLANATION_KEYS, type ExplanationKey, type Params } from '../engine/rules/explain';
import { explanations as en } from './explanations.en';
import { explanations as zh } from './explanations.zh-CN';

/** Params a rich explanation may carry; every template must render them without leaking holes. */
const SAMPLE: Params = {
  actual: '86%',
  target: '100%',
  basis: null,
  score: 1.5,
  weight: 2,
  capped: 2,
  mode: 'whole',
  direction: 'below',
  gap: '14',
  gapUnit: 'pp',
  step: '5',
  perStep: '0.5',
  share: '20',
  steps: '2',
  deducted: '1',
  maxDeduction: 3,
  limit: '60%',
  count: '2',
  per: 1,
  unit: '项',
  event: 'unfinished',
  items: 3,
  total: 3,
  verdict: 'partial',
  ratio: '86',
  full: 2,
  floor: '60%',
  scale: 'ratio',
  lower: '80%',
  lowerIncl: 1,
  upper: '90%',
  upperIncl: 0,
  label: '基本规范',
  points: '2',
  met: 1,
};

test('zh-CN and en have the same explanation keys, and exactly the evaluator’s keys', () => {
  const keys = [...EXPLANATION_KEYS].sort();
  expect(Object.keys(zh).sort()).toEqual(keys);
  expect(Object.keys(en).sort()).toEqual(keys);
});

test.each(EXPLANATION_KEYS.map((k) => [k]))('%s renders one line in both locales', (key: ExplanationKey) => {
  for (const text of [zh[key](SAMPLE), en[key](SAMPLE), zh[key]({}), en[key]({})]) {
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/undefined|NaN|\[object/);
    expect(text).not.toContain('\n');
  }
  expect(zh[key](SAMPLE)).toMatch(/[\u4e00-\u9fff]/);
  // Units and labels are the workbook's own words; the template around them is English.
  expect(en[key]({ ...SAMPLE, unit: 'items', label: 'basic' })).not.toMatch(/[\u4e00-\u9fff]/);
});

test('English says 1 pt, 2 pts', () => {
  const p = { ...SAMPLE, capped: null, actual: '95%', target: '≥90%' };
  expect(en['rule.passFail.met']({ ...p, score: 1 })).toBe('actual 95% meets the target ≥90%: 1 pt');
  expect(en['rule.passFail.met']({ ...p, score: 1.5 })).toBe('actual 95% meets the target ≥90%: 1.5 pts');
});

test('step explanations name the step semantics in both locales', () => {
  for (const mode of ['whole', 'partial', 'proportional']) {
    const p = { ...SAMPLE, mode };
    expect(zh['rule.step'](p)).toMatch(/整步计|不足一步按一步计|按比例计/);
    expect(en['rule.step'](p)).toMatch(/whole steps|partial step counts|proportional steps/);
  }
  expect(
    zh['rule.step']({
      ...SAMPLE,
      capped: null,
      share: null,
      perStep: '1',
      gap: '10',
      deducted: '2',
      score: 0,
      maxDeduction: null,
      actual: '90%',
    }),
  ).toBe(
    '实际 90%，低于目标 100% 共 10 个百分点，每低 5 个百分点扣 1 分，扣 2 分，得 0 分（整步计，不足一步不扣）',
  );
});
