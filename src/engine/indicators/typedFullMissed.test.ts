/**
 * A typed full score on a row whose actual misses its target, and no rule worked out to say the miss
 * still earns full points: the engine itself says score.fullButMissed, so the typed full is not
 * counted; the row waits for the reviewer (hunt59 食检 r18: 88.6分 against ≥90分, a typed 10 of 10
 * in the total; hunt29, hunt28, hunt47: the same).
 */
import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

const HEADER = ['三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准', '评分依据'];
// a rule only a reviewer can work (bands in 分 are read since bands59: 88.6分 is then scored 8)
const BY_JUDGEMENT = '由考评组根据测评情况综合评定得分';

function run(rows: CellValue[][]) {
  const messages = createMessages('zh-CN');
  const result = analyzeWorkbook([{ name: '自评表', rows: [HEADER, ...rows] }], { messages });
  const table = result.indicatorTables[0]!;
  return { table, messages, findings: result.findings };
}

describe('a typed full score the actual says was not earned', () => {
  it('is not counted: the row waits for a manual score, and the 计分说明 says why', () => {
    const { table, messages, findings } = run([
      ['验收合格率', '100%', '100%', 90, null, '达标得满分，否则不得分', '验收报告'],
      ['服务对象满意度', '≥90分', '第三方测评满意度88.6分', 10, 10, BY_JUDGEMENT, '测评报告'],
    ]);
    const row = table.indicators[1]!;
    expect([row.score, row.scoreSource]).toEqual([null, 'none']);
    expect([table.totalScore, table.pending.indicators, table.pending.weight]).toEqual([90, 1, 10]);
    expect(messages.explanation(row.explanation)).toBe(
      '实际完成值未达到指标值 ≥90分，自评满分 10 分未计入总分，需人工评分',
    );
    // one finding says it, at the actual: not also 没有可用的得分 at a cell holding 10
    const codes = findings.map((f) => f.code);
    expect(codes).toContain('score.fullButMissed');
    expect(codes).not.toContain('score.missing');
  });

  it('still counts a typed full where the actual meets the target, or a score below full', () => {
    const { table } = run([
      ['验收合格率', '100%', '100%', 90, null, '达标得满分，否则不得分', '验收报告'],
      ['服务对象满意度', '≥90分', '第三方测评满意度91.2分', 5, 5, BY_JUDGEMENT, '测评报告'],
      ['群众满意度', '≥90分', '第三方测评满意度88.6分', 5, 4, BY_JUDGEMENT, '测评报告'],
    ]);
    expect(table.indicators.slice(1).map((i) => [i.score, i.scoreSource])).toEqual([
      [5, 'reported'],
      [4, 'reported'],
    ]);
  });
});

describe('the 合计 beside a typed full score set aside', () => {
  const rows = (total: CellValue): CellValue[][] => [
    ['验收合格率', '100%', '100%', 90, null, '达标得满分，否则不得分', '验收报告'],
    ['服务对象满意度', '≥90分', '第三方测评满意度88.6分', 10, 10, BY_JUDGEMENT, '测评报告'],
    ['合计', null, null, 100, total, null, null],
  ];
  const totals = (total: CellValue): string[] => {
    const { findings, messages } = run(rows(total));
    return findings.filter((f) => f.code.startsWith('table.total')).map((f) => messages.finding(f));
  };

  it('typed, is judged as one the row waiting can still make up', () => {
    expect(totals(100)).toEqual([
      '合计填写为 100；已计分各项合计 90，另有 1 项共 10 分待人工评分，评分后请核对合计',
    ]);
  });

  it('left blank, gets a SUM that counts the typed 10, and says the rules give 90', () => {
    expect(totals(null)).toEqual([
      '本格写入的合计公式得 100 分，其中计入了与计算不符而保留的填写得分；按评分标准计算各项后，总分为 90 分',
    ]);
  });
});
