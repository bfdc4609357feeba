import { normalizeValue } from '../grid/normalize';
import { daysAgainstLimit } from './dayLimit';

const judge = (actual: string, target: string) => daysAgainstLimit(actual, normalizeValue(target));

describe('daysAgainstLimit', () => {
  it('meets a limit in days when every span said is within it', () => {
    expect(judge('预算批复后第15日公开，决算批复后第18日公开', '20天')).toBe('met');
    expect(judge('预算批复后15日内公开，决算批复后18日内公开', '批复后20日内')).toBe('met');
    expect(judge('均在收到资金后25日内拨付到位', '收到上级资金后30日内拨付')).toBe('met');
    expect(judge('预算批复后第25日公开', '批复后20日内')).toBe('notMet');
  });

  it('says nothing of an average, a date, another figure or another kind of day', () => {
    expect(judge('平均办结时长42日', '60日内办结')).toBeNull();
    expect(judge('全部在60日内办结，超期2件', '60日内办结')).toBeNull();
    expect(judge('部门决算8月10日批复，9月5日公开', '批复后20日内公开')).toBeNull();
    expect(judge('10个工作日内办结', '20天')).toBeNull();
    expect(judge('3个工作日内办结', '≤5个工作日')).toBe('met');
  });
});
