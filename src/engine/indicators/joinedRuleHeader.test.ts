/**
 * hunt84: a 部门整体 table heads its rules 指标解释/评分标准. The column was read as no column, so
 * every row was scored by the 10号 default (92% against ≥95% under 每低1个百分点扣0.5分 gave 3.87 of 4,
 * not 2.5).
 */
import { createMessages } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

const rows: CellValue[][] = [
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '指标解释/评分标准',
    '分值',
    '年度目标',
    '实际完成',
    '得分',
    '评分依据',
  ],
  [
    '投入',
    '预算执行',
    '预算执行率',
    '反映预算执行情况。≥95%得满分，每低1个百分点扣0.5分，扣完为止。',
    4,
    '≥95%',
    '92%',
    null,
    '决算报表',
  ],
  [
    '产出',
    '数量',
    '培训人次',
    '反映培训完成情况。每少10人次扣1分。',
    96,
    '≥500人次',
    '480人次',
    null,
    '签到表',
  ],
];

test('the rule under 指标解释/评分标准 scores the row, not the 10号 default', () => {
  const [table] = analyzeWorkbook([{ name: '部门整体自评', rows }], {
    messages: createMessages('zh-CN'),
  }).indicatorTables;
  expect(table?.indicators.map((i) => [i.input.name, i.score, i.ruleKind])).toEqual([
    ['预算执行率', 2.5, 'step'],
    ['培训人次', 94, 'step'],
  ]);
});
