/**
 * What the public tables say of one subject code between them, that no sum shows:
 * - a code named differently (2100101 行政运行 in the 收入决算表 and the 一般公共预算 table, 一般行政管理事务
 *   in the 支出决算表; hunt87 P16): where most tables agree on the name, the odd one gets a warning at its
 *   name; a name that contains the other (`…缴费` and `…缴费支出`) is the same name, and a tie says nothing;
 * - a code listed twice in one table under two names: the line the other tables do not name so holds the
 *   slip (withDuplicatesNamed);
 * - a code in one table alone, where the others code the line otherwise (codeElsewhereFindings).
 */
import { finding, type Finding } from '../findings/types';
import { fromA1, toA1 } from '../grid/address';
import type { GridLine } from './publicGrid';
import type { PublicSet, PublicTable } from './publicSet';

interface Named {
  readonly table: PublicTable;
  readonly line: GridLine;
}

/** `a` and `b` name the same subject (`…缴费` and `…缴费支出`). */
const agree = (a: string, b: string): boolean => a.includes(b) || b.includes(a);

/** The coded lines of the set's present subject tables by code, a table's first line of a code only. */
function linesByCode(set: PublicSet): Map<string, Named[]> {
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
  return byCode;
}

export function codeNameFindings(set: PublicSet): Finding[] {
  const out: Finding[] = [];
  for (const [code, named] of linesByCode(set)) {
    if (named.length < 3) continue;
    const usual = named.find(
      (n) => named.filter((m) => agree(m.line.key, n.line.key)).length * 2 > named.length,
    );
    if (!usual) continue;
    for (const { table, line } of named) {
      if (agree(line.key, usual.line.key)) continue;
      const col = columnOf(table, line, 'name');
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
      const col = columnOf(table, line, 'code');
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

/**
 * A code listed twice in one public table under two names says only that one of the two codes is
 * wrong. The other tables of the set can tell which: where they name the code as one of the two
 * lines does, the other line holds the slip, and the code they give that line's name is the one
 * meant (hunt96 P07: 事业单位医疗 typed 2101101, the code of 行政单位医疗 the line above, in a
 * set whose 收入决算表 and 一般公共预算 table list 2101101 行政单位医疗 and 2101102 事业单位医疗; the
 * warning named the right line).
 */
export function withDuplicatesNamed(findings: readonly Finding[], set: PublicSet): Finding[] {
  if (!findings.some(isNameSlip)) return [...findings];
  const index = linesByCode(set);
  return findings.map((f) => (isNameSlip(f) ? named(f, index) : f));
}

const isNameSlip = (f: Finding): boolean => f.code === 'budget.codeDuplicate' && Number(f.params.copy) === 0;

const key = (name: string): string => name.replace(/\s+/gu, '');

function named(f: Finding, index: ReadonlyMap<string, readonly Named[]>): Finding {
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
function meantCode(
  index: ReadonlyMap<string, readonly Named[]>,
  sheet: string,
  name: string,
  not: string,
): string | null {
  const codes = new Set<string>();
  for (const [code, lines] of index) {
    if (code === not || code.length !== not.length) continue;
    if (lines.some((n) => n.table.sheet !== sheet && agree(n.line.key, name))) codes.add(code);
  }
  const [only] = codes;
  return codes.size === 1 ? only! : null;
}

/** The column of a line's name or code in its panel (its first amount's, where the panel has none). */
function columnOf(table: PublicTable, line: GridLine, which: 'name' | 'code'): number | undefined {
  return table.grid.panels.find((p) => p.index === line.panel)?.[which] ?? line.cells[0]?.col;
}
