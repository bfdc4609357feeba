/**
 * hunt101: a village's table whose 评分标准 says `同上` under a rule written out, and whose actual
 * column is headed `全年实际完成`. The `同上` rows were unreadable (four left to the reviewer, two typed
 * scores kept wrong) and the column was not found (every row of the table left to the reviewer).
 */
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';
import { createMessages } from '../../i18n';

const rows: CellValue[][] = [
  ['村级项目绩效自评表'],
  ['一级指标', '二级指标', '三级指标', '目标值', '全年实际完成', '分值', '得分', '评分标准'],
  [
    '产出指标',
    '质量指标',
    '高血压患者规范管理率',
    '≥70%',
    '68%',
    3,
    null,
    '达到目标值得满分，每低1个百分点扣0.5分',
  ],
  [null, null, '糖尿病患者规范管理率', '≥70%', '67%', 3, 2.85, '同上'],
  [null, null, '老年人健康管理率', '≥65%', '67.3%', 3, null, '同上。'],
  [null, null, '签约覆盖率', '≥75%', '71.5%', 3, null, '按完成比例计分'],
  [null, null, '脱贫人口签约覆盖率', '100%', '100%', 3, null, '同上'],
  ['合计', null, null, null, null, 15, null, null],
];

test('`同上` takes the rule of the row above that writes one out; `全年实际完成` is the actual column', () => {
  const a = analyzeWorkbook([{ name: '家庭医生签约服务', rows }], { messages: createMessages('zh-CN') });
  const scored = a.indicatorTables[0]!.indicators.map((i) => [i.input.name, i.score, i.scoreSource]);
  expect(scored).toEqual([
    ['高血压患者规范管理率', 2, 'computed'],
    // 3 points short at 0.5 each: the typed 2.85 (worked proportionally) is not kept
    ['糖尿病患者规范管理率', 1.5, 'computed'],
    ['老年人健康管理率', 3, 'computed'],
    ['签约覆盖率', 2.86, 'computed'],
    ['脱贫人口签约覆盖率', 3, 'computed'],
  ]);
});
