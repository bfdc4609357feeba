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
