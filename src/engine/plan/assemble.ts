import { fromA1, toA1 } from '../grid/address';
import { MergeIndex } from '../grid/merges';
import type { SheetInput } from '../grid/types';
import type { Settings } from '../settings';
import {
  saveValue,
  snapshotsOf,
  snapshotCell,
  type LedgerEntry,
  type SavedCell,
  type WorkbookState,
} from './ledger';
import { outputFingerprint } from './fingerprint';
import { LedgerWriter } from './ledgerCells';
import { recordedState } from './ledgerWrite';
import { STATE_MAGIC, STATE_SHEET } from './names';
import { isFormulaValue, type CellOp, type OwnedSheet, type SheetEdit, type WritePlan } from './types';
import { isStillOurs } from './userView';
import { clampText, mergeOps, tooLong } from './mergeOps';
import { stateSheetOf } from './planUndo';

export interface AssembleInput {
  /** The workbook as it is now (with the last run's outputs). */
  readonly current: readonly SheetInput[];
  readonly state: WorkbookState;
  /** This run's edits of user sheets, planned against the user view. */
  readonly edits: readonly SheetEdit[];
  /** Builds the results sheet for a given run time ('' for fingerprinting). */
  readonly results: (runAt: string) => OwnedSheet;
  readonly settings: Partial<Settings>;
  readonly now: string;
}

/**
 * Turns this run's edits into the final plan: merges ops per cell, restores what the last run
 * wrote and this one does not, records every touched cell's prior state in the ledger, and keeps
 * the last run time when nothing changed (so a rerun is byte-for-byte the same content).
 */
export function assemblePlan(input: AssembleInput): { plan: WritePlan; state: WorkbookState } {
  const { current, state } = input;
  const sheets = new Map(current.map((s) => [s.name, s]));
  const oldEntries = new Map(state.entries.map((e) => [`${e.sheet}!${e.a1}`, e]));
  const merged = mergeOps(input.edits);
  // the ops of the last results sheet found to hold no text too long: the sheet is made twice, and
  // an op of the second that is the same object at the same place (the body is built once) is not
  // looked at again (a pointer comparison for each of hundreds of thousands of ops)
  let checked: readonly CellOp[] = [];
  const results = (runAt: string): OwnedSheet => {
    const sheet = input.results(runAt);
    const previous = checked;
    if (sheet.ops.some((op, i) => op !== previous[i] && tooLong(op))) {
      return { ...sheet, ops: sheet.ops.map(clampText) };
    }
    checked = sheet.ops;
    return sheet;
  };
  const ledger = new LedgerWriter();
  const edits = new Map<string, CellOp[]>();
  const emit = (sheet: string, op: CellOp): void => {
    const ops = edits.get(sheet);
    if (ops) ops.push(op);
    else edits.set(sheet, [op]);
  };

  // per sheet, the prior state of each merged op recorded (null: dropped), for the entries if read
  const recorded: { sheet: string; ops: readonly CellOp[]; befores: (SavedCell | null)[] }[] = [];
  for (const [sheetName, ops] of merged) {
    const sheet = sheets.get(sheetName);
    if (!sheet) continue;
    const merges = new MergeIndex(sheet.merges);
    const snapshot = snapshotsOf(sheet);
    const tracked = oldEntries.size > 0;
    const befores: (SavedCell | null)[] = [];
    recorded.push({ sheet: sheetName, ops, befores });
    for (const op of ops) {
      // Writing inside a merged area lands on its top-left cell in every host, over what the
      // user typed there: such an op is dropped (planners address anchors; this is the backstop).
      if (merges.isCovered(op.row, op.col)) {
        befores.push(null);
        continue;
      }
      let old: LedgerEntry | undefined;
      if (tracked) {
        const key = `${sheetName}!${toA1(op.row, op.col)}`;
        old = oldEntries.get(key);
        if (old) oldEntries.delete(key);
      }
      const now = snapshot(op.row, op.col);
      const wrote = savedOf(op);
      if (old) emitRestore(sheetName, old, now, wrote, emit);
      const before = priorOf(wrote, old, now);
      befores.push(before);
      ledger.add(sheetName, op.row, op.col, wrote, before);
      emit(sheetName, op);
    }
  }
  for (const old of oldEntries.values()) {
    const sheet = sheets.get(old.sheet);
    if (sheet) emitRestore(old.sheet, old, snapshotCell(sheet, old.a1), {}, emit);
  }

  const planEdits: SheetEdit[] = [...edits].map(([sheet, ops]) => ({ sheet, ops }));
  // The ledger holds every value, formula, note, fill and format written to the user's sheets (long
  // texts by their hash): with the results sheet, it tells whether this run's outputs are the last's.
  const fingerprint = outputFingerprint(results(''), ledger.pieces());
  const runAt = fingerprint === state.fingerprint && state.runAt !== '' ? state.runAt : input.now;
  const resultsSheet = results(runAt);
  const newState = recordedState(
    {
      magic: STATE_MAGIC,
      runAt,
      fingerprint,
      ownedSheets: [resultsSheet.name, STATE_SHEET],
      settings: input.settings,
    },
    ledger.pieces(),
    () => entriesOf(recorded),
  );
  const owned = [resultsSheet, stateSheetOf(newState)];
  const removeSheets = state.ownedSheets.filter((n) => !owned.some((o) => o.name === n));
  return { plan: { edits: planEdits, ownedSheets: owned, removeSheets }, state: newState };
}

