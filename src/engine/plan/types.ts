/**
 * WritePlan: every cell write the engine wants, applied identically by the xlsx adapter and the
 * Office adapter. Rows and columns are 0-based.
 */

/** A formula without the leading `=`, with the engine's own value for hosts that cache results. */
export interface FormulaValue {
  readonly formula: string;
  readonly result: string | number | null;
}

/** Text is always written as text, never interpreted as a formula (formula-injection safe). */
export type PlannedValue = string | number | boolean | null | FormulaValue;

export function isFormulaValue(v: unknown): v is FormulaValue {
  return typeof v === 'object' && v !== null && 'formula' in v;
}

export interface CellOp {
  readonly row: number;
  readonly col: number;
  /** undefined: leave the value alone; null: clear it. */
  readonly value?: PlannedValue;
  readonly numFmt?: string | null;
  /** ARGB such as `FFFDE7E9`; null removes the fill. */
  readonly fill?: string | null;
  /** Note text; null removes the note. */
  readonly note?: string | null;
  /** Hyperlink target: `#'Sheet'!A1` or a URL. */
  readonly link?: string;
  readonly bold?: boolean;
  readonly wrap?: boolean;
}

/** Writes into an existing user sheet. */
export interface SheetEdit {
  readonly sheet: string;
  readonly ops: readonly CellOp[];
}

/** A native chart on an owned sheet (Excel host only; files written by exceljs carry the data). */
export interface ChartSpec {
  readonly kind: 'column' | 'pie';
  readonly title: string;
  /** Data with a header row and a label column, 0-based inclusive, on the same sheet. */
  readonly data: {
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  };
  /** Top-left cell the chart is placed at. */
  readonly at: { readonly row: number; readonly col: number };
}

/** A sheet the engine owns: created, or replaced whole if it exists. */
export interface OwnedSheet {
  readonly name: string;
  readonly ops: readonly CellOp[];
  readonly columnWidths?: readonly number[];
  readonly merges?: readonly { top: number; left: number; bottom: number; right: number }[];
  readonly freezeRows?: number;
  readonly state: 'visible' | 'veryHidden';
  /** Landscape A4 printing for the results sheet. */
  readonly landscape?: boolean;
  /** Where a ribbon run puts the selection, e.g. the summary cell. */
  readonly activeCell?: { readonly row: number; readonly col: number };
  readonly charts?: readonly ChartSpec[];
}

export interface WritePlan {
  readonly edits: readonly SheetEdit[];
  readonly ownedSheets: readonly OwnedSheet[];
  /** Owned sheets from an earlier run that this plan no longer produces (delete them). */
  readonly removeSheets: readonly string[];
}
