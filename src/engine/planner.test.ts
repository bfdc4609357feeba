import { createMessages } from '../i18n';
import { analyze } from './analyze';
import { analyzeWorkbook } from './analyzeWorkbook';
import type { CellValue } from './grid/types';

const rows: CellValue[][] = [
  ['三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准'],
  ['验收合格率', '100%', '100%', 60, null, '达标得满分，否则不得分'],
  ['群众满意度', '≥90%', '85%', 40, 40, '每低1个百分点扣2分'],
];

describe('the engine without its write half (the add-in detects with it, writes with it fetched)', () => {
  const options = { messages: createMessages('zh-CN'), now: '2026-12-01 09:00' };
  const sheets = [{ name: '自评表', rows }];

  it('reads, scores and checks as the whole engine does, and plans nothing', () => {
    const whole = analyzeWorkbook(sheets, options);
    const read = analyze(sheets, options, null, null);
    expect(read.indicatorTables).toEqual(whole.indicatorTables);
    expect(read.findings).toEqual(whole.findings);
    expect(read.plan).toEqual({ edits: [], ownedSheets: [], removeSheets: [] });
    expect(whole.plan.edits.length).toBeGreaterThan(0);
    expect(whole.plan.ownedSheets.map((s) => s.name)).toContain('评价结果');
  });
});
