import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';

/**
 * Tiers named by a change's direction (`减少得8分，持平得4分，增加不得分`) under a target set against last
 * year, with an actual giving both years' figures: declined in hunt49 (r23, 图书馆 r16) and hunt51 (r15).
 */
function scoreOf(target: string, actual: string, rule: string, weight: number): number | null {
  const rows = [
    ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '评分标准'],
    ['效益指标', '社会效益指标', '指标', target, actual, weight, null, rule],
  ];
  const a = analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') });
  return a.indicatorTables[0]!.indicators[0]!.score;
}

describe('tiers named by a change on last year', () => {
  it('pick the tier the two years’ figures go', () => {
    const fallTiers = '减少得8分，持平得4分，增加不得分';
    expect(scoreOf('较上年减少', '受灾面积0.32万亩，上年0.85万亩', fallTiers, 8)).toBe(8);
    expect(scoreOf('较上年减少', '受灾面积0.85万亩，上年0.85万亩', fallTiers, 8)).toBe(4);
    expect(scoreOf('较上年减少', '受灾面积0.92万亩，上年0.85万亩', fallTiers, 8)).toBe(0);
    const bracketed = '较上年下降得10分，持平得5分，上升不得分';
    expect(scoreOf('较上年下降', '新增违法占用耕地126亩（上年148亩）', bracketed, 10)).toBe(10);
    const rise = '增长得5分，持平得3分，下降不得分';
    expect(scoreOf('较上年增长', '外借56.2万册次，上年58.9万册次', rise, 5)).toBe(0);
    expect(scoreOf('较上年增长', '外借较上年增长3.2%', rise, 5)).toBe(5);
  });

  it('take the tier a label of two ways names (下降或持平)', () => {
    const rule = '下降或持平得3分，上升不得分';
    expect(scoreOf('≤0', '较上年下降6.3%（上年18.6万元，本年17.43万元）', rule, 3)).toBe(3);
    expect(scoreOf('≤0', '较上年上升2.1%', rule, 3)).toBe(0);
  });

  it('leave a figure that is no change alone', () => {
    expect(scoreOf('较上年减少', '受灾面积0.32万亩', '减少得8分，持平得4分，增加不得分', 8)).toBeNull();
  });
});
