/**
 * The "三公"经费支出决算表 in its public layout: blocks side by side (预算数 | 决算数 [| 上年决算数]),
 * each with the same items (合计 | 因公出国（境）费 | 公务用车购置及运行费 (小计 | 购置费 | 运行费) |
 * 公务接待费), and one row of amounts. Each item becomes a line whose columns are per block.
 */
import type { MergeIndex } from '../grid/merges';
import { cellAt, cellText, type CellValue, type SheetInput } from '../grid/types';
import { headerKey } from '../layout/matchHeader';
import { parseAmount } from './amount';
import { matchBudgetCell } from './columns';
import { BUDGET_HEADERS, YEAR_CAPTION, type HeaderRole } from './lexicon';
import { THREE_PUBLIC_NAMES, type ThreePublicRole } from './rowWords';
import type { AmountField } from './types';

export interface HorizontalItem {
  readonly role: ThreePublicRole;
  readonly name: string;
  readonly cols: Partial<Record<AmountField, number>>;
  readonly values: Partial<Record<AmountField, number | null>>;
}

export interface HorizontalBand {
  readonly headerTop: number;
  readonly headerBottom: number;
  readonly dataRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  readonly items: HorizontalItem[];
  /** "三公" laid out as rows (预算数 / 决算数 below the items): the row of each block. */
  readonly rows?: Partial<Record<AmountField, number>>;
}

/** The amount fields a block caption may name (预算数, 决算数, 上年决算数…). */
export const BLOCK_FIELDS: ReadonlySet<string> = new Set([
  'budget',
  'adjustedBudget',
  'received',
  'final',
  'previous',
]);

/** The first characters of the block captions' aliases. */
const BLOCK_FIRSTS: ReadonlySet<number> = new Set(
  [...BLOCK_FIELDS].flatMap((role) => BUDGET_HEADERS[role as HeaderRole].map((a) => a.charCodeAt(0))),
);

/**
 * False for a text that cannot be a block caption: one starting with an ideograph no block alias
 * starts with (an alias is matched only by a key with its first character, and the header key
 * keeps a leading ideograph). Cheap, for the scan of every cell of every sheet.
 */
function mayNameBlock(v: string): boolean {
  const c = v.charCodeAt(0);
  return !(c >= 0x4e00 && c <= 0x9fff) || BLOCK_FIRSTS.has(c);
}

/**
 * The field a block caption names (`预算数`, `决算数`), with the year it names if any (`2023年决算数`).
 * Undefined for any other text.
 */
export function blockOf(v: CellValue): { field: AmountField; year: number | null } | undefined {
  const field = matchBudgetCell(v);
  if (field === undefined || !BLOCK_FIELDS.has(field)) return undefined;
  const dated = typeof v === 'string' ? YEAR_CAPTION.exec(headerKey(v)) : null;
  return { field: field as AmountField, year: dated ? Number(dated[1]) : null };
}

/** The blocks' fields: of `2023年决算数` and `2022年决算数`, the earlier year's is last year's. */
export function blockFields(
  captions: readonly ({ field: AmountField; year: number | null } | undefined)[],
): (AmountField | undefined)[] {
  const latest = Math.max(0, ...captions.map((b) => b?.year ?? 0));
  return captions.map((b) =>
    b && b.field === 'final' && b.year !== null && b.year < latest ? 'previous' : b?.field,
  );
}

