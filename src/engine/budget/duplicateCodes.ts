/**
 * A subject code listed twice in one coded table. With the same name and amounts it is a row pasted
 * twice: every total above it is off by the copy, and the copy is what to remove. With another name
 * it is a code slip on one of the two (2080505 基本养老保险缴费 typed 2080506, the code of the 职业年金
 * line below): the sums by code cannot tell which, so the warning names both rows.
 */
import { finding, type Finding } from '../findings/types';
import { toA1 } from '../grid/address';
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
