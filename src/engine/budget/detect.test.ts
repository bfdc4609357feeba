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

describe('findBudgetTables: stops', () => {
  const s = sheet('mixed', [
    ['项目', '预算数', '决算数'],
    ['会议费', 100, 90],
    ['一级指标', '三级指标', '分值'],
    ['产出指标', '培训人次', 10],
  ]);

  it('ends a table at a row where another kind of table’s header starts', () => {
    const lines = (stops?: Record<string, number[]>): number[][] =>
      findBudgetTables([s], DEFAULT_SETTINGS, stops).map((t) => t.lines.map((l) => l.row));
    expect(lines()).toEqual([[1, 2, 3]]);
    expect(lines({ mixed: [2] })).toEqual([[1]]);
    expect(lines({ other: [2] })).toEqual([[1, 2, 3]]);
  });
});
