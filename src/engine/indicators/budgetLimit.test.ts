import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import { normalizeValue } from '../grid/normalize';
import { withinBudget } from './budgetLimit';

const read = (target: string, actual: string) => {
  const [t, a] = withinBudget(normalizeValue(target), normalizeValue(actual));
  return [
    t?.kind === 'number' ? [t.op, t.value, t.percent] : t?.kind,
    a?.kind === 'number' ? a.value : a?.kind,
  ];
};

describe('a target of at most the budget, in words (hunt58 公证处: declined)', () => {
  it('is at most 100 % of it, against what was spent of it', () => {
    expect(read('≤年初预算', '公用经费年初预算42万元，实际支出43.5万元')).toEqual([
      ['<=', 100, true],
      103.5714,
    ]);
    expect(read('不超过预算', '预算50万元，支出45万元')).toEqual([['<=', 100, true], 90]);
    expect(read('控制在预算以内', '预算50万元，实际支出49.2万元')).toEqual([['<=', 100, true], 98.4]);
  });

  it('leaves other targets, and actuals that state no budget and spending, as they are', () => {
    expect(read('≤年初预算', '未超预算')).toEqual(['text', 'text']);
    expect(read('≤年初预算', '实际支出43.5万元')).toEqual(['text', 435000]);
    expect(read('≤年初预算', '实际支出43.5万元，开展活动12场')).toEqual(['text', 'text']);
    expect(read('≤上年', '预算50万元，支出45万元')).toEqual(['text', 'text']);
    expect(read('预算执行率≥95%', '预算50万元，支出45万元')).toEqual([['>=', 95, true], 'text']);
    // the original budget named, beside an adjusted one the share would be taken of
    expect(read('≤年初预算', '年初预算40万元，调整后预算45万元，全年支出43万元')).toEqual(['text', 'text']);
  });

  it('is scored by the rule of steps above it', () => {
    const rows = [
      ['XX市公证处2023年度部门整体支出绩效自评表'],
      ['三级指标', '年度指标值', '实际完成值', '分值', '得分', '评分标准', '评分依据'],
      [
        '公用经费控制',
        '≤年初预算',
        '公用经费年初预算42万元，实际支出43.5万元',
        5,
        null,
        '超出预算的，每超1%扣1分，扣完为止',
        '决算报表',
      ],
    ];
    const a = analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') });
    // 103.57 % of the budget: three whole steps of 1 % over
    expect(a.indicatorTables[0]!.indicators.map((i) => i.score)).toEqual([2]);
  });
});
