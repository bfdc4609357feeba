/**
 * One subject code named differently in the public tables (2100101 行政运行 in the 收入决算表 and the
 * 一般公共预算 table, 一般行政管理事务 in the 支出决算表; hunt87 P16): no sum shows it. Where most tables
 * agree on the name, the odd one gets a warning at its name; a name that contains the other
 * (`…缴费` and `…缴费支出`) is the same name, and a tie says nothing.
 */
import { finding, type Finding } from '../findings/types';
import { toA1 } from '../grid/address';
import type { GridLine } from './publicGrid';
import type { PublicSet, PublicTable } from './publicSet';

interface Named {
  readonly table: PublicTable;
  readonly line: GridLine;
}

export function codeNameFindings(set: PublicSet): Finding[] {
  const byCode = new Map<string, Named[]>();
  for (const table of Object.values(set)) {
    if (table?.status !== 'present' || table.key === 'generalBasic' || table.key === 'threePublic') continue;
    for (const line of table.grid.lines) {
      if (line.code === null || line.code.length < 5 || line.key === '') continue;
      const list = byCode.get(line.code) ?? [];
      // a table names a code once: a second line of the same code is another check's (codeDuplicate)
      if (!list.some((n) => n.table === table)) list.push({ table, line });
      byCode.set(line.code, list);
    }
  }
  const out: Finding[] = [];
  for (const [code, named] of byCode) {
    if (named.length < 3) continue;
    const agree = (a: string, b: string): boolean => a.includes(b) || b.includes(a);
    const usual = named.find(
      (n) => named.filter((m) => agree(m.line.key, n.line.key)).length * 2 > named.length,
    );
    if (!usual) continue;
    for (const { table, line } of named) {
      if (agree(line.key, usual.line.key)) continue;
      const col = table.grid.panels.find((p) => p.index === line.panel)?.name ?? line.cells[0]?.col;
      if (col === undefined) continue;
      out.push(
        finding('budget.codeNameDiffers', line.sheet ?? table.sheet, toA1(line.row, col), {
          code,
          name: line.name,
          usual: usual.line.name,
          where: named
            .filter((n) => agree(n.line.key, usual.line.key))
            .map((n) => n.table.sheet)
            .join('、'),
        }),
      );
    }
  }
  return out;
}
