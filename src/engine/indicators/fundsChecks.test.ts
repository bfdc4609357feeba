/**
 * The project template's typed 执行率 against its amounts. It was never read: '95.96%' typed as
 * text, or a wrong figure, went unremarked while the 预算执行率 points came from the amounts.
 */
import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

function project(rate: CellValue, final: number = 95.96): CellValue[][] {
  return [
    ['项目支出绩效自评表'],
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', 100, 100, final, 10, rate, null],
    ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准'],
    ['产出指标', '数量指标', '完成户数', '≥100户', '100户', 50, null, '达标得满分，否则不得分'],
    ['效益指标', '满意度指标', '满意度', '≥90%', '95%', 40, null, '达标得满分，否则不得分'],
  ];
}

const messages = createMessages('zh-CN');
const rates = (rate: CellValue, final?: number): string[] =>
  analyzeWorkbook([{ name: '自评表', rows: project(rate, final) }], { messages })
    .findings.filter((f) => f.code === 'budget.rateDiffers')
    .map((f) => `${f.severity} ${f.cell} ${messages.finding(f)}`);

describe('the funds block’s typed 执行率', () => {
  it.each<[string, CellValue]>([
    ['text with %', '95.96%'],
    ['text of percent points', '95.96'],
    ['a fraction', 0.9596],
    ['percent points', 95.96],
    ['rounded to a whole percent', '96%'],
    ['every digit of a formula', 95.96 / 100],
    ['blank', null],
  ])('%s agreeing with 95.96 of 100: nothing', (_, typed) => {
    expect(rates(typed)).toEqual([]);
  });

  it('a wrong figure typed as text is a warning at the cell, with the rate the amounts give', () => {
    expect(rates('97.50%')).toEqual(['warning F3 “年度资金总额”填写的执行率 97.50% 与计算值 95.96% 不一致']);
    expect(rates(0.9)).toEqual([expect.stringContaining('填写的执行率 90% 与计算值 95.96% 不一致')]);
  });

  it('100 % typed where spending passed the budget is the template’s convention: an info', () => {
    expect(rates('100%', 104.5)).toEqual([
      expect.stringMatching(/^info F3 .*按惯例填写为 100%，实际为决算数\/预算数 104\.50%/),
    ]);
  });

  it('text that is no rate is not judged', () => {
    expect(rates('见附表')).toEqual([]);
  });
});
