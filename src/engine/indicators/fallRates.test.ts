/**
 * hunt84: 建筑节能率 `降低约17%` against `较改造前降低15%以上`, and 群众取水成本降低率 `较改造前降低约12%`
 * against ≥10%, were both left to the reviewer. An indicator that measures a fall reads its fall as
 * the rate; any other keeps 降低 as words.
 */
import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';
import { normalizeValue } from '../grid/normalize';
import { asFallRates } from './fallRates';

const read = (name: string, target: string, actual: string) => {
  const r = asFallRates(name, normalizeValue(target), normalizeValue(actual));
  const show = (v: typeof r.target) => (v?.kind === 'number' ? `${v.op ?? ''}${v.value}%` : `text`);
  return `${show(r.target)} ${show(r.actual)}`;
};

describe('a fall read as a rate', () => {
  it('where the target or the name says the indicator measures a fall', () => {
    expect(read('建筑节能率', '较改造前降低15%以上', '降低约17%')).toBe('>=15% 17%');
    expect(read('群众取水成本降低率', '≥10%', '较改造前降低约12%')).toBe('>=10% 12%');
    expect(read('单位能耗', '同比下降5%及以上', '同比下降了6.2%')).toBe('>=5% 6.2%');
  });

  it('nowhere else: against a growth rate 降低 is the opposite sign', () => {
    expect(read('营业收入增长率', '≥10%', '降低5%')).toBe('>=10% text');
    expect(read('满意度', '≥90%', '降低5%')).toBe('>=90% text');
    expect(read('下降率与增长率', '≥10%', '降低5%')).toBe('>=10% text');
  });
});

const rows = (name: string, target: CellValue, actual: CellValue, rule: CellValue): CellValue[][] => [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '评分标准'],
  ['效益指标', '生态效益', name, target, actual, 3, null, rule],
  ['产出指标', '数量指标', '改造小区数', '≥10个', '10个', 97, null, null],
];

test('scored: full where the fall passes the target, in proportion where it falls short', () => {
  const messages = createMessages('zh-CN');
  const score = (...r: Parameters<typeof rows>) =>
    analyzeWorkbook([{ name: '自评表', rows: rows(...r) }], { messages }).indicatorTables[0]!.indicators[0]!
      .score;
  expect(score('建筑节能率', '较改造前降低15%以上', '降低约17%', null)).toBe(3);
  expect(score('群众取水成本降低率', '≥10%', '较改造前降低约12%', '达到目标得满分，未达到按比例得分')).toBe(
    3,
  );
  expect(score('群众取水成本降低率', '≥10%', '较改造前降低8%', '达到目标得满分，未达到按比例得分')).toBe(2.4);
  expect(score('营业收入增长率', '≥10%', '降低5%', '达到目标得满分，未达到按比例得分')).toBeNull();
});
