import { normalizeValue } from '../grid/normalize';
import { withoutRequiredRemark } from './requiredRemark';
import { actualAgainst } from './rowValues';

const read = (actual: string, target: string) => {
  const v = withoutRequiredRemark(normalizeValue(actual), normalizeValue(target));
  return v?.kind === 'date' ? ['date', v.iso, v.text] : v?.kind;
};

describe('a date beside a bracketed remark restating what was required (hunt92: left as words)', () => {
  it('is the date the sentence reports, its text kept', () => {
    expect(read('2022年11月3日报送（财政要求10月31日前报送）。', '2022年10月31日前')).toEqual([
      'date',
      '2022-11-03',
      '2022年11月3日报送（财政要求10月31日前报送）。',
    ]);
  });

  it('keeps any other remark, and any target that is not a date', () => {
    expect(read('2022年11月3日报送（10月31日前已初报）。', '2022年10月31日前')).toBe('text');
    expect(read('2022年11月3日报送（财政要求10月31日前报送）。', '100%')).toBe('text');
  });
});

it('is what the row reader hands the rules (actualAgainst)', () => {
  const v = actualAgainst(
    normalizeValue('2022年11月3日报送（财政要求10月31日前报送）。'),
    '',
    normalizeValue('2022年10月31日前'),
    { name: '预算报送及时性', rule: '按财政规定时限报送部门预算得1分，否则不得分。' },
  );
  expect(v?.kind === 'date' ? v.iso : v?.kind).toBe('2022-11-03');
});

it('reads a figure beside a remark restating its target without the remark (hunt113: a share of 81 %)', () => {
  const v = actualAgainst(normalizeValue('建档率92.6%（目标90%）'), '', normalizeValue('≥90%'), {
    name: '居民电子健康档案建档率',
    rule: '≥90%得满分，每低1个百分点扣0.5分',
  });
  expect(v?.kind === 'number' ? [v.value, v.percent] : v?.kind).toEqual([92.6, true]);
});
