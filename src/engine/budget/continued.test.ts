/**
 * A 决算 table printed over two sheets (支出决算表 and 支出决算表（续表）) is one table: its 类 / 款 /
 * 项 and 合计 are checked over both parts, the 总表 is compared with the 合计 on the 续表, and every
 * finding and write sits on the sheet of its cell (hunt18: 5 false errors and a chart short a 类).
 */
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { createMessages } from '../../i18n';
import { checkBudgetSet } from './checkSet';
import { findBudgetTables } from './detect';
import { planBudgetWrites } from './plan';

const sheet = (name: string, rows: CellValue[][]): SheetInput => ({ name, rows });

const HEADER = ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'];

/** 208 (2 items), 214 (款 21401 on part one, 款 21406 on the 续表), 221; 合计 on the 续表. */
function expenditure(
  opts: { title2?: string; name2?: string; header2?: CellValue[]; total?: number } = {},
): SheetInput[] {
  const one = sheet('3.支出决算表', [
    ['2023年度支出决算表'],
    ['单位：元'],
    HEADER,
    ['208', '社会保障和就业支出', 300, 300, null],
    ['20805', '行政事业单位养老支出', 300, 300, null],
    ['2080505', '机关事业单位基本养老保险缴费支出', 200, 200, null],
    ['2080506', '机关事业单位职业年金缴费支出', 100, 100, null],
    ['214', '交通运输支出', 1000, 100, 900],
    ['21401', '公路水路运输', 400, 100, 300],
    ['2140101', '行政运行', 100, 100, null],
    ['2140104', '公路建设', 300, null, 300],
  ]);
  const two = sheet(opts.name2 ?? '3.支出决算表(续表)', [
    [opts.title2 ?? '2023年度支出决算表（续表）'],
    ['单位：元'],
    opts.header2 ?? HEADER,
    ['21406', '车辆购置税支出', 600, null, 600],
    ['2140601', '车辆购置税用于公路等基础设施建设支出', 600, null, 600],
    ['221', '住房保障支出', 50, 50, null],
    ['22102', '住房改革支出', 50, 50, null],
    ['2210201', '住房公积金', 50, 50, null],
    ['合计', null, opts.total ?? 1350, 450, 900],
  ]);
  return [one, two];
}

const summary = (expense: number): SheetInput =>
  sheet('1.收支总表', [
    ['2023年度收入支出决算总表'],
    ['单位：元'],
    ['项目', '金额', '项目', '金额'],
    ['一般公共预算财政拨款收入', 1350, '社会保障和就业支出', 300],
    [null, null, '交通运输支出', 1000],
    [null, null, '住房保障支出', 50],
    ['本年收入合计', 1350, '本年支出合计', expense],
    ['总计', 1350, '总计', 1350],
  ]);

const errors = (sheets: SheetInput[]) => [
  ...new Set(
    checkBudgetSet(sheets, DEFAULT_SETTINGS)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => `${f.sheet}!${f.cell}`),
  ),
];

