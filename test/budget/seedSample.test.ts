/**
 * The seed report's §1.2 percentages and §3.1.3.3 rates, computed by the engine from the sample
 * workbook (scripts/makeBudgetSamples.ts), plus the report's own slips found as findings.
 */
import { join } from 'node:path';
import { readWorkbook } from '../../src/adapters/xlsx/readWorkbook';
import {
  budgetNarrative,
  checkBudgetTables,
  findBudgetTables,
  planBudgetWrites,
  type BudgetTable,
} from '../../src/engine/budget';
import type { WorkbookInput } from '../../src/engine/grid/types';
import { isFormulaValue } from '../../src/engine/plan/types';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { labels } from '../../src/i18n/budget.zh-CN';
import { fill } from '../../src/i18n/format';
import { buildSeedBudgetWorkbook } from '../../scripts/makeBudgetSamples';
import { readBack, zhText } from './readBack';

let sheets: WorkbookInput;
let tables: BudgetTable[];
beforeAll(async () => {
  sheets = await readBack(buildSeedBudgetWorkbook());
  tables = findBudgetTables(sheets, DEFAULT_SETTINGS);
});

const table = (sheet: string, kind: string, panel?: string): BudgetTable => {
  const t = tables.find(
    (x) => x.sheet === sheet && x.kind === kind && (panel === undefined || x.panel === panel),
  );
  if (!t) throw new Error(`no ${kind} table on ${sheet}`);
  return t;
};
const line = (t: BudgetTable, name: string) => {
  const l = t.lines.find((x) => x.name.replace(/^[一二三四五六七八九十]+、/, '') === name);
  if (!l) throw new Error(`no line ${name}`);
  return l;
};

describe('seed sample: the tables found', () => {
  it('finds every table in its layout', () => {
    expect(tables.map((t) => [t.sheet, t.kind, t.panel ?? null, t.unit])).toEqual([
      ['收入支出决算总表', 'incomeExpense', 'income', '万元'],
      ['收入支出决算总表', 'incomeExpense', 'expense', '万元'],
      ['支出决算表', 'detail', null, '万元'],
      ['节能环保支出明细', 'detail', null, '万元'],
      ['基本支出决算表', 'basic', null, '万元'],
      ['三公经费支出决算表', 'threePublic', null, '万元'],
      ['三公经费支出决算表', 'summary', null, '万元'],
      ['支出情况', 'summary', null, '万元'],
    ]);
  });

  it('reads the same from the committed sample as from a fresh build', async () => {
    const committed = await readWorkbook(join(__dirname, '../../samples/seed-budget-2020.xlsx'));
    expect(findBudgetTables(committed, DEFAULT_SETTINGS)).toEqual(tables);
  });
});

describe('seed §1.2: every percentage of the prose', () => {
  it('1.2.1 year-on-year: 11.79 %, −0.82 %, 6.42 %, 85.03 %, 350.95 %, −70.86 %, 37.03 %, −46.06 %', () => {
    const income = table('收入支出决算总表', 'incomeExpense', 'income');
    const expense = table('收入支出决算总表', 'incomeExpense', 'expense');
    expect(line(income, '总计').change).toEqual({ amount: 2124.59, rate: 0.1179 });
    expect(line(expense, '总计').change).toEqual({ amount: 2124.59, rate: 0.1179 });
    expect(line(income, '一般公共预算财政拨款收入').change).toEqual({ amount: -84.67, rate: -0.0082 });
    const classes: [string, number, number][] = [
      ['一般公共服务支出', 54.75, 0.0642],
      ['节能环保支出', 4644.58, 0.8503],
      ['城乡社区支出', 1406.04, 3.5095],
      ['农林水支出', -214.11, -0.7086],
      ['住房保障支出', 203.22, 0.3703],
      ['其他支出', -2.75, -0.4606],
    ];
    const byCode = table('支出决算表', 'detail');
    for (const [name, amount, rate] of classes) {
      expect([name, line(expense, name).change]).toEqual([name, { amount, rate }]);
      expect([name, line(byCode, name).change]).toEqual([name, { amount, rate }]);
    }
    // 交通运输: up 500 from 0 — an amount, no rate.
    expect(line(expense, '交通运输支出').change).toEqual({ amount: 500, rate: null });
  });

  it('1.2.3 shares: 基本支出 26.26 %, 项目支出 73.74 %', () => {
    expect(line(table('支出决算表', 'detail'), '合计')).toMatchObject({
      final: 14164.71,
      basicShare: 0.2626,
      projectShare: 0.7374,
    });
  });

  it('1.2.7 "三公": shares 84.10 % / 15.90 %; rates 98.16 %, 132.24 %, 148.21 %, 75.30 %', () => {
    const three = table('三公经费支出决算表', 'threePublic');
    expect(line(three, '公务用车购置及运行维护费').share).toBe(0.841);
    expect(line(three, '公务接待费').share).toBe(0.159);
    expect(line(three, '公务用车运行维护费').executionRate).toBe(0.9816);
    expect(line(three, '公务接待费').executionRate).toBe(1.3224);
    expect(line(three, '因公出国（境）费').executionRate).toBeNull();
    const other = table('三公经费支出决算表', 'summary');
    expect(line(other, '会议费').executionRate).toBe(1.4821);
    expect(line(other, '培训费').executionRate).toBe(0.753);
  });

  it('1.2.5 and 1.2.9: 64.66 % and −10.23 %', () => {
    const t = table('支出情况', 'summary');
    expect(line(t, '一般公共预算财政拨款支出').change).toEqual({ amount: 4851.7, rate: 0.6466 });
    expect(line(t, '机关运行经费').change).toEqual({ amount: -22.02, rate: -0.1023 });
  });

  it('1.2.4: 人员经费 + 公用经费 = 基本支出', () => {
    const t = table('基本支出决算表', 'basic');
    expect(t.lines.map((l) => [l.name, l.share])).toEqual([
      ['基本支出合计', null],
      ['人员经费', 0.9309],
      ['公用经费', 0.0691],
    ]);
  });
});

