import { normalizeValue } from '../grid/normalize';
import { actualReading } from './cellReaders';
import { actualAgainst } from './rowValues';

// as a row reads it (the sentence's figure first, then its complement)
const read = (actual: string, target: string, name: string) => {
  const v = actualAgainst(actualReading(normalizeValue(actual)), '', normalizeValue(target), {
    name,
    rule: '',
  });
  return v?.kind === 'number' ? [v.value, v.text] : v?.kind;
};

describe('a rate of the misses against a rate of what was covered (hunt119: 漏查率1.6% read as 覆盖率, 0 of 8)', () => {
  it('is read as its complement, shown', () => {
    expect(read('清查法人单位4.2万个，经质量抽查漏查率1.6%', '≥98%', '经济普查清查覆盖率')).toEqual([
      98.4,
      '清查法人单位4.2万个，经质量抽查漏查率1.6% → 100% − 1.6% = 98.4%',
    ]);
  });

  it('is kept where the indicator is the miss rate itself, or its target one to stay under', () => {
    expect(read('差错率1.6%', '≤2%', '统计数据差错率')).toEqual([1.6, '差错率1.6%']);
    expect(read('抽查差错率1.6%', '≥98%', '数据差错率')).toEqual([1.6, '抽查差错率1.6%']);
    expect(read('漏报率1.6%', '≤3%', '直报完整率')).toEqual([1.6, '漏报率1.6%']);
  });

  it('leaves a rate of something else alone', () => {
    expect(read('覆盖率98.4%', '≥98%', '清查覆盖率')).toEqual([98.4, '覆盖率98.4%']);
  });
});
