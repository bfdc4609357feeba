/**
 * Identities over public-table lines: a line's cell as a `CheckCell`, and an identity built from
 * a target cell and its parts. An empty table (空表) takes part through its title cell, as 0.
 */
import type { GridCell, GridLine, PublicGrid } from './publicGrid';
import type { PublicTable } from './publicSet';
import { buildCheck, type CheckCell, type CheckRecord, type Relation } from './rounding';

export function toCell(grid: PublicGrid, line: GridLine, cell: GridCell): CheckCell {
  return {
    sheet: line.sheet ?? grid.sheet,
    row: line.row,
    col: cell.col,
    value: cell.value,
    unit: grid.unit,
    step: grid.step,
    label: `${line.code ?? ''} ${line.name}`.trim(),
  };
}

/** An empty table's figure: 0, at its title cell. */
export function virtualCell(grid: PublicGrid): CheckCell {
  return {
    sheet: grid.sheet,
    row: Math.max(0, grid.titleRow),
    col: grid.titleCol,
    value: 0,
    unit: grid.unit,
    step: grid.step,
    virtual: true,
  };
}

/** A located line cell: the line, its cell, and the grid it belongs to. */
export interface LineCell {
  readonly grid: PublicGrid;
  readonly line: GridLine;
  readonly cell: GridCell;
}

export function lineCell(
  grid: PublicGrid,
  line: GridLine | undefined,
  cell: GridCell | undefined,
): LineCell | undefined {
  return line && cell ? { grid, line, cell } : undefined;
}

/**
 * A table's figure for a cross-table identity: the located cell, or, for an empty table without
 * one, its virtual 0. Undefined when the table is present but the cell is not there.
 */
export function figure(table: PublicTable | undefined, at: LineCell | undefined): CheckCell | undefined {
  if (!table) return undefined;
  if (at) return emptyAsZero(table, toCell(at.grid, at.line, at.cell));
  return table.status === 'empty' ? virtualCell(table.grid) : undefined;
}

/** In an empty table a blank amount is 0, and stands for the table (never the place of a finding). */
export function emptyAsZero(table: PublicTable, cell: CheckCell): CheckCell {
  return table.status === 'empty' && cell.value === null ? { ...cell, value: 0, virtual: true } : cell;
}

export interface GridCheckOptions {
  readonly scope?: 'table' | 'cross';
  readonly relation?: Relation;
  readonly signs?: readonly number[];
  /** Name, code and column caption for messages (default: the target line's). */
  readonly name?: string;
  readonly code?: string | null;
  readonly column?: string;
}

/** An identity at a located target, or null when the claim is not made. */
export function gridCheck(
  identity: string,
  target: LineCell,
  parts: readonly CheckCell[],
  opts: GridCheckOptions = {},
): CheckRecord | null {
  return buildCheck({
    identity,
    scope: opts.scope ?? 'table',
    target: toCell(target.grid, target.line, target.cell),
    parts,
    name: opts.name ?? target.line.name,
    code: opts.code !== undefined ? opts.code : target.line.code,
    column: opts.column ?? target.cell.column.text,
    ...(opts.signs ? { signs: opts.signs } : {}),
    ...(opts.relation ? { relation: opts.relation } : {}),
  });
}
