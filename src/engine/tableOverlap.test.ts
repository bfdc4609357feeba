import { createMessages } from '../i18n';
import { analyzeWorkbook } from './analyzeWorkbook';
import type { CellValue } from './grid/types';

/** A 部门整体 table whose 结转结余率 row and 项目跨年实施 reason look like a 决算 header to the detector. */
const ROWS: CellValue[][] = [
  ['XX县卫生健康局2024年度部门整体支出绩效自评表'],
  [
    '一级指标',
    '二级指标',
    '三级指标',
    '分值',
    '评分标准',
    '指标值',
    '实际完成值',
    '得分',
    '扣分原因',
    '佐证材料',
  ],
  [
    '预算管理（50分）',
    '结转结余',
    '结转结余率',
    50,
    '结转结余率=结转结余总额/支出预算总额×100%；≤5%得满分，每超1个百分点扣2分，扣完为止',
    '≤5%',
    '8%',
    null,
    '项目跨年实施',
    '《2024年部门决算报表》',
  ],
  [],
  [
    '履职效能（50分）',
    '重点工作',
    '重点任务完成率',
    50,
    '按实际完成比例得分',
    '100%',
    '90%',
    null,
    '1项任务延期',
    '《年度工作总结》',
  ],
  ['合计', null, null, 100, null, null, null, null, null, null],
];

test('rows of an indicator table are never read as a 决算 table as well', () => {
  const a = analyzeWorkbook([{ name: '自评表', rows: ROWS }], { messages: createMessages('zh-CN') });
  expect(a.indicatorTables.map((t) => t.totalScore)).toEqual([89]);
  expect(a.budgetTables).toEqual([]);
  expect(a.findings.filter((f) => f.code.startsWith('budget.'))).toEqual([]);
});
