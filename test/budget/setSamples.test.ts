/**
 * The nine-table samples (scripts/makeBudgetSets.ts): the seed report's set reconciles, with its
 * 0.01 drift as 尾差; the planted set gives exactly the planted findings at their cells.
 */
import { join } from 'node:path';
import { readWorkbook } from '../../src/adapters/xlsx/readWorkbook';
import {
  checkBudgetSet,
  crossCheckRows,
  crossCheckSummary,
  publicTableRows,
  type BudgetSetResult,
} from '../../src/engine/budget';
import type { Finding } from '../../src/engine/findings/types';
import type { WorkbookInput } from '../../src/engine/grid/types';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { createMessages, loadLocale } from '../../src/i18n';
import { PLANTED } from '../../scripts/budgetSet/planted';
import { plantedSetLayout, seedSetLayout, setWorkbook } from '../../scripts/makeBudgetSets';
import { readBack } from './readBack';

const SET_CODES = new Set([
  'budget.reconcileMismatch',
  'budget.reconcileRounding',
  'budget.crossMismatch',
  'budget.crossRounding',
  'budget.subtotalCopied',
  'budget.classPairDiffers',
]);
const brief = (fs: readonly Finding[]): string[] =>
  fs.filter((f) => SET_CODES.has(f.code)).map((f) => `${f.code} ${f.sheet}!${f.cell}`);

const sample = (name: string): Promise<WorkbookInput> => readWorkbook(join(__dirname, '../../samples', name));

describe('seed set (samples/seed-budget-set-2020.xlsx)', () => {
  beforeAll(async () => {
    await loadLocale('en');
  });

  let sheets: WorkbookInput;
  let result: BudgetSetResult;
  beforeAll(async () => {
    sheets = await sample('seed-budget-set-2020.xlsx');
    result = checkBudgetSet(sheets, DEFAULT_SETTINGS);
  });

  it('is the script output', async () => {
    const fresh = await readBack(setWorkbook(seedSetLayout()));
    expect(fresh.map((s) => s.rows)).toEqual(sheets.map((s) => s.rows));
  });

  it('finds all nine tables; 国有资本经营 is an empty table, not a missing one', () => {
    expect(result.publicTables.map((t) => [t.key, t.status])).toEqual([
      ['incomeExpenseSummary', 'present'],
      ['income', 'present'],
      ['expenditure', 'present'],
      ['fiscalSummary', 'present'],
      ['generalExpenditure', 'present'],
      ['generalBasic', 'present'],
      ['threePublic', 'present'],
      ['govFund', 'present'],
      ['stateCapital', 'empty'],
    ]);
    expect(result.publicTables.every((t) => t.sheet === t.name || t.key === 'threePublic')).toBe(true);
  });

  it('reconciles: no error, the report’s own 0.01 under 支出总计 listed as 尾差', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(brief(result.findings)).toEqual(['budget.reconcileRounding 收入支出决算总表!F17']);
    const drift = result.crossChecks.filter((c) => c.status === 'rounding');
    expect(drift).toEqual([
      {
        identity: 'grandTotal',
        cells: [
          '收入支出决算总表!F17',
          '收入支出决算总表!F14',
          '收入支出决算总表!F15',
          '收入支出决算总表!F16',
        ],
        expected: 20145.66,
        actual: 20145.65,
        difference: -0.01,
        status: 'rounding',
      },
    ]);
  });

  it('checks identities in the hundreds, every cross-table one of issue 6 among them', () => {
    const count = result.crossChecks.length;
    console.log(`seed set: ${count} identities checked`);
    expect(count).toBeGreaterThanOrEqual(100);
    const ids = new Set(result.crossChecks.map((c) => c.identity));
    for (const id of [
      'summaryIncome',
      'summaryExpense',
      'fiscalGeneral',
      'basicSplit',
      'threePublicReception',
      'threePublicVehicleOperation',
      'govFundExpense',
      'personnelTotal',
      'operatingTotal',
      'hierarchy',
    ])
      expect([id, ids.has(id)]).toEqual([id, true]);
    expect(result.crossChecks.find((c) => c.identity === 'threePublicReception')).toMatchObject({
      cells: ['一般公共预算财政拨款“三公”经费支出决算表!L6', '一般公共预算财政拨款基本支出决算表!F16'],
      expected: 4.12,
      actual: 5.66,
      status: 'ok',
    });
  });

  it('renders the 决算勾稽 section rows', () => {
    const zh = createMessages('zh-CN');
    expect(crossCheckSummary(result, zh)).toBe(
      `决算勾稽（共检查 ${result.crossChecks.length} 项：相符 ${result.crossChecks.length - 1} 项，尾差 1 项，不符 0 项）`,
    );
    const rows = crossCheckRows(result, zh);
    expect(rows[0]).toEqual({
      status: '尾差',
      identity: '总计应等于合计与其后各项之和',
      cells: '收入支出决算总表!F17、收入支出决算总表!F14、收入支出决算总表!F15、收入支出决算总表!F16',
      difference: -0.01,
    });
    expect(rows.every((r) => !r.identity.startsWith('budgetSet.'))).toBe(true);
    // 合计 = Σ leaves of 支出决算表 names 20 cells: the first 11, then the count.
    const long = result.crossChecks.findIndex((c) => c.cells.length > 12);
    expect(long).toBeGreaterThanOrEqual(0);
    expect(rows.find((r) => r.cells.startsWith(result.crossChecks[long]!.cells[0]!))?.cells).toMatch(
      new RegExp(`^(支出决算表![A-Z]+\\d+、){11}等 ${result.crossChecks[long]!.cells.length} 个单元格$`),
    );
    expect(
      crossCheckRows(result, createMessages('en')).every((r) => !r.identity.startsWith('budgetSet.')),
    ).toBe(true);
    expect(publicTableRows(result, zh).at(-1)).toEqual({
      name: '国有资本经营预算财政拨款收入支出决算表',
      sheet: '国有资本经营预算财政拨款收入支出决算表',
      status: '空表',
    });
  });
});

