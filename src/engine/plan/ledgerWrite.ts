/**
 * The ledger written: the state sheet's texts (stateChunks) and a run's recorded state. Apart from
 * ledger.ts, which reads the state: the add-in's page reads it as soon as it opens, and only the
 * write half (计算得分, 撤销, saving settings) writes it.
 */
import { fromA1 } from '../grid/address';
import type { TextPiece } from './fingerprint';
import { LEDGER_VERSION, type LedgerEntry, type WorkbookState } from './ledger';
import { LedgerWriter, whole } from './ledgerCells';
import { STATE_MAGIC } from './names';

/** Cells hold at most 32,767 characters; the state is split into chunks below that. */
const CHUNK = 30000;

/** The state as cell texts for column A of the state sheet (the compact form, version 2). */
export function stateChunks(state: WorkbookState): string[] {
  // the fields but the entries, read without reading `entries` (a recorded state makes them on reading)
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(state)) if (key !== 'entries') rest[key] = state[key as keyof WorkbookState];
  const head = JSON.stringify({ ...rest, version: LEDGER_VERSION });
  const cells = STATE_PIECES.get(state) ?? ledgerPieces(state.entries);
  return [STATE_MAGIC, ...chunksOf([whole(`${head.slice(0, -1)},"cells":`), ...cells, whole('}')], CHUNK)];
}

/** The ledger text of a state made by `recordedState`, in pieces. */
const STATE_PIECES = new WeakMap<WorkbookState, readonly TextPiece[]>();

/**
 * A run's state, its ledger's text in `pieces`: the entries are made by `entriesOf` when first read
 * (JSON of the state, undo in tests); the state sheet is written from the text alone.
 */
export function recordedState(
  fields: Omit<WorkbookState, 'entries'>,
  pieces: readonly TextPiece[],
  entriesOf: () => LedgerEntry[],
): WorkbookState {
  let entries: LedgerEntry[] | undefined;
  const state: WorkbookState = {
    magic: fields.magic,
    runAt: fields.runAt,
    fingerprint: fields.fingerprint,
    get entries(): LedgerEntry[] {
      if (entries === undefined) {
        entries = entriesOf();
        PIECES.set(entries, pieces);
      }
      return entries;
    },
    ownedSheets: fields.ownedSheets,
    settings: fields.settings,
  };
  STATE_PIECES.set(state, pieces);
  return state;
}

/**
 * The pieces joined and cut into chunks of `size` characters, without joining them whole first:
 * the ledger is tens of megabytes, and a copy that size costs more than all the slicing.
 */
function chunksOf(pieces: readonly TextPiece[], size: number): string[] {
  const chunks: string[] = [];
  let chunk = '';
  for (const { text, from, to } of pieces) {
    for (let i = from; i < to;) {
      const take = Math.min(size - chunk.length, to - i);
      chunk += text.slice(i, i + take);
      i += take;
      if (chunk.length === size) {
        chunks.push(chunk);
        chunk = '';
      }
    }
  }
  if (chunk !== '') chunks.push(chunk);
  return chunks;
}

const PIECES = new WeakMap<readonly LedgerEntry[], readonly TextPiece[]>();

/** The ledger's cells as JSON text (the `cells` of the state sheet), in pieces, made once per entry list. */
function ledgerPieces(entries: readonly LedgerEntry[]): readonly TextPiece[] {
  let pieces = PIECES.get(entries);
  if (pieces === undefined) {
    pieces = encodeEntries(entries);
    PIECES.set(entries, pieces);
  }
  return pieces;
}

/** The ledger's cells as JSON text (the `cells` of the state sheet). */
export function ledgerText(entries: readonly LedgerEntry[]): string {
  return ledgerPieces(entries)
    .map((p) => p.text.slice(p.from, p.to))
    .join('');
}

/** The ledger's JSON text for entries made elsewhere (read back, or shifted by a column insert). */
function encodeEntries(entries: readonly LedgerEntry[]): readonly TextPiece[] {
  const writer = new LedgerWriter();
  for (const e of entries) {
    const pos = fromA1(e.a1);
    if (pos) writer.add(e.sheet, pos.row, pos.col, e.wrote, e.before);
  }
  return writer.pieces();
}
