import { toA1 } from '../grid/address';
import { MergeIndex } from '../grid/merges';
import { normalizeValue } from '../grid/normalize';
import { cellText, isBlank, type CellValue, type SheetInput } from '../grid/types';
import type { NormalizedValue } from '../grid/value';
import { findHeaders, type HeaderMatch } from '../layout/findHeaders';
import { INDICATOR_HEADERS, type IndicatorRole } from '../layout/headerLexicon';
import { headerKey } from '../layout/matchHeader';
import { splitAnnotation } from './annotation';
import { readFundsBlock } from './fundsBlock';
import type { GroupCell, IndicatorRow, IndicatorTable } from './model';
import { isTotalLabel, parseOperator, toNumber } from './cellReaders';

/** Rows of nothing that end a table. */
const BLANK_RUN_ENDS_TABLE = 3;

function acceptsIndicatorHeader(roles: ReadonlySet<IndicatorRole>): boolean {
  const hasLevel = roles.has('level3') || roles.has('level2') || roles.has('level1');
  return roles.has('weight') && hasLevel && (roles.has('score') || roles.has('target') || roles.has('rule'));
}

/**
 * Finds every indicator table on a sheet by its header, wherever it sits, and reads its rows.
 * A manual header row (1-based) overrides detection for the sheet.
 *
 * @example readIndicatorTables(sheet).map(t => t.rows.length) // [40] for the seed
 */
export function readIndicatorTables(sheet: SheetInput, manualHeaderRow?: number): IndicatorTable[] {
  const merges = new MergeIndex(sheet.merges);
  let headers = findHeaders(sheet, { aliases: INDICATOR_HEADERS, accepts: acceptsIndicatorHeader }, merges);
  if (manualHeaderRow !== undefined) {
    const top = manualHeaderRow - 1;
    const forced = findHeaders(
      { ...sheet, rows: sheet.rows.slice(0, top + 3) },
      { aliases: INDICATOR_HEADERS, accepts: () => true },
      merges,
    ).filter((h) => h.headerTop === top);
    headers = forced.length > 0 ? [...forced, ...headers.filter((h) => h.headerTop > top + 2)] : headers;
  }
  const tables: IndicatorTable[] = [];
  headers.forEach((header, i) => {
    const nextTop = headers[i + 1]?.headerTop ?? sheet.rows.length;
    const previousEnd = tables[tables.length - 1]?.lastRow ?? -1;
    tables.push(readTable(sheet, header, nextTop, previousEnd, merges));
  });
  return tables;
}

