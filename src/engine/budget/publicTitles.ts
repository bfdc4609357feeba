/**
 * Where the public tables sit: a title cell (收入支出决算总表, 2020年度XX局支出决算表, …) anywhere in
 * a sheet starts a region that runs to the next title on that sheet; a sheet without a title cell
 * whose name is a title (公开01表 收入支出决算总表) is one region.
 */
import { cellText, type SheetInput, type WorkbookInput } from '../grid/types';
import { publicTableOfTitle, type PublicTableKey } from './publicLexicon';

export interface PublicRegion {
  readonly key: PublicTableKey;
  readonly sheet: SheetInput;
  /** The title cell (row −1 when the title is the sheet's name). */
  readonly titleRow: number;
  readonly titleCol: number;
  /** Rows `top..end-1` hold the table. */
  readonly top: number;
  readonly end: number;
}

/** Every titled region of the workbook, in sheet order then reading order. */
export function findPublicRegions(sheets: WorkbookInput): PublicRegion[] {
  const out: PublicRegion[] = [];
  for (const sheet of sheets) {
    if (sheet.hidden) continue;
    const found = titleCells(sheet);
    // titles on rows next to each other are a list of the tables (a 目录 sheet, hunt118), not tables:
    // a table has at least its header between its title and the next
    const anchors = found.filter(
      (a, i) => found[i - 1]?.row !== a.row - 1 && found[i + 1]?.row !== a.row + 1,
    );
    if (found.length === 0) {
      const key = publicTableOfTitle(sheet.name);
      if (key) out.push({ key, sheet, titleRow: -1, titleCol: 0, top: 0, end: sheet.rows.length });
      continue;
    }
    anchors.forEach((a, i) => {
      const end = anchors[i + 1]?.row ?? sheet.rows.length;
      out.push({ key: a.key, sheet, titleRow: a.row, titleCol: a.col, top: a.row + 1, end });
    });
  }
  return out;
}

function titleCells(sheet: SheetInput): { row: number; col: number; key: PublicTableKey }[] {
  const out: { row: number; col: number; key: PublicTableKey }[] = [];
  sheet.rows.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v.length > 80 || !v.includes('表') || !/决\s*算/.test(v)) continue;
      const key = publicTableOfTitle(cellText(v));
      if (key) {
        out.push({ row: r, col: c, key });
        break;
      }
    }
  });
  return out;
}
