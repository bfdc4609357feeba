import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

const HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '实际完成值',
  '分值',
  '得分',
  '评分标准',
  '评分依据',
];
const RULE = '达标得满分，否则不得分';

/**
 * 一级 rows that carry their group's points in the 分值 column and no indicator (hunt15: read as
 * indicators, the weights doubled to 190 and a 96.10 优 table graded 差).
 */
function table(level1Weight: CellValue, level1Score: CellValue): CellValue[][] {
  return [
    HEADER,
    ['产出指标', null, null, null, null, level1Weight, level1Score, null, null],
    [null, '数量指标', '新建站点', '≥25个', '27个', 30, null, RULE, '验收单'],
    [null, '质量指标', '验收合格率', '100%', '100%', 30, null, RULE, '验收报告'],
    ['效益指标', null, null, null, null, 40, null, null, null],
    [null, '社会效益指标', '受益人口', '≥8000人', '7360人', 40, null, RULE, '统计表'],
    ['合计', null, null, null, null, null, null, null, null],
  ];
}

describe('a group row that states its points', () => {
  const messages = createMessages('zh-CN');
  const run = (rows: CellValue[][]) => analyzeWorkbook([{ name: '自评表', rows }], { messages });
  const texts = (rows: CellValue[][]) =>
    run(rows)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => `${f.code} ${f.cell} ${messages.finding(f)}`);

  it('is no indicator: three rows, 100 points, and the written totals leave the group rows out', () => {
    const a = run(table(60, null));
    const [t] = a.indicatorTables;
    expect(t!.indicators.map((i) => i.input.name)).toEqual(['新建站点', '验收合格率', '受益人口']);
    expect([t!.totalWeight, t!.totalScore, t!.grade]).toEqual([100, 60, 'fair']);
    expect(t!.groups.filter((g) => g.level === 1).map((g) => [g.name, g.weight, g.annotation])).toEqual([
      ['产出指标', 60, 60],
      ['效益指标', 40, 40],
    ]);
    const total = a.plan.edits[0]!.ops.filter((o) => o.row === 6 && (o.col === 5 || o.col === 6));
    expect(total.map((o) => (o.value as { formula: string }).formula).sort()).toEqual([
      'SUM(F3:F4,F6:F6)',
      'SUM(G3:G4,G6:G6)',
    ]);
    expect(texts(table(60, null))).toEqual([]);
  });

  it('is checked: its points against its rows', () => {
    expect(texts(table(50, null))).toEqual([
      'weight.childrenMismatch A2 “产出指标”标注 50 分，下级权重合计 60 分，不一致',
    ]);
  });

  it('is checked: a typed score against its rows', () => {
    expect(texts(table(60, 58))).toEqual([
      'table.groupScoreMismatch G2 “产出指标”得分填写为 58，按其下各项计算应为 60',
    ]);
  });

  it('is a group row when its name is merged across to the 三级 column', () => {
    const rows = table(60, null);
    const a = analyzeWorkbook(
      [{ name: '自评表', rows, merges: [{ top: 1, left: 0, bottom: 1, right: 2 }] }],
      { messages },
    );
    expect(a.indicatorTables[0]!.totalWeight).toBe(100);
  });

  it('is an indicator when the next row starts another group (预算执行率 merged across A:C)', () => {
    const rows: CellValue[][] = [
      HEADER,
      ['预算执行率', null, null, null, null, 10, 10, null, '决算报表'],
      ['产出指标', '数量指标', '新建站点', '≥25个', '27个', 90, null, RULE, '验收单'],
      ['合计', null, null, null, null, null, null, null, null],
    ];
    const a = analyzeWorkbook(
      [{ name: '自评表', rows, merges: [{ top: 1, left: 0, bottom: 1, right: 2 }] }],
      { messages },
    );
    expect(a.indicatorTables[0]!.indicators.map((i) => i.input.name)).toEqual(['预算执行率', '新建站点']);
    expect(a.indicatorTables[0]!.totalWeight).toBe(100);
  });
});
