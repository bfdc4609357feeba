import type { Finding } from '../findings/types';
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { createMessages, loadLocale } from '../../i18n';
import { checkBudgetTables } from './check';
import { findBudgetTables } from './detect';

const sheet = (name: string, rows: CellValue[][]): SheetInput => ({ name, rows });
const check = (...sheets: SheetInput[]): Finding[] =>
  checkBudgetTables(findBudgetTables(sheets, DEFAULT_SETTINGS), sheets, DEFAULT_SETTINGS);
const codes = (fs: readonly Finding[]): [string, string, string][] =>
  fs.map((f) => [f.code, f.severity, f.cell]);

describe('checkBudgetTables: rates and amounts', () => {
  it('gives a zero or blank budget no rate and an info finding, never a division by zero', () => {
    const s = sheet('x', [
      ['科目编码', '科目名称', '年初预算数', '支出决算数'],
      ['2110301', '大气', 0, 359.46],
      ['2110401', '生态保护', null, 3110.47],
      ['2119901', '其他', 0, null],
      // nothing budgeted and nothing spent: no rate, and nothing to say about it
      ['2119902', '其他支出', 0, 0],
    ]);
    const [t] = findBudgetTables([s], DEFAULT_SETTINGS);
    expect(t!.lines.map((l) => l.executionRate)).toEqual([null, null, null, null]);
    expect(codes(check(s))).toEqual([
      ['budget.zeroBudget', 'info', 'C2'],
      ['budget.zeroBudget', 'info', 'C3'],
    ]);
  });

  it('names the budget the rate is taken from when it is 0 (全年预算 as the basis)', async () => {
    await loadLocale('en');
    const s = sheet('x', [
      ['科目编码', '科目名称', '年初预算数', '调整预算数', '支出决算数'],
      ['2010101', '行政运行', 100, 0, 90],
    ]);
    const adjusted = { ...DEFAULT_SETTINGS, budgetBasis: 'adjusted' as const };
    const fs = checkBudgetTables(findBudgetTables([s], adjusted), [s], adjusted);
    expect(codes(fs)).toEqual([['budget.zeroBudget', 'info', 'D2']]);
    const text = (lang: 'zh-CN' | 'en'): string => createMessages(lang).finding(fs[0]!);
    expect(text('zh-CN')).toBe(
      '“行政运行”未安排调整预算（调整预算为 0 或空），不计算执行率，不应表述为“完成100%”',
    );
    // with the default basis the same line has a budget (年初 100) and no finding
    expect(check(s)).toEqual([]);
    expect(text('en')).toMatch(/no adjusted budget \(0 or blank\)/);
  });

  it('flags amounts that are not numbers, and reads text amounts', () => {
    const s = sheet('x', [
      ['项目', '预算数', '决算数'],
      ['会议费', '81,100.00', '见附表'],
      ['培训费', '100,000.00', '75,300.00'],
    ]);
    const fs = check(s);
    expect(codes(fs)).toEqual([['budget.amountNotNumeric', 'warning', 'C2']]);
    expect(fs[0]!.params).toMatchObject({ name: '会议费', text: '见附表', field: 'final' });
    expect(findBudgetTables([s], DEFAULT_SETTINGS)[0]!.lines[1]!.executionRate).toBe(0.753);
  });

  it("reports a cell covered by a merged area at the area's top-left cell, once", () => {
    const s: SheetInput = {
      ...sheet('x', [
        ['项目', '预算数', '决算数'],
        ['会议费', '81,100.00', '75,300.00'],
        ['培训费', '100,000.00', '见附表'],
      ]),
      // C3 is covered by C2:C3 yet still holds text, as files written by other tools can.
      merges: [{ top: 1, left: 2, bottom: 2, right: 2 }],
    };
    expect(codes(check(s))).toEqual([['budget.amountNotNumeric', 'warning', 'C2']]);
  });

  it('compares typed rates with final / budget: percent numbers, fractions and text all read', () => {
    const s = sheet('x', [
      ['科目编码', '科目名称', '年初预算数', '支出决算数', '完成年初预算(%)'],
      ['2110101', '行政运行', 794.61, 794.36, 99.97],
      ['2110104', '宣传', 129.12, 119.57, '92.60%'],
      ['2110204', '核与辐射', 657.86, 599.22, 0.9109],
      ['2110299', '其他监测', 350.88, 222.5, 66.41],
      ['2110199', '其他管理', 878.28, 1021.35, '100%'],
      ['2110301', '大气', 0, 359.46, '100%'],
      ['2110302', '水体', 0, 0, 0],
    ]);
    const fs = check(s).filter((f) => f.code === 'budget.rateDiffers');
    expect(codes(fs)).toEqual([
      ['budget.rateDiffers', 'warning', 'E5'],
      ['budget.rateDiffers', 'info', 'E6'],
      ['budget.rateDiffers', 'warning', 'E7'],
    ]);
    expect(fs.map((f) => [f.params.computed, f.params.capped])).toEqual([
      [0.6341, 0],
      [1.1629, 1],
      [null, 0],
    ]);
  });

  it('an error value in the rate column (#DIV/0! over a budget of 0) is a warning at it (hunt87 P11)', () => {
    const s = sheet('x', [
      ['科目编码', '科目名称', '年初预算数', '支出决算数', '完成年初预算(%)'],
      ['2110101', '行政运行', 794.61, 794.36, 99.97],
      ['2110301', '大气', 0, 359.46, { error: '#DIV/0!' }],
      ['2110302', '水体', 100, 50, { error: '#REF!' }],
    ]);
    const fs = check(s).filter((f) => f.code === 'budget.rateDiffers');
    expect(fs.map((f) => [f.cell, f.params.typed, f.params.computed])).toEqual([
      ['E3', '#DIV/0!', null],
      ['E4', '#REF!', 0.5],
    ]);
    expect(createMessages('zh-CN').finding(fs[0]!)).toBe(
      '“大气”填写的执行率 #DIV/0! 无依据：预算数为 0 或空，执行率应留空',
    );
  });

  it('shows a typed rate as the percent it is: 98.50%, not 98.5, beside 95.12%', async () => {
    await loadLocale('en');
    const s = sheet('x', [
      ['科目编码', '科目名称', '年初预算数', '支出决算数', '完成年初预算(%)'],
      ['2050203', '初中教育', 300, 285.36, 98.5],
      ['2050202', '小学教育', 600, 620, 0.985],
      ['2050204', '高中教育', 100, 80, '85%'],
      ['2050299', '其他普通教育', 0, 80, 100],
    ]);
    const fs = check(s).filter((f) => f.code === 'budget.rateDiffers');
    const zh = createMessages('zh-CN');
    expect(fs.map((f) => zh.finding(f))).toEqual([
      '“初中教育”填写的执行率 98.50% 与计算值 95.12% 不一致',
      '“小学教育”填写的执行率 98.50% 与计算值 103.33% 不一致',
      '“高中教育”填写的执行率 85% 与计算值 80% 不一致',
      '“其他普通教育”填写的执行率 100% 无依据：预算数为 0 或空，执行率应留空',
    ]);
    expect(createMessages('en').finding(fs[0]!)).toContain(
      'the typed rate 98.50% differs from the computed 95.12%',
    );
  });
});