/** The ledger's entries, in the order recorded: every op not dropped, with its prior state. */
function entriesOf(
  recorded: readonly { sheet: string; ops: readonly CellOp[]; befores: readonly (SavedCell | null)[] }[],
): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const { sheet, ops, befores } of recorded) {
    ops.forEach((op, i) => {
      const before = befores[i];
      if (before) entries.push({ sheet, a1: toA1(op.row, op.col), wrote: savedOf(op), before });
    });
  }
  return entries;
}

/**
 * What a cell held before any run, for each attribute this run writes: the last run's record when
 * the cell still holds what that run wrote, else the cell as it is now (the user's).
 */
function priorOf(wrote: SavedCell, old: LedgerEntry | undefined, now: Required<SavedCell>): SavedCell {
  const hasV = 'v' in wrote;
  const hasNote = 'note' in wrote;
  const hasFill = 'fill' in wrote;
  const hasFmt = 'fmt' in wrote;
  const source = hasV ? sourceOf('v', old, now) : undefined;
  const v = source?.v ?? null;
  const f = source?.f ?? null;
  const note = hasNote ? (sourceOf('note', old, now).note ?? null) : null;
  const fill = hasFill ? (sourceOf('fill', old, now).fill ?? null) : null;
  const fmt = hasFmt ? (sourceOf('fmt', old, now).fmt ?? null) : null;
  // which attributes, as a mask (v 1, note 2, fill 4, fmt 8)
  const mask = (hasV ? 1 : 0) | (hasNote ? 2 : 0) | (hasFill ? 4 : 0) | (hasFmt ? 8 : 0);
  const blank = v === null && f === null && note === null && fill === null && fmt === null;
  // most cells the add-in writes were empty: one frozen record per set of attributes serves them
  // all, and the record is made only when it is not one of those (it was made for every cell)
  if (blank && mask > 0) {
    const shared = BLANKS[mask];
    if (shared) return shared;
  }
  const before: { -readonly [K in keyof SavedCell]?: SavedCell[K] } = {};
  if (hasV) {
    before.v = v;
    before.f = f;
  }
  if (hasNote) before.note = note;
  if (hasFill) before.fill = fill;
  if (hasFmt) before.fmt = fmt;
  if (!blank || mask === 0) return before;
  return (BLANKS[mask] = Object.freeze(before));
}

const BLANKS: SavedCell[] = [];

/** Where an attribute's prior state comes from: the last run's record if the cell is still as it wrote. */
function sourceOf(
  attr: 'v' | 'note' | 'fill' | 'fmt',
  old: LedgerEntry | undefined,
  now: Required<SavedCell>,
): SavedCell {
  return old !== undefined && isStillOurs(old, attr, now) ? old.before : now;
}

/** Puts back the attributes the last run wrote that this run leaves alone, if still as written. */
function emitRestore(
  sheet: string,
  old: LedgerEntry,
  now: ReturnType<typeof snapshotCell>,
  keep: SavedCell,
  emit: (sheet: string, op: CellOp) => void,
): void {
  const restore: { -readonly [K in keyof CellOp]?: CellOp[K] } = {};
  if (!('v' in keep) && isStillOurs(old, 'v', now)) {
    const v = old.before.v ?? null;
    const value = typeof v === 'object' && v !== null ? null : v;
    restore.value = old.before.f
      ? { formula: old.before.f, result: typeof value === 'boolean' ? null : value }
      : value;
  }
  if (!('note' in keep) && isStillOurs(old, 'note', now)) restore.note = old.before.note ?? null;
  if (!('fill' in keep) && isStillOurs(old, 'fill', now)) restore.fill = old.before.fill ?? null;
  if (!('fmt' in keep) && isStillOurs(old, 'fmt', now)) restore.numFmt = old.before.fmt ?? null;
  if (Object.keys(restore).length === 0) return;
  const pos = fromA1(old.a1);
  if (!pos) return;
  const { row, col } = pos;
  emit(sheet, { row, col, ...restore });
}

function savedOf(op: CellOp): SavedCell {
  const s: { -readonly [K in keyof SavedCell]?: SavedCell[K] } = {};
  if (op.value !== undefined) {
    if (isFormulaValue(op.value)) {
      s.v = op.value.result;
      s.f = op.value.formula;
    } else {
      s.v = saveValue(op.value);
      s.f = null;
    }
  }
  if (op.note !== undefined) s.note = op.note;
  if (op.fill !== undefined) s.fill = op.fill;
  if (op.numFmt !== undefined) s.fmt = op.numFmt;
  return s;
}
