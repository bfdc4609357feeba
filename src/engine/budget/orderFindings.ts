/** Findings in the order a reviewer reads them, one per code and cell. */
import type { Finding } from '../findings/types';
import { fromA1, toA1 } from '../grid/address';
import { MergeIndex } from '../grid/merges';
import type { WorkbookInput } from '../grid/types';

/**
 * One finding per code and cell, in sheet order, then reading order. A finding on a cell covered
 * by a merged area moves to the area's top-left cell: the only one Excel lets you select.
 */
export function orderFindings(findings: readonly Finding[], sheets: WorkbookInput): Finding[] {
  const seen = new Set<string>();
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  const merges = new Map(sheets.map((s) => [s.name, new MergeIndex(s.merges)]));
  return findings
    .map((f) => atAnchor(f, merges.get(f.sheet)))
    .filter((f) => {
      const key = `${f.code}|${f.sheet}|${f.cell}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (order.get(a.sheet) ?? 0) - (order.get(b.sheet) ?? 0) || position(a) - position(b));
}

function atAnchor(f: Finding, merges: MergeIndex | undefined): Finding {
  const p = merges && fromA1(f.cell);
  const m = p ? merges.at(p.row, p.col) : undefined;
  return m && (m.top !== p!.row || m.left !== p!.col) ? { ...f, cell: toA1(m.top, m.left) } : f;
}

/** Reading order within a sheet: row, then column. */
function position(f: Finding): number {
  const p = fromA1(f.cell);
  return p ? p.row * 16384 + p.col : 0;
}
