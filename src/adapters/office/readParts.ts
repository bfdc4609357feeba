/// <reference types="office-js" />
/** Pieces of a workbook read shared by the one-request and the chunked paths. */
import type { CellRange } from '../../engine/grid/types';
import { parseAreas } from './convert';
import type { Session } from './session';
import type { SheetBuilder } from './sheetBuilder';

/** Columns right of the used range whose fills are read too: 计分说明/审核提示 and budget rate columns land there. */
export const DETAIL_EXTRA_COLUMNS = 8;

export const DETAIL_OPTIONS = { format: { fill: { color: true, pattern: true } }, hyperlink: true };

export interface Meta {
  readonly items: readonly Excel.Worksheet[];
  readonly workbookProtected: boolean;
  readonly noteCount: number;
}

/** Merged areas of a whole sheet (ExcelApi 1.13); without it, none: the engine fills blank group cells down. */
export function queueMerges(session: Session, ws: Excel.Worksheet): () => CellRange[] {
  if (!session.caps.mergedAreas) return () => [];
  const areas = ws.getRange().getMergedAreasOrNullObject();
  areas.load('address');
  return () => (areas.isNullObject ? [] : parseAreas(areas.address).map((a) => a.range));
}

export interface NoteAt {
  readonly sheet: string | null;
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

/** Every note (1.18) or comment (1.10) with its cell; `count` came from the first sync. */
export function queueNotes(session: Session, count: number): () => NoteAt[] {
  const { ctx, caps } = session;
  if (count === 0 || (!caps.notes && !caps.comments)) return () => [];
  const items = Array.from({ length: count }, (_, i) => {
    const item = caps.notes ? ctx.workbook.notes.getItemAt(i) : ctx.workbook.comments.getItemAt(i);
    item.load('content');
    const location = item.getLocation();
    location.load('address');
    return { item, location };
  });
  return () =>
    items.flatMap(({ item, location }) => {
      const at = parseAreas(location.address)[0];
      return at
        ? [{ sheet: at.sheet, row: at.range.top, col: at.range.left, text: String(item.content) }]
        : [];
    });
}

export function addNotes(builders: readonly SheetBuilder[], notes: readonly NoteAt[]): void {
  for (const n of notes) {
    const b = builders.find((s) => s.name === n.sheet) ?? (n.sheet === null ? builders[0] : undefined);
    b?.addNote(n.row, n.col, n.text);
  }
}
