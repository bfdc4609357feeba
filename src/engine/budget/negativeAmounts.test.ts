/**
 * An amount below 0 in a public table: hunt81 P02 typed 其他收入 as −3.50 with every total worked
 * out from it, so no sum was off and nothing was found. Now a warning at the lowest line; the 总表's
 * 结转和结余 (other funds may be carried negative) and columns of changes are not judged.
 */
import { createMessages, loadLocale } from '../../i18n';
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const income = (other: number, change: number | null = null): SheetInput => ({
  name: '公开02表',
  rows: [
    ['收入决算表'],
    ['单位：万元'],
    ['项目', null, '本年收入合计', '财政拨款收入', '事业收入', '其他收入', '比上年增减'],
    ['科目编码', '科目名称', null, null, null, null, null],
    [null, '合计', 500 + other, 480, 20, other, change],
    ['201', '一般公共服务支出', 500 + other, 480, 20, other, change],
    ['20103', '政府办公厅（室）及相关机构事务', 500 + other, 480, 20, other, change],
    ['2010301', '行政运行', 500 + other, 480, 20, other, change],
  ] as CellValue[][],
  merges: [{ top: 2, left: 0, bottom: 2, right: 1 }],
});

const summary = (opening: number, distribution: number | null = null): SheetInput => ({
  name: '公开01表',
  rows: [
    ['收入支出决算总表'],
    ['单位：万元'],
    ['项目', '决算数', '项目', '决算数'],
    ['一、一般公共预算财政拨款收入', 480, '一、一般公共服务支出', 496.5],
    ['八、其他收入', -3.5, null, null],
    ['本年收入合计', 476.5, '本年支出合计', 496.5],
    [null, null, '结余分配', distribution],
    ['年初结转和结余', opening, '年末结转和结余', opening - 20 - (distribution ?? 0)],
    ['总计', 476.5 + opening, '总计', 476.5 + opening],
  ] as CellValue[][],
  merges: [],
});

const negatives = (sheets: SheetInput[], locale: 'zh-CN' | 'en' = 'zh-CN'): string[] => {
  const messages = createMessages(locale);
  return checkBudgetSet(sheets, DEFAULT_SETTINGS)
    .findings.filter((f) => f.code === 'budget.negativeAmount')
    .map((f) => `${f.severity} ${f.sheet}!${f.cell} ${messages.finding(f)}`);
};

describe('amounts below 0 in the public tables', () => {
  beforeAll(async () => {
    await loadLocale('en');
  });

  it('其他收入 −3.50 with the totals worked out from it: one warning, at the 项 (not its 款, 类, 合计)', () => {
    const found = negatives([income(-3.5)]);
    expect(found).toEqual([
      'warning 公开02表!F8 “2010301 行政运行”的“其他收入”为 -3.50 万元：收入、支出金额一般不为负数，请核实是否误录了负号；' +
        '如属冲减以前年度支出等特殊情况，请在填报说明中注明',
    ]);
    expect(negatives([income(-3.5)], 'en')).toEqual([
      expect.stringContaining('"2010301 行政运行" under "其他收入" is -3.50 10k yuan'),
    ]);
  });

  it('the same amounts typed positive: nothing', () => {
    expect(negatives([income(3.5)])).toEqual([]);
  });

  it('a column of changes on last year may be negative', () => {
    expect(negatives([income(3.5, -12)])).toEqual([]);
  });

  it('the 总表: its income line is judged, its 结转和结余 (other funds carried negative) are not', () => {
    expect(negatives([summary(-4.8)]).map((f) => f.split(' ')[1])).toEqual(['公开01表!B5']);
  });

  it('a 结余分配 below 0 is judged (it distributes a surplus)', () => {
    expect(negatives([summary(10, -2)]).map((f) => f.split(' ')[1])).toEqual(['公开01表!B5', '公开01表!D7']);
  });
});

/** A 支出决算明细表 outside the nine-table set: 合计, a 类, its 款 and two 项 (the second's 决算 `final`). */
const detail = (final: number, budget = 40): SheetInput => ({
  name: '支出决算明细表',
  rows: [
    ['支出决算明细表'],
    ['单位：万元'],
    ['科目编码', '科目名称', '年初预算数', '支出决算数'],
    ['合计', null, 100 + budget, 90 + final],
    ['213', '农林水支出', 100 + budget, 90 + final],
    ['21301', '农业农村', 100 + budget, 90 + final],
    ['2130101', '行政运行', 100, 90],
    ['2130104', '事业运行', budget, final],
  ] as CellValue[][],
});

describe('amounts below 0 in a table outside the nine-table set', () => {
  it('a 项 typed −36.40 with its totals worked out from it: one warning, at the 项', () => {
    expect(negatives([detail(-36.4)])).toEqual([
      'warning 支出决算明细表!D8 “2130104 事业运行”的“支出决算数”为 -36.40 万元：收入、支出金额一般不为负数，' +
        '请核实是否误录了负号；如属冲减以前年度支出等特殊情况，请在填报说明中注明',
    ]);
  });

  it('a budget and a final both below 0: each column once', () => {
    expect(negatives([detail(-36.4, -5)]).map((f) => f.split(' ')[1])).toEqual([
      '支出决算明细表!C8',
      '支出决算明细表!D8',
    ]);
  });

  it('positive amounts: nothing', () => {
    expect(negatives([detail(36.4)])).toEqual([]);
  });
});
