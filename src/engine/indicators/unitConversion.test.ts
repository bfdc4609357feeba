import { normalizeValue } from '../grid/normalize';
import { inTargetUnit } from './unitConversion';

const convert = (actual: string, target: string) => {
  const v = inTargetUnit(normalizeValue(actual), normalizeValue(target));
  return v?.kind === 'number' ? [v.value, v.unit, v.text] : v?.kind;
};

describe('an actual in another unit of the target’s kind', () => {
  it('is converted to the target’s unit, lengths, areas and weights', () => {
    expect(convert('4300米', '≥4.5公里')).toEqual([4.3, '公里', '4300米 = 4.3公里']);
    expect(convert('0.72公里', '800米')).toEqual([720, '米', '0.72公里 = 720米']);
    expect(convert('1.8公顷', '2万平方米')).toEqual([18000, '平方米', '1.8公顷 = 18000平方米']);
    expect(convert('90公顷', '1500亩')).toEqual([1350, '亩', '90公顷 = 1350亩']);
    expect(convert('1.5吨', '2000公斤')).toEqual([1500, '公斤', '1.5吨 = 1500公斤']);
  });

  it('is converted between spans of time, seconds to days (hunt74: 平均55秒 against ≤1分钟, not met)', () => {
    expect(convert('平均55秒', '≤1分钟')).toEqual([0.916667, '分钟', '平均55秒 = 0.916667分钟']);
    expect(convert('50小时', '≤2天')).toEqual([2.083333, '天', '50小时 = 2.083333天']);
    // 分 is points, not minutes; 工作日 are not days
    expect(convert('3分', '≤5分钟')).toEqual([3, '分', '3分']);
    expect(convert('48小时', '≤3个工作日')).toEqual([48, '小时', '48小时']);
  });

  it('is left alone in the same unit, in units of other kinds, or in percent', () => {
    expect(convert('4300米', '4500米')).toEqual([4300, '米', '4300米']);
    expect(convert('1200人次', '1000人')).toEqual([1200, '人次', '1200人次']);
    expect(convert('30公里', '95%')).toEqual([30, '公里', '30公里']);
  });
});
