/**
 * 收入支出决算总表 年初 / 年末结转和结余 against the 财政拨款收入支出决算总表's (hunt68: 农业农村局,
 * 年初结转和结余 −4.80 against a fiscal 0, every total balancing; hunt70: 年初 −12.35 against 45.20, so
 * 年末 19 against 56.55). The all-funds figure is the fiscal one plus the other funds' (事业收入,
 * 经营收入…), which a unit may carry negative: in a table that balances around it, a figure below the
 * fiscal one is that deficit, an info saying what it implies. A slip in the figure, which the table
 * does not balance with, is still an error.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';
import { createMessages, loadLocale } from '../../i18n';

const cents = (v: number): number => Math.round(v * 100) / 100;

/** The 01表, balanced by its 其他收入 unless `total` is given (its 收入总计 as typed). */
const summary = (opening: number, closing: number, total?: number): SheetInput => {
  const other = cents(closing - opening - 0.18);
  const income = cents(535.56 + other);
  return {
    name: '收入支出决算总表',
    rows: [
      ['2021年度收入支出决算总表'],
      ['编制单位：县农业农村局', null, null, null, null, '单位：万元'],
      ['收入', null, null, '支出', null, null],
      ['项目', '行次', '决算数', '项目', '行次', '决算数'],
      ['一、一般公共预算财政拨款收入', 1, 535.56, '一、一般公共服务支出', 30, 415.56],
      ['八、其他收入', 8, other, '八、社会保障和就业支出', 31, 58.74],
      [null, null, null, '九、卫生健康支出', 32, 24.18],
      [null, null, null, '十九、住房保障支出', 33, 36.9],
      ['本年收入合计', 9, income, '本年支出合计', 60, 535.38],
      ['使用非财政拨款结余', 10, null, '结余分配', 61, null],
      ['年初结转和结余', 11, opening, '年末结转和结余', 62, closing],
      ['总计', 12, total ?? cents(income + opening), '总计', 63, cents(535.38 + closing)],
    ] as CellValue[][],
    merges: [
      { top: 2, left: 0, bottom: 2, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 5 },
    ],
  };
};

/** The 04表, balanced: 年末 = 年初 + 3.38. */
const fiscal = (opening: number): SheetInput => {
  const closing = cents(opening + 3.38);
  return {
    name: '财政拨款收入支出决算总表',
    rows: [
      ['2021年度财政拨款收入支出决算总表'],
      ['编制单位：县农业农村局', null, null, null, null, null, null, null, '单位：万元'],
      ['收     入', null, null, '支     出', null, null, null, null, null],
      ['项目', '行次', '决算数', '项目', '行次', '决算数', null, null, null],
      [
        null,
        null,
        null,
        null,
        null,
        '合计',
        '一般公共预算财政拨款',
        '政府性基金预算财政拨款',
        '国有资本经营预算财政拨款',
      ],
      ['一、一般公共预算财政拨款', 1, 535.56, '一、一般公共服务支出', 30, 412.36, 412.36, null, null],
      ['二、政府性基金预算财政拨款', 2, null, '八、社会保障和就业支出', 31, 58.74, 58.74, null, null],
      ['三、国有资本经营预算财政拨款', 3, null, '九、卫生健康支出', 32, 24.18, 24.18, null, null],
      [null, null, null, '十九、住房保障支出', 33, 36.9, 36.9, null, null],
      ['本年收入合计', 10, 535.56, '本年支出合计', 40, 532.18, 532.18, null, null],
      ['年初财政拨款结转和结余', 11, opening, '年末财政拨款结转和结余', 41, closing, closing, null, null],
      ['  一般公共预算财政拨款', 12, opening, '  一般公共预算财政拨款', 42, closing, closing, null, null],
      ['  政府性基金预算财政拨款', 13, null, '  政府性基金预算财政拨款', 43, null, null, null, null],
      ['  国有资本经营预算财政拨款', 14, null, '  国有资本经营预算财政拨款', 44, null, null, null, null],
      [
        '总计',
        15,
        cents(535.56 + opening),
        '总计',
        45,
        cents(532.18 + closing),
        cents(532.18 + closing),
        null,
        null,
      ],
    ] as CellValue[][],
    merges: [
      { top: 2, left: 0, bottom: 2, right: 2 },
      { top: 2, left: 3, bottom: 2, right: 8 },
      { top: 3, left: 5, bottom: 3, right: 8 },
    ],
  };
};

/** The 01表 with its 其他收入 (row `row`) and, if given, 本年收入合计 typed as given. */
const slip = (t: SheetInput, row: number, other: number, income?: number): SheetInput => ({
  ...t,
  rows: t.rows.map((r, i): CellValue[] => {
    const typed = i === row ? other : i === 8 ? income : undefined;
    return typed === undefined ? [...r] : [...r.slice(0, 2), typed, ...r.slice(3)];
  }),
});