describe('a 决算 table continued on the next sheet (续表)', () => {
  it('is one table, its lines from both sheets, each on its own sheet', () => {
    const tables = findBudgetTables(expenditure(), DEFAULT_SETTINGS);
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t!.sheet).toBe('3.支出决算表');
    expect(t!.lines.map((l) => l.code ?? l.name)).toEqual([
      '208',
      '20805',
      '2080505',
      '2080506',
      '214',
      '21401',
      '2140101',
      '2140104',
      '21406',
      '2140601',
      '221',
      '22102',
      '2210201',
      '合计',
    ]);
    expect(t!.lines.slice(0, 8).every((l) => l.sheet === undefined)).toBe(true);
    expect(t!.lines.slice(8).every((l) => l.sheet === '3.支出决算表(续表)')).toBe(true);
    // the 合计 on the 续表 is the total every line is a share of
    expect(t!.lines[0]!.share).toBeCloseTo(300 / 1350, 4);
  });

  it('checks 类 = Σ款 and 合计 over both parts: a consistent table has no error', () => {
    expect(errors(expenditure())).toEqual([]);
    expect(errors([summary(1350), ...expenditure()])).toEqual([]);
  });

  it('puts a wrong 合计 on the 续表 at its cell, and compares the 总表 with it', () => {
    expect(errors(expenditure({ total: 1360 }))).toEqual(['3.支出决算表(续表)!C9']);
    const r = checkBudgetSet([summary(1350), ...expenditure()], DEFAULT_SETTINGS);
    const cross = r.crossChecks.find((c) => c.identity === 'summaryExpense');
    expect(cross?.cells).toEqual(['1.收支总表!D7', '3.支出决算表(续表)!C9']);
    expect(cross?.status).toBe('ok');
    // every 类 of the 总表 is compared, the one on the 续表 too
    const classes = r.crossChecks.filter((c) => c.identity === 'summaryExpenseClass');
    expect(classes.map((c) => c.cells[1])).toEqual([
      '3.支出决算表!C4',
      '3.支出决算表!C8',
      '3.支出决算表(续表)!C6',
    ]);
    expect(errors([summary(1360), ...expenditure()])).toEqual(['1.收支总表!D7']);
  });

  it('takes the rate basis from a 注 under the 续表 part (hunt25: rates on 年初 against the note)', () => {
    const header = ['科目编码', '科目名称', '年初预算数', '调整预算数', '决算数'];
    const one = sheet('支出决算表', [
      ['2023年度支出决算表'],
      ['单位：万元'],
      header,
      ['208', '社会保障', 100, 120, 110],
    ]);
    const two = sheet('支出决算表(续表)', [
      ['2023年度支出决算表（续表）'],
      ['单位：万元'],
      header,
      ['221', '住房保障', 50, 40, 40],
      ['合计', null, 150, 160, 150],
      [],
      ['注：执行率=决算数合计÷调整预算数×100%。'],
    ]);
    const [t] = findBudgetTables([one, two], DEFAULT_SETTINGS);
    expect(t).toMatchObject({ basis: 'adjustedBudget', basisNoted: true });
    expect(t!.lines.map((l) => l.executionRate)).toEqual([0.9167, 1, 0.9375]);
  });

  it('joins on the sheet name alone, or a title saying （续）', () => {
    expect(findBudgetTables(expenditure({ title2: '' }), DEFAULT_SETTINGS)).toHaveLength(1);
    expect(
      findBudgetTables(expenditure({ title2: '支出决算表（续）', name2: '表3-2' }), DEFAULT_SETTINGS),
    ).toHaveLength(1);
    expect(errors(expenditure({ title2: '支出决算表（续）', name2: '表3-2' }))).toEqual([]);
  });

  it('keeps the tables apart when nothing says 续表, or the amount columns differ', () => {
    expect(findBudgetTables(expenditure({ title2: '', name2: '表3-2' }), DEFAULT_SETTINGS)).toHaveLength(2);
    const other = ['科目编码', '科目名称', '本年支出合计', '项目支出', '基本支出'];
    expect(findBudgetTables(expenditure({ header2: other }), DEFAULT_SETTINGS)).toHaveLength(2);
  });

  it('reports a wrong 款 and a text amount on the 续表 at their cells there', () => {
    const [one, two] = expenditure();
    const rows = (two!.rows as CellValue[][]).map((r, i) =>
      i === 3
        ? ['21406', '车辆购置税支出', 610, null, 610]
        : i === 5
          ? ['221', '住房保障支出', 50, '5O', null]
          : r,
    );
    const r = checkBudgetSet([one!, { ...two!, rows }], DEFAULT_SETTINGS);
    const at = (code: string) => [
      ...new Set(r.findings.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell}`)),
    ];
    expect(at('budget.reconcileMismatch')).toContain('3.支出决算表(续表)!C4');
    expect(at('budget.reconcileMismatch').some((c) => c.startsWith('3.支出决算表!'))).toBe(false);
    expect(at('budget.amountNotNumeric')).toEqual(['3.支出决算表(续表)!D6']);
  });

  it('joins a third sheet on to the two before it', () => {
    const [one, two] = expenditure();
    const rows = two!.rows as CellValue[][];
    const second = { ...two!, rows: rows.slice(0, 5) };
    const third = sheet('3.支出决算表(续表二)', [...rows.slice(0, 3), ...rows.slice(5)]);
    const tables = findBudgetTables([one!, second, third], DEFAULT_SETTINGS);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.parts?.map((p) => p.sheet)).toEqual(['3.支出决算表(续表)', '3.支出决算表(续表二)']);
    expect(errors([one!, second, third])).toEqual([]);
    expect(errors([summary(1350), one!, second, third])).toEqual([]);
  });

  it('writes each line’s rate on the line’s own sheet', () => {
    // 年初预算数 | 支出决算数 (the 决算 10 below the budget) in place of the three amounts
    const rated = (rows: CellValue[][]): CellValue[][] =>
      rows.map((r, i) =>
        i === 2
          ? ['科目编码', '科目名称', '年初预算数', '支出决算数']
          : i < 2
            ? r
            : [r[0]!, r[1]!, r[2]!, typeof r[2] === 'number' ? r[2] - 10 : null],
      );
    const [one, two] = expenditure();
    const sheets = [
      { ...one!, rows: rated(one!.rows as CellValue[][]) },
      { ...two!, rows: rated(two!.rows as CellValue[][]) },
    ];
    const tables = findBudgetTables(sheets, DEFAULT_SETTINGS);
    expect(tables).toHaveLength(1);
    const edits = planBudgetWrites(tables, sheets, DEFAULT_SETTINGS, (k) => k);
    expect(edits.map((e) => e.sheet)).toEqual(['3.支出决算表', '3.支出决算表(续表)']);
    const second = edits[1]!.ops;
    expect(second.find((o) => o.row === 2)?.value).toBe('budget.rateHeader.budget');
    expect(second.find((o) => o.row === 3)?.value).toMatchObject({ formula: 'IF(C4=0,"",D4/C4)' });
  });

  it('gives the 支出结构 chart every 类, the one on the 续表 too', () => {
    const a = analyzeWorkbook(expenditure(), { messages: createMessages('zh-CN'), now: 't' });
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const results = a.plan.ownedSheets.find((s) => s.charts?.some((c) => c.kind === 'pie'))!;
    const pie = results.charts!.find((c) => c.kind === 'pie')!;
    const slices = results.ops
      .filter((o) => o.row > pie.data.top && o.row <= pie.data.bottom && o.col === pie.data.left + 1)
      .map((o) => o.value);
    expect(slices).toEqual([300, 1000, 50]);
  });
});
