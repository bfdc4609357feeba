/**
 * Assembles one SheetInput from the blocks Office returns (values, formulas and number formats
 * of a rectangle; per-cell fills and links; notes; merged areas), and remembers which cells'
 * fills and links are known, so the host can fetch the rest before it plans the ledger.
 */
import { toA1 } from '../../engine/grid/address';
import type { CellRange, CellValue, SheetInput } from '../../engine/grid/types';
import { fillOf, formulaOf, fromOfficeValue, linkTargetOf, numberFormatOf } from './convert';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** What `getCellProperties({ format: { fill }, hyperlink })` returns per cell. */
export interface CellDetail {
  readonly format?: { readonly fill?: { readonly color?: string; readonly pattern?: string } };
  readonly hyperlink?: { readonly address?: string; readonly documentReference?: string } | null;
}

export class SheetBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly formulas: Record<string, string> = {};
  private readonly styles: Record<string, { fill?: string; numFmt?: string }> = {};
  private readonly hyperlinks: Record<string, string> = {};
  private readonly notes: Record<string, string> = {};
  private merges: CellRange[] = [];
  private readonly detailRects: CellRange[] = [];
  private readonly detailCells = new Set<string>();
  /** Cells given a fill or link by a detail read, by row (a later read may clear them). */
  private readonly decorated = new Map<number, Set<number>>();
  private bottom = -1;
  private right = -1;

  constructor(
    readonly name: string,
    readonly visibility: Visibility,
    readonly isProtected: boolean,
  ) {}

  /** `values`, `formulas` and `numberFormat` of the rectangle whose top-left is (top, left). */
  addValues(
    top: number,
    left: number,
    values: readonly (readonly unknown[])[],
    formulas: readonly (readonly unknown[])[],
    formats: readonly (readonly unknown[])[],
  ): void {
    values.forEach((row, i) => {
      const r = top + i;
      row.forEach((raw, j) => {
        const c = left + j;
        const formula = formulaOf(formulas[i]?.[j], raw);
        const numFmt = numberFormatOf(formats[i]?.[j]);
        const value = fromOfficeValue(raw, numFmt, formula !== undefined);
        if (formula !== undefined || numFmt !== undefined) {
          const a1 = toA1(r, c);
          if (formula !== undefined) this.formulas[a1] = formula;
          if (numFmt !== undefined) this.style(a1).numFmt = numFmt;
        }
        if (value !== null) this.put(r, c, value);
        else if (formula !== undefined) this.grow(r, c);
      });
    });
  }

  /** Per-cell fills and links of the rectangle at (top, left); those cells become known. */
  addDetails(top: number, left: number, details: readonly (readonly CellDetail[])[]): void {
    const width = details[0]?.length ?? 0;
    if (details.length === 0 || width === 0) return;
    details.forEach((row, i) =>
      row.forEach((d, j) =>
        this.setDetail(top + i, left + j, fillOf(d.format?.fill), linkTargetOf(d.hyperlink)),
      ),
    );
    this.detailRects.push({ top, left, bottom: top + details.length - 1, right: left + width - 1 });
  }

  /** One cell's fill and link, read one by one (hosts without `getCellProperties`). */
  addCellDetail(row: number, col: number, fill: string | undefined, link: string | undefined): void {
    this.setDetail(row, col, fill, link);
    this.detailCells.add(`${row}:${col}`);
  }

  knowsDetail(row: number, col: number): boolean {
    return (
      this.detailCells.has(`${row}:${col}`) ||
      this.detailRects.some((d) => row >= d.top && row <= d.bottom && col >= d.left && col <= d.right)
    );
  }

  addNote(row: number, col: number, text: string): void {
    this.notes[toA1(row, col)] = text;
    this.grow(row, col);
  }

  hasNote(a1: string): boolean {
    return a1 in this.notes;
  }

  setMerges(merges: readonly CellRange[]): void {
    this.merges = [...merges];
    for (const m of merges) this.grow(m.bottom, m.right);
  }

  /** The sheet as the engine reads it: a dense grid to the last used cell. */
  build(): SheetInput {
    const width = this.right + 1;
    const rows: CellValue[][] = [];
    for (let r = 0; r <= this.bottom; r++) {
      const row = this.rows[r] ?? [];
      while (row.length < width) row.push(null);
      rows.push(row);
    }
    for (const [a1, style] of Object.entries(this.styles)) {
      if (style.fill === undefined && style.numFmt === undefined) delete this.styles[a1];
    }
    const sheet: SheetInput = {
      name: this.name,
      rows,
      merges: this.merges,
      formulas: this.formulas,
      hyperlinks: this.hyperlinks,
      notes: this.notes,
      styles: this.styles,
    };
    return this.visibility === 'Visible' ? sheet : { ...sheet, hidden: true };
  }

  private setDetail(row: number, col: number, fill: string | undefined, link: string | undefined): void {
    // most cells have neither: skip the address unless something is set or must be cleared
    const decorated = this.decorated.get(row);
    if (fill === undefined && link === undefined && !decorated?.has(col)) return;
    if (fill !== undefined || link !== undefined) {
      if (decorated) decorated.add(col);
      else this.decorated.set(row, new Set([col]));
    }
    const a1 = toA1(row, col);
    if (fill !== undefined) this.style(a1).fill = fill;
    else if (this.styles[a1]) delete this.styles[a1].fill;
    if (link !== undefined) {
      this.hyperlinks[a1] = link;
      this.grow(row, col);
    } else {
      delete this.hyperlinks[a1];
    }
  }

  private style(a1: string): { fill?: string; numFmt?: string } {
    let s = this.styles[a1];
    if (!s) {
      s = {};
      this.styles[a1] = s;
    }
    return s;
  }

  private put(r: number, c: number, v: CellValue): void {
    let row = this.rows[r];
    if (!row) {
      while (this.rows.length <= r) this.rows.push([]);
      row = this.rows[r]!;
    }
    while (row.length < c) row.push(null);
    row[c] = v;
    this.grow(r, c);
  }

  private grow(r: number, c: number): void {
    if (r > this.bottom) this.bottom = r;
    if (c > this.right) this.right = c;
  }
}
