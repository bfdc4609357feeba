/** A sheet being laid out (0-based cells and merges), and the header-writing helpers. */
import type { CellRange, CellValue, SheetInput } from '../../src/engine/grid/types';

export const TITLES = {
  incomeExpenseSummary: '收入支出决算总表',
  income: '收入决算表',
  expenditure: '支出决算表',
  fiscalSummary: '财政拨款收入支出决算总表',
  generalExpenditure: '一般公共预算财政拨款支出决算表',
  generalBasic: '一般公共预算财政拨款基本支出决算表',
  threePublic: '一般公共预算财政拨款“三公”经费支出决算表',
  govFund: '政府性基金预算财政拨款收入支出决算表',
  stateCapital: '国有资本经营预算财政拨款收入支出决算表',
} as const;

/** A sheet being written: 0-based cells and merges. */
export class Sheet {
  readonly rows: CellValue[][] = [];
  readonly merges: CellRange[] = [];
  /** Rows that hold a title (bold, larger). */
  readonly titles: number[] = [];
  constructor(readonly name: string) {}
  put(r: number, c: number, v: CellValue): void {
    while (this.rows.length <= r) this.rows.push([]);
    const row = this.rows[r]!;
    while (row.length <= c) row.push(null);
    row[c] = v;
  }
  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }
  toInput(): SheetInput {
    const width = Math.max(...this.rows.map((r) => r.length), 0);
    return {
      name: this.name,
      rows: this.rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]),
      merges: this.merges,
    };
  }
}

export type Key = keyof typeof TITLES;
/** A header caption: [text, row offset, col offset, rows, cols]. */
export type Cap = [string, number, number, number, number];

/** Title (merged over the table), then 编制单位 and 单位：万元; returns the next row. */
export function title(
  s: Sheet,
  r: number,
  c: number,
  text: string,
  department: string,
  width: number,
): number {
  s.put(r, c, text);
  s.merge(r, c, r, c + width - 1);
  s.titles.push(r);
  s.put(r + 1, c, `编制单位：${department}`);
  s.put(r + 1, c + width - 1, '单位：万元');
  return r + 2;
}

/** Header captions, each merged over its rows and columns. */
export function header(s: Sheet, r: number, c: number, cells: readonly Cap[]): void {
  for (const [text, dr, dc, h, w] of cells) {
    s.put(r + dr, c + dc, text);
    s.merge(r + dr, c + dc, r + dr + h - 1, c + dc + w - 1);
  }
}

/** The 栏次 row: 栏次 | … | 1 | 2 | 3 … from column `from`. */
export function numbering(s: Sheet, r: number, c: number, from: number, count: number): void {
  s.put(r, c, '栏次');
  for (let k = 0; k < count; k++) s.put(r, c + from + k, k + 1);
}
