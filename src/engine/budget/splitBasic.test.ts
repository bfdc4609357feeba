/**
 * A 支出决算表 whose 基本支出 is split into 人员经费 | 公用经费 beside it (under a merged 基本支出 with
 * a 小计, or flat as 其中：…): 本年支出合计 = 基本 + 项目 holds, and the split is checked line by line.
 */
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue, SheetInput } from '../grid/types';
import { createMessages } from '../../i18n';

const TITLE: CellValue[][] = [['支出决算表'], ['单位：万元']];
const merged: CellValue[][] = [
  ['科目编码', '科目名称', '本年支出合计', '基本支出', null, null, '项目支出'],
  [null, null, null, '小计', '人员经费', '公用经费', null],
];
const flat: CellValue[][] = [
  ['科目编码', '科目名称', '本年支出合计', '基本支出', '其中：人员经费', '其中：公用经费', '项目支出'],
];

function findings(header: CellValue[][], leafOperating: number, merges: SheetInput['merges'] = []): string[] {
  const body: CellValue[][] = [
    [null, '合计', 500, 300, 250, 50, 200],
    [208, '社会保障和就业支出', 500, 300, 250, 50, 200],
    [20805, '行政事业单位养老支出', 500, 300, 250, 50, 200],
    [2080505, '机关事业单位基本养老保险缴费支出', 500, 300, 250, leafOperating, 200],
  ];
  const sheet: SheetInput = { name: '表三', rows: [...TITLE, ...header, ...body], merges };
  const a = analyzeWorkbook([sheet], { messages: createMessages('zh-CN') });
  return a.findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.cell} ${String(f.params.identity)}`);
}

describe('基本支出 split into 人员经费 and 公用经费', () => {
  it('under a merged 基本支出 with 小计: no false 本年支出合计 errors', () => {
    expect(findings(merged, 50, [{ top: 2, left: 3, bottom: 2, right: 5 }])).toEqual([]);
  });

  it('flat, as 其中：人员经费 / 其中：公用经费: not counted twice', () => {
    expect(findings(flat, 50)).toEqual([]);
  });

  it('names the line whose split does not add up, at the typed 48 itself', () => {
    // 48 puts both its row (基本 300 = 250 + 公用) and its column (Σ公用经费 50) out by 2: the one
    // cell that explains both (it was reported at the 基本支出 300 beside it, which is right)
    const errors = findings(merged, 48, [{ top: 2, left: 3, bottom: 2, right: 5 }]);
    const leafRow = TITLE.length + merged.length + 4;
    expect(errors).toEqual([`F${leafRow} crossing`]);
  });
});

/**
 * 合计 | 基本支出 (人员经费 | 公用经费) | 项目支出 with no 基本支出 column of its own (a county's 2023
 * 一般公共预算财政拨款支出决算表): the two columns under 基本支出 are its parts. Every line read
 * "合计应等于基本支出与项目支出之和，应为 <项目支出>" (17 false errors in one table).
 */
describe('基本支出 as 人员经费 | 公用经费 with no subtotal column', () => {
  const header: CellValue[][] = [
    ['科目编码', '科目名称', '合计', '基本支出', null, '项目支出'],
    [null, null, null, '人员经费', '公用经费', null],
  ];
  const merges = [
    { top: 2, left: 3, bottom: 2, right: 4 },
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 5, bottom: 3, right: 5 },
  ];
  const errors = (title: string, leafTotal: number): string[] => {
    const rows: CellValue[][] = [
      [title],
      [null, null, null, null, null, '单位：万元'],
      ...header,
      ['208', '社会保障和就业支出', 60, 40, 10, 10],
      ['20805', '行政事业单位养老支出', 60, 40, 10, 10],
      ['2080505', '机关事业单位基本养老保险缴费支出', leafTotal, 40, 10, 10],
      ['合计', null, 60, 40, 10, 10],
    ];
    const a = analyzeWorkbook([{ name: '表五', rows, merges }], { messages: createMessages('zh-CN') });
    return a.findings
      .filter((f) => f.severity === 'error')
      .map((f) => `${f.cell} ${String(f.params.identity)}`);
  };

  it.each([
    '2023年度一般公共预算财政拨款支出决算表',
    '2023年度支出决算表',
    // not a public title: the generic reader
    '2023年度XX中心支出明细表',
  ])('%s: 合计 = 人员经费 + 公用经费 + 项目支出 raises nothing', (title) => {
    expect(errors(title, 60)).toEqual([]);
  });

  it('still names a line whose 合计 is not its parts', () => {
    expect(errors('2023年度一般公共预算财政拨款支出决算表', 61)).toContain('C7 basicProject');
  });
});

describe('a table with 合计 and 项目支出 but no 基本支出 column (generic reader)', () => {
  it('does not read 合计 = 项目支出 (the rest of the spending has no column)', () => {
    const rows: CellValue[][] = [
      ['2023年度XX中心项目支出明细表'],
      [null, null, null, '单位：万元'],
      ['科目编码', '科目名称', '合计', '项目支出'],
      ['213', '农林水支出', 60, 10],
      ['21301', '农业农村', 60, 10],
      ['2130104', '事业运行', 60, 10],
    ];
    const a = analyzeWorkbook([{ name: 'X', rows }], { messages: createMessages('zh-CN') });
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
