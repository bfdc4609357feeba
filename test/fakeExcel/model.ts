/**
 * The fake host's in-memory workbook: cells with values, formulas, formats, links, notes and
 * comments, merges, charts, sheet visibility and protection, custom XML parts and document
 * settings. Seeded from and dumped to the engine's SheetInput, so fixtures read by the xlsx
 * adapter can stand in for a real workbook. No node imports: it also runs in a browser page.
 */
import type { CellRange, CellValue, SheetInput } from '../../src/engine/grid/types';
import { fromA1, toA1 } from '../../src/engine/grid/address';
import { STATE_SHEET } from '../../src/engine/plan/names';
import { dateToSerial, isDateFormat, serialToDate } from './dates';

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
  readonly cells = new Map<number, FakeCell>();
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
    return this.cells.get(key(r, c));
  }

  ensure(r: number, c: number): FakeCell {
    const k = key(r, c);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { value: null };
      this.cells.set(k, cell);
    }
    return cell;
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
    for (const [k, cell] of this.cells) {
      const used =
        cell.value !== null ||
        cell.formula !== undefined ||
        (!valuesOnly && (cell.fill !== undefined || cell.numFmt !== undefined || cell.bold === true));
      if (!used) continue;
      const r = Math.floor(k / MAX_COLS);
      const c = k % MAX_COLS;
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
    shift(this.cells);
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
  /** The next N syncs fail with RequestPayloadSizeLimitExceeded whatever their size. */
  payloadErrorSyncs: number;
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
  readonly faults: FakeFaults = { editModeSyncs: 0, payloadErrorSyncs: 0 };
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

function seedSheet(sheet: FakeSheet, s: SheetInput): void {
  if (s.hidden) sheet.visibility = s.name === STATE_SHEET ? 'VeryHidden' : 'Hidden';
  s.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      const cell = sheet.ensure(r, c);
      if (v instanceof Date) {
        cell.value = dateToSerial(v);
        cell.numFmt = 'yyyy-mm-dd';
      } else {
        cell.value = v;
      }
    }),
  );
  const at = (a1: string): { row: number; col: number } | null => fromA1(a1);
  for (const [a1, f] of Object.entries(s.formulas ?? {})) {
    const p = at(a1);
    if (p) sheet.ensure(p.row, p.col).formula = `=${f}`;
  }
  for (const [a1, style] of Object.entries(s.styles ?? {})) {
    const p = at(a1);
    if (!p) continue;
    const cell = sheet.ensure(p.row, p.col);
    if (style.fill !== undefined) cell.fill = style.fill;
    if (style.numFmt !== undefined) cell.numFmt = style.numFmt;
  }
  for (const [a1, target] of Object.entries(s.hyperlinks ?? {})) {
    const p = at(a1);
    if (!p) continue;
    sheet.ensure(p.row, p.col).link = target.startsWith('#')
      ? { documentReference: target.slice(1) }
      : { address: target };
  }
  for (const [a1, text] of Object.entries(s.notes ?? {})) {
    const p = at(a1);
    if (p) sheet.setNote(p.row, p.col, text);
  }
  sheet.merges = [...(s.merges ?? [])];
}

function dumpSheet(sheet: FakeSheet): SheetInput {
  const formulas: Record<string, string> = {};
  const hyperlinks: Record<string, string> = {};
  const notes: Record<string, string> = {};
  const styles: Record<string, { fill?: string; numFmt?: string }> = {};
  let bottom = -1;
  let right = -1;
  const grow = (r: number, c: number): void => {
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  for (const m of sheet.merges) grow(m.bottom, m.right);
  const values: { r: number; c: number; v: CellValue }[] = [];
  for (const [k, cell] of sheet.cells) {
    const r = Math.floor(k / MAX_COLS);
    const c = k % MAX_COLS;
    const a1 = toA1(r, c);
    const numFmt = cell.numFmt !== undefined && cell.numFmt !== 'General' ? cell.numFmt : undefined;
    if (cell.fill !== undefined || numFmt !== undefined) {
      styles[a1] = { ...(cell.fill !== undefined ? { fill: cell.fill } : {}), ...(numFmt ? { numFmt } : {}) };
    }
    if (cell.formula !== undefined) formulas[a1] = cell.formula.slice(1);
    if (cell.link) hyperlinks[a1] = cell.link.address ?? `#${cell.link.documentReference ?? ''}`;
    const v = engineValue(cell);
    if (v !== null) values.push({ r, c, v });
    if (v !== null || cell.formula !== undefined || cell.link) grow(r, c);
  }
  for (const n of FakeSheet.positions(sheet.notes)) {
    notes[toA1(n.row, n.col)] = n.text;
    grow(n.row, n.col);
  }
  const rows: CellValue[][] = Array.from({ length: bottom + 1 }, () => new Array<CellValue>(right + 1).fill(null));
  for (const { r, c, v } of values) {
    const row = rows[r];
    if (row) row[c] = v;
  }
  for (const [a1] of Object.entries(styles)) {
    const p = fromA1(a1);
    if (!p || p.row > bottom || p.col > right) delete styles[a1];
  }
  const out: SheetInput = { name: sheet.name, rows, merges: [...sheet.merges], formulas, hyperlinks, notes, styles };
  return sheet.visibility === 'Visible' ? out : { ...out, hidden: true };
}

/** A cell's value as the engine sees it: errors tagged, date-formatted serials as dates. */
export function engineValue(cell: FakeCell): CellValue {
  const v = cell.value;
  if (v === null) return null;
  if (typeof v === 'object') return { error: v.error };
  if (typeof v === 'number' && cell.numFmt !== undefined && isDateFormat(cell.numFmt)) return serialToDate(v);
  if (v === '' && cell.formula === undefined) return null;
  return v;
}
