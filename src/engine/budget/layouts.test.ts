import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { findBudgetTables } from './detect';

const sheet = (name: string, rows: CellValue[][]): SheetInput => ({ name, rows });

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

describe('findBudgetTables: the 财政部 公开03表 layout', () => {
  const m = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
  const s: SheetInput = {
    name: '公开03表',
    rows: [
      ['支出决算表'],
      [null, null, null, null, null, null, null, '公开03表'],
      ['部门：某局', null, null, null, null, null, null, '金额单位：万元'],
      ['项目', null, null, null, '本年支出合计', '基本支出', '项目支出', '上缴上级支出'],
      ['功能分类科目编码', null, null, '科目名称'],
      ['类', '款', '项'],
      ['栏次', null, null, null, 1, 2, 3, 4],
      ['合计', null, null, null, 100, 60, 40, null],
      ['201', null, null, '一般公共服务支出', 100, 60, 40, null],
      [null, '01', null, '人大事务', 100, 60, 40, null],
      [null, '01', '01', '行政运行', 60, 60, 0, null],
      [null, '01', '99', '其他人大事务支出', 40, 0, 40, null],
    ],
    merges: [
      m(3, 0, 3, 3),
      m(4, 0, 4, 2),
      m(4, 3, 5, 3),
      m(3, 4, 5, 4),
      m(3, 5, 5, 5),
      m(3, 6, 5, 6),
      m(3, 7, 5, 7),
      m(7, 0, 7, 3),
      m(8, 0, 11, 0),
    ],
  };

  it('reads the three-row header, skips 栏次, carries the merged 类 down', () => {
    const [t, ...rest] = findBudgetTables([s], DEFAULT_SETTINGS);
    expect(rest).toEqual([]);
    expect(t).toMatchObject({ kind: 'detail', headerTop: 3, headerBottom: 5, unit: '万元', unitCell: 'H3' });
    expect(t!.columns).toMatchObject({
      class: 0,
      section: 1,
      item: 2,
      name: 3,
      final: 4,
      basic: 5,
      project: 6,
    });
    expect(t!.lines.map((l) => [l.code, l.level, l.final, l.share])).toEqual([
      [null, 'total', 100, null],
      ['201', 'class', 100, 1],
      ['20101', 'section', 100, 1],
      ['2010101', 'item', 60, 0.6],
      ['2010199', 'item', 40, 0.4],
    ]);
  });
});
