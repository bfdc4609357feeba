import { normalizeValue } from '../grid/normalize';
import { unitCost } from './unitCost';

const cost = (actual: string, target: string) => {
  const v = unitCost(normalizeValue(actual), normalizeValue(target));
  return v?.kind === 'number' ? [v.value, v.unit, v.text] : v?.kind;
};

describe('money over a count, against a cost per unit (hunt36: three rows declined)', () => {
  it('is the amount per unit of the target, shown with what it comes from', () => {
    expect(cost('采购20套，合同总价352万元', '≤18万元/套')).toEqual([
      176000,
      '元/套',
      '采购20套，合同总价352万元 = 17.6万元/套',
    ]);
    expect(cost('10套共支出86万元', '≤8万元/套')).toEqual([86000, '元/套', '10套共支出86万元 = 8.6万元/套']);
    expect(cost('为1,200名学员支付培训费54万元', '≤500元/名')).toEqual([
      450,
      '元/名',
      '为1,200名学员支付培训费54万元 = 450元/名',
    ]);
  });

  it('keeps the cost unrounded for the steps, rounding only its display (hunt43: 0.875 read as 0.88)', () => {
    expect(cost('外包合同金额118.65万元，完成135.6万页', '≤0.8元/页')).toEqual([
      1186500 / 1356000,
      '元/页',
      '外包合同金额118.65万元，完成135.6万页 = 0.88元/页',
    ]);
  });

  it('takes a count with its scale word (hunt37: 3.9万平方米)', () => {
    expect(cost('维护支出287万元，维护面积3.9万平方米', '≤68元/平方米')).toEqual([
      2870000 / 39000,
      '元/平方米',
      '维护支出287万元，维护面积3.9万平方米 = 73.59元/平方米',
    ]);
  });

  it('leaves other targets and sentences alone', () => {
    // no unit in the target: a cost per what is not said
    expect(cost('培训经费支出21.6万元，举办12场', '≤2万元')).toBe('text');
    // two amounts, or two counts
    expect(cost('采购20套，预算360万元，合同总价352万元', '≤18万元/套')).toBe('text');
    expect(cost('采购20套，另租赁5套，合同总价352万元', '≤18万元/套')).toBe('text');
    // a cost already per unit, read as a number: handed back as it is
    const perHead = normalizeValue('人均救助1.62万元');
    expect(unitCost(perHead, normalizeValue('≤1.8万元/人'))).toBe(perHead);
    expect(cost('采购20套，支出352万元', '≥18套')).toBe('text');
  });
});
