/**
 * Workbooks whose tables are well formed but whose amounts, weights and scores are not: numbers
 * of every size and precision, amounts kept as text in every spelling people and exports use
 * (`1,234.50`, ` 95 `, `95%`, `（12.00）`, `１２`, `TRUE`, `$5`, `1/2`, `-`, ``), blanks, booleans,
 * errors and dates. Every cell lands where the engine writes a formula over it: the 分值/得分
 * columns above a blank 合计 row, a project template's funds line (执行率 and its score), and a
 * 决算 table's 年初预算数 / 支出决算数 (the appended rate column). For the LibreOffice judge: the
 * places where a cached result and a spreadsheet's own calculation can part.
 */
import fc from 'fast-check';
import type { CellValue, SheetInput, WorkbookInput } from '../../src/engine/grid/types';
import { FUNDS_HEADER, PROJECT_HEADER } from './templates';

const TEXTS = [
  '1,234.50',
  ' 95 ',
  '95%',
  '１２',
  '(12)',
  '（12.00）',
  '-',
  '—',
  '',
  ' ',
  '1e3',
  '+5',
  '.5',
  '5.',
  '0x10',
  '12万元',
  '1 234',
  '−3',
  '-3',
  '$5',
  '¥5',
  'TRUE',
  '1/2',
  '3.0E-2',
  '00012',
  '5-',
  '见附表',
];

const numberArb = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 200 }),
  fc.constantFrom(0, -0, 0.1, 0.30000000000000004, 1e-7, 1e-300, 1e300, 123456789.123, 0.005, 2.675, 1.005),
);

const amountArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: numberArb },
  { weight: 3, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }) },
  { weight: 1, arbitrary: fc.constant(new Date(Date.UTC(2021, 5, 30))) },
);

const DEPARTMENT_HEADER = ['一级指标', '二级指标', '三级指标', '评分标准', '分值', '得分'];

/** An indicator table of up to six rows (weight, score) under a blank total row, with or without a funds line. */
const indicatorSheetArb: fc.Arbitrary<SheetInput> = fc
  .record({
    rows: fc.array(fc.tuple(amountArb, amountArb), { maxLength: 6 }),
    funds: fc.option(fc.tuple(amountArb, amountArb, amountArb, amountArb), { nil: undefined }),
  })
  .map(({ rows, funds }) => {
    const grid: CellValue[][] = [];
    if (funds) {
      grid.push([...FUNDS_HEADER], [null, '年度资金总额', null, ...funds, null, null], [...PROJECT_HEADER]);
      rows.forEach(([w, s], i) =>
        grid.push([i === 0 ? '产出指标' : null, '数量指标', `指标${i}`, '≥90%', '95%', w, s]),
      );
      grid.push(['总分']);
    } else {
      grid.push(DEPARTMENT_HEADER);
      rows.forEach(([w, s], i) =>
        grid.push([i === 0 ? '产出' : null, '数量', `指标${i}`, '达标记满分', w, s]),
      );
      grid.push(['合计']);
    }
    return { name: '自评表', rows: grid };
  });

/** A 决算 detail table of one 类 and up to seven 项 lines (budget, final), without a rate column. */
const budgetSheetArb: fc.Arbitrary<SheetInput> = fc
  .array(fc.tuple(amountArb, amountArb), { minLength: 1, maxLength: 8 })
  .map((lines) => ({
    name: '支出决算明细表',
    rows: [
      ['科目编码', '科目名称', '年初预算数', '支出决算数'],
      ...lines.map(([b, f], i) => [i === 0 ? '201' : `20101${String(i).padStart(2, '0')}`, `科目${i}`, b, f]),
    ],
  }));

export const oddAmountsWorkbookArb: fc.Arbitrary<WorkbookInput> = fc.tuple(indicatorSheetArb, budgetSheetArb);
