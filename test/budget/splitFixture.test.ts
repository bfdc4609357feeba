/**
 * test/fixtures/budget-split-codes.xlsx: 类 | 款 | 项 under a merged 科目编码, unit 元, text amounts,
 * a zero budget, an over-spent line and a planted 款 ≠ Σ项 error.
 */
import { join } from 'node:path';
import { readWorkbook } from '../../src/adapters/xlsx/readWorkbook';
import {
  budgetNarrative,
  checkBudgetTables,
  findBudgetTables,
  planBudgetWrites,
} from '../../src/engine/budget';
import { isFormulaValue } from '../../src/engine/plan/types';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { buildSplitCodesFixture } from '../../scripts/makeBudgetSamples';
import { readBack, zhText } from './readBack';

describe('split-codes fixture', () => {
  it('reads the committed file as a fresh build does', async () => {
    const committed = await readWorkbook(join(__dirname, '../fixtures/budget-split-codes.xlsx'));
    const fresh = await readBack(buildSplitCodesFixture());
    expect(findBudgetTables(committed, DEFAULT_SETTINGS)).toEqual(findBudgetTables(fresh, DEFAULT_SETTINGS));
  });

  it('reads codes, 元, text amounts; rates true, null for the zero budget; one planted error at G7', async () => {
    const sheets = await readBack(buildSplitCodesFixture());
    const [t, ...rest] = findBudgetTables(sheets, DEFAULT_SETTINGS);
    expect(rest).toEqual([]);
    expect(t).toMatchObject({
      kind: 'detail',
      unit: '元',
      unitCell: 'H2',
      headerTop: 2,
      headerBottom: 3,
      rateCol: 7,
    });
    expect(t!.lines.map((l) => [l.code, l.level, l.executionRate])).toEqual([
      [null, 'total', 1.3289],
      ['211', 'class', 1.3975],
      ['21101', 'section', 0.9917],
      ['2110101', 'item', 0.9947],
      ['2110104', 'item', 0.9583],
      ['21103', 'section', 13.2963],
      ['2110301', 'item', null],
      ['2110399', 'item', 5.8075],
      ['221', 'class', 0.996],
      ['22102', 'section', 0.996],
      ['2210201', 'item', 0.9992],
      ['2210203', 'item', 0.9833],
    ]);
    expect(t!.lines[3]).toMatchObject({ budget: 12870000, adjustedBudget: 12900000, final: 12801532.4 });

    const findings = checkBudgetTables([t!], sheets, DEFAULT_SETTINGS);
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      ['budget.reconcileMismatch', 'error', 'G7'],
      ['budget.zeroBudget', 'info', 'E11'],
    ]);
    expect(findings[0]!.params).toMatchObject({
      identity: 'hierarchy',
      expected: 13951532.4,
      actual: 13952532.4,
      difference: 1000,
      unit: '元',
    });
    expect(zhText(findings[0]!.code, findings[0]!.params)).toBe(
      '“环境保护管理事务”决算数不平：上级科目应等于所属明细科目之和，应为 13,951,532.40 元，实际填写 13,952,532.40 元，差额 1000 元',
    );

    const sentences = budgetNarrative([t!]).map((e) => zhText(e.key, e.params));
    expect(sentences).toContain(
      '污染防治（款）其他污染防治支出（项）。年初预算为 480,000 元，支出决算为 2,787,600 元，为年初预算的 580.75%，超出年初预算 480.75%，占合计的 11.95%。',
    );
    expect(sentences).toContain(
      '污染防治（款）大气（项）。年初未安排预算，支出决算为 3,594,600 元，占合计的 15.41%。',
    );
  });

  it('fills the blank 执行率 column, through VALUE() where amounts are text', async () => {
    const sheets = await readBack(buildSplitCodesFixture());
    const tables = findBudgetTables(sheets, DEFAULT_SETTINGS);
    const [edit] = planBudgetWrites(tables, sheets, DEFAULT_SETTINGS, (k) => k);
    expect(edit!.ops).toHaveLength(12);
    const byRow = new Map(edit!.ops.map((o) => [o.row, o.value]));
    expect(byRow.get(4)).toMatchObject({ formula: 'IF(E5=0,"",G5/E5)' });
    expect(byRow.get(7)).toMatchObject({ formula: 'IFERROR(IF(VALUE(E8)=0,"",VALUE(G8)/VALUE(E8)),"")' });
    expect(byRow.get(10)).toMatchObject({ result: '' });
    expect(edit!.ops.every((o) => o.col === 7 && isFormulaValue(o.value))).toBe(true);
  });
});
