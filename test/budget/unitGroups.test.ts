/**
 * Blind 决算 round (hunt16): a 部门 支出决算表 with 部门合计 | 本级 | 下属单位 column groups had every
 * line's 本年支出合计 "应为 2×" (24 false errors), and a 财政拨款收入支出决算总表 whose carry-over line
 * reads 上年结转 added its split by fund into 收入总计 a second time (a false error in every workbook).
 */
import { analyzeWorkbook } from '../../src/engine/analyzeWorkbook';
import type { CellValue } from '../../src/engine/grid/types';
import { createMessages } from '../../src/i18n';

const errors = (name: string, rows: CellValue[][]): string[] =>
  analyzeWorkbook([{ name, rows }], { messages: createMessages('zh-CN') })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => f.cell);

function unitGroups(ownBasic: number): CellValue[][] {
  const group = ['本年支出合计', '基本支出', '项目支出'];
  return [
    ['XX局2022年度部门支出决算表'],
    [null, null, null, null, null, null, null, null, null, null, '单位：万元'],
    [
      '科目编码',
      '科目名称',
      '部门合计',
      '部门合计',
      '部门合计',
      'XX局本级',
      'XX局本级',
      'XX局本级',
      'XX中心（下属单位）',
      'XX中心（下属单位）',
      'XX中心（下属单位）',
    ],
    ['科目编码', '科目名称', ...group, ...group, ...group],
    ['合计', null, 300, 200, 100, 180, 120, 60, 120, 80, 40],
    ['201', '一般公共服务支出', 300, 200, 100, 180, 120, 60, 120, 80, 40],
    ['20103', '政府办公厅（室）及相关机构事务', 300, 200, 100, 180, 120, 60, 120, 80, 40],
    ['2010301', '行政运行', 200, 200, 0, 120, ownBasic, 0, 80, 80, 0],
    ['2010302', '一般行政管理事务', 100, 0, 100, 60, 0, 60, 40, 0, 40],
  ];
}

describe('a 部门 table in column groups (部门合计 | 本级 | 下属单位)', () => {
  it('checks each group on its own: no false errors', () => {
    expect(errors('支出决算表', unitGroups(120))).toEqual([]);
  });

  it('still finds a wrong cell of one group', () => {
    // 本级 行政运行 基本支出 119: its row's total and its parent's sum disagree with it
    expect(errors('支出决算表', unitGroups(119)).length).toBeGreaterThan(0);
  });
});

describe('a 财政拨款收入支出决算总表 whose carry-over line reads 上年结转', () => {
  const rows = (opening: string): CellValue[][] => [
    ['XX中心2023年度财政拨款收入支出决算总表'],
    [null, null, null, null, null, null, '单位：万元'],
    ['收入', '收入', '支出', '支出', '支出', '支出', '支出'],
    [
      '项目',
      '金额',
      '项目',
      '合计',
      '一般公共预算财政拨款',
      '政府性基金预算财政拨款',
      '国有资本经营预算财政拨款',
    ],
    ['一、一般公共预算财政拨款', 108, '一、一般公共服务支出', 100, 100, 0, 0],
    ['二、政府性基金预算财政拨款', 0],
    ['三、国有资本经营预算财政拨款', 0],
    ['本年收入合计', 108, '本年支出合计', 100, 100, 0, 0],
    [opening, 12, '年末结转和结余', 20, 20, 0, 0],
    ['一般公共预算财政拨款', 12],
    ['政府性基金预算财政拨款', 0],
    ['国有资本经营预算财政拨款', 0],
    ['收入总计', 120, '支出总计', 120, 120, 0, 0],
  ];

  it.each(['年初财政拨款结转和结余', '上年结转', '上年结转和结余'])(
    '%s: its split by fund is no second item',
    (opening) => {
      expect(errors('财政拨款收支总表', rows(opening))).toEqual([]);
    },
  );
});