function readTable(
  sheet: SheetInput,
  header: HeaderMatch<IndicatorRole>,
  stopRow: number,
  previousEnd: number,
  merges: MergeIndex,
): IndicatorTable {
  const col = (role: IndicatorRole): number | undefined => header.columns.get(role);
  const nameCol = col('level3') ?? col('level2') ?? col('level1') ?? header.firstCol;
  const rows: IndicatorRow[] = [];
  let totalRow: number | null = null;
  let lastRow = header.headerBottom;
  let blankRun = 0;
  let level1: GroupCell | null = null;
  let level2: GroupCell | null = null;
  for (let r = header.headerBottom + 1; r < stopRow; r++) {
    if (rowIsTotal(sheet, r, header, merges)) {
      totalRow = r;
      lastRow = r;
      break;
    }
    if (rowIsBlank(sheet, r, header)) {
      if (++blankRun >= BLANK_RUN_ENDS_TABLE) break;
      continue;
    }
    blankRun = 0;
    level1 = groupAt(sheet, r, col('level1'), merges) ?? level1;
    const ownLevel2 = groupAt(sheet, r, col('level2'), merges);
    if (ownLevel2) level2 = ownLevel2;
    else if (col('level1') !== undefined && groupAt(sheet, r, col('level1'), merges)?.row === r)
      level2 = null;
    const nameText = cellText(cellAtCol(sheet, r, nameCol));
    const weightValue = cellAtCol(sheet, r, col('weight'));
    if (nameText === '' && isBlank(weightValue)) continue;
    lastRow = r;
    const { name, points } = splitAnnotation(nameText);
    rows.push({
      row: r,
      level1: nameCol === col('level1') ? null : level1,
      level2: nameCol === col('level2') ? null : level2,
      name,
      nameCol,
      namePoints: points,
      weight: toNumber(weightValue),
      weightText: cellText(weightValue),
      target: withUnit(optionalValue(sheet, r, col('target')), cellText(cellAtCol(sheet, r, col('unit')))),
      actual: withUnit(optionalValue(sheet, r, col('actual')), cellText(cellAtCol(sheet, r, col('unit')))),
      operator: parseOperator(cellText(cellAtCol(sheet, r, col('operator')))),
      ruleText: cellText(merges.valueAt(sheet, r, col('rule') ?? -1)),
      evidenceText: cellText(merges.valueAt(sheet, r, col('evidence') ?? -1)),
      evidenceLink: evidenceLink(sheet, r, col('evidence'), merges),
      reportedScore: toNumber(cellAtCol(sheet, r, col('score'))),
      scoreText: cellText(cellAtCol(sheet, r, col('score'))),
      deviationNote: cellText(merges.valueAt(sheet, r, col('deviationNote') ?? -1)),
    });
  }
  const funds = readFundsBlock(sheet, Math.max(previousEnd + 1, 0), header.headerTop, merges);
  const template =
    funds || (col('actual') !== undefined && col('deviationNote') !== undefined) ? 'project' : 'department';
  return { sheet: sheet.name, template, header, rows, totalRow, lastRow, funds };
}

function cellAtCol(sheet: SheetInput, r: number, c: number | undefined): CellValue {
  return c === undefined ? null : (sheet.rows[r]?.[c] ?? null);
}

function optionalValue(sheet: SheetInput, r: number, c: number | undefined): NormalizedValue | null {
  if (c === undefined) return null;
  const a1 = toA1(r, c);
  return normalizeValue(cellAtCol(sheet, r, c), sheet.styles?.[a1]?.numFmt);
}

/** A 度量单位 column saying `%` makes bare numbers percentages (目标 95 → 95%). */
function withUnit(v: NormalizedValue | null, unit: string): NormalizedValue | null {
  if (v?.kind !== 'number' || v.percent || !/[%％]|百分/.test(unit)) return v;
  return { ...v, percent: true };
}

/** A 一级/二级 cell that starts on this row (its own value, or a merge anchored here). */
function groupAt(sheet: SheetInput, r: number, c: number | undefined, merges: MergeIndex): GroupCell | null {
  if (c === undefined) return null;
  const anchor = merges.anchor(r, c);
  if (anchor.row !== r) return null;
  const text = cellText(cellAtCol(sheet, r, c));
  if (text === '') return null;
  const { name, points } = splitAnnotation(text);
  return { name, points, row: r, col: c };
}

function evidenceLink(
  sheet: SheetInput,
  r: number,
  c: number | undefined,
  merges: MergeIndex,
): string | null {
  if (c === undefined) return null;
  const a = merges.anchor(r, c);
  return sheet.hyperlinks?.[toA1(a.row, a.col)] ?? null;
}

function rowIsBlank(sheet: SheetInput, r: number, header: HeaderMatch<IndicatorRole>): boolean {
  const row = sheet.rows[r];
  if (!row) return true;
  for (let c = header.firstCol; c <= header.lastCol; c++) if (!isBlank(row[c] ?? null)) return false;
  return true;
}

function rowIsTotal(
  sheet: SheetInput,
  r: number,
  header: HeaderMatch<IndicatorRole>,
  merges: MergeIndex,
): boolean {
  const last = Math.min(header.lastCol, header.firstCol + 3);
  for (let c = header.firstCol; c <= last; c++) {
    const a = merges.anchor(r, c);
    if (a.row !== r) continue;
    if (isTotalLabel(headerKey(cellAtCol(sheet, r, c)))) return true;
  }
  return false;
}
