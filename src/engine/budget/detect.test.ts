import type { CellRange, CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { findBudgetTables } from './detect';

const sheet = (name: string, rows: CellValue[][], merges: CellRange[] = []): SheetInput => ({
  name,
  rows,
  merges,
});
const range = (top: number, left: number, bottom: number, right: number): CellRange => ({
  top,
  left,
  bottom,
  right,
});

describe('findBudgetTables: detail tables', () => {
  const rows: CellValue[][] = [
    ['一般公共预算财政拨款支出决算表'],
    [null, null, null, null, '公开05表'],
    ['科目编码', '科目名称', '年初预算数（万元）', '全年预算数（万元）', '支出决算数（万元）'],
    ['栏次', null, 1, 2, 3],
    ['合计', null, 1000, 1200, 1100],
    ['211', '节能环保支出', 1000, 1200, 1100],
    ['211 01', '环境保护管理事务', 1000, 1200, 1100],
    ['211 01 01', '行政运行', 600, 700, 650],
    ['211 01 99', '其他环境保护管理事务支出', 400, 500, 450],
    [null],
    ['注：本表反映一般公共预算财政拨款支出。'],
    [null, null, 5, 5, 5],
  ];
  const s = sheet('公开05表', rows, [range(4, 0, 4, 1)]);

  it('reads codes with spaces, the unit in a header bracket, and skips the 栏次 row', () => {
    const [t, ...rest] = findBudgetTables([s], DEFAULT_SETTINGS);
    expect(rest).toHaveLength(0);
    expect(t).toMatchObject({
      sheet: '公开05表',
      kind: 'detail',
      headerTop: 2,
      headerBottom: 2,
      unit: '万元',
      unitCell: 'E3',
    });
    expect(t!.columns).toMatchObject({ code: 0, name: 1, budget: 2, adjustedBudget: 3, final: 4 });
    expect(t!.lines.map((l) => [l.row, l.code, l.level])).toEqual([
      [4, null, 'total'],
      [5, '211', 'class'],
      [6, '21101', 'section'],
      [7, '2110101', 'item'],
      [8, '2110199', 'item'],
    ]);
    expect(t!.lines[2]).toMatchObject({
      name: '环境保护管理事务',
      budget: 1000,
      adjustedBudget: 1200,
      final: 1100,
      executionRate: 1.1,
    });
    expect(t!.lines[3]!.share).toBe(0.5909);
    expect(t!.rateCol).toBeNull();
  });

  it('divides by the budget the setting names, falling back to the one the table has', () => {
    const [t] = findBudgetTables([s], { ...DEFAULT_SETTINGS, budgetBasis: 'adjusted' });
    expect(t!.basis).toBe('adjustedBudget');
    expect(t!.lines[3]!.executionRate).toBe(0.9286);
    const [r] = findBudgetTables([s], { ...DEFAULT_SETTINGS, budgetBasis: 'received' });
    expect(r!.basis).toBe('budget');
  });

  it('reads split 类 | 款 | 项 under a merged 科目编码, with the 类 merged down the rows', () => {
    const t = findBudgetTables(
      [
        sheet(
          'split',
          [
            ['单位：元'],
            ['科目编码', null, null, '科目名称', '预算数', '决算数', '执行率(%)'],
            ['类', '款', '项'],
            ['211', null, null, '节能环保支出', 300, 310, null],
            [null, '21101', null, '环境保护管理事务', 300, 310, null],
            [null, '01', '01', '行政运行', 100, 90, 90],
            [null, null, '04', '生态环境保护宣传', 200, 220, null],
          ],
          [
            range(1, 0, 1, 2),
            range(1, 3, 2, 3),
            range(1, 4, 2, 4),
            range(1, 5, 2, 5),
            range(1, 6, 2, 6),
            range(3, 0, 6, 0),
          ],
        ),
      ],
      DEFAULT_SETTINGS,
    )[0]!;
    expect(t).toMatchObject({ unit: '元', unitCell: 'A1', headerTop: 1, headerBottom: 2, rateCol: 6 });
    expect(t.columns).toMatchObject({ class: 0, section: 1, item: 2, name: 3, budget: 4, final: 5, rate: 6 });
    expect(t.lines.map((l) => l.code)).toEqual(['211', '21101', '2110101', '2110104']);
    expect(t.lines[3]!.executionRate).toBe(1.1);
  });

  it('takes a code typed in front of the name when there is no code column', () => {
    const [t] = findBudgetTables(
      [
        sheet('x', [
          ['科目', '预算数', '决算数'],
          ['2110101 行政运行', 10, 9],
          ['2110104 宣传', 0, 3],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(t!.kind).toBe('detail');
    expect(t!.lines.map((l) => [l.code, l.name, l.executionRate])).toEqual([
      ['2110101', '行政运行', 0.9],
      ['2110104', '宣传', null],
    ]);
  });

  it('gives a 合计 column to the block caption above it; keeps 基本/项目 of the 决算数 block', () => {
    const [t] = findBudgetTables(
      [
        sheet(
          'blocks',
          [
            ['科目编码', '科目名称', '年初预算数', null, null, '决算数', null, null],
            [null, null, '合计', '基本支出', '项目支出', '合计', '基本支出', '项目支出'],
            ['201', '一般公共服务支出', 100, 60, 40, 90, 55, 35],
          ],
          [range(0, 0, 1, 0), range(0, 1, 1, 1), range(0, 2, 0, 4), range(0, 5, 0, 7)],
        ),
      ],
      DEFAULT_SETTINGS,
    );
    expect(t!.columns).toMatchObject({ budget: 2, final: 5, basic: 6, project: 7 });
    expect(t!.lines[0]).toMatchObject({ basic: 55, project: 35, basicShare: 0.6111, executionRate: 0.9 });
  });
});

describe('findBudgetTables: other public layouts', () => {
  it('splits a 收入支出决算总表 into its two panels, by the rows when there is no caption', () => {
    const tables = findBudgetTables(
      [
        sheet('总表', [
          ['项目', '金额', '项目', '金额'],
          ['财政拨款收入', 80, '一般公共服务支出', 70],
          ['本年收入合计', 80, '本年支出合计', 70],
          ['年初结转和结余', 20, '年末结转和结余', 30],
          ['总计', 100, '总计', 100],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(tables.map((t) => [t.kind, t.panel, t.columns.name])).toEqual([
      ['incomeExpense', 'income', 0],
      ['incomeExpense', 'expense', 2],
    ]);
    expect(tables[1]!.lines.map((l) => [l.name, l.share])).toEqual([
      ['一般公共服务支出', 1],
      ['本年支出合计', 0.7],
      ['年末结转和结余', 0.3],
      ['总计', null],
    ]);
  });

  it('reads a vertical "三公" table; 会议费 is no part of its total', () => {
    const [t] = findBudgetTables(
      [
        sheet('三公', [
          ['项目', '预算数', '决算数'],
          ['合计', 34.78, 35.6],
          ['因公出国（境）费', 0, 0],
          ['公务用车购置及运行维护费', 30.5, 29.94],
          ['其中：公务用车购置费', 0, 0],
          ['公务用车运行维护费', 30.5, 29.94],
          ['公务接待费', 4.28, 5.66],
          ['会议费', 8.11, 12.02],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(t!.kind).toBe('threePublic');
    expect(t!.lines.map((l) => [l.share, l.executionRate])).toEqual([
      [null, 1.0236],
      [0, null],
      [0.841, 0.9816],
      [0, null],
      [0.841, 0.9816],
      [0.159, 1.3224],
      [null, 1.4821],
    ]);
  });

  it('reads 基本支出 = 人员经费 + 公用经费 with shares of the total', () => {
    const [t] = findBudgetTables(
      [
        sheet('基本', [
          ['项目', '决算数'],
          ['基本支出', 3719.18],
          ['人员经费', 3462.35],
          ['公用经费', 256.83],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(t!.kind).toBe('basic');
    expect(t!.lines.map((l) => [l.level, l.share])).toEqual([
      ['total', null],
      ['other', 0.9309],
      ['other', 0.0691],
    ]);
  });

  it('leaves indicator tables and the project template funds block alone', () => {
    const found = findBudgetTables(
      [
        sheet('funds', [
          ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
          ['年度资金总额', 100, 100, 95, 10, null, null],
        ]),
        sheet('indicators', [
          ['一级指标', '二级指标', '三级指标', '指标值', '权重', '得分'],
          ['产出', '数量', '培训人次', '100', 10, 10],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(found).toEqual([]);
  });

  it('finds two tables on one sheet, each with its own unit cell', () => {
    const tables = findBudgetTables(
      [
        sheet('two', [
          [null, '单位：万元'],
          ['项目', '本年决算数', '上年决算数'],
          ['机关运行经费', 193.32, 215.34],
          [null],
          [null, null, '单位：元'],
          ['项目', '预算数', '决算数'],
          ['会议费', 81100, 120200],
        ]),
      ],
      DEFAULT_SETTINGS,
    );
    expect(tables.map((t) => [t.headerTop, t.unit, t.unitCell, t.lines.length])).toEqual([
      [1, '万元', 'B1', 1],
      [5, '元', 'C5', 1],
    ]);
    expect(tables[0]!.lines[0]!.change).toEqual({ amount: -22.02, rate: -0.1023 });
  });
});
