/**
 * A code listed twice in one public table under two names says only that one of the two codes is
 * wrong. The other tables of the set can tell which: where they name the code as one of the two
 * lines does, the other line holds the slip, and the code they give that line's name is the one
 * meant (hunt96 P07: 事业单位医疗 typed 2101101, the code of 行政单位医疗 the line above, in a
 * set whose 收入决算表 and 一般公共预算 table list 2101101 行政单位医疗 and 2101102 事业单位医疗; the
 * warning named the right line).
 */
import { finding, type Finding } from '../findings/types';
import { fromA1, toA1 } from '../grid/address';
import type { GridLine } from './publicGrid';
import type { PublicSet, PublicTable } from './publicSet';

/** The lines of the set's present tables, by code. */
type Index = ReadonlyMap<string, readonly { table: PublicTable; line: GridLine }[]>;

export function withDuplicatesNamed(findings: readonly Finding[], set: PublicSet): Finding[] {
  if (!findings.some(isNameSlip)) return [...findings];
  const index = indexOf(set);
  return findings.map((f) => (isNameSlip(f) ? named(f, index) : f));
}

const isNameSlip = (f: Finding): boolean => f.code === 'budget.codeDuplicate' && Number(f.params.copy) === 0;

function indexOf(set: PublicSet): Index {
  const byCode = new Map<string, { table: PublicTable; line: GridLine }[]>();
  for (const table of Object.values(set)) {
    if (table?.status !== 'present') continue;
    for (const line of table.grid.lines) {
      if (line.code === null || line.code.length < 5 || line.key === '') continue;
      const list = byCode.get(line.code) ?? [];
      list.push({ table, line });
      byCode.set(line.code, list);
    }
  }
  return byCode;
}

/** `a` and `b` name the same subject (`…缴费` and `…缴费支出`). */
const agree = (a: string, b: string): boolean => a.includes(b) || b.includes(a);
const key = (name: string): string => name.replace(/\s+/gu, '');

function named(f: Finding, index: Index): Finding {
  const code = String(f.params.code);
  const name = key(String(f.params.name));
  const otherName = key(String(f.params.otherName));
  const elsewhere = (index.get(code) ?? []).filter((n) => n.table.sheet !== f.sheet);
  if (elsewhere.length === 0 || agree(name, otherName)) return f;
  const sayName = elsewhere.every((n) => agree(n.line.key, name));
  const sayOther = elsewhere.every((n) => agree(n.line.key, otherName));
  if (sayName === sayOther) return f;
  const where = [...new Set(elsewhere.map((n) => n.table.sheet))].join('、');
  // the finding stands at the line the other tables do not name so
  const at = fromA1(f.cell);
  const otherRow = Number(f.params.otherRow) - 1;
  if (!at || !Number.isInteger(otherRow)) return f;
  const [slipName, slipRow, rightName, rightRow] = sayName
    ? [String(f.params.otherName), otherRow, String(f.params.name), at.row]
    : [String(f.params.name), at.row, String(f.params.otherName), otherRow];
  const meant = meantCode(index, f.sheet, key(slipName), code);
  return finding('budget.codeDuplicate', f.sheet, toA1(slipRow, at.col), {
    code,
    name: slipName,
    otherName: rightName,
    otherRow: rightRow + 1,
    copy: 0,
    where,
    meant,
  });
}

/** The code the other tables give a name (`2101102` for 事业单位医疗), if they agree on one. */
function meantCode(index: Index, sheet: string, name: string, not: string): string | null {
  const codes = new Set<string>();
  for (const [code, lines] of index) {
    if (code === not || code.length !== not.length) continue;
    if (lines.some((n) => n.table.sheet !== sheet && agree(n.line.key, name))) codes.add(code);
  }
  const [only] = codes;
  return codes.size === 1 ? only! : null;
}
