/**
 * A project template alone (no 决算 table) whose funds block has findings: those speak with 决算 words
 * (budget.zeroBudget, budget.rateDiffers), which the add-in fetches only for workbooks that may hold
 * 决算 tables. Before, the pane and the note showed the bare code `budget.rateDiffers`. The host is
 * loaded in a registry of its own, as the add-in starts: without the 决算 words every other test
 * has loaded up front (test/support/words.ts).
 */
import type { CellValue } from '../src/engine/grid/types';

type Harness = typeof import('./fakeExcel/harness');
let harness: Harness;
beforeAll(async () => {
  await jest.isolateModulesAsync(async () => {
    harness = await import('./fakeExcel/harness');
  });
});

afterEach(() => harness.uninstall());

const project = (budget: number, rate: CellValue): CellValue[][] => [
  ['项目支出绩效自评表'],
  ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额', budget, budget, 95.96, 10, rate, null],
  ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准'],
  ['产出指标', '数量指标', '完成户数', '≥100户', '100户', 50, null, '达标得满分，否则不得分'],
  ['效益指标', '满意度指标', '满意度', '≥90%', '95%', 40, null, '达标得满分，否则不得分'],
];

it.each<[string, number, CellValue, string, boolean]>([
  [
    'a typed 执行率 the amounts do not give',
    100,
    '97.50%',
    '填写的执行率 97.50% 与计算值 95.96% 不一致',
    true,
  ],
  // an info: in the pane, with no note
  ['a budget of 0 with spending', 0, null, '不计算执行率', false],
])('%s is told in words', async (_, budget, rate, words, noted) => {
  const { wb, host } = harness.install([{ name: '自评表', rows: project(budget, rate) }]);
  const out = await host.compute();
  expect(out.ok).toBe(true);
  if (!out.ok) return;
  const funds = out.findings.filter((f) => f.code.startsWith('budget.'));
  expect(funds.map((f) => f.message)).toEqual([expect.stringContaining(words)]);
  const notes = wb.toSheets().find((s) => s.name === '自评表')?.notes ?? {};
  if (noted) expect(Object.values(notes).join('\n')).toContain(words);
});
