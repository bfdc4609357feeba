import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue, SheetInput } from '../grid/types';
import { isFormulaValue } from '../plan/types';

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '评分依据'];

/** 产出（60分） on the first sheet, its last row and 效益 on the second, the 总分 row at the end. */
function sheets(secondTitle: string): SheetInput[] {
  const first: CellValue[][] = [
    ['2023年度培训项目支出绩效自评表'],
    HEADER,
    ['产出指标（60分）', '数量指标', '培训人次', '≥500人次', '520人次', 30, null, '《签到表》'],
    [null, '质量指标', '考核合格率', '≥95%', '96%', 20, null, '《成绩单》'],
  ];
  const second: CellValue[][] = [
    [secondTitle],
    HEADER,
    [null, '时效指标', '完成时间', '2023年10月底前', '2023年10月20日', 10, null, '《验收单》'],
    ['效益指标（40分）', '社会效益指标', '持证上岗率', '≥80%', '70%', 40, null, '《统计表》'],
    ['总分', null, null, null, null, 100, null, null],
  ];
  return [
    { name: '自评表（一）', rows: first },
    { name: '自评表（二）', rows: second },
  ];
}

const run = (secondTitle: string) =>
  analyzeWorkbook(sheets(secondTitle), { messages: createMessages('zh-CN') });

describe('a table continued on the next sheet (续表)', () => {
  const a = run('2023年度培训项目支出绩效自评表（续表）');

  it('is one table: its rows, groups and total over both sheets', () => {
    expect(a.indicatorTables).toHaveLength(1);
    const t = a.indicatorTables[0]!;
    expect(t.parts?.map((p) => p.table.sheet)).toEqual(['自评表（一）', '自评表（二）']);
    expect([t.totalWeight, t.totalScore, t.grade]).toEqual([100, 95, 'excellent']);
    // the first row of the second sheet has no 一级 of its own: it is still 产出指标
    expect(t.groups.filter((g) => g.level === 1).map((g) => [g.name, g.weight, g.score])).toEqual([
      ['产出指标', 60, 60],
      ['效益指标', 40, 35],
    ]);
  });

  it('raises no false weight error on either part', () => {
    const codes = a.findings.map((f) => f.code);
    expect(codes).not.toContain('weight.totalNot100');
    expect(codes).not.toContain('weight.childrenMismatch');
    expect(codes).not.toContain('table.totalMismatch');
  });

  it('sums both sheets in the 总分 row', () => {
    const ops = a.plan.edits.filter((e) => e.sheet === '自评表（二）').flatMap((e) => e.ops);
    const total = ops.find((o) => o.row === 4 && o.col === 6)?.value;
    expect(isFormulaValue(total) && total).toEqual({
      formula: "SUM('自评表（一）'!G3:G4,G3:G4)",
      result: 95,
    });
  });

  it('tells of a formula saved without its value on the continuation sheet too', () => {
    const [first, second] = sheets('2023年度培训项目支出绩效自评表（续表）');
    const unsaved = {
      ...second!,
      formulas: { F4: '40' },
      rows: second!.rows.map((r, i) => (i === 3 ? [...r.slice(0, 5), null, ...r.slice(6)] : r)),
    };
    const b = analyzeWorkbook([first!, unsaved], { messages: createMessages('zh-CN') });
    expect(
      b.findings.filter((f) => f.code === 'cell.formulaNotCalculated').map((f) => `${f.sheet}!${f.cell}`),
    ).toEqual(['自评表（二）!F4']);
  });

  it('stays two tables when the second sheet does not say it continues the first', () => {
    const b = run('2023年度另一项目支出绩效自评表');
    expect(b.indicatorTables.map((t) => t.totalWeight)).toEqual([50, 50]);
    expect(b.findings.filter((f) => f.code === 'weight.totalNot100')).toHaveLength(2);
  });
});
