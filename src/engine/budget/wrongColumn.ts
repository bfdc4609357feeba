/**
 * An amount typed in the neighbouring column of its line (基本支出 for 项目支出): the line still adds
 * up, while every sum over it in the one column is over by the amount and every sum in the other
 * short by it. The amount is the slip, and the sums of both columns are right (hunt53 P06: 2081107's
 * 2,946,800.00 under 基本支出 was reported at the 项目支出 款, 类 and 合计, and its 行政运行 neighbour,
 * equal to the 款's 基本支出 as typed, was taken for a copied subtotal).
 */
import { cellName, type CheckCell, type CheckRecord } from './rounding';

export interface WrongColumn {
  /** The amount, in the column it was typed in. */
  readonly from: CheckCell;
  /** The blank (or 0) cell of the same line it belongs in. */
  readonly to: CheckCell;
  /** The column headers, as typed. */
  readonly fromColumn: string;
  readonly toColumn: string;
  /** The failing sums it explains, in both columns. */
  readonly explains: readonly CheckRecord[];
}

const SUMS: ReadonlySet<string> = new Set(['hierarchy', 'total']);

const near = (a: number, b: number, tolerance: number): boolean => Math.abs(a - b) <= tolerance + 1e-9;

export function wrongColumns(records: readonly CheckRecord[]): WrongColumn[] {
  const sums = records.filter((r) => r.scope === 'table' && r.status === 'mismatch' && SUMS.has(r.identity));
  const out: WrongColumn[] = [];
  for (const over of sums) {
    if (over.difference >= 0) continue;
    for (const from of over.parts) {
      const v = from.value;
      if (v === null || v === 0 || from.virtual === true || !near(v, -over.difference, over.tolerance))
        continue;
      if (out.some((w) => cellName(w.from) === cellName(from))) continue;
      // the same sum line, another column, short by just this amount, its cell on the line blank
      let to: CheckCell | undefined;
      let short: CheckRecord | undefined;
      for (const s of sums) {
        if (s.target.sheet !== over.target.sheet || s.target.row !== over.target.row) continue;
        if (s.target.col === over.target.col || !near(s.difference, v, s.tolerance)) continue;
        to = s.parts.find(
          (c) => c.sheet === from.sheet && c.row === from.row && (c.value === null || c.value === 0),
        );
        if (to) {
          short = s;
          break;
        }
      }
      if (!to || !short) continue;
      const cellIn = (r: CheckRecord, c: CheckCell): boolean =>
        r.parts.some((p) => cellName(p) === cellName(c));
      const explains = sums.filter(
        (r) =>
          (cellIn(r, from) && near(r.difference, -v, r.tolerance)) ||
          (cellIn(r, to) && near(r.difference, v, r.tolerance)),
      );
      out.push({ from, to, fromColumn: over.column, toColumn: short.column, explains });
      break;
    }
  }
  return out;
}
