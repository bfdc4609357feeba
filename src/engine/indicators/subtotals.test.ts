import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

/** A 部门整体 table with a 小计 after each 一级 group (Hubei-style), the 合计 blank. */
function table(subtotalScore: CellValue): CellValue[][] {
  return [
    ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '目标值', '实际完成值', '得分', '评分依据'],
    ['投入', '预算编制', '预算编制准确率', 25, '达标得满分，否则不得分', '≥95%', '96%', null, '决算报表'],
    [null, '预算执行', '预算执行率', 15, '达标得满分，否则不得分', '≥90%', '97%', 15, '决算报表'],
    ['投入小计', null, null, 40, null, null, null, subtotalScore, null],
    ['产出', '履职', '重点工作完成率', 60, '达标得满分，否则不得分', '100%', '100%', null, '工作总结'],
    ['小计', null, null, 60, null, null, null, null, null],
    ['合计', null, null, null, null, null, null, null, null],
  ];
}

describe('小计 rows inside an indicator table', () => {
  const run = (rows: CellValue[][]) =>
    analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') });

  it('are not indicators: weights add to 100 and the total counts each row once', () => {
    const a = run(table(40));
    const [t] = a.indicatorTables;
    expect(t!.indicators.map((i) => i.input.name)).toEqual([
      '预算编制准确率',
      '预算执行率',
      '重点工作完成率',
    ]);
    expect([t!.totalWeight, t!.totalScore, t!.grade]).toEqual([100, 100, 'excellent']);
    expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('the live SUMs in the 合计 row leave the 小计 rows out', () => {
    const ops = run(table(40)).plan.edits.flatMap((e) => e.ops);
    const formulas = ops.filter((o) => o.row === 6).map((o) => [o.col, o.value]);
    // the blank 得分 cells get their computed scores (25, 60) before the SUM adds them
    expect(formulas.sort()).toEqual([
      [3, { formula: 'SUM(D2:D3,D5:D5)', result: 100 }],
      [7, { formula: 'SUM(H2:H3,H5:H5)', result: 100 }],
    ]);
  });

  it('a 小计 that does not add up is an error at its cell', () => {
    const messages = createMessages('zh-CN');
    const wrong = run(table(35)).findings.filter((f) => f.severity === 'error');
    expect(wrong.map((f) => `${f.cell} ${messages.finding(f)}`)).toEqual([
      'H4 小计填写为 35，按其上各项计算应为 40',
    ]);
  });
});

test('a 小计 closes its own 一级 group: a row of another group above it is not in its sum', () => {
  const rows: CellValue[][] = [
    ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '目标值', '实际完成值', '得分', '评分依据'],
    ['预算执行', '预算执行率', '预算执行率', 10, '达标得满分，否则不得分', '≥90%', '95%', null, '决算报表'],
    ['产出', '数量', '改造河道', 30, '达标得满分，否则不得分', '≥5公里', '5.2公里', null, '验收单'],
    [null, '质量', '验收合格率', 20, '达标得满分，否则不得分', '100%', '100%', null, '验收单'],
    ['小计', null, null, 50, null, null, null, null, null],
    ['效益', '社会效益', '受益人口', 40, '达标得满分，否则不得分', '≥1万人', '1.2万人', null, '统计表'],
    ['合计', null, null, 100, null, null, null, null, null],
  ];
  const a = analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') });
  expect(a.findings.filter((f) => f.code === 'table.subtotalMismatch')).toEqual([]);
});

describe('a typed 合计 that adds up the typed scores', () => {
  it('is told apart from a wrong sum: it matches the sheet, and differs where a typed score does', () => {
    const messages = createMessages('zh-CN');
    const rows: CellValue[][] = [
      ['三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准', '评分依据'],
      ['满意度', '≥90%', '86%', 60, 60, '达标得满分，否则不得分', '问卷'],
      ['合格率', '100%', '100%', 40, 40, '达标得满分，否则不得分', '报告'],
      ['合计', null, null, 100, 100, null, null],
    ];
    const texts = (total: number) => {
      const r = rows.map((row) => [...row]);
      r[3]![4] = total;
      return analyzeWorkbook([{ name: '自评表', rows: r }], { messages })
        .findings.filter((f) => f.code.startsWith('table.total'))
        .map((f) => `${f.code} ${messages.finding(f)}`);
    };
    // 60 + 40 typed, 0 + 40 by the rules: the typed 100 is the sheet's own sum
    expect(texts(100)).toEqual([
      'table.totalOfTypedScores 合计 100 为各项填写得分之和；按评分标准计算各项后，总分为 40',
    ]);
    expect(texts(90)).toEqual(['table.totalMismatch 合计填写为 90，按明细计算应为 40']);
  });
});
