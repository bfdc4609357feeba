import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

/**
 * A typed 合计 beside a row that waits for the reviewer (no typed score, a rule the engine cannot work):
 * hunt51 — `合计填写为 80，按明细计算应为 59.88` with 25 points still to be scored, where 80 may be right.
 */
function table(typedTotal: CellValue): CellValue[][] {
  return [
    ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准'],
    ['产出指标', '数量指标', '完成户数', '≥100户', '100户', 60, null, '达标得满分，否则不得分'],
    ['效益指标', '社会效益指标', '群众获得感', '明显提升', '群众普遍反映较好', 40, null, '由评价组综合评定'],
    ['合计', null, null, null, null, 100, typedTotal, null],
  ];
}

describe('a typed 合计 while rows wait for the reviewer', () => {
  const messages = createMessages('zh-CN');
  const totals = (typedTotal: CellValue) =>
    analyzeWorkbook([{ name: '自评表', rows: table(typedTotal) }], { messages })
      .findings.filter((f) => f.code.startsWith('table.total'))
      .map((f) => `${f.code} ${f.severity} ${f.cell} ${messages.finding(f)}`);

  it('is no error while the rows waiting can still make it up, and says what is left', () => {
    expect(totals(90)).toEqual([
      'table.totalPending warning G4 合计填写为 90；已计分各项合计 60，另有 1 项共 40 分待人工评分，评分后请核对合计',
    ]);
  });

  it('is an error outside what the rows waiting can make, with the range it must be in', () => {
    expect(totals(50)).toEqual([
      'table.totalOutOfRange error G4 合计填写为 50，按明细应在 60 至 100 之间（另有 1 项共 40 分待人工评分）',
    ]);
    expect(totals(105)).toEqual([
      'table.totalOutOfRange error G4 合计填写为 105，按明细应在 60 至 100 之间（另有 1 项共 40 分待人工评分）',
    ]);
  });
});
