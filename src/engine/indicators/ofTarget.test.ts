import { normalizeValue } from '../grid/normalize';
import { ofTarget } from './ofTarget';

const read = (actual: string, target: string) => {
  const v = ofTarget(normalizeValue(actual), normalizeValue(target));
  return v?.kind === 'number' ? [v.value, v.unit, v.text] : v?.kind;
};

describe('an actual stated as a share of the target (hunt41: 完成目标值的1.3倍 against ≥1亿元 scored 0)', () => {
  it('is that share of the target figure, in its unit, shown with what it comes from', () => {
    expect(read('完成目标值的1.3倍', '≥1亿元')).toEqual([130000000, '元', '完成目标值的1.3倍 = 13000万元']);
    expect(read('为目标值的92%', '≥2000万元')).toEqual([18400000, '元', '为目标值的92% = 1840万元']);
    expect(read('完成计划的95%', '≥1200户')).toEqual([1140, '户', '完成计划的95% = 1140户']);
  });

  it('is that share of a rate target too (hunt43: 完成目标值的96% of ≥95% read as 96 %, 完成目标值的1.05倍 declined)', () => {
    expect(read('完成目标值的96%', '≥95%')).toEqual([91.2, null, '完成目标值的96% = 91.2%']);
    expect(read('完成目标值的1.05倍', '≥90%')).toEqual([94.5, null, '完成目标值的1.05倍 = 94.5%']);
  });

  it('leaves a plain figure and a multiple of something else as they are', () => {
    expect(read('1.3亿元', '≥1亿元')).toEqual([130000000, '元', '1.3亿元']);
    expect(read('是上年的1.3倍', '≥1亿元')).toEqual([1.3, '倍', '是上年的1.3倍']);
  });
});
