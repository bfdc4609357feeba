/**
 * Building cross-table identities: `adder` judges one (target, parts) pair into the list, and
 * `totalOf` / `sideOf` locate a table's 合计 cell or a summary line's cell.
 */
import { lineCell, type LineCell } from './gridCheck';
import { cellOf, type GridLine } from './publicGrid';
import { codedLines, totalLine } from './publicChecks';
import type { PublicTable } from './publicSet';
import { buildCheck, type CheckCell, type CheckRecord } from './rounding';
import { sideAmount } from './summaryChecks';

export type At = LineCell | undefined;
export type Role = Parameters<typeof cellOf>[1];

/** Judges target against parts ("≥" when `ge`) and keeps the record; skips a missing side. */
export type Add = (
  identity: string,
  target: CheckCell | undefined,
  parts: (CheckCell | undefined)[],
  ge?: boolean,
  at?: At,
) => void;

export function adder(out: CheckRecord[]): Add {
  return (identity, target, parts, ge = false, at) => {
    if (!target || parts.some((p) => p === undefined)) return;
    const record = buildCheck({
      identity,
      scope: 'cross',
      target,
      parts: parts as CheckCell[],
      name: at?.line.name ?? target.label ?? '',
      code: at?.line.code ?? null,
      column: at?.cell.column.text ?? '',
      ...(ge ? { relation: 'ge' as const } : {}),
    });
    if (record) out.push(record);
  };
}

/** A coded table's 合计 line, in the first column with one of the roles. */
export function totalOf(t: PublicTable | undefined, ...roles: Role[]): At {
  if (!t) return undefined;
  const line = totalLine(codedLines(t.grid).lines);
  return lineCell(t.grid, line, cellOf(line, ...roles));
}

/** A summary line's cell: in a column with one of the roles, else its 金额 / 合计. */
export function sideOf(t: PublicTable | undefined, line: GridLine | undefined, ...roles: Role[]): At {
  return t && lineCell(t.grid, line, roles.length > 0 ? cellOf(line, ...roles) : sideAmount(line));
}
