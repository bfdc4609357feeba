/** A 分值 column after each level (一级指标|分值|二级指标|分值|三级指标|分值), every level merged. */
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { SheetInput } from '../grid/types';
import { createMessages } from '../../i18n';

const SHEET: SheetInput = {
  name: '部门整体',
  rows: [
    ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '指标解释', '评分标准', '得分', '扣分原因'],
    ['投入', 40, '目标设定', 20, '绩效目标合理性', 10, '目标是否合理', '合理得满分，否则不得分', 10, null],
    [
      null,
      null,
      null,
      null,
      '绩效指标明确性',
      10,
      '指标是否明确',
      '明确得满分，否则不得分',
      8,
      '部分指标未细化',
    ],
    [null, null, '预算配置', 20, '在职人员控制率', 20, '≤100%', '控制在100%以内得满分', 20, null],
    ['产出', 60, '产出数量', 60, '重点工作完成率', 60, '完成情况', '全部完成得满分', 60, null],
    ['合计', null, null, null, null, 100, null, null, 98, null],
  ],
  merges: [
    { top: 1, left: 0, bottom: 3, right: 0 },
    { top: 1, left: 1, bottom: 3, right: 1 },
    { top: 1, left: 2, bottom: 2, right: 2 },
    { top: 1, left: 3, bottom: 2, right: 3 },
  ],
};

test("each indicator's weight is the 分值 after 三级指标, and 扣分原因 belongs to the table", () => {
  const a = analyzeWorkbook([SHEET], { messages: createMessages('zh-CN') });
  const t = a.indicatorTables[0]!;
  expect(t.indicators.map((i) => [i.input.name, i.input.weight])).toEqual([
    ['绩效目标合理性', 10],
    ['绩效指标明确性', 10],
    ['在职人员控制率', 20],
    ['重点工作完成率', 60],
  ]);
  expect(t.totalWeight).toBe(100);
  expect(t.table.header.lastCol).toBe(9);
  expect(a.findings.filter((f) => f.code.startsWith('weight.'))).toEqual([]);
});
