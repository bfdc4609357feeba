/// <reference types="office-js" />
/**
 * CellOps → write units: small, self-contained command groups with a byte estimate, so the
 * writer can send them in one request or pack them under a payload budget. Consecutive cells
 * are written together: a run down a column or along a row (whichever gives fewer runs) becomes
 * one `range.formulas` / `range.numberFormat` assignment; equal fills, bold and wrap likewise.
 * Runs never span a cell the plan does not name, so a merged cell's hidden part is never written.
 */
import { toA1 } from '../../engine/grid/address';
import type { CellOp } from '../../engine/plan/types';
import type { Capabilities } from './capabilities';
import { argbToHex, hyperlinkOf, toOfficeInput } from './convert';
import type { ExcelContext } from './environment';
import { jsonBytes } from './session';

/** One request's worth of commands, with the worksheet proxies it has made. */
export interface Batch {
  readonly ctx: ExcelContext;
  sheet(name: string): Excel.Worksheet;
  /** A sheet added in this batch: later units use this proxy. */
  adopt(name: string, ws: Excel.Worksheet): void;
}

export interface WriteUnit {
  readonly bytes: number;
  run(batch: Batch): void;
}

export function newBatch(ctx: ExcelContext): Batch {
  const sheets = new Map<string, Excel.Worksheet>();
  return {
    ctx,
    sheet: (name) => {
      let ws = sheets.get(name);
      if (!ws) {
        ws = ctx.workbook.worksheets.getItem(name);
        sheets.set(name, ws);
      }
      return ws;
    },
    adopt: (name, ws) => {
      sheets.set(name, ws);
    },
  };
}

interface Entry<T> {
  readonly row: number;
  readonly col: number;
  readonly v: T;
}

interface Run<T> {
  readonly row: number;
  readonly col: number;
  readonly vertical: boolean;
  readonly values: T[];
}

/** Largest run in one assignment; smaller when the payload budget is (runs are split at cells). */
export const RUN_BYTES = 256 * 1024;
/** What one command adds to a request besides its argument (its action and object path). */
export const COMMAND_BYTES = 100;

/**
 * Consecutive entries down a column or along a row, whichever orientation needs fewer runs.
 * With `uniform`, a run also ends where the value changes.
 */
export function runsOf<T>(entries: readonly Entry<T>[], uniform: boolean, maxBytes = RUN_BYTES): Run<T>[] {
  const down = build(entries, true, uniform, maxBytes);
  const across = build(entries, false, uniform, maxBytes);
  return down.length <= across.length ? down : across;
}

function build<T>(
  entries: readonly Entry<T>[],
  vertical: boolean,
  uniform: boolean,
  maxBytes: number,
): Run<T>[] {
  const line = (e: Entry<T>): number => (vertical ? e.col : e.row);
  const pos = (e: Entry<T>): number => (vertical ? e.row : e.col);
  const sorted = [...entries].sort((a, b) => line(a) - line(b) || pos(a) - pos(b));
  const runs: Run<T>[] = [];
  let current: Run<T> | undefined;
  let bytes = 0;
  for (const e of sorted) {
    const size = jsonBytes(e.v) + 1;
    const last = current?.values[current.values.length - 1];
    const joins =
      current !== undefined &&
      (vertical ? current.col === e.col : current.row === e.row) &&
      (vertical ? current.row : current.col) + current.values.length === pos(e) &&
      (!uniform || JSON.stringify(last) === JSON.stringify(e.v)) &&
      bytes + size <= maxBytes;
    if (current && joins) {
      current.values.push(e.v);
      bytes += size;
    } else {
      current = { row: e.row, col: e.col, vertical, values: [e.v] };
      runs.push(current);
      bytes = size;
    }
  }
  return runs;
}

function rangeOf<T>(ws: Excel.Worksheet, run: Run<T>): Excel.Range {
  const n = run.values.length;
  return ws.getRangeByIndexes(run.row, run.col, run.vertical ? n : 1, run.vertical ? 1 : n);
}

/** What the writer knows about notes already on the sheet (`H12` → has a note). */
export type HasNote = (a1: string) => boolean;