describe('planted set (samples/planted-budget-set.xlsx)', () => {
  let result: BudgetSetResult;
  let sheets: WorkbookInput;
  const layout = plantedSetLayout();
  const expected = PLANTED.expect.map(([code, key]) => {
    const at = layout.at.get(key);
    if (!at) throw new Error(`no cell for ${key}`);
    return `${code} ${at}`;
  });
  beforeAll(async () => {
    sheets = await sample('planted-budget-set.xlsx');
    result = checkBudgetSet(sheets, DEFAULT_SETTINGS);
  });

  it('is the script output', async () => {
    const fresh = await readBack(setWorkbook(layout));
    expect(fresh.map((s) => s.rows)).toEqual(sheets.map((s) => s.rows));
  });

  it('finds the tables by their titles, off A1 and two to a sheet', () => {
    expect(result.publicTables.map((t) => `${t.key} ${t.sheet ?? ''} ${t.status}`)).toEqual([
      'incomeExpenseSummary 公开01表 present',
      'income 公开02表 present',
      'expenditure 公开03表 present',
      'fiscalSummary 公开04表 present',
      'generalExpenditure 公开05表 present',
      'generalBasic 公开06表 present',
      'threePublic 公开07表 present',
      'govFund 公开08-09表 present',
      'stateCapital 公开08-09表 present',
    ]);
  });

  it('gives exactly the planted findings, at their cells', () => {
    expect(brief(result.findings).sort()).toEqual([...expected].sort());
    expect(result.findings.filter((f) => f.code === 'budget.zeroBudget')).toEqual([]);
  });

  it('reports every drift of 0.01–0.02 as 尾差 (info), never as an error', () => {
    const drifts = result.findings.filter((f) => f.code === 'budget.reconcileRounding');
    expect(drifts.map((f) => [f.severity, f.params.difference])).toEqual([
      ['info', -0.01],
      ['info', 0.02],
      ['info', 0.01],
    ]);
  });

  it('never puts an error on a cell whose every identity holds', () => {
    const failing = new Set(
      result.crossChecks.filter((c) => c.status === 'mismatch').flatMap((c) => c.cells),
    );
    for (const f of result.findings.filter((x) => x.severity === 'error'))
      expect([f.code, failing.has(`${f.sheet}!${f.cell}`)]).toEqual([f.code, true]);
    // 302 is right: the copy into 30299 is the slip, so 302 gets no error of its own.
    expect(result.findings.some((f) => `${f.sheet}!${f.cell}` === layout.at.get('basic.302'))).toBe(false);
  });

  it('names the related cell in each message', () => {
    const zh = createMessages('zh-CN');
    const reception = result.findings.find(
      (f) => `${f.sheet}!${f.cell}` === layout.at.get('threePublic.final.5'),
    )!;
    expect(zh.finding(reception)).toBe(
      '“三公”经费支出决算表公务接待费决算数不应少于基本支出决算表 30217 公务接待费（“三公”经费含基本支出和项目支出）：' +
        `${layout.at.get('threePublic.final.5')} 为 0.30 万元，少于 ${layout.at.get('basic.30217')} 的 8.31 万元，相差 8.01 万元`,
    );
    const copy = result.findings.find((f) => f.code === 'budget.subtotalCopied')!;
    expect(zh.finding(copy)).toContain(
      `“30299 其他商品和服务支出”填写了上级科目“302 商品和服务支出”（${layout.at.get('basic.302')}）的合计数`,
    );
    for (const f of result.findings.filter((x) => x.code === 'budget.crossMismatch')) {
      const en = createMessages('en').finding(f);
      expect(en).toContain(String(f.params.related).split('、')[0]);
      expect(en).not.toMatch(/[\u4e00-\u9fff]{6}/); // English wording, not the zh-CN fallback
    }
  });
});
