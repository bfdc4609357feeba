/**
 * 年末结转和结余 typed wrong in a 收入支出决算总表 (hunt42 w6: 350.98 for 305.98): 支出总计 no longer
 * adds up, but it equals 收入总计 and 本年支出合计 adds up from its items. The error was reported at
 * 总计 with 应为 2,995.90 — the typo carried into the one figure that is vouched for twice.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const summary = (closing: number, total = 2950.9): SheetInput => ({
  name: '收入支出决算总表',
  rows: [
    ['市住房公积金管理中心2023年度收入支出决算总表'],
    [null, null, null, null, null, '单位：万元'],
    ['收入', null, null, '支出', null, null],
    ['项目', '行次', '决算数', '项目', '行次', '决算数'],
    ['一、一般公共预算财政拨款收入', 1, 2450, '八、社会保障和就业支出', 30, 260.85],
    ['二、其他收入', 2, 168.5, '九、卫生健康支出', 31, 58.64],
    [null, null, null, '二十、住房保障支出', 32, 2325.43],
    ['本年收入合计', 9, 2618.5, '本年支出合计', 39, 2644.92],
    ['使用非财政拨款结余', 10, 20, '结余分配', 40, null],
    ['年初结转和结余', 11, 312.4, '年末结转和结余', 41, closing],
    ['总计', 12, 2950.9, '总计', 42, total],
  ] as CellValue[][],
  merges: [
    { top: 2, left: 0, bottom: 2, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 5 },
  ],
});

const problems = (s: SheetInput): string[] =>
  checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.cell} ${String(f.params.expected)}`);

describe('a 总计 that agrees with the other panel’s, over a part typed wrong', () => {
  it('reports the part no other identity vouches for, with the figure the 总计 gives it', () => {
    expect(problems(summary(305.98))).toEqual([]);
    expect(problems(summary(350.98))).toEqual(['budget.reconcileMismatch F10 305.98']);
  });

  it('a 结余分配 typed 0 is no candidate: it would have to be −45 (hunt81 P18 blamed it)', () => {
    const s = summary(350.98);
    const rows = s.rows.map((r) => [...r]);
    rows[8]![5] = 0;
    expect(problems({ ...s, rows })).toEqual(['budget.reconcileMismatch F10 305.98']);
  });

  it('a 年末结转和结余 left blank beside a 结余分配 typed 0 is the omission (hunt114 P09)', () => {
    const s = summary(305.98);
    const rows = s.rows.map((r) => [...r]);
    rows[8]![5] = 0;
    rows[9]![5] = null;
    expect(problems({ ...s, rows })).toEqual(['budget.reconcileMismatch F10 305.98']);
  });

  it('stays at the 总计 when the 总计 itself disagrees with 收入总计', () => {
    expect(problems(summary(305.98, 2995.9))).toEqual(
      expect.arrayContaining(['budget.reconcileMismatch F11 2950.9']),
    );
  });
});

describe('a sum that another identity confirms, over parts one of which is typed wrong (hunt53)', () => {
  /** The horizontal "三公" table: 预算数 and 决算数 blocks of 合计 | 出国 | 小计 | 购置 | 运行 | 接待. */
  const three = (operation: number): SheetInput => ({
    name: '09 “三公”经费支出决算表',
    rows: [
      ['一般公共预算财政拨款“三公”经费支出决算表'],
      ['编制单位：市机关事务管理局', ...Array<null>(10).fill(null), '单位：万元'],
      [...Array<string>(6).fill('预算数'), ...Array<string>(6).fill('决算数')],
      ...[0, 1].map(() => [
        ...[0, 1].flatMap(() => [
          '合计',
          '因公出国（境）费',
          '公务用车购置及运行维护费',
          '公务用车购置及运行维护费',
          '公务用车购置及运行维护费',
          '公务接待费',
        ]),
      ]),
      [38, 0, 32, 0, 32, 6, 33.16, 0, 28.9, 0, operation, 4.26],
    ] as CellValue[][],
    merges: [],
  });
  const withSubheads = (s: SheetInput): SheetInput => {
    const rows = s.rows.map((r) => [...r]);
    for (const c of [2, 8]) rows[4]![c] = '小计';
    for (const c of [3, 9]) rows[4]![c] = '公务用车购置费';
    for (const c of [4, 10]) rows[4]![c] = '公务用车运行费';
    return { ...s, rows };
  };

  it('a 公务用车运行费 at odds with its 小计, which the 合计 confirms, is the wrong cell (P05)', () => {
    expect(problems(withSubheads(three(28.9)))).toEqual([]);
    expect(problems(withSubheads(three(29.8)))).toEqual(['budget.reconcileMismatch K6 28.9']);
  });

  it('本年收入合计 confirmed by 总计 = 支出总计 claims no 应为 when two of its items could be the slip (P22)', () => {
    const s = summary(305.98);
    const rows = s.rows.map((r) => [...r]);
    rows[5]![2] = 177.5; // 其他收入 168.5 typed 177.5; 本年收入合计 kept
    const found = checkBudgetSet([{ ...s, rows }], DEFAULT_SETTINGS).findings.filter(
      (f) => f.severity !== 'info',
    );
    expect(found.map((f) => [f.cell, f.params.identity, f.params.candidates])).toEqual([
      ['C8', 'confirmedParts', '收入支出决算总表!C5、收入支出决算总表!C6'],
    ]);
  });
});
