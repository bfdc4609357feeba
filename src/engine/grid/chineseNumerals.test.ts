import { parseChineseNumeral } from './chineseNumerals';

describe('parseChineseNumeral', () => {
  test.each([
    ['零', 0],
    ['三', 3],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['一千零一十', 1010],
    ['三千零五十', 3050],
    ['一万二千', 12000],
    ['两万', 20000],
    ['一万零五', 10005],
    ['三亿五千万', 350000000],
    ['叁拾', 30],
    ['二〇二一', 2021],
    ['一九九八', 1998],
    ['三点五', 3.5],
    ['九十九点零五', 99.05],
  ] as const)('%s → %d', (text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected);
  });

  test.each(['', '三五', '十十', '百十百', '万', '亿', '零十', '三点', '三点五点', '点五', 'abc', '三个'])(
    '%s → null',
    (text) => {
      expect(parseChineseNumeral(text)).toBeNull();
    },
  );
});
