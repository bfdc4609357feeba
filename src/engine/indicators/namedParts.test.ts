import { normalizeValue } from '../grid/normalize';
import { namedPartsRate } from './namedParts';

const rate = (actual: string, name: string, target = '≥90%') => {
  const v = namedPartsRate(normalizeValue(actual), normalizeValue(target), name);
  return v?.kind === 'number' ? [v.value, v.text] : v?.kind;
};

describe('a rate whose name names parts of a list', () => {
  it('is those parts’ share of the whole (hunt61 法援 r9: 优良 is 优秀 and 良好, 87 %, was 98 %)', () => {
    expect(rate('评查案卷200件，优秀48件、良好126件、合格22件、不合格4件', '案件质量评查优良率')).toEqual([
      87,
      '评查案卷200件，优秀48件、良好126件、合格22件、不合格4件 = 87%',
    ]);
  });

  it('takes the whole before 中, or the sum of the parts (hunt63 市政 r16: 一、二类 of 46, 41)', () => {
    expect(rate('46座中一类18座、二类23座、三类5座', '一、二类桥梁占比')).toEqual([
      89.1304,
      '46座中一类18座、二类23座、三类5座 = 89.1304%',
    ]);
    expect(rate('一类18座、二类23座、三类5座', '一、二类桥梁占比')).toEqual([
      89.1304,
      '一类18座、二类23座、三类5座 = 89.1304%',
    ]);
  });

  it('is left as written when the name names no run of parts, or the parts pass the whole', () => {
    expect(rate('评查案卷200件，优秀48件、良好126件、合格22件、不合格4件', '案件质量合格率')).toBe('text');
    expect(rate('评查案卷100件，优秀48件、良好126件', '优良率')).toBe('text');
    expect(rate('优秀48件、良好126件', '优良率')).toBe('text'); // all the parts: nothing to choose
    expect(rate('一类18座、二类23座、三类5座', '一、二类桥梁占比', '≥40座')).toBe('text');
    expect(rate('一类18座、二类23座', '桥梁数量')).toBe('text');
  });
});
