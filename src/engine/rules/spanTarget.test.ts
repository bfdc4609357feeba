import { normalizeValue } from '../grid/normalize';
import { spanOf, withinSpan } from './spanTarget';

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

describe('withinSpan', () => {
  const s = span('6-8元/份')!;
  it('takes both ends in, and declines another unit', () => {
    expect(withinSpan(normalizeValue('6元/份'), s)).toBe(true);
    expect(withinSpan(normalizeValue('8元/份'), s)).toBe(true);
    expect(withinSpan(normalizeValue('8.1元/份'), s)).toBe(false);
    expect(withinSpan(normalizeValue('7%'), s)).toBeNull();
    expect(withinSpan(normalizeValue('7'), s)).toBeNull();
  });
});
