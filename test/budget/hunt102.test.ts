/**
 * hunt102 (a 发改局's nine tables in 元, tables stacked on sheets, a 续表):
 * - An amount typed as text that is no number (`1,28O.35`) in a public table was said nowhere, and
 *   the sums over it failed by its amount (P03).
 * - A minus sign typed by mistake on a 302 item: the 302 was an error at a right total (P10).
 * - A class line left blank in the 总表 where the 支出决算表 spends on the class: reported at the 总表's
 *   本年支出合计, not at the blank (P05).
 * (P15, a 合计 line's part wrong by its column and again by its row: hunt100.test.ts.)
 */
import { checkBudgetSet } from '../../src/engine/budget';
import type { CellValue, SheetInput } from '../../src/engine/grid/types';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { layoutSet } from '../../scripts/budgetSet/layout';
import { CONSISTENT } from '../../scripts/budgetSet/planted';
import type { CodedRow, SetData } from '../../scripts/budgetSet/types';

type Mutable = { -readonly [K in keyof SetData]: SetData[K] };

function set(edit: (d: Mutable) => void): SheetInput[] {
  const d = structuredClone(CONSISTENT) as Mutable;
  edit(d);
  return layoutSet(d).sheets.map((s) => s.toInput());
}

const problems = (sheets: readonly SheetInput[]): string[] =>
  checkBudgetSet(sheets, DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);

/** The cell of `value` on the line named `name` of the sheet named `sheet`. */
function cellOf(sheets: readonly SheetInput[], sheet: string, name: string, value: CellValue): string {
  const s = sheets.find((x) => x.name === sheet)!;
  const row = s.rows.findIndex((r) => r.includes(name));
  const col = s.rows[row]!.indexOf(value);
  return `${sheet}!${String.fromCharCode(65 + col)}${row + 1}`;
}

test('a minus sign typed by mistake is the one error, at the amount, not at the sums over it (P10)', () => {
  const sheets = set((d) => {
    d.basic = {
      ...d.basic,
      operating: d.basic.operating.map((block) =>
        block.map((r): CodedRow => (r.code === '30202' ? { ...r, values: [-8] } : r)),
      ),
    };
  });
  const at = cellOf(sheets, '一般公共预算财政拨款基本支出决算表', '印刷费', -8);
  expect(problems(sheets)).toEqual([`error budget.negativeAmount ${at}`]);
});

test('an amount typed as text that is no number is said at it, and the sums over it are not judged (P03)', () => {
  const sheets = set(() => undefined);
  const basic = sheets.find((s) => s.name === '一般公共预算财政拨款基本支出决算表')!;
  const row = basic.rows.findIndex((r) => r.includes('印刷费'));
  const col = basic.rows[row]!.indexOf(8);
  const rows = basic.rows.map((r) => [...r]);
  rows[row]![col] = '8.O0';
  const edited = sheets.map((s) => (s === basic ? { ...s, rows } : s));
  const found = problems(edited);
  expect(found).toContain(`warning budget.amountNotNumeric ${cellOf(edited, basic.name, '印刷费', '8.O0')}`);
  expect(found.filter((f) => f.includes('reconcileMismatch'))).toEqual([]);
});

test('a class line left blank in the 总表 is 0 against the 支出决算表’s class, said at it (P05)', () => {
  const sheets = set((d) => {
    d.summary = {
      ...d.summary,
      expense: d.summary.expense.map((r) =>
        r.name === '六、国有资本经营预算支出' ? { ...r, values: [null] } : r,
      ),
    };
  });
  const summary = sheets.find((s) => s.name === '收入支出决算总表')!;
  const row = summary.rows.findIndex((r) => r.includes('六、国有资本经营预算支出'));
  const col = summary.rows[row]!.indexOf('六、国有资本经营预算支出') + 2;
  expect(problems(sheets)).toEqual([
    `error budget.crossMismatch 收入支出决算总表!${String.fromCharCode(65 + col)}${row + 1}`,
  ]);
});
