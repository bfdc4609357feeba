import { normalizeValue } from '../grid/normalize';
import { spendRate } from './spendRate';

const rate = (actual: string, target: string) => {
  const v = spendRate(normalizeValue(actual), normalizeValue(target));
  return v?.kind === 'number' ? v.value : v?.kind;
};

describe('what was spent as a share of the budget, against an execution rate (hunt32: a typed 3 kept at 104 %)', () => {
  it('is the spent amount over the budget', () => {
    expect(rate('公用经费预算128.6万元，实际支出133.9万元', '≤100%')).toBe(104.1213);
    expect(rate('全年预算数6,318.5万元，执行5,402.3万元', '≥90%')).toBe(85.4997);
    expect(rate('全年预算3420.6万元，决算支出3198.2万元', '100%')).toBe(93.4982);
    // a quotient written out (hunt97: the typed full 5 was kept at 92.69 %)
    expect(rate('全年支出13470万元/全年预算14532万元', '≥95%')).toBe(92.692);
  });

  it('takes the adjusted budget when the original is stated beside it (执行率 on 全年预算数)', () => {
    expect(rate('年初预算612.4万元，调整后预算688.0万元，全年支出653.6万元', '100%')).toBe(95);
  });

  it('shows the amounts it comes from', () => {
    const v = spendRate(normalizeValue('预算50万元，支出45万元'), normalizeValue('≥95%'));
    expect(v?.text).toBe('预算50万元，支出45万元 = 90%');
  });

  it('leaves a stated rate, a saving target, other targets and unclear sentences alone', () => {
    expect(rate('全年预算数865.3万元，执行831.2万元，执行率96.06%', '≥95%')).toBe('text');
    expect(rate('预算100万元，实际支出90万元', '≥5%')).toBe('text');
    expect(rate('预算100万元，实际支出90万元', '≤100万元')).toBe('text');
    expect(rate('年初预算500万元，追加预算20万元，支出480万元', '≥90%')).toBe('text');
    expect(rate('全年执行93.1万元，开展活动46场', '≥95%')).toBe('text');
    expect(rate('预算执行480万元，结余20万元', '≥95%')).toBe('text');
  });
});
