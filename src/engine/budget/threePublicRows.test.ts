/**
 * The "三公" table laid out as rows: 项目 | 合计 | 因公出国（境）费 | 公务用车购置费 | 公务用车运行维护费 |
 * 公务接待费 across, 预算数 and 决算数 below. It was taken for an empty table: its own 合计 went
 * unchecked and the basic table's 30217 / 30231 were reported as more than its 0 (接待 3.22 ≥ 3.22
 * and 运行维护 21.47 ≥ 18.90 hold).
 */
import { toA1 } from '../grid/address';
import type { CellValue, SheetInput } from '../grid/types';
import { isFormulaValue } from '../plan/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';
import { findBudgetTables } from './detect';
import { planBudgetWrites } from './plan';

const three = (finalTotal: number): SheetInput => ({
  name: '三公',
  rows: [
    ['2021年度一般公共预算财政拨款“三公”经费支出决算表'],
    [null, null, null, null, null, '单位：万元'],
    ['项目', '合计', '因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'],
    ['预算数', 64, 5, 28, 25, 6],
    ['决算数', finalTotal, 0, 26.8, 21.47, 3.22],
  ] as CellValue[][],
});

const BASIC: SheetInput = {
  name: '基本支出',
  rows: [
    ['2021年度一般公共预算财政拨款基本支出决算表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
    ['合计', null, 22.12, 0, 22.12],
    ['302', '商品和服务支出', 22.12, 0, 22.12],
    ['30217', '公务接待费', 3.22, 0, 3.22],
    ['30231', '公务用车运行维护费', 18.9, 0, 18.9],
  ] as CellValue[][],
};

describe('a "三公" table laid out as rows', () => {
  it('is read as the 三公 table, each item with its 预算数 and 决算数 row', () => {
    const [t] = findBudgetTables([three(51.49)], DEFAULT_SETTINGS);
    expect(t).toMatchObject({ kind: 'threePublic', headerTop: 2 });
    expect(t!.lines.map((l) => [l.name, l.budget, l.final])).toEqual([
      ['合计', 64, 51.49],
      ['因公出国（境）费', 5, 0],
      ['公务用车购置费', 28, 26.8],
      ['公务用车运行维护费', 25, 21.47],
      ['公务接待费', 6, 3.22],
    ]);
  });

  it('is present, covers the basic table’s 30217 and 30231, and raises nothing when it adds up', () => {
    const r = checkBudgetSet([three(51.49), BASIC], DEFAULT_SETTINGS);
    expect(r.publicTables.find((t) => t.key === 'threePublic')?.status).toBe('present');
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const ids = r.crossChecks.map((c) => `${c.identity} ${c.cells[0]} ${c.status}`);
    expect(ids).toEqual(
      expect.arrayContaining([
        'threePublic 三公!B5 ok',
        'threePublic 三公!B4 ok',
        'threePublicReception 三公!F5 ok',
        'threePublicVehicleOperation 三公!E5 ok',
      ]),
    );
  });

  it('reports a 决算 合计 that is not the sum of the items, at that cell', () => {
    const r = checkBudgetSet([three(52.49), BASIC], DEFAULT_SETTINGS);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      '三公!B5',
    ]);
  });

  it('gets a rate row below its blocks, one live formula per item', () => {
    const s = three(51.49);
    const ops = planBudgetWrites(
      findBudgetTables([s], DEFAULT_SETTINGS),
      [s],
      DEFAULT_SETTINGS,
      (k) => k,
    ).flatMap((e) => e.ops);
    expect(ops.map((o) => [toA1(o.row, o.col), isFormulaValue(o.value) ? o.value.formula : o.value])).toEqual(
      [
        ['A6', 'budget.rateHeader.budget'],
        ['B6', 'IF(B4=0,"",B5/B4)'],
        ['C6', 'IF(C4=0,"",C5/C4)'],
        ['D6', 'IF(D4=0,"",D5/D4)'],
        ['E6', 'IF(E4=0,"",E5/E4)'],
        ['F6', 'IF(F4=0,"",F5/F4)'],
      ],
    );
  });
});

/**
 * The rows layout with a header of two rows: 公务用车购置及运行费 merged over 小计 | 购置费 | 运行费
 * (hunt16: the 小计 column was never read, so a wrong one went unreported).
 */
describe('a "三公" table laid out as rows, the vehicle item over 小计 | 购置费 | 运行费', () => {
  const sheet = (subtotalCaption: string, subtotal: number): SheetInput => ({
    name: '三公',
    rows: [
      ['XX中心2022年度一般公共预算财政拨款“三公”经费支出决算表'],
      [null, null, null, null, null, null, '单位：万元'],
      [
        '项目',
        '合计',
        '因公出国(境)费',
        '公务用车购置及运行费',
        '公务用车购置及运行费',
        '公务用车购置及运行费',
        '公务接待费',
      ],
      ['项目', '合计', '因公出国(境)费', subtotalCaption, '公务用车购置费', '公务用车运行费', '公务接待费'],
      ['预算数', 15, 0, 12, 0, 12, 3],
      ['决算数', 14.3, 0, subtotal, 0, 11.5, 2.8],
    ] as CellValue[][],
    merges: [{ top: 2, left: 3, bottom: 2, right: 5 }],
  });
  const errors = (s: SheetInput) =>
    checkBudgetSet([s], DEFAULT_SETTINGS)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => f.cell);

  it.each(['小计', '公务用车购置及运行费小计'])(
    'reads the %s column: a wrong one is found at its cell',
    (caption) => {
      expect(errors(sheet(caption, 11.5))).toEqual([]);
      expect(errors(sheet(caption, 11.8))).toEqual(['D6']);
    },
  );
});
