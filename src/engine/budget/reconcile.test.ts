import type { Finding } from '../findings/types';
import type { CellRange, CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetTables } from './check';
import { findBudgetTables } from './detect';

const sheet = (name: string, rows: CellValue[][], merges: CellRange[] = []): SheetInput => ({
  name,
  rows,
  merges,
});
const check = (...sheets: SheetInput[]): Finding[] => {
  const tables = findBudgetTables(sheets, DEFAULT_SETTINGS);
  return checkBudgetTables(tables, sheets, DEFAULT_SETTINGS);
};
const brief = (fs: readonly Finding[], code?: string): [string, string, string | number | null][] =>
  fs.filter((f) => !code || f.code === code).map((f) => [f.code, f.cell, f.params.identity ?? null]);

const detail = (rows: CellValue[][]): SheetInput =>
  sheet('明细', [['单位：万元'], ['科目编码', '科目名称', '年初预算数', '支出决算数'], ...rows]);

describe('reconciliation: 类 = Σ款 = Σ项, leaf rows only', () => {
  const consistent: CellValue[][] = [
    [null, '合计', 300, 290],
    ['211', '节能环保支出', 300, 290],
    ['21101', '环境保护管理事务', 200, 190],
    ['2110101', '行政运行', 120, 110],
    ['2110104', '生态环境保护宣传', 80, 80],
    ['21111', '污染减排', 100, 100],
  ];

  it('is silent on a consistent table (a 款 with no 项 is a leaf)', () => {
    expect(check(detail(consistent))).toEqual([]);
  });

  it('reports a wrong 款 at its own cell only, with expected and actual', () => {
    const rows = consistent.map((r) => [...r]);
    rows[2]![3] = 191;
    const fs = check(detail(rows));
    expect(brief(fs)).toEqual([['budget.reconcileMismatch', 'D5', 'hierarchy']]);
    expect(fs[0]!.params).toMatchObject({
      expected: 190,
      actual: 191,
      difference: 1,
      unit: '万元',
      field: 'final',
      name: '环境保护管理事务',
    });
  });

  it('reports a wrong total at the total cell', () => {
    const rows = consistent.map((r) => [...r]);
    rows[0]![2] = 310;
    expect(brief(check(detail(rows)))).toEqual([['budget.reconcileMismatch', 'C3', 'total']]);
  });

  it('calls a drift within n × 0.005 of the unit rounding (info), in any unit', () => {
    const rows = consistent.map((r) => [...r]);
    rows[0]![3] = 290.01;
    const fs = check(detail(rows));
    expect(fs.map((f) => [f.code, f.severity, f.cell])).toEqual([['budget.reconcileRounding', 'info', 'D3']]);
    // Issue 6's rule: two parts rounded to 0.01 元 may drift by 0.01 元; 50 元 is no rounding.
    const yuan = (final: number): SheetInput =>
      sheet('元', [
        ['单位：元'],
        ['科目编码', '科目名称', '年初预算数', '支出决算数'],
        ['211', '节能环保支出', 3000000, final],
        ['2110101', '行政运行', 2000000, 1900000],
        ['2110104', '生态环境保护宣传', 1000000, 1000000],
      ]);
    expect(brief(check(yuan(2900000.01)))).toEqual([['budget.reconcileRounding', 'D3', 'hierarchy']]);
    expect(brief(check(yuan(2900050)))).toEqual([['budget.reconcileMismatch', 'D3', 'hierarchy']]);
  });

  it('allows one rounded part half a step only: a 0.01 gap between two equal figures is an error', () => {
    const one = (section: number): SheetInput =>
      detail([
        ['211', '节能环保支出', 100, 100],
        ['21111', '污染减排', 100, section],
        ['2111101', '环境监测与信息', 100, 100],
      ]);
    expect(brief(check(one(100)))).toEqual([]);
    // 21111 has one part, 2111101: 0.01 is beyond 1 × 0.005 万元.
    expect(brief(check(one(100.01)))).toEqual([['budget.reconcileMismatch', 'D4', 'hierarchy']]);
  });

  it('names an amount typed in 元 among 万元 when ×10⁻⁴ explains the mismatch', () => {
    const rows = consistent.map((r) => [...r]);
    rows[4]![3] = 800000;
    const fs = check(detail(rows));
    expect(brief(fs, 'budget.unitSuspect')).toEqual([['budget.unitSuspect', 'D7', null]]);
    expect(fs.filter((f) => f.code === 'budget.reconcileMismatch').map((f) => f.cell)).toEqual([
      'D3',
      'D4',
      'D5',
    ]);
  });
});

