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

/**
 * Typed scores the rules could not check are open too: hunt57 `合计填写为 92.31，按明细计算应为 82.32` and
 * hunt58 `…应为 88.52`, sums that kept 8 and 5 such scores (56 and 41 points) as typed.
 */
describe('a typed 合计 beside typed scores the rules could not check', () => {
  const messages = createMessages('zh-CN');
  const rows = (typedTotal: CellValue, typedFirst: CellValue = 60): CellValue[][] => [
    ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准'],
    ['产出指标', '质量指标', '验收合格率', '100%', '95%', 60, typedFirst, '达标得满分，否则不得分'],
    ['效益指标', '社会效益指标', '群众获得感', '明显提升', '群众普遍反映较好', 40, 36, '由评价组综合评定'],
    ['合计', null, null, null, null, 100, typedTotal, null],
  ];
  const totals = (r: CellValue[][]) =>
    analyzeWorkbook([{ name: '自评表', rows: r }], { messages })
      .findings.filter((f) => f.code.startsWith('table.total'))
      .map((f) => `${f.code} ${f.severity} ${f.cell} ${messages.finding(f)}`);

  it('gives the range the rows scored and the unchecked points allow, never one 应为', () => {
    expect(totals(rows(38))).toEqual([
      'table.totalUnchecked warning G4 合计填写为 38；已按评分标准计分的各项合计 0，另有 1 项共 40 分未经核对（待人工评分，或沿用填写得分、未能按评分标准核对），核对后请复核合计',
    ]);
    expect(totals(rows(90))).toEqual([
      'table.totalUncheckedOutOfRange error G4 合计填写为 90，按明细应在 0 至 40 之间（另有 1 项共 40 分未经核对：待人工评分，或沿用填写得分、未能按评分标准核对）',
    ]);
  });

  it('still says a total that adds up the typed scores is their sum', () => {
    expect(totals(rows(96))).toEqual([
      'table.totalOfTypedScores warning G4 合计 96 为各项填写得分之和；按评分标准计算各项后，总分为 36',
    ]);
  });

  it('still gives one 应为 when the rows’ total is the typed column’s own sum (no score the rules gave otherwise)', () => {
    expect(totals(rows(80, 0))).toEqual(['table.totalMismatch error G4 合计填写为 80，按明细计算应为 36']);
  });
});
