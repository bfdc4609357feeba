import { fromA1 } from '../grid/address';
import type { SheetInput } from '../grid/types';
import { emptyState, loadValue, readState, snapshotCell, type WorkbookState } from './ledger';
import { stateChunks } from './ledgerWrite';
import { STATE_SHEET } from './names';
import type { CellOp, OwnedSheet, SheetEdit, WritePlan } from './types';
import { isStillOurs } from './userView';

export interface UndoPlan {
  readonly plan: WritePlan;
  /** Cells the add-in wrote that the user has changed since: left as the user made them. */
  readonly keptUserEdits: readonly string[];
  /** Whether there was anything to undo. */
  readonly hadRun: boolean;
}

/**
 * Undoes the last compute from the ledger kept in the workbook: every attribute the add-in wrote
 * that still holds what it wrote goes back to what the cell held before; the results sheet goes;
 * the settings stay. Works on a file that was saved, e-mailed and reopened, in any host.
 */
export function planUndo(sheets: readonly SheetInput[]): UndoPlan {
  const state = readState(sheets);
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const edits = new Map<string, CellOp[]>();
  const kept: string[] = [];
  for (const e of state.entries) {
    const sheet = byName.get(e.sheet);
    const pos = fromA1(e.a1);
    if (!sheet || !pos) continue;
    const now = snapshotCell(sheet, e.a1);
    const op: { -readonly [K in keyof CellOp]?: CellOp[K] } = {};
    if ('v' in e.wrote) {
      if (isStillOurs(e, 'v', now)) {
        const before = loadValue(e.before.v);
        const plain =
          before instanceof Date || (typeof before === 'object' && before !== null) ? null : before;
        op.value = e.before.f
          ? { formula: e.before.f, result: typeof plain === 'boolean' ? null : plain }
          : plain;
      } else {
        kept.push(`${e.sheet}!${e.a1}`);
      }
    }
    if ('note' in e.wrote && isStillOurs(e, 'note', now)) op.note = e.before.note ?? null;
    if ('fill' in e.wrote && isStillOurs(e, 'fill', now)) op.fill = e.before.fill ?? null;
    if ('fmt' in e.wrote && isStillOurs(e, 'fmt', now)) op.numFmt = e.before.fmt ?? null;
    if (Object.keys(op).length === 0) continue;
    const ops = edits.get(e.sheet);
    if (ops) ops.push({ row: pos.row, col: pos.col, ...op });
    else edits.set(e.sheet, [{ row: pos.row, col: pos.col, ...op }]);
  }
  const planEdits: SheetEdit[] = [...edits].map(([sheet, ops]) => ({ sheet, ops }));
  const next: WorkbookState = { ...emptyState(), settings: state.settings };
  const keepState = Object.keys(state.settings).length > 0;
  const ownedSheets: OwnedSheet[] = keepState ? [stateSheetOf(next)] : [];
  const removeSheets = state.ownedSheets.filter((n) => !(keepState && n === STATE_SHEET));
  return {
    plan: {
      edits: planEdits,
      ownedSheets,
      removeSheets: keepState ? removeSheets : [...new Set([...removeSheets, STATE_SHEET])],
    },
    keptUserEdits: kept,
    hadRun: state.entries.length > 0 || state.ownedSheets.length > 0,
  };
}

export function stateSheetOf(state: WorkbookState): OwnedSheet {
  return {
    name: STATE_SHEET,
    state: 'veryHidden',
    ops: stateChunks(state).map((text, row) => ({ row, col: 0, value: text })),
  };
}
