import { dateInYear } from './dates';
import { normalizeValue } from './normalize';
import type { NormalizedValue } from './value';

const date = (iso: string, text: string, more: Partial<NormalizedValue> = {}): NormalizedValue =>
  ({ kind: 'date', iso, op: null, text, ...more }) as NormalizedValue;

describe('periods written as deadlines (hunt50)', () => {
  it.each([
    ['2023年上半年', '2023-06-30'],
    ['2023年上半年完成', '2023-06-30'],
    ['2023年下半年', '2023-12-31'],
    ['2023年年中', '2023-06-30'],
    ['2023年年底', '2023-12-31'],
    ['2023年年末完成', '2023-12-31'],
  ])('%s is read by its last day', (text, iso) => {
    expect(normalizeValue(text)).toEqual(date(iso, text));
  });

  it('a half before 前 is a deadline', () => {
    expect(normalizeValue('2023年上半年前完成')).toEqual(
      date('2023-06-30', '2023年上半年前完成', { op: '<=' }),
    );
  });

  it.each([
    ['上半年', '2023-06-30'],
    ['上半年完成', '2023-06-30'],
    ['下半年', '2023-12-31'],
    ['年中', '2023-06-30'],
    ['三季度末', '2023-09-30'],
    ['第一季度', '2023-03-31'],
    ['二季度末', '2023-06-30'],
    ['四季度', '2023-12-31'],
  ])('yearless %s takes the year it is read in', (text, iso) => {
    expect(dateInYear(text, 2023)).toMatchObject({ kind: 'date', iso });
  });

  it('words with a half that are no date stay what they were', () => {
    expect(normalizeValue('上半年完成率95%')).toMatchObject({ kind: 'number', value: 95, percent: true });
    expect(dateInYear('上半年完成率95%', 2023)).toBeNull();
    expect(dateInYear('上半年度', 2023)).toBeNull();
  });
});

describe('dates written loosely', () => {
  // a reviewer takes 中旬 as the 11th to the 20th: the latest day is what a deadline check uses,
  // and the earliest is kept so a check that depends on the day can decline
  it.each([
    ['2023年10月上旬', '2023-10-10', '2023-10-01'],
    ['2023年10月中旬全部建成', '2023-10-20', '2023-10-11'],
    ['2023年2月下旬', '2023-02-28', '2023-02-21'],
  ])('%s is a span of days', (text, iso, from) => {
    expect(normalizeValue(text)).toEqual(date(iso, text, { from }));
  });

  it('a span of days, written as a range (hunt51)', () => {
    expect(dateInYear('9月16日-22日', 2023)).toMatchObject({ iso: '2023-09-22', from: '2023-09-16' });
    expect(normalizeValue('2023年9月16日至22日')).toMatchObject({ iso: '2023-09-22', from: '2023-09-16' });
    expect(normalizeValue('2023年9月16-22日举办')).toMatchObject({ iso: '2023-09-22', from: '2023-09-16' });
    expect(normalizeValue('2023年9月28日-10月3日')).toMatchObject({ iso: '2023-10-03', from: '2023-09-28' });
    // a range that runs backwards is no range
    expect(normalizeValue('2023年9月22日-16日').kind).toBe('text');
  });

  it('a time of day is the day (hunt49)', () => {
    expect(dateInYear('9月18日10时准时试鸣', 2023)).toMatchObject({ iso: '2023-09-18', op: null });
    expect(normalizeValue('2023年9月18日10:00启动')).toMatchObject({ kind: 'date', iso: '2023-09-18' });
  });

  it('on time, then what was done (hunt49)', () => {
    expect(dateInYear('9月18日按时试鸣', 2023)).toMatchObject({ iso: '2023-09-18', op: null });
    expect(normalizeValue('2023年9月18日按时试鸣')).toMatchObject({ kind: 'date', iso: '2023-09-18' });
    // a number after it is more than the date says
    expect(normalizeValue('2023年9月18日按时试鸣3次').kind).toBe('text');
  });

  it('words before it that only say when (hunt78)', () => {
    expect(normalizeValue('已于2025年12月20日完成上线运行')).toMatchObject({
      kind: 'date',
      iso: '2025-12-20',
    });
    expect(normalizeValue('于2025年6月底前完成')).toMatchObject({
      kind: 'date',
      iso: '2025-06-30',
      op: '<=',
    });
    // 于 that is part of a word is no lead
    expect(normalizeValue('于是2025年').kind).not.toBe('date');
  });

  it('a day give or take is about that day, no deadline (hunt49)', () => {
    expect(dateInYear('4月23日前后启动', 2023)).toEqual({
      kind: 'date',
      iso: '2023-04-23',
      op: null,
      around: true,
    });
    expect(normalizeValue('2023年4月23日左右')).toMatchObject({ iso: '2023-04-23', around: true });
  });

  it('a date in the next year (次年, hunt58) is read in the year after', () => {
    expect(dateInYear('次年4月底前', 2023)).toMatchObject({ iso: '2024-04-30', op: '<=' });
    expect(dateInYear('次年一季度末前完成', 2023)).toMatchObject({ iso: '2024-03-31', op: '<=' });
    expect(dateInYear('次年3月', 2023)).toMatchObject({ iso: '2024-03-31' });
    expect(dateInYear('次年度预算', 2023)).toBeNull();
  });

  it('a month alone, yearless (hunt51)', () => {
    expect(dateInYear('9月', 2023)).toMatchObject({ iso: '2023-09-30' });
  });
});
