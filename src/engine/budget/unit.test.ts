/**
 * The unit statement at the right end of a header that runs on past the columns the table reads:
 * a 收入决算表 in 元 whose 单位：元 sits above 其他收入, six columns right of 本年收入合计, was read as
 * 万元 (the JSON, the table list and the chart label said 万元 over 30,930,900).
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { findBudgetTables } from './detect';
import { unitPerWan } from './types';

const income = (unit: string): SheetInput => {
  const caps = [
    '本年收入合计',
    '财政拨款收入',
    '上级补助收入',
    '事业收入',
    '经营收入',
    '附属单位上缴收入',
    '其他收入',
  ];
  return {
    name: '收入决算表',
    rows: [
      ['2021年度收入决算表'],
      [...Array<CellValue>(10).fill(null), unit],
      ['科目编码', '科目名称', ...caps],
      ['合计', null, 30930900, 30230900, 0, 700000, 0, 0, 0],
      ['208', '社会保障和就业支出', 1818900, 1818900, 0, 0, 0, 0, 0],
      ['210', '卫生健康支出', 29112000, 28412000, 0, 700000, 0, 0, 0],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 8 }],
  };
};

describe('the unit of a table whose header runs on to the right', () => {
  it('takes 单位：元 above the header’s right end, past the columns it reads', () => {
    const [t] = findBudgetTables([income('单位：元')], DEFAULT_SETTINGS);
    expect(t).toMatchObject({ unit: '元', unitCell: 'K2' });
  });

  it('reads 单位：元 over the header of a three-row merged header as well', () => {
    const s = income('单位：元');
    const rows = [s.rows[0]!, s.rows[1]!, ['项目', null, '本年收入合计'], ...s.rows.slice(2)];
    const merges = [
      ...s.merges!,
      { top: 2, left: 0, bottom: 2, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 8 },
    ];
    expect(findBudgetTables([{ ...s, rows, merges }], DEFAULT_SETTINGS)[0]).toMatchObject({ unit: '元' });
  });

  it('takes it above a header of captions merged over two rows (read as two bands)', () => {
    const s = income('单位：元');
    const caps = s.rows[2]!;
    const rows = [s.rows[0]!, s.rows[1]!, caps, caps.map(() => null), ...s.rows.slice(3)];
    const merges = [...s.merges!, ...caps.map((_, c) => ({ top: 2, left: c, bottom: 3, right: c }))];
    expect(findBudgetTables([{ ...s, rows, merges }], DEFAULT_SETTINGS)[0]).toMatchObject({
      unit: '元',
      unitCell: 'K2',
    });
  });
});

/**
 * 单位：千元 (some counties publish in thousands): it was read as 万元, so the JSON, the table list,
 * the chart label and 决算分析 said "4163.60 万元" for 416.36 万元, and a 千元 table beside 万元 ones
 * would be compared unconverted.
 */
describe('a table in 千元', () => {
  it('is read in 千元, from the corner cell or a bracket in the header', () => {
    expect(findBudgetTables([income('单位：千元')], DEFAULT_SETTINGS)[0]).toMatchObject({ unit: '千元' });
    const plain = income('');
    const bracketed: SheetInput = {
      ...plain,
      rows: plain.rows.map((row, r) =>
        r === 2 ? ['科目编码', '科目名称', '本年收入合计（千元）', '财政拨款收入（千元）'] : row,
      ),
    };
    expect(findBudgetTables([bracketed], DEFAULT_SETTINGS)[0]).toMatchObject({ unit: '千元' });
  });

  it('is 10 to the 万元 when identities cross tables', () => {
    expect(unitPerWan('千元')).toBe(10);
  });
});

/**
 * A table whose unit statement names counts, not money (国有资产占用情况表, 单位：辆、台（套）) is no
 * budget table: it was listed as a 决算 table in 万元 (评价结果 "国有资产占用情况表 · 汇总表 · 单位：万元").
 */
describe('a table of counts', () => {
  const assets = (unit: string): SheetInput => ({
    name: '资产',
    rows: [
      ['2022年度国有资产占用情况表'],
      [null, null, null, null, unit],
      ['项目', '车辆数', null, null, '单价50万元以上通用设备'],
      [null, '合计', '执法执勤用车', '其他用车', null],
      ['合计', 3, 1, 2, 1],
    ],
    merges: [
      { top: 2, left: 1, bottom: 2, right: 3 },
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 4, bottom: 3, right: 4 },
    ],
  });

  it('is not read as a budget table', () => {
    expect(findBudgetTables([assets('单位：辆、台（套）')], DEFAULT_SETTINGS)).toEqual([]);
  });

  it.each(['单位：万元', '编制单位：人力资源和社会保障局'])('but a table under %s is', (unit) => {
    expect(findBudgetTables([assets(unit)], DEFAULT_SETTINGS)).toHaveLength(1);
  });
});
