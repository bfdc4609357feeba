import { toA1 } from '../grid/address';
import type { CellRange, CellValue, SheetInput } from '../grid/types';
import { FILLS } from '../plan/palette';
import type { CellOp } from '../plan/types';
import { isFormulaValue } from '../plan/types';
import { DEFAULT_SETTINGS } from '../settings';
import { findBudgetTables } from './detect';
import { planBudgetWrites } from './plan';

const sheet = (name: string, rows: CellValue[][], merges: CellRange[] = []): SheetInput => ({
  name,
  rows,
  merges,
});
const label = (key: string): string => `[${key}]`;
const plan = (s: SheetInput) =>
  planBudgetWrites(findBudgetTables([s], DEFAULT_SETTINGS), [s], DEFAULT_SETTINGS, label);
const show = (ops: readonly CellOp[]) =>
  ops.map((o) => [o.row, o.col, isFormulaValue(o.value) ? o.value.formula : o.value, o.numFmt ?? null]);

/** The sheet as a host leaves it after applying the ops (formulas show their cached result). */
function apply(s: SheetInput, ops: readonly CellOp[]): SheetInput {
  const rows = s.rows.map((r) => [...r]);
  const formulas: Record<string, string> = { ...(s.formulas ?? {}) };
  for (const o of ops) {
    if (isFormulaValue(o.value)) formulas[toA1(o.row, o.col)] = o.value.formula;
    while (rows.length <= o.row) rows.push([]);
    const row = rows[o.row]!;
    while (row.length <= o.col) row.push(null);
    row[o.col] = isFormulaValue(o.value) ? o.value.result : (o.value as CellValue);
  }
  return { ...s, rows, formulas };
}

