/// <reference types="office-js" />
/**
 * WritePlan → the workbook, in one request with calculation (and, from 1.9, screen updating)
 * suspended. Before anything is queued, every sheet the plan edits is checked for protection,
 * and the workbook structure when sheets are added or removed: a refusal writes nothing.
 *
 * Order: stale owned sheets go, then the very hidden state sheet (the ledger) is written, then
 * the user's sheets, then 评价结果, then (ribbon runs) its activation. Only when the plan exceeds
 * the payload budget (on the web 4 MB, under its 5 MB cap) is it split into several requests, in
 * that order, each packed up to the budget from the units' byte bounds, so the ledger is in the
 * file before any user cell changes and 撤销上次计算 can restore an interrupted run.
 */
import type { WritePlan } from '../../engine/plan/types';
import { EDIT_MODE, HostError, errorCode, isPayloadError } from './faults';
import { activationUnit, ownedSheetUnits, removalUnit } from './ownedSheet';
import type { WorkbookRead } from './readSheets';
import type { Session } from './session';
import { RUN_BYTES, newBatch, opUnits, type WriteUnit } from './writeUnits';

export interface ApplyOptions {
  /** Activate the visible owned sheet and select its summary (compute from the ribbon or pane). */
  readonly activate: boolean;
  readonly sleep: (ms: number) => Promise<void>;
  readonly retryDelays?: readonly number[];
}

/** Throws HostError when the plan would touch a protected sheet or a missing one. */
export function checkWritable(plan: WritePlan, read: WorkbookRead): void {
  const byName = new Map(read.sheets.map((s) => [s.name, s]));
  for (const edit of plan.edits) {
    if (edit.ops.length === 0) continue;
    const sheet = byName.get(edit.sheet);
    if (!sheet) throw new HostError('unexpected', 'missingSheet', { sheet: edit.sheet });
    if (sheet.isProtected) throw new HostError('protectedSheet', 'protectedSheet', { sheet: edit.sheet });
  }
  const structural = plan.ownedSheets.length > 0 || plan.removeSheets.some((n) => byName.has(n));
  if (structural && read.workbookProtected) throw new HostError('protectedSheet', 'protectedWorkbook');
}

export function planUnits(
  plan: WritePlan,
  read: WorkbookRead,
  session: Session,
  activate: boolean,
): WriteUnit[] {
  const byName = new Map(read.sheets.map((s) => [s.name, s]));
  const owned = new Set(plan.ownedSheets.map((o) => o.name));
  const units: WriteUnit[] = [];
  const runBytes = Math.min(RUN_BYTES, Math.floor(session.maxBytes / 4));
  for (const name of plan.removeSheets) {
    const existing = byName.get(name);
    if (existing && !owned.has(name)) units.push(removalUnit(name, existing.visibility));
  }
  const hidden = plan.ownedSheets.filter((o) => o.state !== 'visible');
  const visible = plan.ownedSheets.filter((o) => o.state === 'visible');
  for (const o of hidden)
    units.push(...ownedSheetUnits(o, byName.get(o.name)?.visibility, session.caps, runBytes));
  for (const edit of plan.edits) {
    const sheet = byName.get(edit.sheet);
    if (sheet)
      units.push(...opUnits(edit.sheet, edit.ops, session.caps, (a1) => sheet.hasNote(a1), runBytes));
  }
  for (const o of visible)
    units.push(...ownedSheetUnits(o, byName.get(o.name)?.visibility, session.caps, runBytes));
  const shown = visible.find((o) => o.activeCell !== undefined) ?? visible[0];
  if (activate && shown) units.push(activationUnit(shown));
  return units;
}

export async function applyPlan(
  session: Session,
  plan: WritePlan,
  read: WorkbookRead,
  options: ApplyOptions,
): Promise<void> {
  checkWritable(plan, read);
  const units = planUnits(plan, read, session, options.activate);
  if (units.length > 0) await runUnits(session, units, options);
}

/** The request's own envelope and the suspend commands, besides the units. */
const REQUEST_RESERVE = 8 * 1024;

/** Sends the units in as few requests as the budget allows (one, unless the plan is huge). */
export async function runUnits(
  session: Session,
  units: readonly WriteUnit[],
  options: ApplyOptions,
): Promise<void> {
  const delays = options.retryDelays ?? [500, 1500, 3000];
  let done = 0;
  let editRetries = 0;
  while (done < units.length) {
    // unit sizes are upper bounds of what they send: a request stays under the budget
    const budget = session.maxBytes - REQUEST_RESERVE;
    let end = done;
    let bytes = 0;
    while (end < units.length && (end === done || bytes + units[end]!.bytes <= budget))
      bytes += units[end++]!.bytes;
    const batch = newBatch(session.ctx);
    const app = session.ctx.workbook.application;
    app.suspendApiCalculationUntilNextSync();
    if (session.caps.screenUpdating) app.suspendScreenUpdatingUntilNextSync();
    for (let i = done; i < end; i++) units[i]!.run(batch);
    try {
      await session.sync();
    } catch (e) {
      // the refused request ran nothing; earlier requests did
      if (isPayloadError(e) && end - done > 1) {
        session.shrink();
        continue;
      }
      const delay = delays[editRetries];
      if (done > 0 && errorCode(e) === EDIT_MODE && delay !== undefined) {
        editRetries++;
        await options.sleep(delay);
        continue;
      }
      if (done > 0) throw new HostError('unexpected', 'partialWrite', { code: errorCode(e) ?? 'Error' });
      if (isPayloadError(e)) throw new HostError('payloadTooLarge', 'payloadTooLarge');
      throw e;
    }
    done = end;
  }
}

/** Distinct cells a plan's edits touch (undo reports how many it restored). */
export function editedCells(plan: WritePlan): number {
  const cells = new Set<string>();
  for (const e of plan.edits) for (const op of e.ops) cells.add(`${e.sheet}\u0000${op.row}:${op.col}`);
  return cells.size;
}
