/**
 * A 合计 line whose 基本支出 is wrong (6,261,700 for Σ类 6,261,600) gives one error, at 基本支出:
 * its 本年支出合计 (10,327,100 = Σ类 = 6,261,600 + 4,065,500) is right, and was also reported,
 * "应为 10327200", judged over the wrong 基本支出 as typed.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const sheet = (title: string, basicTotal: number, total = 1500): SheetInput => ({
  name: 'E',
  rows: [
    [title],
    [null, null, null, null, '单位：元'],
    ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
    ['201', '一般公共服务支出', 1000, 600, 400],
    ['20103', '政府办公厅（室）及相关机构事务', 1000, 600, 400],
    ['2010301', '行政运行', 1000, 600, 400],
    ['208', '社会保障和就业支出', 500, 500, null],
    ['20805', '行政事业单位养老支出', 500, 500, null],
    ['2080505', '机关事业单位基本养老保险缴费支出', 500, 500, null],
    ['合计', null, total, basicTotal, 400],
  ] as CellValue[][],
  merges: [],
});

const errors = (s: SheetInput) =>
  checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.cell} ${String(f.params.identity)}`);

describe('a line’s total over its own wrong part', () => {
  it.each(['2023年度支出决算表', '2023年度一般公共预算财政拨款支出决算表', '2023年度XX中心支出明细表'])(
    '%s: one error, at the wrong 基本支出 total',
    (title) => {
      const found = errors(sheet(title, 1200));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^D10 /);
    },
  );

  it('a total wrong either way is still reported', () => {
    expect(errors(sheet('2023年度支出决算表', 1200, 1550))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^C10 /), expect.stringMatching(/^D10 /)]),
    );
  });
});