describe('planBudgetWrites', () => {
  const withRate = sheet('x', [
    ['科目编码', '科目名称', '年初预算数', '支出决算数', '完成年初预算(%)'],
    ['2110101', '行政运行', 794.61, 794.36, null],
    ['2110104', '宣传', 129.12, 119.57, '92.60%'],
    ['2110301', '大气', 0, 359.46, ''],
  ]);

  it('fills only the blank cells of an existing rate column, with live formulas in 0.00%', () => {
    const [edit, ...rest] = plan(withRate);
    expect(rest).toEqual([]);
    expect(edit!.sheet).toBe('x');
    expect(show(edit!.ops)).toEqual([
      [1, 4, 'IF(C2=0,"",D2/C2)', '0.00%'],
      [3, 4, 'IF(C4=0,"",D4/C4)', '0.00%'],
    ]);
    // painted light blue, as every cell the add-in computes
    expect(edit!.ops.map((o) => o.fill)).toEqual([FILLS.computed, FILLS.computed]);
    const values = edit!.ops.map((o) => (isFormulaValue(o.value) ? o.value.result : null));
    expect(values[0]).toBeCloseTo(794.36 / 794.61, 12);
    expect(values[1]).toBe('');
  });

  it('appends a headed rate column on the right, past any cell that is not blank', () => {
    const s = sheet('y', [
      ['项目', '预算数', '决算数', null, null],
      ['会议费', 8.11, 12.02, '备注', null],
      ['培训费', 10, 7.53, null, null],
    ]);
    expect(show(plan(s)[0]!.ops)).toEqual([
      [0, 4, '[budget.rateHeader.budget]', null],
      [1, 4, 'IF(B2=0,"",C2/B2)', '0.00%'],
      [2, 4, 'IF(B3=0,"",C3/B3)', '0.00%'],
    ]);
  });

  it('writes no rate over an amount that is a formula saved without its value', () => {
    const s: SheetInput = {
      name: '明细',
      rows: [
        ['科目编码', '科目名称', '年初预算数', '支出决算数'],
        ['201', '一般公共服务支出', null, null],
        ['2010101', '行政运行', 100, 95.5],
      ],
      formulas: { C2: 'SUM(C3:C3)', D2: 'SUM(D3:D3)' },
    };
    expect(show(plan(s)[0]!.ops)).toEqual([
      [0, 4, '[budget.rateHeader.budget]', null],
      [2, 4, 'IF(C3=0,"",D3/C3)', '0.00%'],
    ]);
  });

  it('gives the horizontal "三公" layout one captioned rate column per item', () => {
    const s = sheet(
      '三公',
      [
        ['预算数', null, null, null, '决算数'],
        [
          '合计',
          '因公出国（境）费',
          '公务用车购置及运行费',
          '公务接待费',
          '合计',
          '因公出国（境）费',
          '公务用车购置及运行费',
          '公务接待费',
        ],
        [34.78, 0, 30.5, 4.28, 35.6, 0, 29.94, 5.66],
      ],
      [range(0, 0, 0, 3), range(0, 4, 0, 7)],
    );
    expect(show(plan(s)[0]!.ops)).toEqual([
      [0, 8, '[budget.rateHeader.budget]', null],
      [1, 8, '合计', null],
      [2, 8, 'IF(A3=0,"",E3/A3)', '0.00%'],
      [1, 9, '因公出国（境）费', null],
      [2, 9, 'IF(B3=0,"",F3/B3)', '0.00%'],
      [1, 10, '公务用车购置及运行费', null],
      [2, 10, 'IF(C3=0,"",G3/C3)', '0.00%'],
      [1, 11, '公务接待费', null],
      [2, 11, 'IF(D3=0,"",H3/D3)', '0.00%'],
    ]);
  });

  it('is idempotent: the same plan from the user view, nothing new once applied', () => {
    const s = sheet('z', [
      ['项目', '预算数', '决算数'],
      ['会议费', 8.11, 12.02],
    ]);
    const zh = (): string => '完成年初预算(%)';
    const planZh = (x: SheetInput) =>
      planBudgetWrites(findBudgetTables([x], DEFAULT_SETTINGS), [x], DEFAULT_SETTINGS, zh);
    const first = planZh(s);
    expect(planZh(s)).toEqual(first);
    expect(planZh(apply(s, first[0]!.ops))).toEqual([]);
    expect(plan(apply(withRate, plan(withRate)[0]!.ops))).toEqual([]);
  });

  it('writes nothing where a table has no budget column', () => {
    expect(
      plan(
        sheet('w', [
          ['项目', '本年决算数', '上年决算数'],
          ['机关运行经费', 193.32, 215.34],
        ]),
      ),
    ).toEqual([]);
  });
});

function range(top: number, left: number, bottom: number, right: number): CellRange {
  return { top, left, bottom, right };
}

describe('a rate column typed in per cent as plain numbers (91.13, no % format)', () => {
  // hunt16: the blank cell got a fraction shown as 84.50% between 91.13 and 95.56
  const typed = sheet('x', [
    ['科目编码', '科目名称', '年初预算数', '决算数', '完成年初预算(%)'],
    ['2130104', '事业运行', 60, 50.7, null],
    ['2130108', '病虫害控制', 90, 86, 95.56],
  ]);

  it('gets the same: the rate × 100, two decimals', () => {
    const [edit] = plan(typed);
    expect(show(edit!.ops)).toEqual([[1, 4, 'IF(C2=0,"",D2/C2*100)', '0.00']]);
    const v = edit!.ops[0]!.value;
    expect(isFormulaValue(v) && v.result).toBe((50.7 / 60) * 100);
  });

  it('keeps fractions where the typed rates are fractions or carry a % format', () => {
    const formatted: SheetInput = { ...typed, styles: { E3: { numFmt: '0.00' + '%' } } };
    const rows = typed.rows.map((r) => [...r]);
    rows[2]![4] = 0.9556;
    for (const s of [formatted, { ...typed, rows }]) expect(show(plan(s)[0]!.ops)[0]![3]).toBe('0.00%');
  });
});
