import { deniesAsTarget, allWithinTarget, noneAsked, readVerdictText, statesAllDone } from './verdictWords';

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

describe('a verdict in words', () => {
  it('reads 一般 as partly met only where it is the verdict, not an adjective (一般登记)', () => {
    expect(readVerdictText('一般')).toBe('partial');
    expect(readVerdictText('一般，个别台账不完整')).toBe('partial');
    expect(readVerdictText('基本完成')).toBe('partial');
    // hunt33: ordinary registrations in 3 working days read as 一般 (so-so), 0 of 5
    expect(readVerdictText('一般登记3个工作日内办结，抵押登记1个工作日办结')).toBeNull();
    expect(readVerdictText('一般性支出压减12%')).toBeNull();
    // hunt34: 基本生活标准 is the basic living standard, not 基本 (mostly); 0 of 6 for 1.34 times the floor
    expect(readVerdictText('基本生活标准每人每月1,100元，当地低保标准每人每月820元')).toBeNull();
    expect(readVerdictText('基本完成')).toBe('partial');
  });

  it('reads an excess denied as a limit kept (hunt74: 未超预算 against 不超过预算, not met)', () => {
    expect(readVerdictText('未超预算')).toBe('met');
    expect(readVerdictText('没有超支')).toBe('met');
    expect(readVerdictText('未完成')).toBe('notMet');
    expect(readVerdictText('超支')).toBeNull();
  });
});

describe('none of what is asked none of', () => {
  it('reads a clause of none naming the thing the target or rule asks none of, beside other figures', () => {
    expect(noneAsked('春运期间日均发送旅客1.1万人次，未发生旅客滞留', ['零滞留'])).toBe(true);
    expect(noneAsked('日均发送旅客1.1万人次，未发生旅客滞留', ['无滞留得满分'])).toBe(true);
    expect(noneAsked('全年无安全责任事故', ['杜绝安全责任事故'])).toBe(true);
  });

  it('does not read a none of something else, one another clause counts, or words that only contain 无', () => {
    expect(noneAsked('日均发送旅客1.1万人次，未发生安全事故', ['零滞留'])).toBe(false);
    expect(noneAsked('未发生旅客滞留，短时滞留2次', ['零滞留'])).toBe(false);
    // 无人机 asked for, not none of: the target's words go on after it
    expect(noneAsked('无人机巡查', ['无人机巡查全覆盖'])).toBe(false);
    expect(noneAsked('旅客滞留0次', ['零滞留'])).toBe(false);
  });
});

describe('deniesAsTarget', () => {
  it('meets a target denying the same thing, or asking the opposite of what is denied', () => {
    expect(deniesAsTarget('未下降', '不下降')).toBe(true);
    expect(deniesAsTarget('没有下降。', '不下降')).toBe(true);
    expect(deniesAsTarget('无违规', '合规')).toBe(true);
    expect(deniesAsTarget('未发生违规处置情况', '规范')).toBe(true);
  });

  it('is no meeting for another thing, a count, or a doubt after it', () => {
    expect(deniesAsTarget('未完成', '不下降')).toBe(false);
    expect(deniesAsTarget('未下降', '下降5%')).toBe(false);
    expect(deniesAsTarget('无违规2起', '合规')).toBe(false);
    expect(deniesAsTarget('未下降，但部分地块下降', '不下降')).toBe(false);
  });
});
