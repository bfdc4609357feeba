import { normalizeValue } from '../grid/normalize';
import { surveyRate } from './surveyCounts';

const rate = (actual: string, target = '≥90%') => {
  const v = surveyRate(normalizeValue(actual), normalizeValue(target));
  return v?.kind === 'number' ? [v.value, v.text] : v?.kind;
};

describe('an actual written as a survey’s counts', () => {
  it('is the satisfied share of the valid, returned or issued count', () => {
    expect(rate('调查问卷发放500份，回收480份，满意432份')).toEqual([
      90,
      '调查问卷发放500份，回收480份，满意432份 = 90%',
    ]);
    expect(rate('发放问卷200份，满意186份')).toEqual([93, '发放问卷200份，满意186份 = 93%']);
    expect(rate('发放300份，有效问卷290份，满意人数261人')).toEqual([
      90,
      '发放300份，有效问卷290份，满意人数261人 = 90%',
    ]);
  });

  it('is left as written with graded answers, two satisfied counts, no base or a count past it', () => {
    expect(rate('发放500份，非常满意300份，满意150份')).toBe('text');
    expect(rate('发放500份，满意200份，满意率较高，满意300份')).toBe('text');
    expect(rate('满意432份')).toEqual([432, '满意432份']); // a count as the normaliser reads it
    expect(rate('发放100份，满意120份')).toBe('text');
  });

  it('needs a percent target', () => {
    expect(rate('发放问卷200份，满意186份', '好评')).toBe('text');
  });
});
