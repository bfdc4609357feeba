/// <reference types="office-js" />
/**
 * Fills and links of particular cells the first read did not cover: every cell the plan writes
 * or the ledger names must be known exactly before the ledger records its prior state. With
 * ExcelApi 1.9 a column run is one `getCellProperties`; without it each cell loads
 * `format/fill/color` and `hyperlink` (1.7). One sync, or more under a payload budget.
 */
import { fromA1 } from '../../engine/grid/address';
import type { WorkbookState } from '../../engine/plan/ledger';
import type { WritePlan } from '../../engine/plan/types';
import { fillOf, linkTargetOf } from './convert';
import { isPayloadError } from './faults';
import { DETAIL_OPTIONS } from './readParts';
import type { WorkbookRead } from './readSheets';
import type { Session } from './session';

export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** Cells the plan edits, the ledger names, or that carry evidence links, whose details are unknown. */
export function unknownCells(
  read: WorkbookRead,
  plan: WritePlan,
  state: WorkbookState,
  extra: readonly CellRef[] = [],
): CellRef[] {
  const byName = new Map(read.sheets.map((s) => [s.name, s]));
  const seen = new Set<string>();
  const out: CellRef[] = [];
  const want = (sheet: string, row: number, col: number): void => {
    const b = byName.get(sheet);
    const key = `${sheet}\u0000${row}:${col}`;
    if (!b || seen.has(key) || b.knowsDetail(row, col)) return;
    seen.add(key);
    out.push({ sheet, row, col });
  };
  for (const e of plan.edits) for (const op of e.ops) want(e.sheet, op.row, op.col);
  for (const e of state.entries) {
    const p = fromA1(e.a1);
    if (p) want(e.sheet, p.row, p.col);
  }
  for (const c of extra) want(c.sheet, c.row, c.col);
  return out;
}

/** A cell's fill and link in a response (`{"format":{"fill":{"color":…,"pattern":…}}}`), with room for a link. */
const PER_CELL_BYTES = 90;

/**
 * Loads the fills and links of `cells` into the read. True when any of them has a fill or a
 * link: otherwise the sheets are what they were taken to be, and an analysis stands.
 */
export async function loadCellDetails(
  session: Session,
  read: WorkbookRead,
  cells: readonly CellRef[],
): Promise<boolean> {
  let found = false;
  const byName = new Map(read.sheets.map((s) => [s.name, s]));
  const jobs = session.caps.cellProperties ? columnRuns(cells) : cells.map((c) => ({ ...c, rows: 1 }));
  let i = 0;
  while (i < jobs.length) {
    const start = i;
    let budget = session.maxBytes * 0.85;
    const batch: (() => void)[] = [];
    while (i < jobs.length && (batch.length === 0 || budget > 0)) {
      const job = jobs[i++]!;
      const ws = read.worksheets.get(job.sheet);
      const builder = byName.get(job.sheet);
      if (!ws || !builder) continue;
      budget -= job.rows * PER_CELL_BYTES;
      const range = ws.getRangeByIndexes(job.row, job.col, job.rows, 1);
      if (session.caps.cellProperties) {
        const props = range.getCellProperties(DETAIL_OPTIONS);
        batch.push(() => {
          const details = props.value;
          found ||= details.some((row) =>
            row.some((d) => fillOf(d.format?.fill) !== undefined || linkTargetOf(d.hyperlink) !== undefined),
          );
          builder.addDetails(job.row, job.col, details);
        });
      } else {
        range.load('hyperlink');
        range.format.fill.load('color');
        batch.push(() => {
          const fill = fillOf({ color: range.format.fill.color });
          const link = linkTargetOf(range.hyperlink);
          found ||= fill !== undefined || link !== undefined;
          builder.addCellDetail(job.row, job.col, fill, link);
        });
      }
    }
    try {
      await session.sync();
    } catch (e) {
      if (!isPayloadError(e) || i - start <= 1) throw e;
      session.shrink();
      i = start;
      continue;
    }
    for (const apply of batch) apply();
  }
  return found;
}

/** Rows of one column no further apart than this are read as one run (the cells between come free). */
const GAP = 4;

/** Consecutive rows of one column (short gaps bridged), as one job each. */
function columnRuns(cells: readonly CellRef[]): (CellRef & { rows: number })[] {
  const sorted = [...cells].sort((a, b) =>
    a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.col - b.col || a.row - b.row,
  );
  const runs: (CellRef & { rows: number })[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    const end = last ? last.row + last.rows : 0;
    if (last && last.sheet === c.sheet && last.col === c.col && c.row >= end - 1 && c.row - end <= GAP)
      last.rows = Math.max(last.rows, c.row - last.row + 1);
    else runs.push({ ...c, rows: 1 });
  }
  return runs;
}
