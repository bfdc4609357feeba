/**
 * An amount typed in the neighbouring column of its line (基本支出 for 项目支出): its row still adds up,
 * one column's sums are over by the amount and the other's short by it. hunt53 P06: 2081107's
 * 2,946,800.00 under 基本支出 gave errors at the 项目支出 款, 类 and 合计 (应为 2,084,371.30: they are
 * right) and a false subtotalCopied at 2081101, whose 基本支出 equals its 款's as typed.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const table = (): SheetInput => ({
  name: '03 支出决算表',
  rows: [
    ['支出决算表'],
    [null, null, null, null, '单位：元'],
    ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
    ['合计', null, 10057683.82, 4028433.02, 6029250.8],
    ['208', '社会保障和就业支出', 10057683.82, 4028433.02, 6029250.8],
    ['20811', '残疾人事业', 10057683.82, 4028433.02, 6029250.8],
    ['2081101', '行政运行', 4028433.02, 4028433.02, null],
    ['2081104', '残疾人康复', 1250000, null, 1250000],
    ['2081105', '残疾人就业', 1832450.8, null, 1832450.8],
    ['2081107', '残疾人生活和护理补贴', 2946800, null, 2946800],
  ] as CellValue[][],
});

/** The sheet as typed: the 项 row's amount moved to 基本支出, the sums left as they were. */
function slipped(): SheetInput {
  const s = table();
  const rows = s.rows.map((r) => [...r]);
  rows[9]![3] = 2946800;
  rows[9]![4] = null;
  return { ...s, rows };
}

const problems = (s: SheetInput): string[] =>
  checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.code} ${f.cell}`);

describe('an amount typed in the wrong column of its line', () => {
  it('is reported at itself, naming the column it belongs in, and at no sum', () => {
    expect(problems(table())).toEqual([]);
    expect(problems(slipped())).toEqual(['budget.wrongColumn D10']);
    const [f] = checkBudgetSet([slipped()], DEFAULT_SETTINGS).findings;
    expect(f?.params).toMatchObject({ value: 2946800, to: '03 支出决算表!E10' });
  });
});
