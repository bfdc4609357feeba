/**
 * Where 评价结果 goes. A sheet of the user's that happens to be called 评价结果 is theirs: it is
 * read like any other sheet and never replaced; the results then go to 评价结果(2) (or the next
 * free number).
 */
import { cellText, type SheetInput } from '../grid/types';
import { RESULTS_SHEET, RESULTS_TITLES, RUN_AT_PREFIXES, STATE_SHEET } from './names';
import type { WorkbookState } from './ledger';

/** The sheets the add-in owns: those the ledger lists, the state sheet, and a signed 评价结果. */
export function ownedSheetNames(sheets: readonly SheetInput[], state: WorkbookState): Set<string> {
  const owned = new Set([...state.ownedSheets, STATE_SHEET]);
  const results = sheets.find((s) => s.name === RESULTS_SHEET);
  if (results && signed(results)) owned.add(RESULTS_SHEET);
  return owned;
}

/** 评价结果, or 评价结果(2)… when a sheet of the user's holds that name. */
export function resultsSheetName(sheets: readonly SheetInput[], owned: ReadonlySet<string>): string {
  const taken = new Set(sheets.filter((s) => !owned.has(s.name)).map((s) => s.name));
  let name = RESULTS_SHEET;
  for (let k = 2; taken.has(name); k++) name = `${RESULTS_SHEET}(${k})`;
  return name;
}

/** A results sheet an earlier run wrote: its title in A1 and its run time in the title row. */
function signed(sheet: SheetInput): boolean {
  const row = sheet.rows[0] ?? [];
  return (
    RESULTS_TITLES.includes(cellText(row[0] ?? null)) &&
    row.some((v) => RUN_AT_PREFIXES.some((p) => cellText(v).startsWith(p)))
  );
}
