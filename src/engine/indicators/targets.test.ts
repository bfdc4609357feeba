import { normalizeValue } from '../grid/normalize';
import { meetsTarget } from './targets';

const meets = (target: string, actual: string): boolean | null =>
  meetsTarget(normalizeValue(target), normalizeValue(actual), null);

describe('meetsTarget on dates', () => {
  it('a deadline is met on or before it', () => {
    expect(meets('2023年9月30日前', '2023年9月28日')).toBe(true);
    expect(meets('2023年9月30日前', '2023年10月2日')).toBe(false);
  });
  it('a span of days is judged when all its days agree, else not at all', () => {
    expect(meets('2023年9月30日前', '2023年9月中旬')).toBe(true);
    expect(meets('2023年9月30日前', '2023年10月上旬')).toBe(false);
    expect(meets('2023年10月15日前', '2023年10月中旬')).toBeNull();
  });
  it('a day after one given or taken (前后) cannot be told', () => {
    expect(meets('2023年4月23日前后', '2023年4月20日')).toBe(true);
    expect(meets('2023年4月23日前后', '2023年4月25日')).toBeNull();
  });
});

describe('meetsTarget on a count per period', () => {
  it('cannot tell a year’s count against a count per week or quarter inside a longer target (hunt59, hunt57)', () => {
    expect(meets('城区主次干道每周巡查不少于2次', '全年巡查108次')).toBeNull();
    expect(meets('辖区重点水域每季度排查1次', '全年开展排查4次')).toBeNull();
  });
  it('compares a count the actual also states per period, and a target without a period', () => {
    expect(meets('城区主次干道每周巡查不少于2次', '每周巡查3次')).toBe(true);
    expect(meets('城区主次干道每周巡查不少于2次', '每周巡查1次')).toBe(false);
    expect(meets('全年巡查不少于100次', '全年巡查108次')).toBe(true);
  });
});
