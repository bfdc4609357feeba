import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

/**
 * A project table whose funds block (项目资金, 10 points) stands above the indicator grid, and whose
 * 合计 row adds up the grid alone: 90 points, `SUM(G5:G6)` of scores (hunt14: two false errors).
 */
function project(weightTotal: CellValue, typedScore: CellValue): CellValue[][] {
  return [
    ['项目支出绩效自评表'],
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', 100, 100, 95, 10, null, null],
    ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准'],
    ['产出指标', '数量指标', '完成户数', '≥100户', '100户', 50, null, '达标得满分，否则不得分'],
    ['效益指标', '满意度指标', '满意度', '≥90%', '85%', 40, typedScore, '达标得满分，否则不得分'],
    ['合计', null, null, null, null, weightTotal, null, null],
  ];
}

describe('a 合计 of the grid alone, beside a funds block of its own', () => {
  const messages = createMessages('zh-CN');
  const totals = (weightTotal: CellValue, typedScore: CellValue) =>
    analyzeWorkbook(
      [{ name: '自评表', rows: project(weightTotal, typedScore), formulas: { G7: 'SUM(G5:G6)' } }],
      {
        messages,
      },
    )
      .findings.filter((f) => f.code.startsWith('table.total'))
      .map((f) => `${f.code} ${f.cell} ${messages.finding(f)}`);

  it('is right about the grid: 90 points, and the SUM of the grid scores', () => {
    // 50 + 0 in the grid, 9.5 for the funds: 59.5 in all, 50 in the grid
    expect(totals(90, null)).toEqual([]);
  });

  it('still differs where a typed score does, and says so against the grid', () => {
    // the typed 40 the rule does not give lifts the SUM to 90: the grid scores 50
    expect(totals(90, 40)).toEqual([
      'table.totalOfTypedScores G7 合计 90 为各项填写得分之和；按评分标准计算各项后，总分为 50',
    ]);
  });

  it('is wrong when it is neither the grid nor the whole', () => {
    expect(totals(80, null)).toEqual(['table.totalMismatch F7 合计填写为 80，按明细计算应为 100']);
  });
});
