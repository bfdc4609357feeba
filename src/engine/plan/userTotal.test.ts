import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue, SheetInput } from '../grid/types';
import { FILLS } from './palette';

/** Two rows the engine scores into blank 得分 cells, one typed, and the user's own live 合计. */
function sheet(totalFormula: string, cached: number): SheetInput {
  const rows: CellValue[][] = [
    ['三级指标', '指标值', '实际完成值', '分值', '得分', '评分依据'],
    ['培训人次', '≥100人次', '120人次', 40, null, '《签到表》'],
    ['满意度', '≥90%', '95%', 30, null, '《问卷汇总》'],
    ['制度建设', '健全', '健全', 30, 30, '《制度汇编》'],
    ['合计', null, null, 100, cached, null],
  ];
  return { name: '自评表', rows, formulas: { D5: 'SUM(D2:D4)', E5: totalFormula } };
}

const run = (s: SheetInput) => analyzeWorkbook([s], { messages: createMessages('zh-CN') });

describe("the user's own SUM in the 合计 row", () => {
  it('keeps its formula and gets the value it gives once the scores are in', () => {
    const a = run(sheet('SUM(E2:E4)', 30));
    const op = a.plan.edits.flatMap((e) => e.ops).find((o) => o.row === 4 && o.col === 4);
    expect(op).toEqual({ row: 4, col: 4, value: { formula: 'SUM(E2:E4)', result: 100 } });
    expect(a.findings.filter((f) => f.cell === 'E5')).toEqual([]);
  });

  it('is judged by that value: a SUM that leaves a row out is still wrong', () => {
    const a = run(sheet('SUM(E2:E3)', 0));
    const f = a.findings.filter((x) => x.cell === 'E5').map((x) => [x.code, x.params]);
    expect(f).toEqual([['table.totalMismatch', { typed: 70, expected: 100 }]]);
  });
});

describe('the SUM written into a blank 合计 when a kept typed score differs from the rule', () => {
  const rows: CellValue[][] = [
    ['三级指标', '指标值', '实际完成值', '评分标准', '分值', '得分', '评分依据'],
    ['培训场次', '≥10场', '8场', '每少1场扣5分', 50, 50, '《签到表》'],
    ['满意度', '≥90%', '95%', '达到90%得满分', 50, null, '《问卷汇总》'],
    ['合计', null, null, null, 100, null, null],
  ];
  const a = run({ name: '自评表', rows });

  it('is amber, not the blue of a computed value, and its note gives the engine total', () => {
    const op = a.plan.edits.flatMap((e) => e.ops).find((o) => o.row === 3 && o.col === 5);
    expect(op).toMatchObject({ value: { formula: 'SUM(F2:F3)', result: 100 }, fill: FILLS.warning });
    expect(op?.note).toContain('总分为 90 分');
  });

  it('is a finding at the cell that says the add-in wrote the SUM (hunt29: it read as the cell’s own)', () => {
    const f = a.findings.filter((x) => x.cell === 'F4');
    expect(f.map((x) => [x.code, x.severity, x.params])).toEqual([
      ['table.totalKeepsTypedScores', 'warning', { typed: 100, expected: 90 }],
    ]);
    expect(createMessages('zh-CN').finding(f[0]!)).toBe(
      '本格写入的合计公式得 100 分，其中计入了与计算不符而保留的填写得分；按评分标准计算各项后，总分为 90 分',
    );
  });
});

describe('the SUM written into a blank 合计 beside a score typed as text', () => {
  // hunt77: `0.8分` typed in 得分 is a score to the engine and nothing to SUM (the note said 78.19,
  // the formula gives 77.39)
  const rows: CellValue[][] = [
    ['三级指标', '指标值', '实际完成值', '评分标准', '分值', '得分', '评分依据'],
    ['培训场次', '≥10场', '10场', '达到得满分', 40, '40分', '《签到表》'],
    ['满意度', '≥90%', '95%', '达到90%得满分', 60, null, '《问卷汇总》'],
    ['合计', null, null, null, 100, null, null],
  ];
  const a = run({ name: '自评表', rows });

  it('caches the value the formula gives, without the text cell', () => {
    const op = a.plan.edits.flatMap((e) => e.ops).find((o) => o.row === 3 && o.col === 5);
    expect(op).toMatchObject({ value: { formula: 'SUM(F2:F3)', result: 60 } });
  });

  it('says what the formula gives, not the engine total', () => {
    const f = a.findings.filter((x) => x.cell === 'F4');
    expect(f.map((x) => [x.code, x.params])).toEqual([
      ['table.totalSkipsTextScores', { typed: 60, expected: 100, count: 1, first: 'F2', text: '40分' }],
    ]);
    expect(createMessages('zh-CN').finding(f[0]!)).toBe(
      '本格写入的合计公式得 60 分：F2（“40分”）等 1 项得分以文字填写，求和时不计入；按评分标准计算各项后，总分为 100 分。请将这些得分改为数字',
    );
  });
});

describe('the SUM written beside a score typed as text and a kept typed score that differs', () => {
  // hunt79: the note blamed the text cell alone for a gap the kept typed scores made too
  const rows: CellValue[][] = [
    ['三级指标', '指标值', '实际完成值', '评分标准', '分值', '得分', '评分依据'],
    ['培训人次', '≥100人次', '120人次', '达到得满分', 30, '30分', '《签到表》'],
    ['培训场次', '≥10场', '8场', '每少1场扣5分', 40, 40, '《签到表》'],
    ['满意度', '≥90%', '95%', '达到90%得满分', 30, null, '《问卷汇总》'],
    ['合计', null, null, null, 100, null, null],
  ];
  it('says the SUM keeps the typed scores, at the figure the formula gives', () => {
    const a = run({ name: '自评表', rows });
    const f = a.findings.filter((x) => x.cell === 'F5');
    expect(f.map((x) => [x.code, x.params])).toEqual([
      ['table.totalKeepsTypedScores', { typed: 70, expected: 90 }],
    ]);
  });
});
