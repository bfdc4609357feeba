/**
 * test/fixtures/merged-prose.xlsx: 年度目标 and 实际完成 merged into one prose cell (hunt40's 退役军人
 * workbook, every row “缺少实际完成值” and 10.00 差（待定 90 分）).
 */
import { join } from 'node:path';
import { readWorkbook } from '../src/adapters/xlsx/readWorkbook';
import { analyzeWorkbook } from '../src/engine/analyzeWorkbook';
import { createMessages } from '../src/i18n';

describe('merged-prose fixture', () => {
  it('splits each labelled prose cell into target and actual, and takes the score written in it', async () => {
    const sheets = await readWorkbook(join(__dirname, 'fixtures/merged-prose.xlsx'));
    const result = analyzeWorkbook(sheets, { messages: createMessages('zh-CN') });
    const [t] = result.indicatorTables;
    expect(
      t!.indicators.map((i) => [i.input.name, i.input.actual?.text ?? null, i.input.reportedScore, i.score]),
    ).toEqual([
      ['适应性培训人数', '参训352人', 26.4, 26.4],
      ['抚恤金提标到位时间', '9月12日全部到位', null, 10],
      ['拥军优属社会氛围', '较好', 20, 20],
      // no labels to split by: its typed score stands, and the table says why it was not checked
      ['优抚对象满意度', '', 20, 20],
    ]);
    expect(t!.totalScore).toBe(76.4);
    const merged = result.findings.filter((f) => f.code === 'table.targetActualMerged');
    // the score under E5:G5 cannot be written to G5: the 合计 SUM gives what the sheet holds, in amber
    const total = result.plan.edits
      .find((e) => e.sheet === '自评')!
      .ops.find((o) => o.row === 6 && o.col === 6);
    expect(total?.value).toEqual({ formula: 'SUM(G3:G6)', result: 56.4 });
    expect(total?.note).toContain('76.4');
    expect(merged).toEqual([
      expect.objectContaining({ cell: 'E6', params: { count: 1, points: 20, column: '实际完成' } }),
    ]);
  });
});
