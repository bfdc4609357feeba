/**
 * 无 typed in 实际完成值 is an answer, not a blank: the whole pipeline (reader, rules, checks)
 * scores it by the rule's kind, as the golden cases do, and asks for no actual value.
 */
import { analyzeWorkbook } from '../analyzeWorkbook';
import { createMessages } from '../../i18n';
import { actualReading } from './cellReaders';

const HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '评分标准', '分值', '得分'];

function scoresOf(rows: (string | number | null)[][]) {
  const a = analyzeWorkbook([{ name: '自评表', rows: [HEADER, ...rows] }], {
    messages: createMessages('zh-CN'),
  });
  const table = a.indicatorTables[0]!;
  return {
    scores: table.indicators.map((i) => [i.input.name, i.score]),
    codes: a.findings.map((f) => `${f.code}@${f.cell}`),
  };
}

describe('无 in 实际完成值', () => {
  it('scores incident, pass/fail and per-occurrence rows like 没有 or 未发生', () => {
    const { scores, codes } = scoresOf([
      ['产出指标', '质量指标', '违纪违法', '0起', '无', '无违纪违法发生记2分', 2, null],
      ['产出指标', '质量指标', '安全事故', '0起', '无', '每发生1起扣4分', 4, null],
      ['效益指标', '可持续影响', '中长期规划', '有', '无', '有中长期规划记1分', 1, null],
      ['效益指标', '可持续影响', '对照', '0起', '未发生', '每发生1起扣4分', 4, null],
    ]);
    expect(scores).toEqual([
      ['违纪违法', 2],
      ['安全事故', 4],
      ['中长期规划', 0],
      ['对照', 4],
    ]);
    expect(codes.filter((c) => /^(actual\.missing|score\.missing)@/.test(c))).toEqual([]);
  });

  it('keeps other blank markers blank, and 无 in a quantitative row unscored', () => {
    expect(actualReading({ kind: 'empty', text: '—' })).toEqual({ kind: 'empty', text: '—' });
    expect(actualReading({ kind: 'empty', text: '无' })).toEqual({
      kind: 'text',
      achievement: null,
      text: '无',
    });
    const { scores, codes } = scoresOf([
      ['产出指标', '数量指标', '完成率', '≥95%', '无', '每低1个百分点扣0.5分', 5, null],
    ]);
    expect(scores).toEqual([['完成率', null]]);
    expect(codes).toContain('score.missing@H2');
  });
});
