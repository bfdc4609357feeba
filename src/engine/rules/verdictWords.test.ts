import { allWithinTarget, statesAllDone } from './verdictWords';

describe('everything done, in words', () => {
  it('reads 全部 / 均已 with no number, and a remark that counts the whole', () => {
    expect(statesAllDone('全部公开')).toBe(true);
    expect(statesAllDone('均已按期拨付')).toBe(true);
    expect(statesAllDone('全部公开，已整改')).toBe(true);
    expect(statesAllDone('全部审核，共87件')).toBe(true);
  });

  it('does not read a negation, a number of its own or a remark that counts a fault', () => {
    expect(statesAllDone('全部未完成')).toBe(false);
    expect(statesAllDone('全部公开3项')).toBe(false);
    expect(statesAllDone('全部审核，其中2件未审核')).toBe(false);
    expect(statesAllDone('全部审核，共87件，未整改2件')).toBe(false);
  });

  it('finds 全部 followed by the target’s own words, with the remark after', () => {
    expect(allWithinTarget('全部在60日内办结', '60日内办结')).toBe('');
    expect(allWithinTarget('全部在60日内办结，平均办结时长42日', '60日内办结')).toBe('平均办结时长42日');
    expect(allWithinTarget('全部在90日内办结', '60日内办结')).toBeNull();
    expect(allWithinTarget('60日内办结', '60日内办结')).toBeNull();
  });
});
