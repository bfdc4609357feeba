/** A table that starts with a 序号 column: its 合计 row is a total, merged across or not. */
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue, SheetInput } from '../grid/types';
import { createMessages } from '../../i18n';

const HEADER = ['序号', '一级指标', '二级指标', '三级指标', '目标值', '完成值', '权重', '评分标准', '得分'];
const BODY: CellValue[][] = [
  [1, '产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 60, '完成得满分', 60],
  [2, '效益指标', '满意度指标', '满意度', '≥90%', '92%', 40, '完成得满分', 40],
];

function read(total: CellValue[], merges: SheetInput['merges'] = []) {
  const sheet: SheetInput = { name: '自评表', rows: [HEADER, ...BODY, total], merges };
  const a = analyzeWorkbook([sheet], { messages: createMessages('zh-CN'), now: 't' });
  const t = a.indicatorTables[0]!;
  return {
    names: t.indicators.map((i) => i.input.name),
    total: t.totalScore,
    weight: t.totalWeight,
    totalRow: t.table.totalRow,
  };
}

describe('a 序号 column before the indicators', () => {
  it('ends the table at a 合计 merged across from the 序号 column', () => {
    const r = read(
      ['合计', null, null, null, null, null, 100, null, 100],
      [{ top: 3, left: 0, bottom: 3, right: 5 }],
    );
    expect(r).toEqual({ names: ['培训人次', '满意度'], total: 100, weight: 100, totalRow: 3 });
  });

  it('ends the table at a 合计 in the 序号 column alone', () => {
    const r = read(['合计', null, null, null, null, null, 100, null, 100]);
    expect(r).toEqual({ names: ['培训人次', '满意度'], total: 100, weight: 100, totalRow: 3 });
  });
});
