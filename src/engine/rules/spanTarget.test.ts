import { normalizeValue } from '../grid/normalize';
import { placeInSpan, spanOf, spanVerdict } from './spanTarget';

const span = (text: string) => spanOf(normalizeValue(text));

describe('spanOf', () => {
  it('reads a span with its unit or percent, words before it allowed', () => {
    expect(span('6-8元/份')).toMatchObject({ low: 6, high: 8, percent: false, unit: '元/份' });
    expect(span('3%-5%')).toMatchObject({ low: 3, high: 5, percent: true });
    expect(span('60-70%')).toMatchObject({ low: 60, high: 70, percent: true });
    expect(span('3%至5%')).toMatchObject({ low: 3, high: 5, percent: true });
    expect(span('同地段市场租金的60%-70%')).toMatchObject({ low: 60, high: 70, percent: true });
  });

  it('is no span for years, reversed ends, mixed kinds or a bound', () => {
    expect(span('2024-2025年')).toBeNull();
    expect(span('8-6元')).toBeNull();
    expect(span('60%-70')).toBeNull();
    expect(span('≥60%')).toBeNull();
    expect(span('全部完成')).toBeNull();
  });
});

describe('placeInSpan', () => {
  const s = span('6-8元/份')!;
  it('takes both ends in, and declines another unit', () => {
    expect(placeInSpan(normalizeValue('6元/份'), s)).toBe('inside');
    expect(placeInSpan(normalizeValue('8元/份'), s)).toBe('inside');
    expect(placeInSpan(normalizeValue('8.1元/份'), s)).toBe('above');
    expect(placeInSpan(normalizeValue('5元/份'), s)).toBe('below');
    expect(placeInSpan(normalizeValue('7%'), s)).toBeNull();
    expect(placeInSpan(normalizeValue('7'), s)).toBeNull();
  });

  it('reads a low end written with its scale (15万-20万元)', () => {
    expect(span('每站每年15万-20万元')).toMatchObject({ low: 150000, high: 200000, unit: '元' });
    expect(placeInSpan(normalizeValue('18万元'), span('每站每年15万-20万元')!)).toBe('inside');
  });
});

describe('spanVerdict', () => {
  const s = span('300～350户')!;
  it('misses above the span only when the rule asks to stay within it (hunt82)', () => {
    expect(spanVerdict(normalizeValue('362户'), s, '完成指标值得满分')).toBeNull();
    expect(spanVerdict(normalizeValue('362户'), s, '在区间内得满分，超出区间不得分')).toBe(false);
    expect(spanVerdict(normalizeValue('290户'), s, '完成指标值得满分')).toBe(false);
    expect(spanVerdict(normalizeValue('320户'), s, '完成指标值得满分')).toBe(true);
  });
});
