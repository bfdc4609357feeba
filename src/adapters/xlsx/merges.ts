/**
 * Merged areas on load, in linear time. exceljs 4.4 checks each merge it reads against every merge
 * before it (seconds for a sheet of a few thousand merges: a 50k-row indicator table has 5,500).
 * So the `<mergeCells>` element is taken out of each sheet part before exceljs sees the package,
 * and the merges are made afterwards with exceljs's own merge, one at a time on an empty index,
 * with overlaps found through a set of covered cells. Overlapping merges are refused as exceljs
 * refuses them.
 */
import type ExcelJS from 'exceljs';
import { fromA1 } from '../../engine/grid/address';
import { findTags, type SheetPart } from './ooxml';
import { writeZip, type ZipArchive, type ZipFile } from './zip';

const OPEN = Buffer.from('<mergeCells');
const CLOSE = Buffer.from('</mergeCells>');
const SLASH = 0x2f;

export interface TakenMerges {
  /** The package to give exceljs: the file itself when no sheet has merges. */
  readonly bytes: Buffer;
  /** Merge references (`A1:I1`) per sheet name, in file order. */
  readonly bySheet: ReadonlyMap<string, readonly string[]>;
}

/** Takes `<mergeCells>` out of every sheet part; the other parts are passed on as they are. */
export function takeMerges(zip: ZipArchive, bytes: Buffer, sheets: readonly SheetPart[]): TakenMerges {
  const bySheet = new Map<string, string[]>();
  const replaced = new Map<string, Buffer>();
  for (const part of sheets) {
    const xml = zip.read(part.path);
    if (xml === null) continue;
    const start = xml.indexOf(OPEN);
    if (start < 0) continue;
    // `<mergeCells …/>` (empty) or `<mergeCells …> … </mergeCells>`
    const tagEnd = xml.indexOf('>', start);
    if (tagEnd < 0) continue;
    const end = xml[tagEnd - 1] === SLASH ? tagEnd + 1 : elementEnd(xml, tagEnd);
    if (end < 0) continue;
    const refs = findTags(xml.toString('utf8', start, end), 'mergeCell')
      .map((t) => t.attrs.ref)
      .filter((ref): ref is string => ref !== undefined);
    bySheet.set(part.name, refs);
    replaced.set(part.path, Buffer.concat([xml.subarray(0, start), xml.subarray(end)]));
  }
  if (replaced.size === 0) return { bytes, bySheet };
  const files: ZipFile[] = zip
    .names()
    .filter((name) => !name.endsWith('/'))
    .map((name) => ({ name, data: replaced.get(name) ?? zip.read(name) ?? Buffer.alloc(0) }));
  // stored, not deflated: exceljs unzips it again straight away
  return { bytes: writeZip(files, { store: true }), bySheet };
}

/** Just past `</mergeCells>`, or -1. */
function elementEnd(xml: Buffer, from: number): number {
  const close = xml.indexOf(CLOSE, from);
  return close < 0 ? -1 : close + CLOSE.length;
}

/** A merge reaching past the cell limit: the sheet's used range would be too large. */
export class MergeLimitError extends Error {
  constructor(
    readonly ref: string,
    readonly cells: number,
  ) {
    super(`merge ${ref} spans a range of ${cells} cells`);
    this.name = 'MergeLimitError';
  }
}

/**
 * Merges `refs` into `ws` as exceljs's loader would. Throws on overlapping merges (as exceljs
 * does), and MergeLimitError, before creating a cell, for a merge whose extent (from A1) exceeds
 * `maxCells`: the sheet would be refused as too large anyway.
 */
export function applyMerges(ws: ExcelJS.Worksheet, refs: readonly string[], maxCells: number): void {
  const internal = ws as unknown as { _merges: Record<string, unknown> };
  const all: Record<string, unknown> = { ...internal._merges };
  const covered = new Set<number>();
  for (const ref of refs) {
    cover(covered, ref, maxCells);
    internal._merges = {};
    // Do not merge styles when importing: each cell may have its own style (as exceljs's loader)
    ws.mergeCellsWithoutStyle(ref);
    Object.assign(all, internal._merges);
  }
  internal._merges = all;
}

/** Marks the cells of `ref`; throws when one is already covered by an earlier merge. */
function cover(covered: Set<number>, ref: string, maxCells: number): void {
  const [from, to] = ref.split(':');
  const a = fromA1(from ?? '');
  const b = fromA1(to ?? from ?? '');
  if (!a || !b) return; // exceljs reports a bad reference itself
  const extent = (Math.max(a.row, b.row) + 1) * (Math.max(a.col, b.col) + 1);
  if (extent > maxCells) throw new MergeLimitError(ref, extent);
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) {
      const key = r * 16_384 + c;
      if (covered.has(key)) throw new Error('Cannot merge already merged cells');
      covered.add(key);
    }
  }
}
