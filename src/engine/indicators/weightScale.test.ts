import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellStyle, CellValue } from '../grid/types';

const HEADER = ['三级指标', '分值', '指标值', '实际完成值', '评分标准', '得分'];
const RULE = '达标得满分，否则不得分';

function run(weights: CellValue[], total: CellValue, styles?: Record<string, CellStyle>) {
  const rows: CellValue[][] = [
    HEADER,
    ...weights.map((w, i) => [`指标${i + 1}`, w, '≥90%', i === 0 ? '80%' : '95%', RULE, null]),
    ['合计', total, null, null, null, null],
  ];
  const a = analyzeWorkbook([{ name: '自评表', rows, ...(styles ? { styles } : {}) }], {
    messages: createMessages('zh-CN'),
  });
  const t = a.indicatorTables[0]!;
  return {
    weights: t.indicators.map((i) => i.input.weight),
    scores: t.indicators.map((i) => i.score),
    total: t.totalScore,
    errors: a.findings.filter((f) => f.severity === 'error').map((f) => `${f.code}@${f.cell}`),
  };
}

describe('weights written as shares of the 100-point scale', () => {
  it('0.5 / 0.3 / 0.2 shown as percentages are 50 / 30 / 20 points', () => {
    const pct = { numFmt: '0%' };
    const r = run([0.5, 0.3, 0.2], 1, { B2: pct, B3: pct, B4: pct, B5: pct });
    expect(r).toEqual({ weights: [50, 30, 20], scores: [0, 30, 20], total: 50, errors: [] });
  });

  it('shares adding up to 1 are points even without the format (the 合计 of 1 is 100)', () => {
    expect(run([0.45, 0.35, 0.2], 1).weights).toEqual([45, 35, 20]);
  });

  it('`15%` typed as text is 15 points, and a 合计 of `100%` is 100', () => {
    const r = run(['60%', '25%', '15％'], '100%');
    expect(r).toEqual({ weights: [60, 25, 15], scores: [0, 25, 15], total: 40, errors: [] });
  });

  it('small weights in points stay points when they are neither shown as % nor add up to 1', () => {
    const r = run([0.5, 0.5, 99], 100);
    expect(r.weights).toEqual([0.5, 0.5, 99]);
    expect(r.errors).toEqual([]);
  });
});
