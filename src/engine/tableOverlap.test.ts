import { createMessages } from '../i18n';
import { analyzeWorkbook } from './analyzeWorkbook';
import type { CellValue, SheetInput } from './grid/types';

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

/**
 * A project table (hunt79) whose funds block has no 分值 or 得分 column, so nothing in its header
 * is foreign to a 决算 header: 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率, then
 * 年度总体目标 and the indicator grid with no two blank rows between them.
 */
function projectSheet(firstFundsLabel: string): SheetInput {
  return {
    name: '绩效自评表',
    rows: [
      ['项目支出绩效自评表（2025年度）'],
      ['项目名称', '高标准农田建设项目', null, null, null, '主管部门', '县农业农村局'],
      ['实施单位', '县农田建设服务中心', null, null, null, '单位：万元'],
      ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '执行率'],
      [null, firstFundsLabel, 14600, 15267.76, 14650.56, '95.96%'],
      [null, '其中：当年财政拨款', 14600, 15067.76, 14470.56, '96.04%'],
      [null, '上年结转资金', 0, 200, 180, '90.00%'],
      [null, '其他资金', 0, 0, 0, '—'],
      ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
      [null, '新建高标准农田2.5万亩', null, null, null, '完成新建高标准农田2.5万亩'],
      [
        '一级指标',
        '二级指标',
        '三级指标',
        '年度指标值',
        '实际完成值',
        '分值',
        '得分',
        '评分标准',
        '偏差原因分析及改进措施',
        '佐证材料',
      ],
      [
        '资金管理（10分）',
        '预算执行（10分）',
        '预算执行率',
        '100%',
        '95.96%',
        8,
        null,
        '得分=预算执行率×分值',
        '部分工程款竣工决算审计后支付',
        '国库集中支付明细',
      ],
      [
        '资金管理（10分）',
        '预算执行（10分）',
        '资金使用合规性',
        '合规',
        '合规',
        2,
        null,
        '合规得2分，否则不得分',
        null,
        '县财政局检查意见',
      ],
      [
        '产出指标（90分）',
        '数量指标（90分）',
        '新建泵站',
        '12座',
        12,
        90,
        null,
        '达标记90分，否则不得分',
        null,
        '泵站验收记录',
      ],
      ['合计', null, null, null, null, 100, null, null, null, null],
    ],
    merges: [
      { top: 3, left: 0, bottom: 7, right: 0 },
      { top: 8, left: 0, bottom: 9, right: 0 },
      { top: 8, left: 1, bottom: 8, right: 4 },
      { top: 8, left: 5, bottom: 8, right: 9 },
      { top: 9, left: 1, bottom: 9, right: 4 },
      { top: 9, left: 5, bottom: 9, right: 9 },
      { top: 11, left: 0, bottom: 12, right: 0 },
      { top: 11, left: 1, bottom: 12, right: 1 },
      { top: 14, left: 0, bottom: 14, right: 4 },
    ],
  };
}

test('a funds block without 分值 above the indicator grid is the table’s, not a 决算 table', () => {
  const a = analyzeWorkbook([projectSheet('年度资金总额')], { messages: createMessages('zh-CN') });
  expect(a.indicatorTables.map((t) => [t.table.funds?.row, t.totalWeight])).toEqual([[4, 100]]);
  expect(a.budgetTables).toEqual([]);
  expect(a.findings.filter((f) => f.code.startsWith('budget.'))).toEqual([]);
});

test('a 决算 header above an indicator table reads its rows only down to the table’s header', () => {
  // a first row the funds block does not start with: the block stays a 决算 table of its own
  const a = analyzeWorkbook([projectSheet('全部资金')], { messages: createMessages('zh-CN') });
  expect(a.indicatorTables[0]!.table.funds).toBeNull();
  expect(a.budgetTables.map((t) => t.lines.map((l) => l.row))).toEqual([[4, 5, 6, 7]]);
  // the funds rows are 5–8; the indicator header is row 11
  const rowOf = (cell: string): number => Number(/\d+$/.exec(cell)?.[0]);
  const below = a.findings.filter((f) => f.code.startsWith('budget.') && rowOf(f.cell) > 8);
  expect(below).toEqual([]);
});
