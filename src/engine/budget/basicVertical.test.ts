/** The basic-expenditure table laid out vertically (合计 | 人员经费 | 公用经费), its 合计 line on top. */
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';
import { createMessages } from '../../i18n';

function findings(total: CellValue[]): string[] {
  const rows: CellValue[][] = [
    ['一般公共预算财政拨款基本支出决算表'],
    ['单位：万元'],
    ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
    total,
    ['301', '工资福利支出', 700, 700, null],
    ['30101', '基本工资', 400, 400, null],
    ['30102', '津贴补贴', 300, 300, null],
    ['303', '对个人和家庭的补助', 177.4, 177.4, null],
    ['30302', '退休费', 177.4, 177.4, null],
    ['302', '商品和服务支出', 84.24, null, 84.24],
    ['30201', '办公费', 84.24, null, 84.24],
  ];
  const a = analyzeWorkbook([{ name: '表', rows }], { messages: createMessages('zh-CN') });
  return a.findings.map((f) => `${f.code} ${f.cell} ${String(f.params.difference ?? '')}`);
}

describe('a vertical basic-expenditure table with its 合计 on top', () => {
  it('checks the 合计 line against the leaf lines in every column', () => {
    expect(findings([null, '合计', 971.64, 887.4, 84.24])).toEqual([
      'budget.reconcileMismatch C4 10',
      'budget.reconcileMismatch D4 10',
    ]);
  });

  it('finds nothing when it adds up', () => {
    expect(findings([null, '合计', 961.64, 877.4, 84.24])).toEqual([]);
  });
});

describe('a vertical basic-expenditure table under a two-row header (决算数 over 合计 | 人员经费 | 公用经费)', () => {
  // A province's layout: 科目编码 and 科目名称 merged over both header rows, so the second row reads
  // 合计 | 人员经费 | 公用经费 alone — it was taken for a 合计 data row, the three columns all read as
  // 决算数, and only the 合计 column was checked (30201 typed 88.11 for 0 + 87.11 was reported at 302
  // and 合计, the right cells, and a slip in the 公用经费 column not at all).
  function errors(edit: (rows: CellValue[][]) => void): string[] {
    const rows: CellValue[][] = [
      ['2021年度一般公共预算财政拨款基本支出决算表'],
      [null, null, null, null, '单位：万元'],
      ['科目编码', '科目名称', '决算数', null, null],
      [null, null, '合计', '人员经费', '公用经费'],
      ['合计', null, 961.64, 877.4, 84.24],
      ['301', '工资福利支出', 700, 700, null],
      ['30101', '基本工资', 400, 400, null],
      ['30102', '津贴补贴', 300, 300, null],
      ['303', '对个人和家庭的补助', 177.4, 177.4, null],
      ['30302', '退休费', 177.4, 177.4, null],
      ['302', '商品和服务支出', 84.24, 0, 84.24],
      ['30201', '办公费', 50, 0, 50],
      ['30211', '差旅费', 34.24, 0, 34.24],
    ];
    edit(rows);
    const merges = [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 4 },
      { top: 4, left: 0, bottom: 4, right: 1 },
    ];
    const a = analyzeWorkbook([{ name: '6 基本支出决算表', rows, merges }], {
      messages: createMessages('zh-CN'),
    });
    return a.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.cell} ${String(f.params.identity)}`);
  }

  it('finds nothing when it adds up', () => {
    expect(errors(() => undefined)).toEqual([]);
  });

  it('reports a 合计 that is not 人员经费 + 公用经费 on its line, and only there', () => {
    expect(
      errors((rows) => {
        rows[11]![2] = 51;
      }),
    ).toEqual(['C12 personnelOperating']);
  });

  it('reports each 合计 typed one more than its 人员经费 + 公用经费 (30201, 302 and 合计)', () => {
    expect(
      errors((rows) => {
        for (const r of [4, 10, 11]) rows[r]![2] = (rows[r]![2] as number) + 1;
      }),
    ).toEqual(['C5 personnelOperating', 'C11 personnelOperating', 'C12 personnelOperating']);
  });

  it('checks the 公用经费 column: 302 and its 合计 5 too high are reported there, not on the 合计 column', () => {
    expect(
      errors((rows) => {
        rows[4]![4] = 89.24;
        rows[10]![4] = 89.24;
      }),
    ).toEqual(['E5 total', 'E11 hierarchy']);
  });
});

describe('a vertical basic-expenditure table under 基本支出 (合计 | 人员经费 | 公用经费), hunt53 w5', () => {
  function errors(edit: (rows: CellValue[][]) => void): string[] {
    const rows: CellValue[][] = [
      ['区商务局2023年度一般公共预算财政拨款基本支出决算表'],
      ['编制单位：区商务局', null, null, null, '单位：万元'],
      ['科目编码', '科目名称', '基本支出', '基本支出', '基本支出'],
      ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
      ['合计', '合计', 515.35, 486.14, 29.21],
      ['301', '工资福利支出', 472.74, 472.74, null],
      ['30101', '基本工资', 472.74, 472.74, null],
      ['302', '商品和服务支出', 25.56, null, 25.56],
      ['30201', '办公费', 8.46, null, 8.46],
      ['30211', '差旅费', 6.74, null, 6.74],
      ['30231', '公务用车运行维护费', 10.36, null, 10.36],
      ['303', '对个人和家庭的补助', 13.4, 13.4, null],
      ['30302', '退休费', 13.4, 13.4, null],
      ['310', '资本性支出', 3.65, null, 3.65],
      ['31002', '办公设备购置', 3.65, null, 3.65],
    ];
    edit(rows);
    const merges = [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 3, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 4 },
    ];
    const a = analyzeWorkbook([{ name: '基本支出决算表', rows, merges }], {
      messages: createMessages('zh-CN'),
    });
    return a.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.cell} ${String(f.params.identity)} ${String(f.params.expected)}`);
  }

  it('finds nothing when it adds up', () => {
    expect(errors(() => undefined)).toEqual([]);
  });

  it('a 公用经费 leaf that disagrees with its own 合计 is the wrong cell, not 302 and the 合计 line', () => {
    expect(
      errors((rows) => {
        rows[9]![4] = 7.64;
      }),
    ).toEqual(['E10 crossing 6.74']);
  });
});
