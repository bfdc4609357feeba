/// <reference types="office-js" />
/**
 * The reader's fallback for workbooks too large for one request: one sync for every used
 * range's size, the merged areas and the notes, then row chunks of values, formulas and number
 * formats, several sheets per sync when they fit. Each request is sized from the bytes per cell
 * measured so far so that it stays under the session's budget (4 MB, or less after a payload
 * error) and under 5M cells; a chunk Excel still refuses is retried at half size. Cell details
 * (fills, links: the largest part of a response) are not read here: the host fetches those of
 * the few cells the plan and the ledger need afterwards (cellDetails.ts).
 */
import { HostError, isPayloadError } from './faults';
import { addNotes, queueMerges, queueNotes, type Meta } from './readParts';
import { MAX_CELLS_PER_REQUEST, jsonBytes, type Session } from './session';
import type { SheetBuilder } from './sheetBuilder';

/** A first guess per cell (values + formulas + format) before anything was measured. */
const INITIAL_BYTES_PER_CELL = 200;
/** Each request aims at this share of the budget, to absorb rows longer than the average. */
const TARGET_SHARE = 0.85;

interface Pending {
  readonly index: number;
  readonly left: number;
  readonly cols: number;
  next: number;
  readonly end: number;
}

interface Chunk {
  readonly sheet: Pending;
  readonly top: number;
  readonly rows: number;
}

export async function readChunked(
  session: Session,
  meta: Meta,
  builders: readonly SheetBuilder[],
): Promise<void> {
  const dims = meta.items.map((ws) => {
    const used = ws.getUsedRange(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    return { used, merges: queueMerges(session, ws) };
  });
  const notes = queueNotes(session, meta.noteCount);
  await session.sync();
  dims.forEach(({ merges }, i) => builders[i]!.setMerges(merges()));
  addNotes(builders, notes());

  const pending: Pending[] = dims.map(({ used }, index) => ({
    index,
    left: used.columnIndex,
    cols: used.columnCount,
    next: used.rowIndex,
    end: used.rowIndex + used.rowCount,
  }));
  let bytesPerCell = INITIAL_BYTES_PER_CELL;
  let maxRows = Infinity;
  let refused = false;
  let largestOk = 0;
  const arrays = 3;
  while (pending.some((p) => p.next < p.end)) {
    const chunks = planChunks(pending, session.maxBytes * TARGET_SHARE, bytesPerCell, arrays, maxRows);
    const loads = chunks.map((chunk) => queueChunk(meta.items[chunk.sheet.index]!, chunk));
    try {
      await session.sync();
    } catch (e) {
      if (!isPayloadError(e)) throw e;
      const rows = chunks.reduce((n, c) => n + c.rows, 0);
      if (rows <= 1) throw new HostError('payloadTooLarge', 'payloadTooLarge');
      // refused at this size: half as many rows next time, and a budget no larger than what failed
      maxRows = Math.max(1, Math.floor(rows / 2));
      refused = true;
      session.maxBytes = Math.min(session.maxBytes, rows * bytesPerCell * Math.max(1, chunks[0]!.sheet.cols));
      continue;
    }
    let bytes = 0;
    let cells = 0;
    let truncated = false;
    chunks.forEach((chunk, i) => {
      const got = loads[i]!();
      if (!got) {
        truncated = true;
        return;
      }
      const b = builders[chunk.sheet.index]!;
      b.addValues(chunk.top, chunk.sheet.left, got.values, got.formulas, got.formats);
      bytes += got.bytes;
      cells += chunk.rows * Math.max(1, chunk.sheet.cols);
      chunk.sheet.next = chunk.top + chunk.rows;
    });
    if (truncated) bytesPerCell *= 2;
    if (cells > 0) bytesPerCell = Math.max(8, (bytes / cells) * 1.1);
    largestOk = Math.max(largestOk, bytes);
  }
  // a limit below the chunk target was found: what got through is the budget for the writes too
  if (refused && largestOk > 0) session.maxBytes = Math.min(session.maxBytes, largestOk);
}

/** Row chunks of the pending sheets that together fit the byte budget and the cell limit. */
function planChunks(
  pending: readonly Pending[],
  budget: number,
  bytesPerCell: number,
  arrays: number,
  maxRows: number,
): Chunk[] {
  const chunks: Chunk[] = [];
  let bytesLeft = budget;
  let rowsLeft = maxRows;
  let cellsLeft = Math.floor(MAX_CELLS_PER_REQUEST / arrays);
  for (const p of pending) {
    if (p.next >= p.end) continue;
    const width = Math.max(1, p.cols);
    const byBytes = Math.floor(bytesLeft / (width * bytesPerCell));
    const byCells = Math.floor(cellsLeft / width);
    const rows = Math.min(p.end - p.next, byBytes, byCells, rowsLeft);
    if (rows < 1) {
      if (chunks.length === 0) chunks.push({ sheet: p, top: p.next, rows: 1 });
      break;
    }
    chunks.push({ sheet: p, top: p.next, rows });
    bytesLeft -= rows * width * bytesPerCell;
    cellsLeft -= rows * width;
    rowsLeft -= rows;
    if (rows < p.end - p.next) break;
  }
  return chunks;
}

interface ChunkData {
  readonly values: unknown[][];
  readonly formulas: unknown[][];
  readonly formats: unknown[][];
  readonly bytes: number;
}

function queueChunk(ws: Excel.Worksheet, chunk: Chunk): () => ChunkData | null {
  const { top, rows, sheet } = chunk;
  const range = ws.getRangeByIndexes(top, sheet.left, rows, Math.max(1, sheet.cols));
  range.load('values,formulas,numberFormat');
  return () => {
    const values = range.values as unknown[][] | null;
    const formulas = range.formulas as unknown[][] | null;
    const formats = range.numberFormat as unknown[][] | null;
    if (!values || !formulas || !formats) return null;
    return { values, formulas, formats, bytes: sampledBytes([values, formulas, formats]) };
  };
}

/** JSON bytes of row arrays, measured on at most 64 evenly spaced rows and scaled (cheap, close). */
function sampledBytes(blocks: readonly (readonly unknown[])[]): number {
  let total = 0;
  for (const rows of blocks) {
    const step = Math.max(1, Math.floor(rows.length / 64));
    let sample = 0;
    let n = 0;
    for (let i = 0; i < rows.length; i += step, n++) sample += jsonBytes(rows[i]) + 1;
    total += n > 0 ? (sample / n) * rows.length : 0;
  }
  return total;
}
