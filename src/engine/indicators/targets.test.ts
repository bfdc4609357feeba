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
