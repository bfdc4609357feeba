/**
 * A sum one amount with its decimal point moved would make hold (hunt89 P15: 公务接待费 预算 35.00 for
 * 3.50 under a right 合计 of 82.10 was reported as `合计 应为 113.60`). The error is at the amount.
 */
import { createMessages, loadLocale } from '../../i18n';
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

/** A detail table: 合计, a 类, its 款 and three 项 (the third's 决算 `third`), the 合计 typed `total`. */
const detail = (third: number, total = 70.55): SheetInput => ({
  name: '支出决算明细表',
  rows: [
    ['支出决算明细表'],
    ['单位：万元'],
    ['科目编码', '科目名称', '支出决算数'],
    ['合计', null, total],
    ['214', '交通运输支出', 70.55],
    ['21401', '公路水路运输', 70.55],
    ['2140101', '行政运行', 40.2],
    ['2140104', '公路建设', 26.85],
    ['2140106', '公路养护', third],
  ] as CellValue[][],
});

/** The "三公" table laid out across one row: 预算数 (A–F) then 决算数 (G–L), as hunt89 07表 has it. */
const threePublic = (reception: number): SheetInput => {
  const group = [
    '合计',
    '因公出国（境）费',
    '公务用车购置及运行维护费',
    '公务用车购置及运行维护费',
    '公务用车购置及运行维护费',
    '公务接待费',
  ];
  const items = ['合计', '因公出国（境）费', '小计', '公务用车购置费', '公务用车运行维护费', '公务接待费'];
  return {
    name: '三公',
    rows: [
      ['2023年度一般公共预算财政拨款“三公”经费支出决算表'],
      [...Array<null>(11).fill(null), '单位：万元'],
      [...Array<string>(6).fill('预算数'), ...Array<string>(6).fill('决算数')],
      [...group, ...group],
      [...items, ...items],
      [82.1, 8, 70.6, 28, 42.6, reception, 78.73, 6.42, 69.45, 26.85, 42.6, 2.86],
    ] as CellValue[][],
    merges: [
      { top: 2, left: 0, bottom: 2, right: 5 },
      { top: 2, left: 6, bottom: 2, right: 11 },
    ],
  };
};

const found = (s: SheetInput, locale: 'zh-CN' | 'en' = 'zh-CN'): string[] => {
  const messages = createMessages(locale);
  return checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.cell} ${messages.finding(f)}`);
};

describe('a decimal point moved in one amount of a sum', () => {
  beforeAll(async () => {
    await loadLocale('en');
  });

  it('a 项 typed ten times over (35.00 for 3.50): one error at the 项, none at the right 款, 类 and 合计', () => {
    expect(found(detail(35))).toEqual([
      'budget.decimalSlip C9 “2140106 公路养护”决算数 35 万元疑似小数点错位，应为 3.50 万元：' +
        '按此“交通运输支出”（C5）与所列各项之和相符，合计本身无误',
    ]);
    expect(found(detail(35), 'en')[0]).toContain('looks like a misplaced decimal point: 3.50');
  });

  it('the 合计 typed with its point moved (705.50 for 70.55): the error is at the 合计', () => {
    expect(found(detail(3.5, 705.5)).map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual([
      'budget.decimalSlip C4',
    ]);
  });

  it('a sum off by an amount no moved point explains stays a mismatch at the sum', () => {
    expect(found(detail(4.5)).map((f) => f.split(' ')[0])).not.toContain('budget.decimalSlip');
  });

  it('the "三公" row: 公务接待费 预算 35.00 under a 合计 of 82.10 is the slip (hunt89 P15)', () => {
    expect(found(threePublic(35)).map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual([
      'budget.decimalSlip F6',
    ]);
    expect(found(threePublic(3.5))).toEqual([]);
  });
});