/** Every write of `ops` on `sheet`, as units; each unit's size bounds what it sends. */
export function opUnits(
  sheet: string,
  ops: readonly CellOp[],
  caps: Capabilities,
  hasNote: HasNote,
  maxRunBytes = RUN_BYTES,
): WriteUnit[] {
  const units: WriteUnit[] = [];
  const entries = <T>(pick: (op: CellOp) => T | undefined): Entry<T>[] => {
    const out: Entry<T>[] = [];
    for (const op of ops) {
      const v = pick(op);
      if (v !== undefined) out.push({ row: op.row, col: op.col, v });
    }
    return out;
  };
  const gridUnits = <T>(list: Entry<T>[], apply: (r: Excel.Range, grid: T[][]) => void): void => {
    for (const run of runsOf(list, false, maxRunBytes)) {
      const grid = run.vertical ? run.values.map((v) => [v]) : [run.values];
      units.push({
        bytes: COMMAND_BYTES + jsonBytes(grid),
        run: (b) => apply(rangeOf(b.sheet(sheet), run), grid),
      });
    }
  };
  const uniformUnits = <T>(
    list: Entry<T>[],
    commands: (v: T) => number,
    apply: (r: Excel.Range, v: T) => void,
  ): void => {
    for (const run of runsOf(list, true, maxRunBytes)) {
      const v = run.values[0]!;
      units.push({
        bytes: commands(v) * COMMAND_BYTES + jsonBytes(v),
        run: (b) => apply(rangeOf(b.sheet(sheet), run), v),
      });
    }
  };
  gridUnits(
    entries((op) => (op.value === undefined ? undefined : toOfficeInput(op.value))),
    (r, grid) => (r.formulas = grid),
  );
  gridUnits(
    entries((op) => (op.numFmt === undefined ? undefined : (op.numFmt ?? 'General'))),
    (r, grid) => (r.numberFormat = grid),
  );
  uniformUnits(
    entries((op) => op.fill),
    () => 1,
    (r, fill) => {
      if (fill === null) r.format.fill.clear();
      else r.format.fill.color = argbToHex(fill);
    },
  );
  uniformUnits(
    entries((op) => op.bold),
    () => 1,
    (r, bold) => (r.format.font.bold = bold),
  );
  uniformUnits(
    entries((op) => op.wrap),
    (wrap) => (wrap ? 2 : 1),
    (r, wrap) => {
      r.format.wrapText = wrap;
      if (wrap) r.format.verticalAlignment = 'Top';
    },
  );
  for (const op of ops) {
    const link = op.link;
    if (link === undefined) continue;
    const target = hyperlinkOf(link);
    units.push({
      bytes: COMMAND_BYTES + jsonBytes(target),
      run: (b) => (b.sheet(sheet).getRangeByIndexes(op.row, op.col, 1, 1).hyperlink = target),
    });
  }
  for (const op of ops) {
    if (op.note === undefined) continue;
    const unit = noteUnit(sheet, op.row, op.col, op.note, caps, hasNote(toA1(op.row, op.col)));
    if (unit) units.push(unit);
  }
  return units;
}

/** A note (1.18), else a comment (1.10), else nothing: the 审核提示 column carries the text. */
function noteUnit(
  sheet: string,
  row: number,
  col: number,
  text: string | null,
  caps: Capabilities,
  exists: boolean,
): WriteUnit | null {
  if (!caps.notes && !caps.comments) return null;
  if (text === null && !exists) return null;
  const a1 = toA1(row, col);
  return {
    bytes: COMMAND_BYTES + jsonBytes(text),
    run: (b) => {
      const ws = b.sheet(sheet);
      const cell = ws.getRangeByIndexes(row, col, 1, 1);
      if (caps.notes) {
        if (!exists) ws.notes.add(cell, text);
        else if (text === null) ws.notes.getItem(a1).delete();
        else ws.notes.getItem(a1).content = text;
      } else {
        const comments = b.ctx.workbook.comments;
        if (!exists) comments.add(cell, text ?? '');
        else if (text === null) comments.getItemByCell(cell).delete();
        else comments.getItemByCell(cell).content = text;
      }
    },
  };
}
