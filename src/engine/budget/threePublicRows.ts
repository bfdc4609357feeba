/**
 * The "三公" table laid out as rows: the items across (项目 | 合计 | 因公出国（境）费 | 公务用车购置费 |
 * 公务用车运行维护费 | 公务接待费), one row per block below (预算数, 决算数 [, 上年决算数]). Read as the
 * horizontal layout is — a line per item — each amount taking its row from its block.
 */
import type { MergeIndex } from '../grid/merges';
import { cellAt, cellText, type SheetInput } from '../grid/types';
import { parseAmount } from './amount';
import { THREE_PUBLIC_HINT } from './lexicon';
import { SUBTOTAL_WORDS, type ThreePublicRole } from './rowWords';
import { headerKey } from '../layout/matchHeader';
import { blockFields, blockOf, threePublicItem, threePublicRole, type HorizontalBand } from './threePublic';
import type { AmountField } from './types';

/** How many block rows may follow the item captions. */
const MAX_BLOCK_ROWS = 4;

/** Every "三公" table on the sheet whose items head the columns and whose blocks head the rows. */
export function findRowsThreePublic(sheet: SheetInput, merges: MergeIndex): HorizontalBand[] {
  const bands: HorizontalBand[] = [];
  for (let r = 0; r + 1 < sheet.rows.length; r++) {
    // Cheap test first: this runs for every row of every sheet. A row of 小计 | 购置费 | 运行费 is
    // the lower of two header rows, the upper naming the items.
    if (!hinted(sheet.rows[r]) && !hinted(sheet.rows[r - 1])) continue;
    const band = readRowsBand(sheet, merges, r);
    if (band) {
      bands.push(band);
      r = band.dataRow;
    }
  }
  return bands;
}

const hinted = (row: readonly unknown[] | undefined): boolean =>
  row !== undefined && row.some((v) => typeof v === 'string' && THREE_PUBLIC_HINT.test(v));

function readRowsBand(sheet: SheetInput, merges: MergeIndex, top: number): HorizontalBand | null {
  const width = sheet.rows[top]?.length ?? 0;
  const items = new Map<ThreePublicRole, { name: string; col: number }>();
  for (let c = 0; c < width; c++) {
    const cell = cellText(merges.valueAt(sheet, top, c));
    const above = top > 0 ? cellText(merges.valueAt(sheet, top - 1, c)) : '';
    // `购置费` under 公务用车购置及运行费 is 公务用车购置费
    const { role, name: text } = threePublicItem(cell, above) ?? { role: undefined, name: cell };
    // 小计 under a 公务用车购置及运行费 caption above it (a header of two rows): that item's own total
    const subtotal = role === 'total' || SUBTOTAL_WORDS.includes(headerKey(text));
    const caption = subtotal ? above : '';
    if (caption !== '' && threePublicRole(caption) === 'vehicle' && !items.has('vehicle'))
      items.set('vehicle', { name: caption, col: c });
    // 公务用车购置及运行费 is an item of its own only in a cell of its own (`…运行费小计`), not as the
    // caption merged over its 小计 | 购置费 | 运行费
    else if (role !== undefined && (role !== 'vehicle' || !spansColumns(merges, top, c)) && !items.has(role))
      items.set(role, { name: text, col: c });
  }
  if ([...items.keys()].filter((k) => k !== 'total').length < 2) return null;
  const cols = [...items.values()].map((i) => i.col);
  const firstCol = Math.min(...cols);
  // A header of three rows (公务用车购置及运行维护费 over 小计 | 购置费 | 运行费, every other caption
  // merged down through all three) ends on a row merged from above in each item's column.
  const bottom = headerBottom(sheet, merges, top, firstCol);
  // 预算数 / 决算数 in a column left of the items, on the rows below.
  const captions: { row: number; block: NonNullable<ReturnType<typeof blockOf>> }[] = [];
  for (let r = bottom + 1; r <= bottom + MAX_BLOCK_ROWS && r < sheet.rows.length; r++) {
    let block: ReturnType<typeof blockOf>;
    for (let c = 0; c < firstCol && block === undefined; c++) block = blockOf(merges.valueAt(sheet, r, c));
    if (block === undefined) break;
    captions.push({ row: r, block });
  }
  const rows: Partial<Record<AmountField, number>> = {};
  blockFields(captions.map((c) => c.block)).forEach((field, i) => (rows[field!] ??= captions[i]!.row));
  if (rows.final === undefined) return null;
  const bandItems = [...items].map(([role, { name, col }]) => {
    const values: Partial<Record<AmountField, number | null>> = {};
    const itemCols: Partial<Record<AmountField, number>> = {};
    for (const [f, r] of Object.entries(rows) as [AmountField, number][]) {
      values[f] = parseAmount(cellAt(sheet, r, col)).value;
      itemCols[f] = col;
    }
    return { role, name, cols: itemCols, values };
  });
  return {
    headerTop: top,
    headerBottom: bottom,
    dataRow: rows.final,
    firstCol,
    lastCol: Math.max(...cols),
    items: bandItems,
    rows,
  };
}

/**
 * The last row of the header whose captions are on `top`: the rows below merged from above in every
 * captioned column (a caption spanning 小计 | 购置费 | 运行费 has its own row below: not this header).
 */
function headerBottom(sheet: SheetInput, merges: MergeIndex, top: number, firstCol: number): number {
  const width = sheet.rows[top]?.length ?? 0;
  const captioned: number[] = [];
  for (let c = firstCol; c < width; c++)
    if (cellText(merges.valueAt(sheet, top, c)) !== '') captioned.push(c);
  let bottom = top;
  const mergedDown = (c: number): boolean => (merges.at(bottom + 1, c)?.top ?? Infinity) <= top;
  while (bottom + 1 < sheet.rows.length && captioned.every(mergedDown)) bottom++;
  return bottom;
}

function spansColumns(merges: MergeIndex, r: number, c: number): boolean {
  const m = merges.at(r, c);
  return m !== undefined && m.right > m.left;
}