describe('reconciliation: the other identities', () => {
  it('checks 本年支出合计 = 基本支出 + 项目支出 per row', () => {
    const fs = check(
      sheet('支出', [
        ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
        ['201', '一般公共服务支出', 100, 60, 40],
        ['211', '节能环保支出', 200, 50, 149],
      ]),
    );
    expect(brief(fs)).toEqual([['budget.reconcileMismatch', 'C3', 'basicProject']]);
  });

  it('checks 基本支出 = 人员经费 + 公用经费', () => {
    const fs = check(
      sheet('基本', [
        ['项目', '决算数'],
        ['基本支出合计', 3719.18],
        ['人员经费', 3462.35],
        ['公用经费', 250],
      ]),
    );
    expect(brief(fs)).toEqual([['budget.reconcileMismatch', 'B2', 'personnelOperating']]);
  });

  it('takes a 0.01 between 收入总计 and 支出总计 for the 尾差 it is, not also for a mismatch', () => {
    const panels = (expenseTotal: number): SheetInput =>
      sheet('总表', [
        ['项目', '决算数', '项目', '决算数'],
        ['财政拨款收入', 57441.58, '一般公共服务支出', 57441.58],
        ['本年收入合计', 57441.58, '本年支出合计', 57441.58],
        ['年初结转和结余', 1407.03, '年末结转和结余', 1407.03],
        ['总计', 58848.61, '总计', expenseTotal],
      ]);
    const near = check(panels(58848.62));
    expect(brief(near, 'budget.reconcileMismatch')).toEqual([]);
    expect(brief(near, 'budget.reconcileRounding').map((f) => f[1])).toEqual(['D5']);
    // 0.02 is past both: an error at the cell
    expect(brief(check(panels(58848.63)), 'budget.reconcileMismatch').map((f) => f[1])).toEqual(['D5']);
  });

  it('checks running totals, 总计 and 收入总计 = 支出总计 across panels', () => {
    const fs = check(
      sheet('总表', [
        ['收入', null, '支出'],
        ['项目', '决算数', '项目', '决算数'],
        ['财政拨款收入', 80, '一般公共服务支出', 70],
        ['其中：一般公共预算', 80, '节能环保支出', 10],
        ['本年收入合计', 80, '本年支出合计', 80],
        ['年初结转和结余', 20, '年末结转和结余', 21],
        ['总计', 100, '总计', 101],
      ]),
    );
    expect(brief(fs)).toEqual([['budget.reconcileMismatch', 'D7', 'incomeExpense']]);
    const off = check(
      sheet('总表', [
        ['项目', '决算数', '项目', '决算数'],
        ['财政拨款收入', 80, '一般公共服务支出', 70],
        ['本年收入合计', 81, '本年支出合计', 70],
        ['年初结转和结余', 20, '年末结转和结余', 30],
        ['总计', 100, '总计', 100],
      ]),
    );
    // 本年收入合计 81 is wrong (80); 总计 100 = 80 + 20 is right and is not reported as well
    expect(brief(off)).toEqual([['budget.reconcileMismatch', 'B3', 'runningTotal']]);
  });

  it('still reports a 总计 that is wrong over the corrected 合计 too, against the figures as typed', () => {
    const fs = check(
      sheet('总表', [
        ['项目', '决算数', '项目', '决算数'],
        ['财政拨款收入', 80, '一般公共服务支出', 70],
        ['本年收入合计', 81, '本年支出合计', 70],
        ['年初结转和结余', 20, '年末结转和结余', 35],
        ['总计', 105, '总计', 105],
      ]),
    );
    const mismatches = fs.filter((f) => f.code === 'budget.reconcileMismatch');
    expect(mismatches.map((f) => [f.cell, f.params.identity, f.params.expected])).toEqual([
      ['B3', 'runningTotal', 80],
      ['B5', 'grandTotal', 101],
    ]);
  });

  it('reports a wrong 公务用车购置及运行费 小计 once, not also the "三公" 合计 that adds the right figures', () => {
    const fs = check(
      sheet('三公', [
        ['项目', '预算数', '决算数'],
        ['合计', 40, 34.78],
        ['因公出国（境）费', 0, 0],
        ['公务用车购置及运行费', 10, 9.5],
        ['其中：公务用车购置费', 0, 0],
        ['公务用车运行费', 10, 4.5],
        ['公务接待费', 30, 30.28],
      ]),
    );
    expect(brief(fs, 'budget.reconcileMismatch')).toEqual([['budget.reconcileMismatch', 'C4', 'vehicle']]);
  });

  it('checks the "三公" total and the vehicle subtotal in both blocks of the horizontal layout', () => {
    const block = (total: number, vehicle: number): CellValue[] => [total, 0, vehicle, 0, 30.5, 4.28];
    const fs = check(
      sheet(
        '三公',
        [
          ['预算数', null, null, null, null, null, '决算数'],
          [
            '合计',
            '因公出国（境）费',
            '公务用车购置及运行费',
            null,
            null,
            '公务接待费',
            '合计',
            '因公出国（境）费',
            '公务用车购置及运行费',
            null,
            null,
            '公务接待费',
          ],
          [
            null,
            null,
            '小计',
            '公务用车购置费',
            '公务用车运行费',
            null,
            null,
            null,
            '小计',
            '公务用车购置费',
            '公务用车运行费',
          ],
          [...block(34.78, 30.5), ...block(40, 31)],
        ],
        [
          { top: 0, left: 0, bottom: 0, right: 5 },
          { top: 0, left: 6, bottom: 0, right: 11 },
          { top: 1, left: 2, bottom: 1, right: 4 },
          { top: 1, left: 8, bottom: 1, right: 10 },
        ],
      ),
    );
    expect(brief(fs, 'budget.reconcileMismatch')).toEqual([
      ['budget.reconcileMismatch', 'G4', 'threePublic'],
      ['budget.reconcileMismatch', 'I4', 'vehicle'],
    ]);
  });
});

