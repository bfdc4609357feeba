import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

const findingsOf = (rows: CellValue[][]): string[] => {
  const { findings } = analyzeWorkbook([{ name: '自评表', rows }], { messages: createMessages('zh-CN') });
  const messages = createMessages('zh-CN');
  return findings
    .filter((f) => f.code === 'score.belowWeightNoNote')
    .map((f) => `${f.cell} ${messages.finding(f)}`);
};

describe('checkRows: a score below its weight needs a reason', () => {
  const header = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '评分依据'];
  const row = ['产出指标', '质量指标', '验收合格率', '100%', '97%', 100, null, '验收报告'];

  it('reads a column headed 备注 as the reason, and names it', () => {
    expect(
      findingsOf([
        [...header, '备注'],
        [...row, null],
      ]),
    ).toEqual(['I2 “验收合格率”得分 97 分低于分值 100 分，未在“备注”中说明原因']);
    expect(
      findingsOf([
        [...header, '备注'],
        [...row, '部分批次返工'],
      ]),
    ).toEqual([]);
  });

  it('prefers a column named for the reason over 备注', () => {
    expect(
      findingsOf([
        [...header, '备注', '偏差原因分析'],
        [...row, '返工', null],
      ]),
    ).toEqual(['J2 “验收合格率”得分 97 分低于分值 100 分，未在“偏差原因分析”中说明原因']);
  });
});
