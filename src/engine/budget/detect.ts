/**
 * Finds budget tables anywhere in a workbook by header aliases: detail tables by 科目编码 (one
 * column or 类 | 款 | 项), the 收入支出决算总表 (two panels), 基本支出, "三公" (vertical, or the public
 * horizontal layout) and plain tables with last year's figure.
 */
import { toA1 } from '../grid/address';
import { MergeIndex } from '../grid/merges';
import type { SheetInput, WorkbookInput } from '../grid/types';
import { findHeaders } from '../layout/findHeaders';
import { headerKey } from '../layout/matchHeader';
import type { Settings } from '../settings';
import {
  AMOUNT_ROLES,
  classifyColumns,
  columnsRecord,
  panelOf,
  rowHasRoles,
  splitPanels,
  type ColumnInfo,
  isIncomeColumn,
} from './columns';
import { notedBasis } from './basisNote';
import { basisField, buildLines, type LineInput } from './compute';
import { BASIC_TOTAL_NAME, OPERATING_NAME, PERSONNEL_NAME } from './rowWords';
import { readLines, type RawLine } from './lines';
import { findPublicRegions } from './publicTitles';
import { findHorizontalThreePublic, threePublicRole, type HorizontalBand } from './threePublic';
import { findRowsThreePublic } from './threePublicRows';
import {
  amountCol,
  amountRow,
  type AmountField,
  type BudgetLine,
  type BudgetTable,
  type TableKind,
} from './types';
import { findUnit } from './unit';
import { joinContinued, type FoundTable } from './continued';
import { BUDGET_HEADER_BAND } from './headerBand';

/**
 * Every budget table of the workbook, with rates, shares and changes computed. `stops` are the rows
 * (0-based, by sheet name) where another kind of table's header starts, an indicator table's: a
 * budget table's rows end there, as at the next budget header.
 * @example findBudgetTables(sheets, DEFAULT_SETTINGS)[0].lines[0].executionRate === 0.9997
 */
export function findBudgetTables(
  sheets: WorkbookInput,
  settings: Settings,
  stops: Readonly<Record<string, readonly number[]>> = {},
): BudgetTable[] {
  const found = sheets
    .filter((s) => !s.hidden)
    .map((sheet) => ({
      sheet,
      tables: titled(sheet, tablesOnSheet(sheet, settings, stops[sheet.name] ?? [])),
    }));
  return joinContinued(found).map((f) => f.table);
}

/** Each table under a public table's title knows it (two 总表 on one sheet are told apart). */
function titled(sheet: SheetInput, tables: FoundTable[]): FoundTable[] {
  if (tables.length === 0) return tables;
  const regions = findPublicRegions([sheet]);
  if (regions.length === 0) return tables;
  return tables.map((f) => {
    const t = f.table;
    const region = regions.find((r) => t.headerTop >= r.top && t.headerTop < r.end);
    return region ? { ...f, table: { ...t, publicKey: region.key } } : f;
  });
}

type Band =
  | { kind: 'vertical'; top: number; bottom: number }
  | { kind: 'horizontal'; top: number; bottom: number; band: HorizontalBand };

function tablesOnSheet(sheet: SheetInput, settings: Settings, stops: readonly number[]): FoundTable[] {
  const merges = new MergeIndex(sheet.merges);
  const horizontal: Band[] = [
    ...findHorizontalThreePublic(sheet, merges),
    ...findRowsThreePublic(sheet, merges),
  ].map((band) => ({
    kind: 'horizontal',
    top: band.headerTop,
    bottom: Math.max(band.dataRow, ...Object.values(band.rows ?? {})),
    band,
  }));
  const vertical: Band[] = findHeaders(sheet, BUDGET_HEADER_BAND, merges)
    .map((h): Band => {
      let top = h.headerTop;
      while (top < h.headerBottom && !rowHasRoles(sheet, merges, top)) top++;
      return { kind: 'vertical', top, bottom: h.headerBottom };
    })
    .filter((v) => !horizontal.some((h) => v.top <= h.bottom && v.bottom >= h.top));
  const bands = [...horizontal, ...vertical].sort((a, b) => a.top - b.top);
  const tables: FoundTable[] = [];
  // A table's unit cell is looked for below the previous table's header, not below a band that
  // gave no table (the upper row of a two-row merged header is found as a band of its own).
  let floor = 0;
  bands.forEach((band, k) => {
    // an indicator table's header is not a budget band (its 分值, 三级指标 are foreign) yet ends one
    const end = Math.min(bands[k + 1]?.top ?? sheet.rows.length, ...stops.filter((s) => s > band.bottom));
    const before = tables.length;
    if (band.kind === 'horizontal') tables.push(horizontalTable(sheet, band.band, settings, floor));
    else tables.push(...verticalTables(sheet, merges, band.top, band.bottom, end, settings, floor));
    if (tables.length > before) floor = band.bottom + 1;
  });
  return tables;
}

