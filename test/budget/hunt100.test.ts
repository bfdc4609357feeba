/**
 * hunt100 (a 司法局's nine tables in 万元, with last year's figures beside this year's):
 * - 增减额 = 本年 − 上年 was no identity: a sign dropped was reported only at the sums above it (P01),
 *   and a 上年 typed wrong at its 款 and 类 (P03); a 增减率 typed wrong was unseen (P02).
 * - A 类's typed rate, right, was a second finding beside the 类's wrong amount.
 * - A code in one table alone, on a line the other tables code otherwise, was unseen (P12).
 * - A "三公" item over its budget was a warning even where the note under the table says why.
 */
import { checkBudgetSet } from '../../src/engine/budget';
import type { CellValue, SheetInput } from '../../src/engine/grid/types';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { layoutSet } from '../../scripts/budgetSet/layout';
import { CONSISTENT } from '../../scripts/budgetSet/planted';
import type { CodedRow, SetData } from '../../scripts/budgetSet/types';

/** 本年 合计 | 基本 | 项目, 上年, 增减额, 增减率, 完成年初预算% over 204 / 20406 / two 项. */
function general(edit: (rows: CellValue[][]) => void = () => undefined): SheetInput {
  const line = (
    code: string | null,
    name: string,
    budget: number,
    basic: number,
    project: number,
    previous: number,
  ) => {
    const total = basic + project;
    const change = Math.round((total - previous) * 100) / 100;
    return [
      code,
      name,
      budget,
      total,
      basic,
      project,
      previous,
      change,
      Math.round((change / previous) * 10000) / 100,
      Math.round((total / budget) * 10000) / 100,
    ];
  };
  const rows: CellValue[][] = [
    ['一般公共预算财政拨款支出决算表'],
    ['编制单位：青石县司法局', ...Array<null>(8).fill(null), '单位：万元'],
    [
      '科目编码',
      '科目名称',
      '年初预算数',
      '本年决算数',
      null,
      null,
      '上年决算数',
      '增减额',
      '增减率（%）',
      '完成年初预算（%）',
    ],
    [null, null, null, '合计', '基本支出', '项目支出', null, null, null, null],
    line(null, '合计', 600, 500, 120, 580),
    line('204', '公共安全支出', 600, 500, 120, 580),
    line('20406', '司法', 600, 500, 120, 580),
    line('2040601', '行政运行', 500, 500, 0, 470),
    line('2040605', '普法宣传', 100, 0, 120, 110),
  ];
  edit(rows);
  return {
    name: '表五 一般公共预算财政拨款支出决算表',
    rows,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 9 },
      { top: 2, left: 3, bottom: 2, right: 5 },
      ...[0, 1, 2, 6, 7, 8, 9].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
    ],
  };
}

const problems = (sheets: readonly SheetInput[]): string[] =>
  checkBudgetSet(sheets, DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.cell}`);

test('the table as kept has nothing to say', () => {
  expect(problems([general()])).toEqual([]);
});

test('a 增减额 typed with its sign dropped is the one error, not the sums above it (P01)', () => {
  // 普法宣传 120 − 110 = 10, typed −10
  expect(problems([general((rows) => void (rows[8]![7] = -10))])).toEqual(['budget.reconcileMismatch H9']);
});

test('a 上年 typed wrong is found at its cell through its row’s 增减额 (P03)', () => {
  expect(problems([general((rows) => void (rows[8]![6] = 101))])).toEqual(['budget.reconcileMismatch G9']);
});

test('a 增减率 that is not (本年 − 上年) ÷ 上年 is a warning at it (P02)', () => {
  // 10 ÷ 110 = 9.09 %, typed as 10 ÷ 120
  expect(problems([general((rows) => void (rows[8]![8] = 8.33))])).toEqual(['budget.changeRateDiffers I9']);
});

test('a 合计 line’s part found wrong by its column is not found again by its row (hunt102 P15)', () => {
  // 合计's 基本支出 typed 400 for 500: its column (合计 = Σ类) says so at E5; its row's 合计 = 基本 + 项目
  // fails by the same 100, explained by it
  expect(problems([general((rows) => void (rows[4]![4] = 400))])).toEqual(['budget.reconcileMismatch E5']);
  // so beside an amount typed as text in another column of the row's sums (its sums not judged)
  const both = general((rows) => {
    rows[4]![4] = 400;
    rows[8]![5] = '12O';
  });
  expect(problems([both])).toEqual(['budget.reconcileMismatch E5', 'budget.amountNotNumeric F9']);
});

test('a typed rate is not judged on an amount an error names', () => {
  // 类 204's 本年 合计 typed 602 for 620: one error, not also its right 103.33 %
  expect(problems([general((rows) => void (rows[5]![3] = 602))])).toEqual(['budget.reconcileMismatch D6']);
});

type Mutable = { -readonly [K in keyof SetData]: SetData[K] };

test('a code in one table alone, where the others code the line otherwise, is a warning at it (P12)', () => {
  const d = structuredClone(CONSISTENT) as Mutable;
  // the 收入决算表 by 项 too, as many are kept: a second table naming 2110301 大气
  d.income = d.general.map((r): CodedRow => ({ ...r, values: [r.values[0] ?? null, r.values[0] ?? null] }));
  d.expenditure = d.expenditure.map((r): CodedRow => (r.name === '大气' ? { ...r, code: '2110309' } : r));
  const found = checkBudgetSet(
    layoutSet(d).sheets.map((s) => s.toInput()),
    DEFAULT_SETTINGS,
  ).findings.filter((f) => f.code === 'budget.codeElsewhere');
  expect(found.map((f) => [f.sheet, f.params.code, f.params.usual])).toEqual([
    ['支出决算表', '2110309', '2110301'],
  ]);
});

describe('a "三公" item over its budget', () => {
  const three = (note: string | null): SheetInput => ({
    name: '表七 “三公”经费支出决算表',
    rows: [
      ['一般公共预算财政拨款“三公”经费支出决算表'],
      ['编制单位：青石县司法局', ...Array<null>(10).fill(null), '单位：万元'],
      [...Array<string>(6).fill('预算数'), ...Array<string>(6).fill('决算数')],
      [0, 1].flatMap(() => [
        '合计',
        '因公出国（境）费',
        '公务用车购置及运行费',
        '公务用车购置及运行费',
        '公务用车购置及运行费',
        '公务接待费',
      ]),
      [0, 1].flatMap(() => [
        '合计',
        '因公出国（境）费',
        '小计',
        '公务用车购置费',
        '公务用车运行费',
        '公务接待费',
      ]),
      [14, 0, 11, 0, 11, 3, 12.86, 0, 9.74, 0, 9.74, 3.12],
      ...(note === null ? [] : [[note]]),
    ] as CellValue[][],
    merges: [],
  });
  const over = (note: string | null): string[] =>
    checkBudgetSet([three(note)], DEFAULT_SETTINGS)
      .findings.filter((f) => f.code === 'budget.threePublicOverBudget')
      .map((f) => `${f.severity} ${f.cell}`);

  it('is a warning with no word of why', () => {
    expect(over(null)).toEqual(['warning L6']);
    expect(over('注：本单位2023年度无因公出国（境）费支出。')).toEqual(['warning L6']);
  });

  it('is an info where the note under the table says why', () => {
    expect(
      over(
        '注：1.本单位无因公出国（境）费支出；2.公务接待费决算数3.12万元，超过年初预算数0.12万元，主要原因是上级来县检查增加。',
      ),
    ).toEqual(['info L6']);
  });
});