describe('a total within rounding of its leaves but not of its 类 (hunt116: a SUM overwritten by a typed figure)', () => {
  // five 类, each one 款 of four 项: twenty leaves allow 0.10 of drift, five 类 0.03
  const body: CellValue[][] = [];
  for (let c = 0; c < 5; c++) {
    const cls = String(201 + c);
    body.push([cls, `类${c}`, 40, 40], [`${cls}01`, `款${c}`, 40, 40]);
    for (let i = 1; i <= 4; i++) body.push([`${cls}010${i}`, `项${c}${i}`, 10, 10]);
  }
  const withTotal = (final: number, first = 40): CellValue[][] => [
    [null, '合计', 200, final],
    ...body.map((r, i) => (i === 0 ? [r[0]!, r[1]!, r[2]!, first] : r)),
  ];

  it('is an error at the total, against the sum of its 类', () => {
    const fs = check(detail(withTotal(199.9)));
    expect(brief(fs)).toEqual([['budget.reconcileMismatch', 'D3', 'total']]);
    expect(fs[0]!.severity).toBe('error');
  });

  it('stays 尾差 within the 类’s rounding', () => {
    expect(brief(check(detail(withTotal(199.99))))).toEqual([['budget.reconcileRounding', 'D3', 'total']]);
  });

  it('is not judged against a 类 that is wrong itself (that 类 is the one error)', () => {
    expect(brief(check(detail(withTotal(199.9, 39.9))))).toEqual([
      ['budget.reconcileRounding', 'D3', 'total'],
      ['budget.reconcileMismatch', 'D4', 'hierarchy'],
    ]);
  });
});