describe('seed §3.1.3.3: the thirteen 完成年初预算 rates', () => {
  // [code, true ratio, as printed]: the report prints 100 % where spending exceeds the budget.
  const items: [string, number | null, number][] = [
    ['2110101', 0.9997, 0.9997],
    ['2110104', 0.926, 0.926],
    ['2110199', 1.1629, 1],
    ['2110204', 0.9109, 0.9109],
    ['2110299', 0.6341, 0.6341],
    ['2110301', null, 1],
    ['2110399', 58.0992, 1],
    ['2110401', null, 1],
    ['2110402', null, 1],
    ['2111001', 1, 1],
    ['2111101', 1, 1],
    ['2111102', 0.9699, 0.9699],
    ['2119901', null, 1],
  ];

  it('keeps the true ratio, null for a zero budget, and matches the report wherever it does not cap', () => {
    const t = table('节能环保支出明细', 'detail');
    for (const [code, rate, printed] of items) {
      const l = t.lines.find((x) => x.code === code)!;
      expect([code, l.executionRate]).toEqual([code, rate]);
      if (rate !== null && rate <= 1) expect(rate).toBe(printed);
    }
  });

  it("writes the sentences in the seed's style, honest over budget and without a budget", () => {
    const text = budgetNarrative([table('节能环保支出明细', 'detail')]).map((e) => zhText(e.key, e.params));
    expect(text).toContain(
      '环境保护管理事务（款）行政运行（项）。年初预算为 794.61 万元，支出决算为 794.36 万元，完成年初预算的 99.97%。',
    );
    expect(text).toContain(
      '环境保护管理事务（款）其他环境保护管理事务支出（项）。年初预算为 878.28 万元，支出决算为 1021.35 万元，为年初预算的 116.29%，超出年初预算 16.29%。',
    );
    expect(text).toContain('污染防治（款）大气（项）。年初未安排预算，支出决算为 359.46 万元。');
    const completed = [...text.join('').matchAll(/完成年初预算的 ([\d.]+)%/g)].map((m) => Number(m[1]));
    expect(completed.length).toBeGreaterThan(0);
    expect(completed.every((p) => p <= 100)).toBe(true);
    expect(text.filter((t) => t.includes('未安排'))).toHaveLength(6);
  });
});

describe('seed slips and write-back', () => {
  it('finds the 0.01 gap under 支出总计 and the 14164.71 元 among 万元 — and no errors', () => {
    const findings = checkBudgetTables(tables, sheets, DEFAULT_SETTINGS);
    const gap = findings.find((f) => f.code === 'budget.reconcileRounding');
    expect(gap).toMatchObject({ severity: 'info', sheet: '收入支出决算总表', cell: 'E16' });
    expect(gap!.params).toMatchObject({
      identity: 'grandTotal',
      expected: 20145.66,
      actual: 20145.65,
      difference: -0.01,
    });
    const slip = findings.find((f) => f.code === 'budget.unitSuspect');
    expect(slip).toMatchObject({ severity: 'warning', sheet: '节能环保支出明细', cell: 'A26' });
    expect(zhText(slip!.code, slip!.params)).toContain('14164.71 元');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.code === 'budget.zeroBudget').map((f) => `${f.sheet}!${f.cell}`)).toEqual(
      [
        '节能环保支出明细!C13',
        '节能环保支出明细!C15',
        '节能环保支出明细!C16',
        '节能环保支出明细!C17',
        '节能环保支出明细!C23',
        '节能环保支出明细!C24',
      ],
    );
    // the 三公 table's 因公出国（境）费 (B6 / H6) and 公务用车购置费 (D6 / J6) are 0 budgeted and 0
    // spent: no rate, and no notice about one
    const threePublic = sheets.find((s) => s.name === '三公经费支出决算表')!.rows[5]!;
    expect([1, 7, 3, 9].map((c) => threePublic[c])).toEqual([0, 0, 0, 0]);
  });

  it('plans live rate formulas into the blank rate cells and appends one for "三公"', () => {
    const edits = planBudgetWrites(tables, sheets, DEFAULT_SETTINGS, (k) => fill(labels[k] ?? k));
    expect(edits.map((e) => [e.sheet, e.ops.length])).toEqual([
      ['节能环保支出明细', 21],
      ['三公经费支出决算表', 15],
    ]);
    const items = edits[0]!.ops;
    expect(items.every((o) => o.col === 4 && o.numFmt === '0.00%' && isFormulaValue(o.value))).toBe(true);
    expect(items[2]!.value).toMatchObject({ formula: 'IF(C6=0,"",D6/C6)' });
    const three = edits[1]!.ops;
    expect(three[0]).toMatchObject({ row: 2, col: 18, value: '完成年初预算(%)' });
    expect(three.filter((o) => o.col === 3).map((o) => o.row)).toEqual([9, 10]);
  });
});
