/**
 * A project table whose funds block has no 分值 column and whose indicator grid scores 预算执行率
 * in a row of its own (merged across 一级–三级): the rate is weighted once, by that row.
 */
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { SheetInput } from '../grid/types';
import { createMessages } from '../../i18n';
import { FUNDS_HEADER } from '../../../test/support/templates';

const SHEET: SheetInput = {
  name: '项目自评',
  rows: [
    ['项目支出绩效自评表'],
    ['项目资金（万元）', null, null, '年初预算数', '全年预算数', '全年执行数', '执行率'],
    ['年度资金总额', null, null, 3000, 3200, 2944, '92%'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['预算执行率', null, null, '100%', '92%', 10, 9.2],
    ['产出指标', '数量指标', '培训人次', '≥500人次', '500人次', 90, 90],
    ['总分', null, null, null, null, 100, 99.2],
  ],
  merges: [
    { top: 1, left: 0, bottom: 1, right: 2 },
    { top: 2, left: 0, bottom: 2, right: 2 },
    { top: 4, left: 0, bottom: 4, right: 2 },
  ],
};

test('预算执行率 in the grid and a funds block without 分值: weighted once, named', () => {
  const a = analyzeWorkbook([SHEET], { messages: createMessages('zh-CN') });
  const t = a.indicatorTables[0]!;
  expect(t.budgetExecution).toBeNull();
  expect(t.indicators.map((i) => [i.input.name, i.input.weight])).toEqual([
    ['预算执行率', 10],
    ['培训人次', 90],
  ]);
  expect([t.totalWeight, t.totalScore]).toEqual([100, 99.2]);
  expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
});

test('a funds block whose budget is 0 says so at the budget cell (no rate, no silent 0 points)', () => {
  const sheet: SheetInput = {
    name: '项目自评',
    rows: [
      ['项目支出绩效自评表'],
      [...FUNDS_HEADER],
      ['年度资金总额', null, null, 50, 0, 0, 10, null, null],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '培训人次', '≥500人次', '500人次', 90, 90],
    ],
    merges: SHEET.merges!.slice(0, 2),
  };
  const a = analyzeWorkbook([sheet], { messages: createMessages('zh-CN') });
  expect(a.indicatorTables[0]!.budgetExecution).toMatchObject({ rate: null });
  const zero = a.findings.filter((f) => f.code === 'budget.zeroBudget');
  expect(zero.map((f) => f.cell)).toEqual(['E3']);
  expect(createMessages('zh-CN').finding(zero[0]!)).toBe(
    '“年度资金总额”未安排调整预算（调整预算为 0 或空），不计算执行率，不应表述为“完成100%”',
  );
});

test('a typed 预算执行率 score the rate does not give is flagged at its cell (9 typed for 86 % of 10)', () => {
  const sheet: SheetInput = {
    name: '项目自评',
    rows: [
      ['资金情况（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', null, 500, 500, 430, 10, '86%', 9],
      ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '偏差原因分析'],
      ['产出指标', '数量指标', '新增养老床位', '≥300张', '300张', 90, null, null],
      ['总分', null, null, null, null, 100, null, null],
    ],
  };
  const a = analyzeWorkbook([sheet], { messages: createMessages('zh-CN') });
  expect(a.indicatorTables[0]!.totalScore).toBe(98.6);
  const f = a.findings.filter((x) => x.code === 'score.differsFromComputed');
  expect(f.map((x) => [x.cell, x.params])).toEqual([
    ['H2', { name: '年度资金总额', reported: 9, computed: 8.6 }],
  ]);
});