/** The "三公" role of an item caption. */
export function threePublicRole(text: string): ThreePublicRole | undefined {
  const key = headerKey(text).replace(/[“”"]/g, '');
  return THREE_PUBLIC_NAMES.find(([, re]) => re.test(key))?.[0];
}

/** The captions under 公务用车购置及运行费 that name its parts by their own word (`购置费`, `运行维护费`). */
const VEHICLE_PART = /^(购置|运行|运维)/u;

/**
 * A "三公" item caption read under the caption above it: `购置费` under 公务用车购置及运行费 is the
 * item 公务用车购置费, and is named so (the lines' names carry their role to the checks).
 */
export function threePublicItem(
  text: string,
  above: string,
): { role: ThreePublicRole; name: string } | undefined {
  const role = threePublicRole(text);
  if (role !== undefined) return { role, name: text };
  if (!VEHICLE_PART.test(headerKey(text)) || threePublicRole(above) !== 'vehicle') return undefined;
  const name = `公务用车${text}`;
  const part = threePublicRole(name);
  return part === undefined ? undefined : { role: part, name };
}

/** Every horizontal "三公" band on the sheet. */
export function findHorizontalThreePublic(sheet: SheetInput, merges: MergeIndex): HorizontalBand[] {
  const bands: HorizontalBand[] = [];
  for (let r = 0; r + 1 < sheet.rows.length; r++) {
    const width = Math.max(sheet.rows[r]?.length ?? 0, sheet.rows[r + 1]?.length ?? 0);
    // made only for a row with a block caption: this runs for every row of every sheet
    let blocks: Set<string> | undefined;
    // most rows cross no merged area: their cells are read as they are
    const merged = merges.onRow(r) !== undefined;
    for (let c = 0; c < width; c++) {
      const v = merged ? merges.valueAt(sheet, r, c) : cellAt(sheet, r, c);
      if (typeof v !== 'string' || !mayNameBlock(v)) continue;
      const block = blockOf(v);
      if (block !== undefined) (blocks ??= new Set()).add(`${block.field}${block.year ?? ''}`);
    }
    if (blocks === undefined || blocks.size < 2) continue;
    const itemsBelow = new Set<ThreePublicRole>();
    for (let c = 0; c < width; c++) {
      const role = threePublicRole(cellText(merges.valueAt(sheet, r + 1, c)));
      if (role !== undefined) itemsBelow.add(role);
    }
    if ([...itemsBelow].filter((x) => x !== 'total').length < 2) continue;
    const band = readBand(sheet, merges, r, width);
    if (band) {
      bands.push(band);
      r = band.dataRow;
    }
  }
  return bands;
}

function readBand(sheet: SheetInput, merges: MergeIndex, top: number, width: number): HorizontalBand | null {
  const bottom = rowHasRole(sheet, merges, top + 2, width, ['purchase', 'operation']) ? top + 2 : top + 1;
  const byRole = new Map<ThreePublicRole, { name: string; cols: Partial<Record<AmountField, number>> }>();
  let firstCol = Infinity;
  let lastCol = -1;
  const blocks = blockFields(Array.from({ length: width }, (_, c) => blockOf(merges.valueAt(sheet, top, c))));
  for (let c = 0; c < width; c++) {
    const block = blocks[c];
    if (block === undefined) continue;
    let role: ThreePublicRole | undefined;
    let name = '';
    for (let r = top + 1; r <= bottom; r++) {
      const found = threePublicItem(cellText(merges.valueAt(sheet, r, c)), name);
      // 小计 / 合计 under 公务用车购置及运行费 is that item's own total.
      if (found === undefined || (found.role === 'total' && role !== undefined)) continue;
      ({ role, name } = found);
    }
    if (role === undefined) continue;
    const entry = byRole.get(role) ?? { name, cols: {} };
    entry.cols[block] ??= c;
    byRole.set(role, entry);
    firstCol = Math.min(firstCol, c);
    lastCol = Math.max(lastCol, c);
  }
  if (byRole.size < 3) return null;
  const dataRow = findDataRow(
    sheet,
    bottom + 1,
    [...byRole.values()].flatMap((e) => Object.values(e.cols)),
  );
  if (dataRow === null) return null;
  const items: HorizontalItem[] = [...byRole].map(([role, e]) => {
    const values: Partial<Record<AmountField, number | null>> = {};
    for (const [f, c] of Object.entries(e.cols) as [AmountField, number][])
      values[f] = parseAmount(cellAt(sheet, dataRow, c)).value;
    return { role, name: e.name, cols: e.cols, values };
  });
  return { headerTop: top, headerBottom: bottom, dataRow, firstCol, lastCol, items };
}

function rowHasRole(
  sheet: SheetInput,
  merges: MergeIndex,
  r: number,
  width: number,
  roles: ThreePublicRole[],
): boolean {
  for (let c = 0; c < width; c++) {
    const above = cellText(merges.valueAt(sheet, r - 1, c));
    const role = threePublicItem(cellText(merges.valueAt(sheet, r, c)), above)?.role;
    if (role !== undefined && roles.includes(role)) return true;
  }
  return false;
}

/** The first row below the header with an amount, skipping a 栏次 row. */
function findDataRow(sheet: SheetInput, from: number, cols: readonly number[]): number | null {
  for (let r = from; r < Math.min(from + 4, sheet.rows.length); r++) {
    const texts = cols.map((c) => cellText(cellAt(sheet, r, c)));
    const rowText = (sheet.rows[r] ?? []).map((v) => cellText(v));
    if (rowText.includes('栏次') || isNumbering(texts)) continue;
    if (texts.some((t) => t !== '')) return r;
  }
  return null;
}

/** A 栏次 row without its caption: 1 | 2 | 3 … across the item columns. */
function isNumbering(texts: readonly string[]): boolean {
  const filled = texts
    .filter((t) => t !== '')
    .map(Number)
    .sort((a, b) => a - b);
  return filled.length >= 3 && filled.every((n, i) => n === i + 1);
}
