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

/**
 * A header of three rows (hunt42 w4 公开09表): 项目, 合计, 出国 and 接待 merged down all three rows,
 * 公务用车购置及运行维护费 over 小计 | 购置费 | 运行费 merged down the lower two. It was read as a plain
 * table: its 小计 that left out 购置费 went unreported, and the 基本支出 table beside it (合计 | 人员经费 |
 * 公用经费 across, 30217 / 30231 / 31013 down) was taken for the "三公" table, its items then said to
 * exceed a "三公" table read as empty.
 */
describe('a "三公" table laid out as rows under a header of three rows', () => {
  const vehicle = '公务用车购置及运行维护费';
  const three = (subtotal: number): SheetInput => ({
    name: '公开09表',
    rows: [
      ['县农业农村局2023年度一般公共预算财政拨款"三公"经费支出决算表'],
      [null, null, null, null, null, null, '单位：元'],
      ['项目', '合计', '因公出国（境）费', vehicle, vehicle, vehicle, '公务接待费'],
      ['项目', '合计', '因公出国（境）费', '小计', '公务用车购置费', '公务用车运行费', '公务接待费'],
      ['项目', '合计', '因公出国（境）费', '小计', '公务用车购置费', '公务用车运行费', '公务接待费'],
      ['年初预算数', 380000, 0, 360000, 270000, 90000, 20000],
      ['决算数', subtotal + 18650, 0, subtotal, 265000, 86420, 18650],
    ] as CellValue[][],
    merges: [
      { top: 2, left: 3, bottom: 2, right: 5 },
      ...[0, 1, 2, 6].map((c) => ({ top: 2, left: c, bottom: 4, right: c })),
      ...[3, 4, 5].map((c) => ({ top: 3, left: c, bottom: 4, right: c })),
    ],
  });
  const basic: SheetInput = {
    name: '公开06表',
    rows: [
      ['县农业农村局2023年度一般公共预算财政拨款基本支出决算表'],
      [null, null, null, null, '单位：元'],
      ['经济分类科目编码', '科目名称', '决算数', '决算数', '决算数'],
      ['经济分类科目编码', '科目名称', '合计', '人员经费', '公用经费'],
      ['合计', '合计', 1000000, 630070, 369930],
      ['301', '工资福利支出', 630070, 630070, null],
      ['30101', '  基本工资', 630070, 630070, null],
      ['302', '商品和服务支出', 104930, null, 104930],
      ['30217', '  公务接待费', 18650, null, 18650],
      ['30231', '  公务用车运行维护费', 86280, null, 86280],
      ['310', '资本性支出', 265000, null, 265000],
      ['31013', '  公务用车购置', 265000, null, 265000],
    ] as CellValue[][],
    merges: [
      { top: 2, left: 2, bottom: 2, right: 4 },
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 4, left: 0, bottom: 4, right: 1 },
    ],
  };
  const problems = (s: SheetInput) =>
    checkBudgetSet([basic, s], DEFAULT_SETTINGS)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => `${f.code} ${f.sheet}!${f.cell}`);

  it('is the 三公 table, its 小计 read; the 基本支出 table beside it is not', () => {
    const tables = findBudgetTables([basic, three(351420)], DEFAULT_SETTINGS);
    expect(tables.map((t) => [t.sheet, t.kind])).toEqual([
      ['公开06表', 'basic'],
      ['公开09表', 'threePublic'],
    ]);
    expect(tables[1]!.lines.map((l) => [l.name, l.final])).toEqual([
      ['合计', 370070],
      ['因公出国（境）费', 0],
      [vehicle, 351420],
      ['公务用车购置费', 265000],
      ['公务用车运行费', 86420],
      ['公务接待费', 18650],
    ]);
  });

  it('raises nothing when it adds up, and finds a 小计 that left out 购置费 at its cell', () => {
    expect(problems(three(351420))).toEqual([]);
    expect(problems(three(86420))).toEqual(['budget.reconcileMismatch 公开09表!D7']);
  });
});
