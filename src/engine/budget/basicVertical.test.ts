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