function verticalTables(
  sheet: SheetInput,
  merges: MergeIndex,
  top: number,
  bottom: number,
  end: number,
  settings: Settings,
  floor: number,
): FoundTable[] {
  let width = 0;
  for (let r = top; r <= bottom; r++) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  const infos = classifyColumns(sheet, merges, top, bottom, 0, width - 1);
  const panels = splitPanels(infos);
  const usedCols = panels
    .flat()
    .filter((i) => i.role !== 'ignored')
    .map((i) => i.col);
  const bandCols = { firstCol: Math.min(...usedCols), lastCol: Math.max(...usedCols) };
  const out: FoundTable[] = [];
  for (const panel of panels) {
    const used = panel.filter((i) => i.role !== 'ignored');
    if (used.length === 0) continue;
    const columns = columnsRecord(panel);
    const amountFields = (Object.keys(columns) as AmountField[]).filter((f) => AMOUNT_ROLES.has(f));
    const firstCol = Math.min(...used.map((i) => i.col));
    const lastCol = Math.max(...used.map((i) => i.col));
    const band = panels.length > 1 ? { band: bandCols } : {};
    const raw = readLines(
      sheet,
      merges,
      { columns, amountFields, firstCol, lastCol, ...band },
      bottom + 1,
      end,
    );
    if (raw.length === 0 || amountFields.length === 0) continue;
    const { kind, panel: side } = classify(raw, columns, panel, panels.length);
    if (kind === 'basic')
      for (const l of raw) if (BASIC_TOTAL_NAME.test(l.name.replace(/\s+/g, ''))) l.level = 'total';
    const has = (f: AmountField): boolean => columns[f] !== undefined;
    const noted = notedBasis(sheet, raw[raw.length - 1]!.row, has);
    const basis = noted ?? basisField(has, settings);
    const { unit, unitCell, counts } = findUnit(sheet, top, bottom, firstCol, lastCol, floor);
    if (counts) continue;
    const table: BudgetTable = {
      sheet: sheet.name,
      kind,
      headerTop: top,
      headerBottom: bottom,
      unit,
      unitCell,
      columns,
      lines: buildLines(kind, raw, basis),
      lastCol,
      rateCol: columns.rate ?? null,
      basis,
      ...(noted ? { basisNoted: true as const } : {}),
      ...(side ? { panel: side } : {}),
      headers: headerTexts(panel, columns),
    };
    out.push({ table, inputs: raw });
  }
  return out;
}

function classify(
  raw: readonly RawLine[],
  columns: Record<string, number>,
  panel: readonly ColumnInfo[],
  panelCount: number,
): { kind: TableKind; panel: 'income' | 'expense' | null } {
  const hasCode =
    columns.code !== undefined || columns.class !== undefined || raw.some((l) => l.code !== null);
  // A 收入决算表 lists income by the same subjects as spending: its amounts are income.
  if (hasCode) {
    const final = panel.find((i) => i.col === columns.final);
    return { kind: 'detail', panel: final && isIncomeColumn(final) ? 'income' : null };
  }
  // (names compacted only here: a coded table, the long kind, never asks)
  const names = raw.map((l) => l.name.replace(/\s+/g, ''));
  const caption = panelOf(panel);
  const totals = raw.filter((l) => l.level === 'total').map((l) => l.name);
  const byNames = totals.some((n) => /收入/.test(n))
    ? 'income'
    : totals.some((n) => /支出/.test(n))
      ? 'expense'
      : null;
  if (caption !== null || (byNames !== null && (panelCount > 1 || names.some((n) => /结转/.test(n))))) {
    return { kind: 'incomeExpense', panel: caption ?? byNames };
  }
  if (names.some((n) => PERSONNEL_NAME.test(n)) && names.some((n) => OPERATING_NAME.test(n)))
    return { kind: 'basic', panel: null };
  // 合计 | 人员经费 | 公用经费 across, economic classes down (30217 公务接待费 among them): the
  // 基本支出 table, not a "三公" one
  const captioned = (re: RegExp): boolean => panel.some((i) => re.test(headerKey(i.text)));
  if (captioned(PERSONNEL_NAME) && captioned(OPERATING_NAME)) return { kind: 'basic', panel: null };
  const roles = new Set(names.map((n) => threePublicRole(n)).filter((r) => r !== undefined && r !== 'total'));
  if (roles.size >= 2) return { kind: 'threePublic', panel: null };
  return { kind: 'summary', panel: null };
}

function headerTexts(
  panel: readonly ColumnInfo[],
  columns: Record<string, number>,
): Partial<Record<AmountField, string>> {
  const out: Partial<Record<AmountField, string>> = {};
  for (const info of panel) {
    if (AMOUNT_ROLES.has(info.role) && columns[info.role] === info.col)
      out[info.role as AmountField] = info.text;
  }
  return out;
}

function horizontalTable(
  sheet: SheetInput,
  band: HorizontalBand,
  settings: Settings,
  floor: number,
): FoundTable {
  const inputs: LineInput[] = band.items.map((item) => ({
    row: band.dataRow,
    code: null,
    name: item.name,
    level: item.role === 'total' ? 'total' : 'other',
    values: item.values,
    cols: item.cols,
    ...(band.rows ? { rows: band.rows } : {}),
  }));
  const columns: Record<string, number> = {};
  for (const item of band.items)
    for (const [f, c] of Object.entries(item.cols)) columns[`${f}.${item.role}`] = c;
  const basis = basisField((f) => band.items.some((i) => i.cols[f] !== undefined), settings);
  const { unit, unitCell } = findUnit(
    sheet,
    band.headerTop,
    band.headerBottom,
    band.firstCol,
    band.lastCol,
    floor,
  );
  const table: BudgetTable = {
    sheet: sheet.name,
    kind: 'threePublic',
    headerTop: band.headerTop,
    headerBottom: band.headerBottom,
    unit,
    unitCell,
    columns,
    lines: buildLines('threePublic', inputs, basis),
    lastCol: band.lastCol,
    rateCol: null,
    basis,
  };
  return { table, inputs };
}

/** A1 of a line's amount cell, or null when the table has no such column. */
export function amountCell(
  table: BudgetTable,
  line: Pick<BudgetLine, 'row' | 'cols' | 'rows'>,
  field: AmountField,
): { row: number; col: number; a1: string } | null {
  const col = amountCol(table, line, field);
  if (col === undefined) return null;
  // built directly, not spread from amountPlace: a spread plus a property is slow on Node 20's V8
  const row = amountRow(line, field);
  return { row, col, a1: toA1(row, col) };
}
