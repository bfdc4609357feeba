/**
 * A 收入决算表 lists income by the same functional subjects as the 支出决算表 (社会保障和就业支出 …):
 * its amounts are income. Read as spending, it fed the 支出结构 pie (城乡社区 520 and 农林水 3473.41,
 * the income figures, where the 支出决算表 has 600 and 3596.11) and 决算分析 narrated it as
 * 支出决算明细.
 */
import { findBudgetTables } from '../../src/engine/budget';
import { analyzeWorkbook } from '../../src/engine/analyzeWorkbook';
import type { CellValue, SheetInput } from '../../src/engine/grid/types';
import { RESULTS_SHEET } from '../../src/engine/plan/names';
import type { OwnedSheet } from '../../src/engine/plan/types';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { createMessages } from '../../src/i18n';

const INCOME: SheetInput = {
  name: '02收入决算表',
  rows: [
    ['2021年度收入决算表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '本年收入合计', '财政拨款收入', '其他收入'],
    ['合计', null, 4297.76, 4252.76, 45],
    ['208', '社会保障和就业支出', 183.45, 183.45, null],
    ['212', '城乡社区支出', 520, 520, null],
    ['213', '农林水支出', 3473.41, 3428.41, 45],
    ['221', '住房保障支出', 120.9, 120.9, null],
  ] as CellValue[][],
};

const SPENDING: SheetInput = {
  name: '03支出决算表',
  rows: [
    ['2021年度支出决算表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
    ['合计', null, 4453.26, 1220.86, 3232.4],
    ['208', '社会保障和就业支出', 183.45, 183.45, null],
    ['212', '城乡社区支出', 600, null, 600],
    ['213', '农林水支出', 3596.11, 965.21, 2630.9],
    ['221', '住房保障支出', 73.7, 72.2, 1.5],
  ] as CellValue[][],
};

/** A 政府性基金 table under a title the public-table reader does not know: read by the generic reader. */
const FUND: SheetInput = {
  name: '基金',
  rows: [
    ['政府性基金收支情况'],
    [null, null, null, null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '年初结转和结余', '本年收入', '本年支出', null, null, '年末结转和结余'],
    ['科目编码', '科目名称', '年初结转和结余', '本年收入', '小计', '基本支出', '项目支出', '年末结转和结余'],
    ['合计', null, 151, 520, 600, null, 600, 71],
    ['212', '城乡社区支出', 151, 520, 600, null, 600, 71],
    ['21208', '国有土地使用权出让收入安排的支出', 151, 520, 600, null, 600, 71],
  ] as CellValue[][],
  merges: [
    { top: 2, left: 4, bottom: 2, right: 6 },
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 3, bottom: 3, right: 3 },
    { top: 2, left: 7, bottom: 3, right: 7 },
  ],
};

describe('a 收入决算表 beside the 支出决算表', () => {
  let results: OwnedSheet;
  let texts: string[];
  // after the setup's beforeAll, which loads the 决算 words
  beforeAll(() => {
    const analysis = analyzeWorkbook([INCOME, SPENDING], { messages: createMessages('zh-CN'), now: 't' });
    results = analysis.plan.ownedSheets.find((s) => s.name === RESULTS_SHEET)!;
    texts = results.ops.map((op) => op.value).filter((v): v is string => typeof v === 'string');
  });

  it('is read as income', () => {
    expect(findBudgetTables([INCOME, SPENDING], DEFAULT_SETTINGS).map((t) => [t.sheet, t.panel])).toEqual([
      ['02收入决算表', 'income'],
      ['03支出决算表', undefined],
    ]);
  });

  it('feeds no 支出结构: the pie is the 支出决算表’s', () => {
    const pie = results.charts!.find((c) => c.kind === 'pie')!;
    expect(pie.title).toContain('03支出决算表');
    const at = new Map(results.ops.map((op) => [`${op.row},${op.col}`, op.value]));
    const slices = [];
    for (let r = pie.data.top + 1; r <= pie.data.bottom; r++)
      slices.push([at.get(`${r},${pie.data.left}`), at.get(`${r},${pie.data.left + 1}`)]);
    expect(slices).toEqual([
      ['社会保障和就业支出', 183.45],
      ['城乡社区支出', 600],
      ['农林水支出', 3596.11],
      ['住房保障支出', 73.7],
    ]);
  });

  it('is listed and narrated as 收入', () => {
    expect(texts).toContain('02收入决算表 · 收入明细 · 5 行 · 单位：万元');
    expect(texts).toContain('02收入决算表：收入决算明细，单位：万元');
    expect(texts.find((t) => t.startsWith('农林水（类）支出 收入 3473.41 万元'))).toBeDefined();
    expect(texts.filter((t) => t.includes('3473.41')).every((t) => t.includes('收入'))).toBe(true);
  });
});

describe('a 政府性基金 table read by the generic reader', () => {
  // Its 决算 column is 本年支出 (小计 = 基本 + 项目), not 本年收入: read with 本年收入 520 as 本年支出合计
  // it raised “应为 600，实际填写 520” on every line.
  it('takes 本年支出 as the 决算 column and raises nothing on a table that adds up', () => {
    const [t] = findBudgetTables([FUND], DEFAULT_SETTINGS);
    expect(t).toMatchObject({ kind: 'detail', columns: { final: 4, basic: 5, project: 6 } });
    expect(t!.panel).toBeUndefined();
    const findings = analyzeWorkbook([FUND], { messages: createMessages('zh-CN'), now: 't' }).findings;
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
