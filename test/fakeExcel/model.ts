/**
 * The fake host's in-memory workbook: cells with values, formulas, formats, links, notes and
 * comments, merges, charts, sheet visibility and protection, custom XML parts and document
 * settings. Seeded from and dumped to the engine's SheetInput, so fixtures read by the xlsx
 * adapter can stand in for a real workbook. No node imports: it also runs in a browser page.
 */
import type { CellRange, SheetInput } from '../../src/engine/grid/types';
import { dumpSheet, seedSheet } from './sheetInput';

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';
export type Scalar = string | number | boolean;
export type FakeValue = Scalar | { readonly error: string } | null;

export interface FakeLink {
  readonly address?: string;
  readonly documentReference?: string;
  readonly textToDisplay?: string;
}

export interface FakeCell {
  value: FakeValue;
  /** With the leading `=`. */
  formula?: string;
  numFmt?: string;
  /** ARGB, e.g. `FFDEECF9`. */
  fill?: string;
  bold?: boolean;
  wrap?: boolean;
  verticalAlignment?: string;
  quotePrefix?: boolean;
  link?: FakeLink;
}

export interface FakeChart {
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  position: string;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
const key = (r: number, c: number): number => r * MAX_COLS + c;

export class FakeSheet {
  /** Cells by row, then column (arrays: fast for the 200k-row tests). */
  private grid: (FakeCell | undefined)[][] = [];
  readonly notes = new Map<number, string>();
  readonly comments = new Map<number, string>();
  merges: CellRange[] = [];
  readonly charts: FakeChart[] = [];
  readonly columnWidths = new Map<number, number>();
  freezeRows = 0;
  orientation: string | undefined;
  paperSize: string | undefined;
  fitToPagesWide: number | undefined;
  protected = false;

  constructor(
    readonly id: string,
    public name: string,
    public visibility: Visibility = 'Visible',
  ) {}

  cell(r: number, c: number): FakeCell | undefined {
    return this.grid[r]?.[c];
  }

  ensure(r: number, c: number): FakeCell {
    let row = this.grid[r];
    if (!row) {
      row = [];
      this.grid[r] = row;
    }
    let cell = row[c];
    if (!cell) {
      cell = { value: null };
      row[c] = cell;
    }
    return cell;
  }

  /** Every cell that exists, row by row. */
  *cells(): Generator<[number, number, FakeCell]> {
    for (const [r, row] of this.grid.entries()) {
      if (!row) continue;
      for (const [c, cell] of row.entries()) if (cell) yield [r, c, cell];
    }
  }

  note(r: number, c: number): string | undefined {
    return this.notes.get(key(r, c));
  }

  setNote(r: number, c: number, text: string | null): void {
    if (text === null) this.notes.delete(key(r, c));
    else this.notes.set(key(r, c), text);
  }

  comment(r: number, c: number): string | undefined {
    return this.comments.get(key(r, c));
  }

  setComment(r: number, c: number, text: string | null): void {
    if (text === null) this.comments.delete(key(r, c));
    else this.comments.set(key(r, c), text);
  }

  /** The merge covering (r, c), if any. */
  mergeAt(r: number, c: number): CellRange | undefined {
    return this.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  }

