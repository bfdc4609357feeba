/**
 * The "三公" table whose vehicle parts are captioned by their own word (`购置费` | `运行费` under a
 * merged 公务用车购置及运行费), with a 栏次 row of bare numbers: hunt68 found it read as its header
 * row of empty amounts, so the table counted as empty, its wrong 合计 went unchecked, and the basic
 * table's 公务接待费 and 公务用车运行维护费 were reported as more than its 0.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';
import { findBudgetTables } from './detect';

const ITEMS = ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'];
const PARTS = [null, null, '小计', '购置费', '运行费', null];

const three = (finalTotal: number): SheetInput => ({
  name: '公开07表',
  rows: [
    ['一般公共预算财政拨款“三公”经费支出决算表'],
    ['编制单位：XX县卫生健康委员会', ...Array<null>(10).fill(null), '单位：万元'],
    ['预算数', null, null, null, null, null, '决算数'],
    [...ITEMS, ...ITEMS],
    [...PARTS, ...PARTS],
    Array.from({ length: 12 }, (_, i) => i + 1),
    [43, 0, 35, 20, 15, 8, finalTotal, 0, 31.32, 18.5, 12.82, 6.35],
  ] as CellValue[][],
  merges: [
    [0, 0, 0, 11],
    [2, 0, 2, 5],
    [2, 6, 2, 11],
    [3, 2, 3, 4],
    [3, 8, 3, 10],
    ...[0, 1, 5, 6, 7, 11].map((c) => [3, c, 4, c] as const),
  ].map(([top, left, bottom, right]) => ({ top, left, bottom, right })),
});

describe('a "三公" table captioning the vehicle parts 购置费 | 运行费', () => {
  it('reads every item with its amounts, the parts named in full', () => {
    const [table] = findBudgetTables([three(37.67)], DEFAULT_SETTINGS);
    expect(table?.kind).toBe('threePublic');
    expect(table?.lines.map((l) => [l.name, l.budget, l.final])).toEqual([
      ['合计', 43, 37.67],
      ['因公出国（境）费', 0, 0],
      ['公务用车购置及运行费', 35, 31.32],
      ['公务用车购置费', 20, 18.5],
      ['公务用车运行费', 15, 12.82],
      ['公务接待费', 8, 6.35],
    ]);
  });

  it('counts as present, and has its wrong 合计 found at the cell', () => {
    const sheets = [three(36.77)];
    const r = checkBudgetSet(sheets, DEFAULT_SETTINGS, findBudgetTables(sheets, DEFAULT_SETTINGS));
    expect(r.publicTables.find((t) => t.key === 'threePublic')?.status).toBe('present');
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.cell])).toEqual([
      ['budget.reconcileMismatch', 'G7'],
    ]);
  });

  it('is read the same with the parts captioned in full', () => {
    const full = three(37.67);
    const rows = full.rows.map((row, r) =>
      r === 4 ? row.map((v) => (v === '购置费' || v === '运行费' ? `公务用车${v}` : v)) : row,
    );
    const names = (s: SheetInput): unknown =>
      findBudgetTables([s], DEFAULT_SETTINGS)[0]?.lines.map((l) => [l.name, l.budget, l.final]);
    expect(names(three(37.67))).toEqual(names({ ...full, rows }));
  });
});

describe('the same captions in the "三公" table laid out as rows', () => {
  it('reads every item, the parts named in full', () => {
    const rows = [
      ['“三公”经费支出决算表'],
      [null, null, null, null, null, null, '单位：万元'],
      ['项目', '合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
      [null, null, null, '小计', '购置费', '运行费', null],
      ['预算数', 64, 5, 53, 28, 25, 6],
      ['决算数', 51.49, 0, 48.27, 26.8, 21.47, 3.22],
    ] as CellValue[][];
    const merges = [[2, 3, 2, 5], ...[0, 1, 2, 6].map((c) => [2, c, 3, c])].map(
      ([top, left, bottom, right]) => ({ top: top!, left: left!, bottom: bottom!, right: right! }),
    );
    const [table] = findBudgetTables([{ name: '三公', rows, merges }], DEFAULT_SETTINGS);
    expect(table?.kind).toBe('threePublic');
    expect(table?.lines.map((l) => [l.name, l.budget, l.final])).toEqual([
      ['合计', 64, 51.49],
      ['因公出国（境）费', 5, 0],
      ['公务用车购置及运行费', 53, 48.27],
      ['公务用车购置费', 28, 26.8],
      ['公务用车运行费', 25, 21.47],
      ['公务接待费', 6, 3.22],
    ]);
  });
});
