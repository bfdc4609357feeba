/**
 * Unit sanity: an amount about 10⁴ away from its siblings (元 typed among 万元, or the reverse),
 * and prose that states in 元 an amount the tables keep in 万元 (the seed's "支出调整预算数为
 * 14164.71 元"). Identity-covered amounts are judged by reconciliation instead (a mismatch that
 * a ×10⁴ slip explains).
 */
import { toA1 } from '../grid/address';
import { finding, type Finding } from '../findings/types';
import { cellText, type WorkbookInput } from '../grid/types';
import { lineGroups } from './groups';
import { SUB_ROW_NAME } from './rowWords';
import { unitSuspect } from './unitSlips';
import { tableFields, valueOf } from './lineCells';
import type { BudgetTable } from './types';

/** How far (in powers of ten) an amount must sit from its siblings' median. */
const SLIP_LOG10 = 3.5;

export function siblingUnitSlips(table: BudgetTable): Finding[] {
  // a flag per line, not a set of line numbers: every line of a coded table is covered
  const covered = new Uint8Array(table.lines.length);
  for (const g of lineGroups(table.kind, table.lines)) {
    covered[g.target] = 1;
    for (const i of g.parts) covered[i] = 1;
  }
  const groups = new Map<string, number[]>();
  table.lines.forEach((l, i) => {
    if (covered[i] === 1 || l.level === 'total' || SUB_ROW_NAME.test(l.name)) return;
    const key = l.code === null ? '' : `${l.code.length}:${l.code.slice(0, Math.max(0, l.code.length - 2))}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const out: Finding[] = [];
  for (const members of groups.values()) {
    for (const field of tableFields(table)) {
      const vals = members
        .map((i) => ({ i, v: valueOf(table.lines[i]!, field) }))
        .filter((x) => x.v !== null && x.v > 0);
      if (vals.length < 4) continue;
      const logs = vals.map((x) => ({ i: x.i, v: x.v!, lv: Math.log10(x.v!) })).sort((a, b) => a.lv - b.lv);
      const med = median(logs.map((x) => x.lv));
      logs.forEach(({ i, v, lv }, k) => {
        // Far from every sibling (its nearest neighbours in sorted order) and from the median.
        const near = Math.min(lv - (logs[k - 1]?.lv ?? -Infinity), (logs[k + 1]?.lv ?? Infinity) - lv);
        if (near < 3 || Math.abs(lv - med) < SLIP_LOG10) return;
        const f = unitSuspect(table, table.lines[i]!, field, v, lv > med ? 1e-4 : 1e4);
        if (f) out.push(f);
      });
    }
  }
  return out;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const AMOUNT_IN_TEXT = /(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)/g;

/**
 * Text cells that give an amount in 元 where the tables are in 万元: the cell states a 万元 amount
 * of the same size, or the figure (with decimals) is one of the tables' 万元 amounts.
 */
export function narrativeUnitSlips(tables: readonly BudgetTable[], sheets: WorkbookInput): Finding[] {
  const wanTables = tables.filter((t) => t.unit === '万元');
  if (wanTables.length === 0) return [];
  // made when a text names a 元 amount with decimals: most workbooks have none, and it is a
  // string per amount of every table
  let known: Set<string> | undefined;
  const isKnown = (value: number): boolean => (known ??= knownAmounts(wanTables)).has(value.toFixed(2));
  const out: Finding[] = [];
  for (const sheet of sheets) {
    if (sheet.hidden) continue;
    // plain loops: a callback per row (200k closures on a long workbook) was most of this scan's
    // allocation, though nearly every cell is skipped at the first test
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (row === undefined) continue; // a hole, as forEach skipped
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== 'string' || !v.includes('元')) continue;
        const text = cellText(v).normalize('NFKC');
        const found = [...text.matchAll(AMOUNT_IN_TEXT)];
        const wan = found.filter((m) => m[2] === '万元').map((m) => Number(m[1]!.replace(/,/g, '')));
        for (const m of found) {
          if (m[2] !== '元') continue;
          const value = Number(m[1]!.replace(/,/g, ''));
          const decimals = /\.\d+$/.test(m[1]!);
          // A real 元 figure is ~10⁴ times the 万元 figures beside it; a similar one is a slip.
          const nearWan = wan.some((w) => w > 0 && value / w >= 0.1 && value / w <= 10);
          if (!nearWan && !(decimals && isKnown(value))) continue;
          out.push(
            finding('budget.unitSuspect', sheet.name, toA1(r, c), {
              name: '',
              value,
              factor: 1e4,
              unit: '元',
              field: 'text',
              text: m[0],
            }),
          );
        }
      }
    }
  }
  return out;
}

/** Every non-integer 万元 amount of the tables, as 2-decimal text. */
function knownAmounts(tables: readonly BudgetTable[]): Set<string> {
  const known = new Set<string>();
  for (const t of tables) {
    for (const l of t.lines)
      for (const f of tableFields(t)) {
        const v = valueOf(l, f);
        if (v !== null && !Number.isInteger(v)) known.add(v.toFixed(2));
      }
  }
  return known;
}
