/**
 * A provincial template's funds block (hunt95): one row under its header, the caption 资金情况 merged
 * down beside it, no 年度资金总额 label, and its own 权重 and 得分.
 */
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue, SheetInput } from '../grid/types';
import { createMessages } from '../../i18n';

function sheet(captionRows: number): SheetInput {
  const rows: CellValue[][] = [
    ['2023年度项目支出绩效自评表'],
    ['项目名称', '农村义务教育学生营养改善计划', null, null, null, '项目单位', '丰源县教育局'],
    [
      '资金情况（万元）',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '执行率',
      '权重',
      '计分方法',
      null,
      '得分',
      '备注',
    ],
    [null, 860, 900, 846, '94.00%', 10, '得分=执行率×权重', null, 9.84, '年中追加预算40万元'],
    ['绩效指标完成情况'],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '实际值',
      '权重(%)',
      '计分方法',
      '得分',
      '未完成原因分析',
    ],
    [
      '产出指标',
      '数量指标',
      '受益学生人数',
      '正向',
      '≥12000人',
      '12360人',
      90,
      '实际值/指标值×权重，最高不超过权重',
      90,
      null,
    ],
    ['合计', null, null, null, null, null, 100, null, null, null],
  ];
  return {
    name: '营养改善计划',
    rows,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 9 },
      { top: 2, left: 0, bottom: 2 + captionRows, right: 0 },
      { top: 2, left: 6, bottom: 2, right: 7 },
      { top: 3, left: 6, bottom: 3, right: 7 },
      { top: 4, left: 0, bottom: 4, right: 9 },
    ],
  };
}

test('a one-row funds block under its merged caption is the table’s 预算执行率, scored on 全年预算数', () => {
  const a = analyzeWorkbook([sheet(1)], { messages: createMessages('zh-CN') });
  const [table] = a.indicatorTables;
  expect(table?.table.funds?.row).toBe(3);
  expect(table?.totalWeight).toBe(100);
  // 846 ÷ 900 = 94 % of 10 points; the typed 9.84 (846 ÷ 860) is flagged, not kept
  expect(table?.budgetExecution?.score).toBeCloseTo(9.4, 2);
  expect(table?.totalScore).toBeCloseTo(99.4, 2);
});

test('a caption merged over more rows than the amounts’ leaves the block unread without its total label', () => {
  const a = analyzeWorkbook([sheet(2)], { messages: createMessages('zh-CN') });
  expect(a.indicatorTables[0]?.table.funds).toBeNull();
});
