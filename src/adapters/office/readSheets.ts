/// <reference types="office-js" />
/**
 * Reads every worksheet (hidden and very hidden ones too) into SheetInput in two syncs:
 * 1. the sheets (name, visibility, protection), workbook protection and the number of notes;
 * 2. each used range's values, formulas and number formats, the fills and links of that range
 *    widened by a few columns (where the plan writes its side columns), merged areas, and every
 *    note with its cell.
 * When Excel refuses the second request for its size (or silently returns null for too many
 * cells), the sheets are read again in row chunks under the payload budget, without cell
 * details (readChunks.ts): the host then loads the details of the cells it needs.
 */
import type { SheetInput } from '../../engine/grid/types';
import { isPayloadError } from './faults';
import { readChunked } from './readChunks';
import {
  DETAIL_EXTRA_COLUMNS,
  DETAIL_OPTIONS,
  addNotes,
  queueMerges,
  queueNotes,
  type Meta,
} from './readParts';
import type { Session } from './session';
import { SheetBuilder } from './sheetBuilder';

export interface WorkbookRead {
  readonly sheets: readonly SheetBuilder[];
  readonly workbookProtected: boolean;
  /** The worksheet proxies, by name (valid for the rest of this Excel.run). */
  readonly worksheets: ReadonlyMap<string, Excel.Worksheet>;
}

/** Thrown when Excel answered a read with null values (too many cells): read in chunks instead. */
export class TruncatedRead extends Error {}

export function inputsOf(read: WorkbookRead): SheetInput[] {
  return read.sheets.map((s) => s.build());
}

export async function readWorkbook(session: Session, options: { details: boolean }): Promise<WorkbookRead> {
  const meta = await readMeta(session);
  const fresh = (): SheetBuilder[] =>
    meta.items.map((ws) => new SheetBuilder(ws.name, ws.visibility, ws.protection.protected));
  let builders = fresh();
  try {
    await readWhole(session, meta, builders, options.details);
  } catch (e) {
    if (!isPayloadError(e) && !(e instanceof TruncatedRead)) throw e;
    session.limitToChunks();
    builders = fresh();
    await readChunked(session, meta, builders);
  }
  return {
    sheets: builders,
    workbookProtected: meta.workbookProtected,
    worksheets: new Map(meta.items.map((ws) => [ws.name, ws])),
  };
}

/** Sync 1: sheets, protection, how many notes (or comments) there are. */
async function readMeta(session: Session): Promise<Meta> {
  const { ctx, caps } = session;
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/protection/protected');
  const protection = ctx.workbook.protection;
  protection.load('protected');
  const count = caps.notes
    ? ctx.workbook.notes.getCount()
    : caps.comments
      ? ctx.workbook.comments.getCount()
      : null;
  await session.sync();
  return { items: sheets.items, workbookProtected: protection.protected, noteCount: count?.value ?? 0 };
}

/** Sync 2: everything at once. */
async function readWhole(
  session: Session,
  meta: Meta,
  builders: readonly SheetBuilder[],
  details: boolean,
): Promise<void> {
  const { caps } = session;
  const reads = meta.items.map((ws) => {
    const used = ws.getUsedRange(true);
    used.load('rowIndex,columnIndex,values,formulas,numberFormat');
    const props =
      details && caps.cellProperties
        ? used.getResizedRange(0, DETAIL_EXTRA_COLUMNS).getCellProperties(DETAIL_OPTIONS)
        : null;
    return { used, props, merges: queueMerges(session, ws) };
  });
  const notes = queueNotes(session, meta.noteCount);
  await session.sync();
  reads.forEach(({ used, props, merges }, i) => {
    const b = builders[i]!;
    const values = used.values as unknown[][] | null;
    const formulas = used.formulas as unknown[][] | null;
    const formats = used.numberFormat as unknown[][] | null;
    if (!values || !formulas || !formats) throw new TruncatedRead(b.name);
    b.addValues(used.rowIndex, used.columnIndex, values, formulas, formats);
    if (props) b.addDetails(used.rowIndex, used.columnIndex, props.value);
    b.setMerges(merges());
  });
  addNotes(builders, notes());
}