const all = (sheets: SheetInput[]): string[] =>
  checkBudgetSet(sheets, DEFAULT_SETTINGS).findings.map(
    (f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell} ${String(f.params.difference ?? '')}`,
  );

describe('收入支出决算总表 年初 / 年末结转和结余 ≥ the fiscal figures', () => {
  it('holds when every figure is positive and covers the fiscal one', () => {
    expect(all([summary(5.23, 8.61), fiscal(5.23)])).toEqual([]);
  });

  it('is no error when a negative 年初 states the other funds’ deficit carried in (hunt68)', () => {
    expect(all([summary(-4.8, 8.61), fiscal(0)])).toEqual([
      'info budget.otherFundsNegative 收入支出决算总表!C11 -4.8',
    ]);
  });

  it('is no error when a negative 年末 is carried out, below a positive fiscal 年末', () => {
    expect(all([summary(-4.8, -1.42), fiscal(0)])).toEqual([
      'info budget.otherFundsNegative 收入支出决算总表!C11 -4.8',
      'info budget.otherFundsNegative 收入支出决算总表!F11 -4.8',
    ]);
  });

  it('is no error when a positive 年初 is below the fiscal one in a balanced table (other funds −2.88)', () => {
    expect(all([summary(2.35, 8.61), fiscal(5.23)])).toEqual([
      'info budget.otherFundsNegative 收入支出决算总表!C11 -2.88',
    ]);
  });

  it('is no error when a positive 年末 is below the fiscal one in a balanced table', () => {
    expect(all([summary(5.23, 6.81), fiscal(5.23)])).toEqual([
      'info budget.otherFundsNegative 收入支出决算总表!F11 -1.8',
    ]);
  });

  it('is still an error at the cell when a positive 年初 slips below the fiscal one (2.35 for 5.23)', () => {
    // every other figure as for 5.23: 其他收入 3.20, 本年收入合计 538.76, 收入总计 543.99
    const found = all([slip(summary(2.35, 8.61, 543.99), 5, 3.2, 538.76), fiscal(5.23)]);
    expect(found).toContain('error budget.crossMismatch 收入支出决算总表!C11 -2.88');
    expect(found.some((f) => f.includes('otherFundsNegative'))).toBe(false);
  });

  it('is still an error when the slip is carried into 收入总计 (收入总计 ≠ 支出总计)', () => {
    const found = all([slip(summary(2.35, 8.61, 541.11), 5, 3.2, 538.76), fiscal(5.23)]);
    expect(found).toContain('error budget.crossMismatch 收入支出决算总表!C11 -2.88');
    expect(found.some((f) => f.includes('otherFundsNegative'))).toBe(false);
  });

  it('stays an error when the negative figure is one its own table does not add up with', () => {
    // 收入总计 typed as if the 年初 were +4.80: the 01表 itself doubts the −4.80
    const found = all([summary(-4.8, 8.61, cents(535.56 + 13.23 + 4.8)), fiscal(0)]);
    expect(found).toContain('error budget.crossMismatch 收入支出决算总表!C11 -4.8');
    expect(found.some((f) => f.includes('otherFundsNegative'))).toBe(false);
  });

  /** The errors when the 01表's 年末 20 is typed as the fiscal 13.38 beside a 结余分配 of 0. */
  const fiscalClosingTyped = (opening: number): string[] => {
    const rows = summary(opening, 20).rows.map((r) => [...r]);
    rows[9]![5] = 0;
    rows[10]![5] = 13.38;
    return checkBudgetSet([{ ...summary(opening, 20), rows }, fiscal(10)], DEFAULT_SETTINGS)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => `${f.code} ${f.cell} ${String(f.params.expected)}`);
  };

  it('blames a 年末 typed as the fiscal one alone, where 年初 shows other funds (hunt104 P07)', () => {
    // 结余分配 typed 0 could also absorb the 6.62, but the 年初 15 above the fiscal 10 says the
    // department carries other funds
    expect(fiscalClosingTyped(15)).toEqual(['budget.reconcileMismatch F11 20']);
  });

  it('keeps a 年末 equal to the fiscal one where the department has no other funds', () => {
    // 年初 equal to the fiscal 10 too: the 6.62 short is the 结余分配's, as before
    expect(fiscalClosingTyped(10)).toEqual(['budget.reconcileMismatch F10 6.62']);
  });

  it('says what the negative figure implies, in both languages', async () => {
    await loadLocale('en');
    const note = checkBudgetSet([summary(-4.8, 8.61), fiscal(0)], DEFAULT_SETTINGS).findings[0]!;
    expect(createMessages('zh-CN').finding(note)).toBe(
      '收入支出决算总表“年初结转和结余”（收入支出决算总表!C11）为 -4.80 万元，' +
        '低于财政拨款收入支出决算总表“年初财政拨款结转和结余”（财政拨款收入支出决算总表!C11）的 0 万元，' +
        '即财政拨款以外资金（事业收入、经营收入等）年初结转和结余为 -4.80 万元：' +
        '事业、经营等资金的收支差额可以负数结转，本表收支平衡，不作差错，请确认属实',
    );
    const en = createMessages('en').finding(note);
    expect(en).toContain('the opening balance of the funds other than fiscal appropriations');
    expect(en).toContain('is -4.80 10k yuan');
  });
});
