/// <reference types="office-js" />
/**
 * The pane's helper for a department table without 实际完成值: a whole column is inserted right
 * of its 标准值 column (Excel carries the left column's format over), headed 实际完成值 (merged
 * down a multi-row header), so the next compute can score the quantitative rules. Cells the last
 * compute wrote right of the new column move with it, so the ledger's addresses are shifted too.
 */
import { findTables } from '../../engine/findTables';
import { fromA1, toA1 } from '../../engine/grid/address';
import { MergeIndex } from '../../engine/grid/merges';
import { isBlank } from '../../engine/grid/types';
import { readState } from '../../engine/plan/ledger';
import { stateSheetOf } from '../../engine/plan/planUndo';
import type { WritePlan } from '../../engine/plan/types';
import { applyPlan, checkWritable } from './applyPlan';
import { toOfficeInput } from './convert';
import type { OfficeEnvironment } from './environment';
import { HostError, officeText } from './faults';
import { inputsOf, readWorkbook } from './readSheets';
import type { Session } from './session';

export async function insertActualColumn(
  session: Session,
  env: OfficeEnvironment,
  sheet: string,
  headerRow: number,
): Promise<void> {
  const read = await readWorkbook(session, { details: false });
  const sheets = inputsOf(read);
  const row = headerRow - 1;
  // each part of a table continued on another sheet (续表) has its own header
  const table = findTables(sheets, undefined, null)
    .indicatorRuns.flat()
    .find(
      (t) => t.table.sheet === sheet && row >= t.table.header.headerTop && row <= t.table.header.headerBottom,
    )?.table;
  if (!table) throw new HostError('unexpected', 'noTableAtRow', { sheet, row: headerRow });
  const { header } = table;
  if (header.columns.has('actual')) throw new HostError('unexpected', 'hasActualColumn');
  const target = header.columns.get('target');
  if (target === undefined) throw new HostError('unexpected', 'noTargetColumn');
  const builder = read.sheets.find((s) => s.name === sheet);
  const ws = read.worksheets.get(sheet);
  if (!builder || !ws) throw new HostError('unexpected', 'missingSheet', { sheet });
  if (builder.isProtected) throw new HostError('protectedSheet', 'protectedSheet', { sheet });

  const col = target + 1;
  const state = readState(sheets);
  const shifted = state.entries.map((e) => {
    const p = e.sheet === sheet ? fromA1(e.a1) : null;
    return p && p.col >= col ? { ...e, a1: toA1(p.row, p.col + 1) } : e;
  });
  const moved = shifted.some((e, i) => e !== state.entries[i]);
  const plan: WritePlan = {
    edits: [],
    ownedSheets: moved ? [stateSheetOf({ ...state, entries: shifted })] : [],
    removeSheets: [],
  };
  checkWritable(plan, read);

  // the new header takes the shape of 标准值's: the same row, or the same vertical merge
  const input = sheets.find((s) => s.name === sheet);
  const merges = new MergeIndex(input?.merges);
  let textRow = header.headerBottom;
  for (let r = header.headerTop; r <= header.headerBottom; r++) {
    const a = merges.anchor(r, target);
    if (a.row === r && a.col === target && !isBlank(input?.rows[r]?.[target] ?? null)) {
      textRow = r;
      break;
    }
  }
  const m = merges.at(textRow, target);
  const tall = m !== undefined && m.left === target && m.right === target && m.bottom > m.top ? m : undefined;
  ws.getRangeByIndexes(0, col, 1, 1).getEntireColumn().insert('Right');
  const top = tall?.top ?? textRow;
  ws.getRangeByIndexes(top, col, 1, 1).formulas = [[toOfficeInput(officeText('zh-CN', 'actualHeader'))]];
  if (tall) ws.getRangeByIndexes(tall.top, col, tall.bottom - tall.top + 1, 1).merge(false);
  if (moved) await applyPlan(session, plan, read, { activate: false, sleep: env.sleep });
  else await session.sync();
}