describe('checkBudgetTables: unit sanity', () => {
  it('does not take a 小计 copied from one part for another part typed in 元 (hunt25)', () => {
    // 24.76 = the 运行费 alone: 31.68 ÷ 10⁴ would make it hold, as leaving 31.68 out does
    const s = sheet('x', [
      ['科目编码', '科目名称', '决算数'],
      ['30213', '维修（护）费', 24.76],
      ['3021301', '车辆购置', 31.68],
      ['3021302', '车辆运行', 24.76],
    ]);
    expect(codes(check(s)).map(([code]) => code)).not.toContain('budget.unitSuspect');
  });

  it('warns on an amount about 10⁴ off its siblings where no identity covers it', () => {
    const s = sheet('x', [
      ['项目', '本年决算数', '上年决算数'],
      ['办公费', 12.5, 11],
      ['印刷费', 3.2, 4],
      ['水电费', 85000, 8.1],
      ['差旅费', 20.4, 18],
    ]);
    expect(codes(check(s))).toEqual([['budget.unitSuspect', 'warning', 'B4']]);
  });

  it("warns on prose in 元 among 万元 (the seed's 14164.71 元), not on honest 元 figures", () => {
    const table = sheet('表', [['单位：万元'], ['项目', '本年决算数'], ['本年支出合计', 14164.71]]);
    const prose = sheet('说明', [
      ['我局 2020 年度支出调整预算数为 14164.71 元，2020 年度决算数为 14164.71 万元，执行率为 100%。'],
      ['会议人均每天不超过 550 元，全年会议费 12.02 万元。'],
      ['支出合计 14164.71 元。'],
      ['每超支1万元扣0.5分'],
    ]);
    const fs = check(table, prose);
    expect(fs.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ['budget.unitSuspect', '说明', 'A1'],
      ['budget.unitSuspect', '说明', 'A3'],
    ]);
    expect(fs[0]!.params).toMatchObject({ value: 14164.71, unit: '元', field: 'text' });
  });
});
