/**
 * The "三公" table in blocks headed with the year (`2023年预算数` | `2023年决算数`): hunt25 found it read
 * as empty, so its wrong 小计 went unchecked and the basic table's 公务用车运行费 was reported as more
 * than its 0.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';
import { findBudgetTables } from './detect';

const three = (blocks: readonly string[], carSubtotal: number): SheetInput => ({
  name: '三公经费支出决算表',
  rows: [
    ['区环卫所2023年度“三公”经费支出决算表'],
    ['编制单位：区环境卫生管理所', null, null, null, null, null, null, null, null, null, null, '单位：万元'],
    [blocks[0]!, null, null, null, null, null, blocks[1]!],
    [
      ...['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
      ...['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
    ],
    [
      null,
      null,
      '小计',
      '公务用车购置费',
      '公务用车运行费',
      null,
      null,
      null,
      '小计',
      '公务用车购置费',
      '公务用车运行费',
      null,
    ],
    [59.5, 0, 58, 32, 26, 1.5, 57.28, 0, carSubtotal, 31.68, 24.76, 0.84],
  ] as CellValue[][],
  merges: [
    [2, 0, 2, 5],
    [2, 6, 2, 11],
    [3, 2, 3, 4],
    [3, 8, 3, 10],
    ...[0, 1, 5, 6, 7, 11].map((c) => [3, c, 4, c] as const),
  ].map(([top, left, bottom, right]) => ({ top, left, bottom, right })),
});

describe('a "三公" table whose blocks name the year', () => {
  it('is read as with plain 预算数 / 决算数 captions', () => {
    const plain = findBudgetTables([three(['预算数', '决算数'], 56.44)], DEFAULT_SETTINGS);
    const dated = findBudgetTables([three(['2023年预算数', '2023年决算数'], 56.44)], DEFAULT_SETTINGS);
    expect(dated.map((t) => [t.kind, t.lines.map((l) => [l.name, l.budget, l.final])])).toEqual(
      plain.map((t) => [t.kind, t.lines.map((l) => [l.name, l.budget, l.final])]),
    );
    expect(dated[0]?.lines.length).toBeGreaterThan(3);
  });

  it('has its wrong 小计 found', () => {
    const sheets = [three(['2023年预算数', '2023年决算数'], 24.76)];
    const tables = findBudgetTables(sheets, DEFAULT_SETTINGS);
    const r = checkBudgetSet(sheets, DEFAULT_SETTINGS, tables);
    expect(r.publicTables.find((t) => t.key === 'threePublic')?.status).toBe('present');
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toContain('I6');
  });

  it('takes an earlier year’s 决算数 block for last year’s', () => {
    const [t] = findBudgetTables([three(['2023年决算数', '2022年决算数'], 56.44)], DEFAULT_SETTINGS);
    expect(t?.lines[0]).toMatchObject({ final: 59.5, previous: 57.28 });
  });
});

test('a "三公" table laid out as rows reads year-named block rows too', () => {
  const rows = (labels: readonly string[]): SheetInput => ({
    name: '三公',
    rows: [
      ['2021年度一般公共预算财政拨款“三公”经费支出决算表'],
      ['项目', '合计', '因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'],
      [labels[0]!, 64, 5, 28, 25, 6],
      [labels[1]!, 51.49, 0, 26.8, 21.47, 3.22],
    ] as CellValue[][],
  });
  const read = (labels: readonly string[]) =>
    findBudgetTables([rows(labels)], DEFAULT_SETTINGS).map((t) =>
      t.lines.map((l) => [l.name, l.budget, l.final]),
    );
  expect(read(['2021年预算数', '2021年决算数'])).toEqual(read(['预算数', '决算数']));
  expect(read(['预算数', '决算数'])[0]).toHaveLength(5);
});
