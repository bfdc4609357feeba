import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

/** 10号's project grid; `reason` adds its 偏差原因分析及改进措施 column. */
function table(title: string, reason: boolean): CellValue[][] {
  const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '评分依据'];
  const rows: CellValue[][] = [
    ['产出指标', '数量指标', '培训人次', '≥500人次', '400人次', 50, null, '培训签到表'],
    ['效益指标', '社会效益指标', '合格率', '≥90%', '95%', 40, null, '考核成绩单'],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '92%', 10, null, '问卷汇总表'],
  ];
  return [
    [title],
    reason ? [...header, '偏差原因分析及改进措施'] : header,
    ...(reason ? rows.map((r) => [...r, null]) : rows),
  ];
}

const codes = (rows: CellValue[][]) =>
  analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') })
    .findings.filter((f) => f.code === 'deviation.noColumn' || f.code === 'score.belowWeightNoNote')
    .map((f) => `${f.code}@${f.cell}`);

describe('a score below its weight with nowhere to say why', () => {
  it('a project table without a deviation column is told once, at its header', () => {
    const { findings } = analyzeWorkbook(
      [{ name: '自评表', rows: table('2023年度培训项目支出绩效自评表', false) }],
      {
        messages: createMessages('zh-CN'),
      },
    );
    const f = findings.find((x) => x.code === 'deviation.noColumn');
    expect([f?.cell, f?.severity]).toEqual(['H2', 'warning']);
    expect(createMessages('zh-CN').finding(f!)).toBe(
      '表中没有偏差原因分析（扣分原因）列：“培训人次”等 1 项得分低于分值，无处说明原因；可在表格右侧增加“偏差原因分析及改进措施”列',
    );
  });

  it('with the column, each blank reason is flagged at its row instead', () => {
    expect(codes(table('2023年度培训项目支出绩效自评表', true))).toEqual(['score.belowWeightNoNote@I3']);
  });

  it('a department table (no such column in its template) is not asked for one', () => {
    expect(codes(table('2023年度部门整体支出绩效自评表', false))).toEqual([]);
  });
});

test('rows whose rule needs the target, in a table with no target column, are told of once, at the header', () => {
  const rows: CellValue[][] = [
    ['一级指标', '二级指标', '三级指标', '任务量', '实际完成值', '分值', '得分', '评分依据'],
    ['产出指标', '数量指标', '河道清淤', '12万立方米', '10.8万立方米', 10, null, '验收单'],
  ];
  const a = analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') });
  expect(a.findings.filter((f) => f.code === 'target.noColumn').map((f) => f.cell)).toEqual(['A1']);
});
