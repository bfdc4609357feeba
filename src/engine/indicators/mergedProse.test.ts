import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellRange, CellValue } from '../grid/types';

const HEADER = ['一级指标', '二级指标', '三级指标', '分值', '年度目标', '实际完成', '得分', '评分标准'];

/** hunt40's 退役军人 layout: 年度目标 and 实际完成 merged into one prose cell on every row. */
function run(rows: CellValue[][], merges: CellRange[]) {
  return analyzeWorkbook([{ name: '自评', rows: [HEADER, ...rows], merges }], {
    messages: createMessages('zh-CN'),
  });
}
/** Row r (0-based, the header at 0) merged over columns E:F, or E:G with `toScore`. */
const across = (r: number, toScore = false): CellRange => ({
  top: r,
  left: 4,
  bottom: r,
  right: toScore ? 6 : 5,
});

describe('a target and an actual written in one merged prose cell', () => {
  it('are split and scored (hunt40: every row “缺少实际完成值”, 10.00 差（待定 90 分）)', () => {
    const result = run(
      [
        [
          '产出',
          '数量指标',
          '培训人数',
          60,
          '年度目标：≥400人；实际完成：参训352人',
          null,
          null,
          '按完成比例计分',
        ],
        [
          '效益',
          '社会效益',
          '社会氛围',
          40,
          '年度目标：浓厚；实际完成：较好',
          null,
          null,
          '好得40分，较好得30分，一般得20分，差不得分',
        ],
      ],
      [across(1), across(2)],
    );
    const [t] = result.indicatorTables;
    expect(t!.indicators.map((i) => [i.input.name, i.score])).toEqual([
      ['培训人数', 52.8],
      ['社会氛围', 30],
    ]);
    expect(t!.pending.indicators).toBe(0);
  });

  it('with the 得分 column merged in, the score written in the prose is the typed score', () => {
    const result = run(
      [
        [
          '产出',
          '时效指标',
          '完工时间',
          100,
          '年度目标：≥90%；实际完成：站点达标率91.9%，自评得90分',
          null,
          null,
          '达标率≥90%得100分，85%-90%得60分，85%以下得30分',
        ],
      ],
      [across(1, true)],
    );
    const [row] = result.indicatorTables[0]!.indicators;
    expect([row!.input.actual?.text, row!.input.reportedScore, row!.score]).toEqual([
      '站点达标率91.9%',
      90,
      100,
    ]);
  });

  it('that cannot be split are said once for the table, with their points', () => {
    const result = run(
      [
        ['产出', '数量指标', '培训人数', 60, '≥400人，参训352人', null, null, '按完成比例计分'],
        ['效益', '社会效益', '社会氛围', 40, '浓厚，较好', null, null, '好得40分，较好得30分'],
      ],
      [across(1), across(2)],
    );
    const f = result.findings.find((x) => x.code === 'table.targetActualMerged');
    expect(f).toMatchObject({
      sheet: '自评',
      cell: 'E2',
      params: { count: 2, points: 100, column: '实际完成' },
    });
  });
});