  /**
   * The used range: cells with a value or formula (valuesOnly), or also with any format.
   * Null for an empty sheet.
   */
  usedRect(valuesOnly: boolean): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [r, c, cell] of this.cells()) {
      const used =
        cell.value !== null ||
        cell.formula !== undefined ||
        (!valuesOnly && (cell.fill !== undefined || cell.numFmt !== undefined || cell.bold === true));
      if (!used) continue;
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** Entries of a note-like map with their positions. */
  static positions(map: ReadonlyMap<number, string>): { row: number; col: number; text: string }[] {
    return [...map].map(([k, text]) => ({ row: Math.floor(k / MAX_COLS), col: k % MAX_COLS, text }));
  }

  /** Moves every cell, note, comment and merge at or right of `col` one column right. */
  insertColumn(col: number): void {
    const shift = <T>(map: Map<number, T>): void => {
      const moved = [...map].filter(([k]) => k % MAX_COLS >= col).sort((a, b) => b[0] - a[0]);
      for (const [k, v] of moved) {
        map.delete(k);
        map.set(k + 1, v);
      }
    };
    for (const row of this.grid) if (row && row.length > col) row.splice(col, 0, undefined);
    shift(this.notes);
    shift(this.comments);
    this.merges = this.merges.map((m) =>
      m.left >= col
        ? { ...m, left: m.left + 1, right: m.right + 1 }
        : m.right >= col
          ? { ...m, right: m.right + 1 }
          : m,
    );
  }
}

export interface FakeOptions {
  /** Highest supported ExcelApi minor version: 7 means ExcelApi 1.1–1.7. */
  apiVersion: number;
  /** Requirement sets reported missing even when the version covers them (e.g. 'ExcelApi 1.13'). */
  missingSets: string[];
  /** 'web' reports OfficeOnline; request and response payloads above `payloadLimit` fail. */
  platform: 'web' | 'desktop';
  /** Bytes per request and per response, or null for no limit. */
  payloadLimit: number | null;
  /** Reads of more cells than this in one request silently return null (as Excel can). */
  maxCellsPerRead: number;
}

export interface FakeFaults {
  /** The next N syncs fail with InvalidOperationInCellEditMode (nothing in them runs). */
  editModeSyncs: number;
  /** These syncs (1-based, counted by `stats.syncs`) fail with InvalidOperationInCellEditMode. */
  editModeAt: number[];
  /** The next N syncs fail with RequestPayloadSizeLimitExceeded whatever their size. */
  payloadErrorSyncs: number;
  /** These syncs (1-based) fail with RequestPayloadSizeLimitExceeded whatever their size. */
  payloadErrorAt: number[];
}

export interface SyncStat {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  readonly cellsRead: number;
  readonly error?: string;
}

export interface FakeStats {
  syncs: number;
  readonly requests: SyncStat[];
  suspendCalculation: number;
  suspendScreenUpdating: number;
}

export interface CustomXmlRecord {
  readonly id: string;
  xml: string;
}

export const DEFAULT_OPTIONS: FakeOptions = {
  apiVersion: 18,
  missingSets: [],
  platform: 'desktop',
  payloadLimit: null,
  maxCellsPerRead: 5_000_000,
};

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  selection: { sheet: string; address: string } | null = null;
  protected = false;
  readonly customXmlParts: CustomXmlRecord[] = [];
  /** What `Office.context.document.settings.saveAsync` persisted. */
  documentSettings: Record<string, unknown> = {};
  readonly options: FakeOptions;
  readonly faults: FakeFaults = {
    editModeSyncs: 0,
    editModeAt: [],
    payloadErrorSyncs: 0,
    payloadErrorAt: [],
  };
  readonly stats: FakeStats = { syncs: 0, requests: [], suspendCalculation: 0, suspendScreenUpdating: 0 };
  /** Formula cells the fake could not calculate (unsupported functions), as `Sheet!A1`. */
  readonly uncalculated = new Set<string>();
  private nextId = 1;

  constructor(options: Partial<FakeOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  /** A workbook holding these sheets; very hidden for the add-in's state sheet, else hidden. */
  static fromSheets(sheets: readonly SheetInput[], options: Partial<FakeOptions> = {}): FakeWorkbook {
    const wb = new FakeWorkbook(options);
    for (const s of sheets) seedSheet(wb.addSheet(s.name), s);
    wb.active = wb.sheets.find((s) => s.visibility === 'Visible') ?? null;
    return wb;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  /** Whether `Office.context.requirements.isSetSupported(name, version)` says yes. */
  supports(name: string, version: string): boolean {
    if (name.toLowerCase() !== 'excelapi') return false;
    if (this.options.missingSets.includes(`ExcelApi ${version}`)) return false;
    const minor = Number(version.split('.')[1] ?? '0');
    return Number.isFinite(minor) && minor <= this.options.apiVersion;
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.requests.length = 0;
    this.stats.suspendCalculation = 0;
    this.stats.suspendScreenUpdating = 0;
  }

  /** The workbook as the engine sees it ("saved and reopened"): values, formulas, notes, styles. */
  toSheets(): SheetInput[] {
    return this.sheets.map(dumpSheet);
  }
}
