import * as en from '../../src/i18n/budget.en';
import * as fmt from '../../src/i18n/budgetFormat';
import * as zh from '../../src/i18n/budget.zh-CN';
import { fill, type Params } from '../../src/i18n/format';

const CLAUSES = [
  'execution.within',
  'execution.over',
  'execution.noBudget',
  'execution.budgetOnly',
  'amount',
  'share',
  'basicProject',
  'change.up',
  'change.down',
  'change.flat',
  'change.new',
  'execution.amounts',
  'held',
];

const sample: Params = {
  name: '行政运行',
  code: '2110101',
  level: 'item',
  parentName: '环境保护管理事务',
  parentCode: '21101',
  otherName: '一般行政管理事务',
  otherRow: 12,
  copy: 0,
  unit: '万元',
  basis: 'budget',
  kind: 'detail',
  panel: null,
  sheet: '明细',
  budget: 794.61,
  final: 794.36,
  rate: 0.9997,
  excess: 0.1629,
  share: 0.0561,
  shareOf: '合计',
  basic: 3719.18,
  basicShare: 0.2626,
  project: 10445.53,
  projectShare: 0.7374,
  changeAmount: 54.75,
  changeRate: 0.0642,
  clauses: CLAUSES.join(','),
  held: 'rate,share',
  heldCells: '项目支出决算表!F13',
  identity: 'hierarchy',
  field: 'final',
  expected: 190,
  actual: 191,
  difference: 1,
  value: 14164.71,
  factor: 0.0001,
  text: '14164.71 元',
  typed: '100%',
  computed: 1.1629,
  capped: 1,
  // 决算勾稽 (issue 6)
  target: '公开07表!L6',
  related: '公开06表!F15',
  relation: 'ge',
  empty: '',
  parent: '302 商品和服务支出',
  parentCell: '公开06表!F4',
  column: '基本支出',
  toColumn: '项目支出',
  to: '公开03表!G14',
  economic: '30113',
  economicName: '住房公积金',
  functional: '2210201',
  functionalName: '住房公积金',
  economicCell: '公开06表!C13',
  usual: '行政运行',
  where: '表二、表五',
  count: 139,
  ok: 138,
  rounding: 1,
  mismatch: 0,
};

describe('budget i18n catalogs', () => {
  for (const part of ['explanations', 'labels', 'findings'] as const) {
    it(`zh-CN and en have the same ${part} keys`, () => {
      expect(Object.keys(en[part]).sort()).toEqual(Object.keys(zh[part]).sort());
    });
  }

  it('has a clause template for every clause the engine names', () => {
    for (const c of CLAUSES) expect(zh.explanations[`budget.clause.${c}`]).toBeDefined();
  });

  it('renders every entry with no placeholder, undefined or NaN left', () => {
    for (const cat of [zh, en]) {
      for (const part of ['explanations', 'labels', 'findings'] as const) {
        for (const [key, t] of Object.entries(cat[part])) {
          const text = fill(t, sample);
          expect([key, /\{\w+\}|undefined|NaN/.test(text)]).toEqual([key, false]);
        }
      }
    }
  });

  it('formats amounts and percents as the seed prints them', () => {
    expect(fmt.amountText(222.5)).toBe('222.50');
    expect(fmt.amountText(500)).toBe('500');
    expect(fmt.percentText(0.926)).toBe('92.60');
    expect(fmt.percentText(1)).toBe('100');
    expect(fill(zh.explanations['budget.line']!, { ...sample, clauses: 'execution.within' })).toBe(
      '环境保护管理事务（款）行政运行（项）。年初预算为 794.61 万元，支出决算为 794.36 万元，完成年初预算的 99.97%。',
    );
    expect(
      fill(zh.explanations['budget.line']!, {
        ...sample,
        name: '一般公共服务支出',
        level: 'class',
        final: 908.14,
        clauses: 'amount,change.up',
      }),
    ).toBe('一般公共服务（类）支出 908.14 万元，与上年相比增加 54.75 万元，增长 6.42%。');
  });

  it('never calls a tiny share 0%, nor prints -0', () => {
    expect(fmt.percentText(0.00001)).toBe('<0.01');
    expect(fmt.percentText(-0.00001)).toBe('>-0.01');
    expect(fmt.percentText(0.00005)).toBe('0.01');
    expect(fmt.percentText(0)).toBe('0');
    expect(fmt.percentText(-0)).toBe('0');
    expect(fmt.amountText(-0.001)).toBe('0');
    expect(fmt.amountText(-0.005)).toBe('-0.01');
    const tiny = { ...sample, clauses: 'amount,share', share: 0.0000321 };
    expect(fill(zh.explanations['budget.line']!, tiny)).toBe(
      '环境保护管理事务（款）行政运行（项） 794.36 万元，占合计的 <0.01%。',
    );
    expect(fill(en.explanations['budget.line']!, tiny)).toContain('<0.01% of 合计');
  });

  // hunt42 w5: a 全年预算数 column was named 调整预算数 in the message
  it('names a budget column with the sheet’s own header words', () => {
    const mismatch = zh.findings['budget.reconcileMismatch'];
    const p = { ...sample, identity: 'runningTotal', name: '合计', expected: 5944.7, actual: 5662.7 };
    const text = (field: string, column: string): string => fill(mismatch, { ...p, field, column });
    expect(text('adjustedBudget', '全年预算数')).toMatch(/^“合计”全年预算数不平/);
    expect(text('adjustedBudget', '调整预算数（全年预算数）')).toMatch(/^“合计”调整预算数不平/);
    expect(text('budget', '年初预算数（万元）')).toMatch(/^“合计”年初预算数不平/);
    expect(text('final', '合计')).toMatch(/^“合计”决算数不平/);
  });
});
