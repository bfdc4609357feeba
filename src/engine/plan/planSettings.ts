import type { SheetInput } from '../grid/types';
import type { Settings } from '../settings';
import { readState } from './ledger';
import { stateSheetOf } from './planUndo';
import type { WritePlan } from './types';

/**
 * Stores settings in the workbook (the very hidden state sheet), keeping the ledger as it is.
 * Only the settings that differ from the defaults need to be given; `{}` resets them.
 */
export function planSettings(sheets: readonly SheetInput[], settings: Partial<Settings>): WritePlan {
  const state = readState(sheets);
  return { edits: [], ownedSheets: [stateSheetOf({ ...state, settings })], removeSheets: [] };
}
