import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';
import { blameCrossings } from './crossing';
import { buildCheck, type CheckCell, type CheckRecord } from './rounding';

/** A 支出决算表 in 小计 | 基本支出 | 项目支出, every identity holding unless a cell is changed. */
function table(change: Record<string, number> = {}): SheetInput {
  const rows: CellValue[][] = [
    ['XX中心2023年度一般公共预算财政拨款支出决算表'],
    [null, null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '本年支出', '本年支出', '本年支出'],
    ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
    ['合计', null, 236.7, 150.7, 86],
    ['213', '农林水支出', 236.7, 150.7, 86],
    ['21301', '农业农村', 236.7, 150.7, 86],
    ['2130104', '事业运行', 150.7, 150.7, 0],
    ['2130108', '病虫害控制', 86, 0, 86],
  ];
  for (const [a1, v] of Object.entries(change)) rows[Number(a1.slice(1)) - 1]![a1.charCodeAt(0) - 65] = v;
  return { name: '支出决算表', rows, merges: [] };
}

const errors = (s: SheetInput): string[] =>
  checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.cell} ${String(f.params.identity)} ${String(f.params.expected)}`);

describe('one wrong amount that puts its row and its column out by the same difference', () => {
  it('holds when nothing is changed', () => {
    expect(errors(table())).toEqual([]);
  });

  it('is reported at itself, worked out from its row (was: at 小计, 款, 类 and 合计, all right)', () => {
    expect(errors(table({ D8: 150.07 }))).toEqual(['D8 crossing 150.7']);
  });

  it('a wrong row total is reported at itself, not again at the column sums over it', () => {
    expect(errors(table({ C8: 151.7 }))).toEqual(['C8 basicProject 150.7']);
  });

  it('two such amounts in other rows and columns are each found at their own cell', () => {
    expect(errors(table({ D8: 150.07, E9: 85 }))).toEqual(['D8 crossing 150.7', 'E9 crossing 86']);
  });

  it('leaves a second mistake whose difference no one cell explains to the sums as before', () => {
    // D8 explains its row and the 类/合计 over the leaves (0.63); the 款 D7 typed 150.5 is off by
    // 0.43 against its leaves and by 0.2 against its own row: reported at D7 and at its 小计
    expect(errors(table({ D8: 150.07, D7: 150.5 })).sort()).toEqual([
      'C7 basicProject 236.5',
      'D7 hierarchy 150.07',
      'D8 crossing 150.7',
    ]);
  });
});

describe('a table continued on another sheet (续表)', () => {
  const cell = (sheet: string, row: number, col: number, value: number): CheckCell => ({
    sheet,
    row,
    col,
    value,
    unit: '万元',
    step: 0.01,
  });
  const check = (identity: string, target: CheckCell, parts: CheckCell[]): CheckRecord =>
    buildCheck({ identity, scope: 'table', target, parts, name: identity, code: null, column: '合计' })!;

  it('does not take a leaf on the 续表 for a part of a main-sheet line on the same row number (hunt53 w4)', () => {
    // 213 on 05表 row 6 against its leaves, one of them 农村水利 on 05表(续) row 6; the 续表's 合计
    // over the same leaves is off by the same difference (a unit slip elsewhere in the column)
    const leafOnMain = cell('05表', 13, 3, 336000);
    const leafOnNext = cell('05表(续)', 5, 3, 398.76);
    const classLine = check('hierarchy', cell('05表', 5, 3, 3671.01), [leafOnMain, leafOnNext]);
    const total = check('total', cell('05表(续)', 20, 3, 3671.01), [leafOnMain, leafOnNext]);
    const blamed = blameCrossings([classLine, total]);
    expect(blamed.map((r) => `${r.target.sheet}!${r.target.row} ${r.identity}`)).toEqual([
      '05表!5 hierarchy',
      '05表(续)!20 total',
    ]);
  });
});
