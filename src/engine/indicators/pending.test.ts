import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

const HEADER = ['三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准', '评分依据'];

/** 80 points scored by rule; a 20-point row whose rule nobody can compute, its 得分 left blank. */
function rows(pendingWeight: number): CellValue[][] {
  return [
    HEADER,
    ['验收合格率', '100%', '100%', 100 - pendingWeight, null, '达标得满分，否则不得分', '验收报告'],
    ['群众评价', '好评', '较好', pendingWeight, null, '由评审组酌情打分', '座谈记录'],
  ];
}

describe('rows waiting for a manual score', () => {
  const run = (r: CellValue[][], lang: 'zh-CN' | 'en' = 'zh-CN') =>
    analyzeWorkbook([{ name: '自评表', rows: r }], { messages: createMessages(lang) });

  it('are counted with their points, and the grade is provisional when they could change it', () => {
    const [t] = run(rows(20)).indicatorTables;
    expect([t!.totalScore, t!.grade]).toEqual([80, 'good']);
    expect(t!.pending).toEqual({
      indicators: 1,
      weight: 20,
      unchecked: 0,
      uncheckedWeight: 0,
      gradeSettled: false,
    });
    // 5 points more cannot lift 95 out of 优
    expect(run(rows(5)).indicatorTables[0]!.pending).toEqual({
      indicators: 1,
      weight: 5,
      unchecked: 0,
      uncheckedWeight: 0,
      gradeSettled: true,
    });
  });

  describe('typed scores the rules could not check (every blind reviewer asked for 待定)', () => {
    /** 80 points scored by rule; a 20-point row whose rule nobody can compute, typed 18. */
    const typed: CellValue[][] = [
      HEADER,
      ['验收合格率', '100%', '100%', 80, null, '达标得满分，否则不得分', '验收报告'],
      ['群众评价', '好评', '较好', 20, 18, '由评审组酌情打分', '座谈记录'],
    ];
    const settle = (uncheckedScores: 'counted' | 'provisional') =>
      analyzeWorkbook([{ name: '自评表', rows: typed }], {
        messages: createMessages('zh-CN'),
        settings: { uncheckedScores },
      }).indicatorTables[0]!;

    it('are counted in the grade by default, and said', () => {
      const t = settle('counted');
      expect([t.totalScore, t.grade]).toEqual([98, 'excellent']);
      expect(t.pending).toEqual({
        indicators: 0,
        weight: 0,
        unchecked: 1,
        uncheckedWeight: 20,
        gradeSettled: true,
      });
    });

    it('leave the grade provisional with the setting, while 0 to 20 points could change it', () => {
      const t = settle('provisional');
      expect([t.totalScore, t.grade, t.pending.gradeSettled]).toEqual([98, 'excellent', false]);
      // 98 by rule and a 2-point row typed 1: 98 to 100 is 优 however it turns out
      const small: CellValue[][] = [
        HEADER,
        ['验收合格率', '100%', '100%', 98, null, '达标得满分，否则不得分', '验收报告'],
        ['群众评价', '好评', '较好', 2, 1, '由评审组酌情打分', '座谈记录'],
      ];
      const t2 = analyzeWorkbook([{ name: '自评表', rows: small }], {
        messages: createMessages('zh-CN'),
        settings: { uncheckedScores: 'provisional' },
      }).indicatorTables[0]!;
      expect([t2.totalScore, t2.grade, t2.pending.gradeSettled]).toEqual([99, 'excellent', true]);
    });
  });

  it('评价结果 says so beside the total, and marks the grade 待定', () => {
    const { plan } = run(rows(20));
    const results = plan.ownedSheets.find((s) => s.name === '评价结果')!;
    const texts = results.ops.map((o) => o.value).filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('良（待定）');
    expect(texts).toContain('另有 1 项（共 20 分）待人工评分，总分只含已评分各项');
  });

  it('a 一级 group whose rows all wait shows 待评 on 评价结果, not 0 and 0.00 %', () => {
    const header = ['一级指标', ...HEADER];
    const rows: CellValue[][] = [
      header,
      ['产出指标', '验收合格率', '100%', '100%', 80, null, '达标得满分，否则不得分', '验收报告'],
      ['效益指标', '群众评价', '好评', '较好', 20, null, '由评审组酌情打分', '座谈记录'],
    ];
    const { plan } = run(rows);
    const results = plan.ownedSheets.find((s) => s.name === '评价结果')!;
    const line = results.ops.filter((o) => o.row === results.ops.find((x) => x.value === '效益指标')!.row);
    expect(line.map((o) => o.value)).toEqual(['效益指标', '', 20, '待评']);
  });
});
