import { normalizeValue } from '../grid/normalize';
import { evaluateRule, parseRule } from '../rules';
import { actualAgainst } from './rowValues';
import { unitCost } from './unitCost';

const cost = (actual: string, target: string, name = '') => {
  const v = unitCost(normalizeValue(actual), normalizeValue(target), name);
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

  it('takes the unit from the name when the target is money alone (hunt57, hunt58: the whole amount was read as the cost)', () => {
    expect(cost('监测运行经费88.2万元，完成210断面次', '≤0.45万元', '单断面次监测成本')).toEqual([
      882000 / 210,
      '元',
      '监测运行经费88.2万元，完成210断面次 = 0.42万元/断面次',
    ]);
    expect(cost('检疫工作经费31.2万元，检疫牲畜7.4万头（只）', '≤3.5元', '每头（只）检疫工作成本')).toEqual([
      312000 / 74000,
      '元',
      '检疫工作经费31.2万元，检疫牲畜7.4万头（只） = 4.22元/头',
    ]);
    expect(cost('安装费用合计312.4万元，安装6,240户', '≤520元', '户均安装成本')).toEqual([
      3124000 / 6240,
      '元',
      '安装费用合计312.4万元，安装6,240户 = 500.64元/户',
    ]);
  });

  it('takes a count the name\u2019s per-word ends the noun of (hunt62 电教馆: 生均 over 学生1.62万人)', () => {
    expect(cost('项目支出1020万元，覆盖学生1.62万人', '≤600元', '生均建设成本')).toEqual([
      10200000 / (1.62 * 10000),
      '元',
      '项目支出1020万元，覆盖学生1.62万人 = 629.63元/人',
    ]);
    // person-times are not persons, here either
    expect(cost('培训经费21.6万元，培训学生1,200人次', '≤200元', '生均培训成本')).toBe('text');
  });

  it('leaves a name that names no count of the sentence alone', () => {
    // the name says per 断面次; the sentence counts 场
    expect(cost('培训经费支出21.6万元，举办12场', '≤2万元', '单断面次监测成本')).toBe('text');
    // a name with no per-unit word
    expect(cost('培训经费支出21.6万元，举办12场', '≤2万元', '培训场次成本')).toBe('text');
    // person-times are not persons
    expect(cost('培训经费21.6万元，培训1,200人次', '≤200元', '人均培训成本')).toBe('text');
    // two counts the name names
    expect(cost('经费21.6万元，培训12场，另送教3场', '≤2万元', '每场培训成本')).toBe('text');
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

describe('a cost per the unit the name states, scored by the row rule (hunt57, hunt58: 0 points on the whole amount)', () => {
  const score = (name: string, target: string, actual: string, rule: string, weight: number) => {
    const t = normalizeValue(target);
    const a = actualAgainst(normalizeValue(actual), '', t, { name, rule });
    const parsed = parseRule(rule);
    const input = {
      weight,
      target: t,
      actual: a,
      stepMode: 'whole' as const,
      operator: null,
      ruleText: rule,
    };
    return parsed.rule ? evaluateRule(parsed.rule, input).score : null;
  };

  it('passes a pass/fail rule on the cost per 断面次', () => {
    const rule = '控制在标准内得5分，超出不得分';
    expect(score('单断面次监测成本', '≤0.45万元', '监测运行经费88.2万元，完成210断面次', rule, 5)).toBe(5);
  });

  it('scores target over actual on the cost per 头 (3.5 ÷ 4.22 × 7)', () => {
    const rule = '成本控制在3.5元以内的得7分；超出的，得分=目标成本÷实际成本×分值。';
    const actual = '检疫工作经费31.2万元，检疫牲畜7.4万头（只）';
    expect(score('每头（只）检疫工作成本', '≤3.5元', actual, rule, 7)).toBe(5.81);
  });
});

it('takes the cost the sentence states per unit beside the total (hunt119: 140.4万元 and 1.35万元/次 left as words)', () => {
  expect(cost('全年作业费用140.4万元，作业104次，平均1.35万元/次', '≤1.2万元', '单次作业平均成本')).toEqual([
    13500,
    '元',
    '全年作业费用140.4万元，作业104次，平均1.35万元/次',
  ]);
});
