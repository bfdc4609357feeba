/**
 * A typed 执行率 is held to the budget its caption names (完成年初预算 → 年初预算数); a bare 执行率
 * beside 年初预算数 and 调整预算数（全年预算数） may be either, and the 预算执行情况表 of a county used
 * 决算 ÷ 全年预算: each of its right rates was warned as 决算 ÷ 年初 ("98.47% 与计算值 107.04%",
 * 10 false warnings and 15 "按惯例填写为 100%" notices over two tables).
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';
import { findBudgetTables } from './detect';
import { planBudgetWrites } from './plan';

const table = (rateCaption: string, leafRate: number, adjusted = '调整预算数（全年预算数）'): SheetInput => ({
  name: 'Sheet1',
  rows: [
    ['2022年度一般公共预算支出预算执行情况表'],
    [null, null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '年初预算数', adjusted, '决算数', rateCaption],
    ['合计', null, 90, 110, 105, 95.45],
    ['213', '农林水支出', 90, 110, 105, 95.45],
    ['21301', '农业农村', 90, 110, 105, 95.45],
    ['2130104', '事业运行', 40, 50, 50, 100],
    ['2130108', '病虫害控制', 50, 60, 55, leafRate],
  ] as CellValue[][],
  merges: [],
});

const notes = (s: SheetInput) =>
  checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.code === 'budget.rateDiffers')
    .map((f) => `${f.severity} ${f.cell} ${String(f.params.computed)}`);

describe('the budget a typed rate divides by', () => {
  it('warns a per-cent figure typed into a cell formatted as % (shows 10447 %; hunt114 P18)', () => {
    // 91.67 typed where the format shows a fraction as per cent: right as per cent, shown as 9167 %
    const s = { ...table('执行率', 91.67), styles: { F8: { numFmt: '0.00%' } } };
    const found = checkBudgetSet([s], DEFAULT_SETTINGS).findings.filter(
      (f) => f.code === 'budget.rateDiffers',
    );
    expect(found.map((f) => [f.cell, f.params.percentCell, f.params.computed])).toEqual([['F8', 1, 0.9167]]);
    // the same figure in a cell with no % format is per cent as typed: nothing
    expect(notes(table('执行率', 91.67))).toEqual([]);
  });

  it('holds a bare 执行率 to the basis its lines keep: a line worked on the other is warned (hunt108 P10)', () => {
    // every line 决算 ÷ 全年预算, but 病虫害控制 55 ÷ 50 = 110 % (决算 ÷ 年初)
    expect(notes(table('执行率', 110))).toEqual(['warning H8 0.9167'.replace('H8', 'F8')]);
    // with the column split (two lines each way) either reading stands
    const mixed = table('执行率', 110);
    const rows = mixed.rows.map((r, i) => (i === 6 ? [...r.slice(0, 5), 125] : r));
    expect(notes({ ...mixed, rows })).toEqual([]);
  });

  it.each(['执行率（%）', '预算执行率(%)', '执行率'])(
    '%s typed as 决算 ÷ 全年预算: nothing to report',
    (caption) => {
      expect(notes(table(caption, 91.67))).toEqual([]);
    },
  );

  it('a bare 执行率 typed as 决算 ÷ 年初预算 is right too', () => {
    const s = table('执行率（%）', 110);
    const rows = s.rows.map((r, i) => (i >= 3 && i <= 5 ? [...r.slice(0, 5), 116.67] : r));
    rows[6] = ['2130104', '事业运行', 40, 50, 50, 125];
    expect(notes({ ...s, rows })).toEqual([]);
  });

  it('a wrong bare 执行率 is reported against the nearer reading', () => {
    expect(notes(table('执行率（%）', 98))).toEqual(['warning F8 0.9167']);
  });

  it('完成年初预算(%) is held to 年初预算数 even beside a 全年预算数', () => {
    expect(notes(table('完成年初预算(%)', 91.67))).toEqual([
      'warning F4 1.1667',
      'warning F5 1.1667',
      'warning F6 1.1667',
      'info F7 1.25',
      'warning F8 1.1',
    ]);
  });

  it('决算数占年初预算数的比例（%） is a rate column held to 年初预算数 (hunt21: read as a second 决算数)', () => {
    expect(notes(table('决算数占年初预算数的比例（%）', 110))).toEqual([
      'warning F4 1.1667',
      'warning F5 1.1667',
      'warning F6 1.1667',
      'info F7 1.25',
    ]);
  });

  it('决算数为年初预算数的% is a rate column held to 年初预算数 (hunt53 P16: not read, a typed 100 beside 110 % missed)', () => {
    expect(notes(table('决算数为年初预算数的%', 110))).toEqual([
      'warning F4 1.1667',
      'warning F5 1.1667',
      'warning F6 1.1667',
      'info F7 1.25',
    ]);
  });

  it('决算数为年初预算的% (without 数) is the same rate column (hunt70 P09: a typed 89.76 % for 98.76 % missed)', () => {
    expect(notes(table('决算数为年初预算的%', 110))).toEqual(notes(table('决算数为年初预算数的%', 110)));
    expect(notes(table('决算数为年初预算的%', 110))).toHaveLength(4);
  });

  it('完成全年预算(%) is held to 全年预算数', () => {
    expect(notes(table('完成全年预算(%)', 91.67, '全年预算数'))).toEqual([]);
    expect(notes(table('完成全年预算(%)', 110, '全年预算数'))).toEqual(['warning F8 0.9167']);
  });

  describe('a 注 under the table that says what the rate divides by (hunt18: P08)', () => {
    const noted = (note: string, leafRate: number | null): SheetInput => {
      const s = table('执行率(%)', 0);
      const rows = s.rows.map((r) => [...r]);
      rows[7] = ['2130108', '病虫害控制', 50, 60, 55, leafRate];
      return { ...s, rows: [...rows, [], [note]] };
    };

    it('holds the typed rates to it: a wrong one is reported against 决算 ÷ 调整预算', () => {
      // 55 ÷ 60 = 91.67 %; 98.5 is neither that nor 55 ÷ 50 = 110 %
      expect(notes(noted('注：执行率=决算数/调整预算数×100%。', 98.5))).toEqual(['warning F8 0.9167']);
      // 110 % is right by 年初, not by the note
      expect(notes(noted('注：执行率=决算数/调整预算数×100%。', 110))).toEqual(['warning F8 0.9167']);
    });

    it('writes blank rates with it', () => {
      const sheet = noted('注：执行率为决算数除以调整预算数', null);
      const plan = planBudgetWrites(
        findBudgetTables([sheet], DEFAULT_SETTINGS),
        [sheet],
        DEFAULT_SETTINGS,
        (k) => k,
      );
      const written = plan.flatMap((e) => e.ops).find((o) => o.row === 7 && o.col === 5);
      const value = written?.value as { formula: string; result: number } | undefined;
      expect(value?.formula).toBe('IF(D8=0,"",E8/D8*100)');
      expect(value?.result).toBeCloseTo(91.6667, 3);
    });

    it('reads a numbered note line under the 注 line (hunt25)', () => {
      const s = noted('注：1.本表数据由元换算为万元并四舍五入。', 98.5);
      const rows = [...s.rows, ['    2.执行率=决算数÷调整后预算数×100%；调整后预算数=年初预算数+调整数。']];
      expect(notes({ ...s, rows })).toEqual(['warning F8 0.9167']);
      expect(findBudgetTables([{ ...s, rows }], DEFAULT_SETTINGS)[0]?.lines[4]?.executionRate).toBeCloseTo(
        0.9167,
        4,
      );
    });

    it('ignores a note that says nothing of the rate', () => {
      // as without the note: the column keeps 决算 ÷ 调整预算 on every other line, so 110 % (÷ 年初) is
      // warned (it passed as "either basis" before hunt108 P10)
      const without = notes(table('执行率(%)', 110));
      expect(notes(noted('注：本表金额单位为万元，调整预算含追加', 110))).toEqual(without);
      expect(without).toEqual(['warning F8 0.9167']);
    });
  });
});
