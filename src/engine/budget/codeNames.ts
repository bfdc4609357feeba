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

/** A 项 code's 款: its first five digits. */
const SECTION_DIGITS = 5;

/**
 * A code in one table alone, on a line the other tables all name with another code that this table
 * lacks (hunt100 P12: 行政单位医疗 coded 2101102 in the 支出决算表, 2101101 in the 收入决算表 and the
 * 一般公共预算 table): no sum shows it, since the line stays under its 款. A warning at its code,
 * when two other tables or more give the line one code, of the same 款 (行政运行 is named under many
 * 款, each with its own code), that this table lacks; between two tables either code may be the slip.
 */
export function codeElsewhereFindings(set: PublicSet): Finding[] {
  const tables = Object.values(set).filter(
    (t): t is PublicTable => t?.status === 'present' && t.key !== 'generalBasic' && t.key !== 'threePublic',
  );
  const codesOf = new Map(
    tables.map((t) => [t, new Set(t.grid.lines.flatMap((l) => (l.code ? [l.code] : [])))]),
  );
  const out: Finding[] = [];
  for (const table of tables) {
    const own = codesOf.get(table)!;
    const others = tables.filter((t) => t !== table);
    for (const line of table.grid.lines) {
      const code = line.code;
      if (code === null || code.length < 7 || line.key === '') continue;
      if (others.some((t) => codesOf.get(t)!.has(code))) continue;
      // the other tables that name the line: each with one code for it, the same one, not in this table
      const naming = others.flatMap((t) =>
        t.grid.lines.filter((l) => l.key === line.key && l.code !== null && l.code.length === code.length),
      );
      const usual = new Set(naming.map((l) => l.code!));
      const [meant] = usual;
      const section = code.slice(0, SECTION_DIGITS);
      if (naming.length < 2 || usual.size !== 1 || !meant || own.has(meant) || !meant.startsWith(section))
        continue;
      const col = table.grid.panels.find((p) => p.index === line.panel)?.code ?? line.cells[0]?.col;
      if (col === undefined) continue;
      out.push(
        finding('budget.codeElsewhere', line.sheet ?? table.sheet, toA1(line.row, col), {
          code,
          name: line.name,
          usual: meant,
          where: [
            ...new Set(
              others
                .filter((t) => t.grid.lines.some((l) => l.code === meant && l.key === line.key))
                .map((t) => t.sheet),
            ),
          ].join('、'),
        }),
      );
    }
  }
  return out;
}
