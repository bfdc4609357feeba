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

  it('names the line whose split does not add up', () => {
    const errors = findings(merged, 48, [{ top: 2, left: 3, bottom: 2, right: 5 }]);
    const leafRow = TITLE.length + merged.length + 4;
    expect(errors).toContain(`D${leafRow} personnelOperating`);
  });
});
