/**
 * Quantities the words around them held back (hunt76, hunt78, hunt83): a sign after a name holding
 * digits or a list, a remark naming only months, Chinese numerals in more count units, and a limit
 * named in words with its amount in brackets.
 */
import { num, pct } from '../../../test/support/values';
import { normalizeValue } from './normalize';

describe('quantities held back by the words around them (hunt76, hunt78)', () => {
  it('reads the quantity after a sign, whatever the name before it holds', () => {
    expect(normalizeValue('近3年出版图书占比≥60%')).toEqual(pct(60, '近3年出版图书占比≥60%', '>='));
    expect(normalizeValue('服务留守儿童、残疾人等≥2000人次')).toEqual(
      num(2000, '服务留守儿童、残疾人等≥2000人次', { unit: '人次', op: '>=' }),
    );
    // a clause before the sign is another target, not a name (two targets: no one quantity)
    expect(normalizeValue('平原区100%，丘陵区≥90%').kind).toBe('text');
    // no sign: a figure in the name still makes it no quantity
    expect(normalizeValue('近3年出版图书占比60%').kind).toBe('text');
  });

  it('reads past a remark whose figures only name months or days', () => {
    const text = '全年开展专项检查11次（12月因寒潮暂停）';
    expect(normalizeValue(text)).toEqual(num(11, text, { unit: '次' }));
    // a count in the remark is more than the value says
    expect(normalizeValue('11次（12月暂停1次）').kind).toBe('text');
  });

  it('reads counts in Chinese numerals in more units', () => {
    expect(normalizeValue('四十二车次')).toEqual(num(42, '四十二车次', { unit: '车次' }));
  });
});

describe('a limit named in words with its amount in brackets (hunt83)', () => {
  it('is at most that amount', () => {
    expect(normalizeValue('控制在批复概算（2,000万元）内')).toEqual(
      num(20000000, '控制在批复概算（2,000万元）内', { unit: '元', op: '<=' }),
    );
    expect(normalizeValue('控制在（5%）以内')).toEqual(pct(5, '控制在（5%）以内', '<='));
  });

  it('is no limit without a limit word, or with a bracket of words', () => {
    expect(normalizeValue('控制在合理范围（见附件）内').kind).toBe('text');
    expect(normalizeValue('批复概算（2,000万元）').kind).not.toBe('number');
  });
});

describe('a figure after the period it is stated at (hunt84)', () => {
  it('is the value: 6月底前≥50% against 6月底支付进度41.2% was left to the reviewer', () => {
    expect(normalizeValue('6月底前≥50%')).toEqual(pct(50, '6月底前≥50%', '>='));
    expect(normalizeValue('6月底支付进度41.2%')).toEqual(pct(41.2, '6月底支付进度41.2%'));
    expect(normalizeValue('截至年底完成95%')).toEqual(pct(95, '截至年底完成95%'));
    expect(normalizeValue('12月底前完成3项')).toEqual(num(3, '12月底前完成3项', { unit: '项' }));
  });

  it('a period alone is no figure, and two periods with two figures are two targets', () => {
    expect(normalizeValue('6月底前完成').kind).toBe('text');
    expect(normalizeValue('6月底≥45%，9月底≥75%').kind).toBe('text');
  });
});
