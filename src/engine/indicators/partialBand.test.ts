/**
 * 财预〔2020〕10号: a qualitative target 部分达成 scores 60–80 % of the weight; the engine takes 70 %.
 * A typed score inside the band is the reviewer's choice (hunt84: 2 of 3 for 基本建立 was replaced by
 * 2.1, with a warning that it differs).
 */
import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

const rows = (typed: CellValue): CellValue[][] => [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  [
    '效益指标',
    '可持续影响',
    '长效管理机制建立',
    '建立长效管理机制',
    '基本建立，部分小区尚未引入物业',
    3,
    typed,
  ],
  ['产出指标', '数量指标', '改造小区数', '≥10个', '10个', 97, null],
];

const messages = createMessages('zh-CN');
const row = (typed: CellValue) => {
  const a = analyzeWorkbook([{ name: '自评表', rows: rows(typed) }], { messages });
  const ind = a.indicatorTables[0]!.indicators[0]!;
  return {
    score: ind.score,
    differs: a.findings.some((f) => f.code === 'score.differsFromComputed'),
    why: messages.explanation(ind.explanation),
  };
};

describe('a typed score inside the 10号 band of 部分达成', () => {
  it('is kept, with no finding, and the note says why', () => {
    expect(row(2)).toEqual({
      score: 2,
      differs: false,
      why: '实际“基本建立，部分小区尚未引入物业”，部分达成，10号规定得分为分值的 60%–80%（1.8–2.4 分），自评 2 分在此区间内，予以采用（财预〔2020〕10号默认规则）',
    });
    expect(row(1.8).score).toBe(1.8);
    expect(row(2.4).score).toBe(2.4);
  });

  it('outside the band, or blank, the engine’s 70 % stands', () => {
    expect(row(3)).toMatchObject({ score: 2.1, differs: true });
    expect(row(1.5)).toMatchObject({ score: 2.1, differs: true });
    expect(row(null)).toMatchObject({ score: 2.1, differs: false });
  });
});
