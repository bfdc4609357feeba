/**
 * A subject code listed twice in one coded table. With the same name and amounts it is a row pasted
 * twice: every total above it is off by the copy, and the copy is what to remove (the error of the
 * table, its totals' mismatches not reported again: setFindings, explainedByPaste). With another name
 * it is a code slip on one of the two (2080505 基本养老保险缴费 typed 2080506, the code of the 职业年金
 * line below): the sums by code cannot tell which, so the warning names both rows.
 */
import { finding, type Finding } from '../findings/types';
import { fromA1, toA1 } from '../grid/address';
import { roundTo } from './amount';
import type { CheckRecord } from './rounding';
import { valueOf } from './lineCells';
import { AMOUNT_FIELDS, lineSheet, type BudgetLine, type BudgetTable } from './types';

export function duplicateCodes(table: BudgetTable): Finding[] {
  const { code: codeCol, item: itemCol } = table.columns;
  const col = itemCol ?? codeCol;
  // a table of 类 / 款 / 项 lines: a list of projects may give many the same subject code
  if (table.kind !== 'detail' || col === undefined || !hierarchical(table.lines)) return [];
  const first = new Map<string, BudgetLine>();
  const out: Finding[] = [];
  for (const line of table.lines) {
    if (line.code === null) continue;
    const earlier = first.get(line.code);
    if (earlier === undefined) {
      first.set(line.code, line);
      continue;
    }
    const copy = earlier.name === line.name && sameAmounts(earlier, line);
    // the copy is the later row; of two names, the code the first row took is the one in doubt
    const at = copy ? line : earlier;
    out.push(
      finding('budget.codeDuplicate', lineSheet(table, at), toA1(at.row, col), {
        code: line.code,
        name: at.name,
        otherName: (copy ? earlier : line).name,
        otherRow: (copy ? earlier : line).row + 1,
        copy: copy ? 1 : 0,
      }),
    );
  }
  return out;
}

/** Codes of more than one length: 类 and 款 lines above their 项. */
function hierarchical(lines: readonly BudgetLine[]): boolean {
  let length: number | undefined;
  for (const l of lines) {
    if (l.code === null) continue;
    if (length !== undefined && l.code.length !== length) return true;
    length = l.code.length;
  }
  return false;
}

function sameAmounts(a: BudgetLine, b: BudgetLine): boolean {
  return AMOUNT_FIELDS.every((f) => valueOf(a, f) === valueOf(b, f));
}

/**
 * The rows a pasted copy stands on (`copy` findings), by sheet: `sheet!row`, 0-based.
 */
export function pastedRows(findings: readonly Finding[]): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    if (f.code !== 'budget.codeDuplicate' || Number(f.params.copy) !== 1) continue;
    const at = fromA1(f.cell);
    if (at) out.add(`${f.sheet}!${at.row}`);
  }
  return out;
}

/**
 * A failing sum over a pasted copy that is over by just the copy's amount (hunt104 P12: 2080502
 * pasted again into the blank row below its block put 款 20805, 类 208 and 合计 18.75 short in every
 * column): the sum is right, and the copy, which its own warning names, is the row to remove.
 */
export function explainedByPaste(r: CheckRecord, pasted: ReadonlySet<string>): boolean {
  if (pasted.size === 0 || r.scope !== 'table' || r.status !== 'mismatch' || r.relation !== 'eq')
    return false;
  let copies = 0;
  let found = false;
  r.parts.forEach((p, i) => {
    if (p.value === null || p.virtual === true || !pasted.has(`${p.sheet}!${p.row}`)) return;
    found = true;
    copies += (r.signs[i] ?? 1) * p.value;
  });
  return found && copies !== 0 && Math.abs(roundTo(r.difference + copies, 6)) <= r.tolerance;
}
