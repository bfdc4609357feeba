/**
 * hunt98 (a 卫生健康局's nine tables in 元): what its planted slips showed.
 * - The 一般公共预算 table's two bands, `年初预算数 基本 | 项目 | 小计` and `决算数 基本 | 项目 | 小计`, each
 *   total last: neither band's 基本 + 项目 = 小计 was checked, so a transposed 基本支出 was reported only
 *   at its 款, 类 and 合计 (P02).
 * - A 项 coded under another 款 of the table (2100308 under 21004) whose listed 款 had a second slip in
 *   one column: no code warning, and 8 errors at the two 款 (P10).
 * - A rate column headed `决算数/年初预算数（%）` was no rate column (P14).
 * - A fund's 年末 typed wrong was reported, and again at every sum above it (P09).
 * - 年末结转和结余 typed over beside a 结余分配 that could as well be the slip: reported at 总计 with 应为 (P18).
 */
import { checkBudgetSet } from '../../src/engine/budget';
import type { CellValue, SheetInput } from '../../src/engine/grid/types';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { layoutSet } from '../../scripts/budgetSet/layout';
import { CONSISTENT } from '../../scripts/budgetSet/planted';
import type { SetData } from '../../scripts/budgetSet/types';

/** 2100401 | 2100402 | 2100408 under 21004, 2100301 under 21003; 年初 and 决算 bands, totals last. */
function general(edit: (rows: CellValue[][]) => void = () => undefined): SheetInput {
  const line = (code: string, name: string, b: [number, number], f: [number, number], rate: CellValue) => [
    code,
    name,
    b[0],
    b[1],
    b[0] + b[1],
    f[0],
    f[1],
    Math.round((f[0] + f[1]) * 100) / 100,
    rate,
  ];
  const rows: CellValue[][] = [
    ['2023年度一般公共预算财政拨款支出决算表'],
    ['编制单位：青岚县卫生健康局', null, null, null, null, null, null, null, '单位：元'],
    ['科目编码', '科目名称', '年初预算数', null, null, '决算数', null, null, '决算数/年初预算数（%）'],
    [null, null, '基本支出', '项目支出', '小计', '基本支出', '项目支出', '小计', null],
    line('', '合计', [3000, 1600], [3100, 1500], 100),
    line('210', '卫生健康支出', [3000, 1600], [3100, 1500], 100),
    line('21003', '基层医疗卫生机构', [1000, 0], [1000, 0], 100),
    line('2100301', '城市社区卫生机构', [1000, 0], [1000, 0], 100),
    line('21004', '公共卫生', [2000, 1600], [2100, 1500], 100),
    line('2100401', '疾病预防控制机构', [1200, 0], [1250, 0], 104.17),
    line('2100402', '卫生监督机构', [800, 100], [850, 100], 105.56),
    line('2100408', '基本公共卫生服务', [0, 1500], [0, 1400], 93.33),
  ];
  rows[4]![0] = null;
  edit(rows);
  return {
    name: '公开05表',
    rows,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 8 },
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 4 },
      { top: 2, left: 5, bottom: 2, right: 7 },
      { top: 2, left: 8, bottom: 3, right: 8 },
    ],
  };
}

const problems = (sheets: readonly SheetInput[]): string[] =>
  checkBudgetSet(sheets, DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.sheet}!${f.cell}`);

test('the table as kept has nothing to say', () => {
  expect(problems([general()])).toEqual([]);
});

test('a 决算 基本支出 typed wrong is found at its cell through its band’s 小计 (P02)', () => {
  // 850 typed 580: the 决算 小计 of the line and the 款's 基本支出 are off by the same 270
  expect(problems([general((rows) => void (rows[10]![5] = 580))])).toEqual([
    'budget.reconcileMismatch 公开05表!F11',
  ]);
});

test('a 项 coded under another 款 is the code slip, even beside a second slip in its listed 款 (P10)', () => {
  const sheets = [
    general((rows) => {
      rows[11]![0] = '2100308';
      rows[10]![5] = 580;
    }),
  ];
  expect(problems(sheets)).toEqual([
    'budget.reconcileMismatch 公开05表!F11',
    'budget.codeMisplaced 公开05表!A12',
  ]);
});

test('a rate column headed as a quotient is checked (P14)', () => {
  expect(problems([general((rows) => void (rows[9]![8] = 107.14))])).toEqual([
    'budget.rateDiffers 公开05表!I10',
  ]);
});

type Mutable = { -readonly [K in keyof SetData]: SetData[K] };
const withData = (edit: (d: Mutable) => void): SheetInput[] => {
  const d = structuredClone(CONSISTENT) as Mutable;
  edit(d);
  return layoutSet(d).sheets.map((s) => s.toInput());
};

test('a fund’s 年末 typed wrong is reported once, at it, not again at the sums above it (P09)', () => {
  const sheets = withData((d) => {
    const leaf = d.govFund[d.govFund.length - 1]!;
    d.govFund = d.govFund.map((r) =>
      r === leaf ? { ...r, values: r.values.map((v, i) => (i === 5 ? 530 : v)) } : r,
    );
  });
  const found = problems(sheets);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatch(/^budget\.reconcileMismatch 政府性基金预算财政拨款收入支出决算表!/u);
});

test('a 总计 vouched for over two parts either of which could be the slip names both, with no 应为 (P18)', () => {
  const closing = (d: Mutable, dist: number, end: number): void => {
    d.summary = {
      ...d.summary,
      expenseTotals: d.summary.expenseTotals.map((r) =>
        r.name === '结余分配'
          ? { ...r, values: [dist] }
          : r.name === '年末结转和结余'
            ? { ...r, values: [end] }
            : r,
      ),
    };
  };
  expect(problems(withData((d) => closing(d, 3, 789.01)))).toEqual([]);
  const found = checkBudgetSet(
    withData((d) => closing(d, 3, 791.01)),
    DEFAULT_SETTINGS,
  ).findings.filter((f) => f.severity === 'error');
  expect(
    found.map((f) => [f.cell, f.params.identity, String(f.params.candidates).split('、').length]),
  ).toEqual([[expect.any(String), 'confirmedParts', 2]]);
});
