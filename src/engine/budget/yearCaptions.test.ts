/**
 * 决算 columns captioned with the year (`2023年年初预算数`, `2023年决算数`) and a 预算调整数 column beside
 * a 全年预算数 (hunt31): the first table's budget and 决算 were not read (every typed rate "无依据"),
 * the second's rates were divided by the adjustment (6319.93 %).
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { findBudgetTables } from './detect';

const sheet = (header: CellValue[], rows: CellValue[][]): SheetInput => ({
  name: '财拨支出决算表',
  rows: [['2023年度一般公共预算财政拨款支出决算表'], ['单位：万元'], header, ...rows] as CellValue[][],
});

const lines = (s: SheetInput) =>
  findBudgetTables([s], DEFAULT_SETTINGS)[0]!.lines.map((l) => [
    l.code ?? l.name,
    l.budget,
    l.adjustedBudget,
    l.final,
    l.executionRate,
  ]);

describe('决算 columns', () => {
  it('read captions that name the year as without it', () => {
    const rows = [
      ['合计', null, 300, 330, 320.5],
      ['2080505', '机关事业单位基本养老保险缴费支出', 300, 330, 320.5],
    ];
    const plain = sheet(['科目编码', '科目名称', '年初预算数', '调整预算数', '决算数'], rows);
    const dated = sheet(
      ['科目编码', '科目名称', '2023年年初预算数', '2023年调整预算数', '2023年决算数'],
      rows,
    );
    expect(lines(dated)).toEqual(lines(plain));
    expect(lines(dated)[0]).toEqual(['合计', 300, 330, 320.5, 1.0683]);
  });

  it('take an earlier year’s 决算数 for last year’s', () => {
    const s = sheet(
      ['科目编码', '科目名称', '2022年决算数', '2023年年初预算数', '2023年决算数'],
      [['2080505', '基本养老保险缴费', 280, 300, 320.5]],
    );
    const [t] = findBudgetTables([s], DEFAULT_SETTINGS);
    expect(t!.lines[0]).toMatchObject({ previous: 280, budget: 300, final: 320.5 });
  });

  it('take 全年预算数 for the adjusted budget, not 预算调整数 (the change)', () => {
    const s = sheet(
      ['科目编码', '科目名称', '年初预算数', '预算调整数', '全年预算数', '决算数'],
      [['2013801', '行政运行', 3652800, -126400, 3526400, 3498215.36]],
    );
    expect(lines(s)[0]).toEqual(['2013801', 3652800, 3526400, 3498215.36, 0.9577]);
  });
});

test('a 决算数 under a 2023年 block beside 2022年决算数 stays this year’s (hunt31 w4)', () => {
  const s: SheetInput = {
    name: '项目支出决算表',
    rows: [
      ['XX区司法局2023年度项目支出决算表'],
      [null, null, null, null, null, null, '单位：万元'],
      ['科目编码', '科目名称', '2023年', null, null, null, '2022年决算数'],
      [null, null, '年初预算数', '调整预算数', '决算数', '完成年初预算', null],
      ['2040602', '一般行政管理事务', 56, 58.4, 57.92, 1.0343, 51.36],
    ] as CellValue[][],
    merges: [{ top: 2, left: 2, bottom: 2, right: 5 }],
  };
  const [t] = findBudgetTables([s], DEFAULT_SETTINGS);
  expect(t!.lines[0]).toMatchObject({ budget: 56, final: 57.92, previous: 51.36 });
});
