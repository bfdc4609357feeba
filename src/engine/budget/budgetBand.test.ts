/**
 * A 一般公共预算财政拨款支出决算表 with a 年初预算数 band (合计 | 基本支出 | 项目支出) before its
 * 本年支出 / 决算数 band of the same captions: the cross-table identities take the actual band. The
 * first 基本支出 column, the budget's, was compared with 人员经费合计 + 公用经费合计 (hunt81: a false
 * "D7 为 946，应为 961.11" on a clean workbook, and 支出决算表's 基本支出 ≥ it passed by chance).
 */
import type { CellRange, CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';
import { basicSheet, EXPENDITURE_SHEET as expenditure } from '../../../test/support/budgetSheets';

const m = (top: number, left: number, bottom: number, right: number): CellRange => ({
  top,
  left,
  bottom,
  right,
});

// 年初: 360 = 基本 140 + 项目 220; 决算: 330 = 基本 130 + 项目 200. 人员经费 100 + 公用经费 30 = 130.
const generalExpenditure = (actualBand: string, budgetTotal = true): SheetInput => {
  const budget = (total: number, basic: number | null, project: number | null): CellValue[] =>
    budgetTotal ? [total, basic, project] : [basic, project];
  const budgetHeader: CellValue[] = budgetTotal ? ['合计', '基本支出', '项目支出'] : ['基本支出', '项目支出'];
  const w = budgetHeader.length;
  return {
    name: '公开05表',
    rows: [
      ['一般公共预算财政拨款支出决算表'],
      [null, null, null, null, null, null, null, '单位：万元'],
      ['科目编码', '科目名称', '年初预算数', ...Array<null>(w - 1), actualBand, null, null],
      [null, null, ...budgetHeader, '合计', '基本支出', '项目支出'],
      [null, '合计', ...budget(360, 140, 220), 330, 130, 200],
      ['208', '社会保障和就业支出', ...budget(140, 140, null), 130, 130, null],
      ['20805', '行政事业单位养老支出', ...budget(140, 140, null), 130, 130, null],
      ['2080505', '机关事业单位基本养老保险缴费支出', ...budget(140, 140, null), 130, 130, null],
      ['213', '农林水支出', ...budget(220, null, 220), 200, null, 200],
      ['21303', '水利', ...budget(220, null, 220), 200, null, 200],
      ['2130305', '水利工程建设', ...budget(220, null, 220), 200, null, 200],
    ],
    merges: [m(2, 0, 3, 0), m(2, 1, 3, 1), m(2, 2, 2, 1 + w), m(2, 2 + w, 2, 4 + w)],
  };
};

const generalBasic = basicSheet();

const run = (general: SheetInput) => checkBudgetSet([expenditure, general, generalBasic], DEFAULT_SETTINGS);
const problems = (r: ReturnType<typeof run>): string[] =>
  r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.sheet}!${f.cell}`);
const check = (r: ReturnType<typeof run>, identity: string) =>
  r.crossChecks.filter((c) => c.identity === identity).map((c) => [c.cells, c.status]);

describe('年初预算数 and 决算 bands with the same captions', () => {
  it.each(['本年支出', '决算数'])(
    '%s band: 基本支出 = 人员经费合计 + 公用经费合计 in the actual band, no false error',
    (band) => {
      const r = run(generalExpenditure(band));
      expect(problems(r)).toEqual([]);
      expect(check(r, 'basicSplit')).toEqual([[['公开05表!G5', '公开06表!C6', '公开06表!F6'], 'ok']]);
      expect(check(r, 'basicWithinExpenditure')).toEqual([[['公开03表!D3', '公开05表!G5'], 'ok']]);
    },
  );

  it('支出决算表 per subject covers the fiscal table’s actual 合计, not its 年初 one (决算数 合计)', () => {
    const r = run(generalExpenditure('决算数'));
    const total = r.crossChecks.find(
      (c) => c.identity === 'fiscalWithinExpenditure' && c.cells[0] === '公开03表!C3',
    );
    expect(total).toMatchObject({ cells: ['公开03表!C3', '公开05表!F5'], status: 'ok' });
  });

  it('a wrong 决算 基本支出 is still reported against the basic table', () => {
    const general = generalExpenditure('本年支出');
    const rows = general.rows.map((row, i) => (i === 4 ? row.map((v, c) => (c === 6 ? 135 : v)) : row));
    const r = run({ ...general, rows });
    expect(check(r, 'basicSplit')).toEqual([[['公开05表!G5', '公开06表!C6', '公开06表!F6'], 'mismatch']]);
  });

  it('年初 基本支出 | 项目支出 with no 合计 of their own: 本年支出 合计 adds only its band', () => {
    const r = run(generalExpenditure('本年支出', false));
    expect(problems(r)).toEqual([]);
    expect(check(r, 'basicSplit')).toEqual([[['公开05表!F5', '公开06表!C6', '公开06表!F6'], 'ok']]);
  });
});
