/**
 * The compact ledger's cells (the `cells` of the state sheet), written as a run records them.
 *
 * Entries are grouped by sheet, `[sheet, [cell, cell, …]]`, and each cell is one flat array
 * `[row, col, mask, …wrote, …before]`: the mask says which attributes were written (and which are
 * hashed), `wrote` holds those in the order v, f, note, fill, fmt, and `before` holds the prior
 * state in the order v, f, note, fill, fmt of the written ones, trailing nulls left out. Texts the
 * add-in wrote that are longer than HASH_FROM are kept as their hash.
 *
 * A run records a cell once it knows what it writes there and what the cell held: the cell goes
 * into the text right away (its LedgerEntry is made only if someone reads the state's entries, see
 * recordedState). Hundreds of thousands of entries kept alive until the end of a run were most of
 * the garbage collector's copying; the text is what the run needs.
 */
import { textHash, type TextPiece } from './fingerprint';
import type { SavedCell, WrittenCell } from './ledger';

const HASH_FROM = 16;
/** `wrote.f` follows `wrote.v` (a formula was written). */
const FORMULA = 256;

type Cell = unknown[];

/** Cells stringified per batch: short-lived arrays, and one flat text per batch kept. */
const BATCH = 1024;

/** The largest row and column an A1 address holds (7 digits, 3 letters): others are not recorded. */
const MAX_ROW = 9_999_998;
const MAX_COL = 18_277;

/**
 * The ledger's JSON text, the same as JSON.stringify of `[[sheet, [cell, …]], …]` but made a batch
 * of cells at a time: the arrays of all cells never live at once.
 */
export class LedgerWriter {
  private readonly parts: TextPiece[] = [whole('[')];
  private sheet: string | undefined;
  private batch: Cell[] = [];
  private closed = false;

  /** A cell: what was written there and what it held before. */
  add(sheet: string, row: number, col: number, wrote: WrittenCell, before: SavedCell): void {
    if (row < 0 || col < 0 || row > MAX_ROW || col > MAX_COL) return;
    if (this.sheet !== sheet) {
      this.flush();
      this.parts.push(whole(`${this.sheet === undefined ? '' : ']],'}[${JSON.stringify(sheet)},[`));
      this.sheet = sheet;
    } else if (this.batch.length === 0) this.parts.push(whole(','));
    this.batch.push(encodeCell(wrote, before, row, col));
    if (this.batch.length === BATCH) this.flush();
  }

  /**
   * The JSON text of every cell recorded, in pieces (no more can be added after): a text of tens
   * of megabytes is hashed and cut into the state sheet's cells piece by piece, never joined.
   */
  pieces(): readonly TextPiece[] {
    if (!this.closed) {
      this.flush();
      this.parts.push(whole(this.sheet === undefined ? ']' : ']]]'));
      this.closed = true;
    }
    return this.parts;
  }

  private flush(): void {
    if (this.batch.length > 0) {
      // the batch's cells without its brackets
      const text = JSON.stringify(this.batch);
      this.parts.push({ text, from: 1, to: text.length - 1 });
    }
    this.batch = [];
  }
}

/**
 * The cell being encoded, `[row, col, mask, …]`: one list reused for every cell, and the cell kept is
 * an exact-size copy of its first `length` items. A fresh three-item list pushed onto was grown (a
 * second, larger allocation) for nearly every cell written: about half what the ledger writer allocated.
 */
const scratch: Cell = [];

/**
 * One cell, `[row, col, mask, …wrote, …before]`. The attributes are read by name, not in a loop
 * over their keys: a computed key is a slow lookup, and this runs for every cell written.
 */
function encodeCell(wrote: WrittenCell, before: SavedCell, row: number, col: number): Cell {
  const cell = scratch;
  cell[0] = row;
  cell[1] = col;
  let length = 3;
  let mask = 0;
  const hasV = 'v' in wrote;
  const hasNote = 'note' in wrote;
  const hasFill = 'fill' in wrote;
  const hasFmt = 'fmt' in wrote;
  if (hasV) {
    const v = wrote.v ?? null;
    mask |= hashable(v) ? 17 : 1;
    cell[length++] = hashable(v) ? textHash(v) : v;
    if (wrote.f) {
      mask |= FORMULA;
      cell[length++] = wrote.f;
    }
  }
  if (hasNote) {
    const note = wrote.note ?? null;
    mask |= hashable(note) ? 34 : 2;
    cell[length++] = hashable(note) ? textHash(note) : note;
  }
  if (hasFill) {
    mask |= 4;
    cell[length++] = wrote.fill ?? null;
  }
  if (hasFmt) {
    mask |= 8;
    cell[length++] = wrote.fmt ?? null;
  }
  const wroteEnd = length;
  if (hasV) {
    cell[length++] = before.v ?? null;
    cell[length++] = before.f ?? null;
  }
  if (hasNote) cell[length++] = before.note ?? null;
  if (hasFill) cell[length++] = before.fill ?? null;
  if (hasFmt) cell[length++] = before.fmt ?? null;
  while (length > wroteEnd && cell[length - 1] === null) length--;
  cell[2] = mask;
  return cell.slice(0, length);
}

/** A whole text as a piece. */
export function whole(text: string): TextPiece {
  return { text, from: 0, to: text.length };
}

/** A text worth hashing: a long value or note (fills and formats are short). */
function hashable(v: unknown): v is string {
  return typeof v === 'string' && v.length > HASH_FROM;
}
