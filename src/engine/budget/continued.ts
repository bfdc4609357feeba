/**
 * A 决算 table printed over several pages and kept so in Excel: `3.支出决算表` then
 * `3.支出决算表(续表)`, the second with its own title (…支出决算表（续表）), the header repeated, the
 * remaining lines and the 合计. It is one table. A sheet's first table joins the last table of the
 * sheet before when it is clearly the same one: its sheet's name or a title above its header says
 * 续表 (the words of the indicator side, `CONTINUED_WORDS`), it has the same kind and the same amount
 * columns in the same places, and no other unit. Anything else stays a table of its own.
 */
import { cellText, type SheetInput } from '../grid/types';
import { CONTINUED_WORDS } from '../layout/headerLexicon';
import { buildLines, type LineInput } from './compute';
import type { BudgetTable, TableKind } from './types';

/** A table as detected, with the inputs its lines were built from (a join builds them again). */
export interface FoundTable {
  readonly table: BudgetTable;
  readonly inputs: readonly LineInput[];
}

/** Kinds read line by line down one column layout: the ones a 续表 can continue. */
const JOINABLE: ReadonlySet<TableKind> = new Set(['detail', 'summary', 'basic']);

/** Text that says 续表 / （续）. */
export function saysContinued(text: string): boolean {
  return CONTINUED_WORDS.some((w) => text.includes(w));
}

/**
 * The tables of the sheets (in sheet order), each continuation joined into the table it continues.
 * @example joinContinued([{ sheet: one, tables: [a] }, { sheet: two, tables: [b, c] }]) // [a+b, c] when b is a's 续表
 */
export function joinContinued(
  sheets: readonly { readonly sheet: SheetInput; readonly tables: readonly FoundTable[] }[],
): FoundTable[] {
  const out: FoundTable[] = [];
  let lastSheet = -1;
  sheets.forEach(({ sheet, tables }, i) => {
    tables.forEach((found, k) => {
      const prev = out[out.length - 1];
      if (k === 0 && prev && lastSheet === i - 1 && continues(prev.table, found.table, sheet)) {
        out[out.length - 1] = join(prev, found);
      } else out.push(found);
    });
    if (tables.length > 0) lastSheet = i;
  });
  return out;
}

function continues(prev: BudgetTable, cur: BudgetTable, sheet: SheetInput): boolean {
  if (!JOINABLE.has(cur.kind) || cur.kind !== prev.kind || cur.panel !== prev.panel) return false;
  if (prev.publicKey && cur.publicKey && prev.publicKey !== cur.publicKey) return false;
  if (cur.unitCell !== null && cur.unit !== prev.unit) return false;
  if (!sameColumns(prev.columns, cur.columns)) return false;
  if ([prev, cur].some((t) => t.lines.some((l) => l.cols !== undefined || l.rows !== undefined)))
    return false;
  return saysContinued(sheet.name) || titleSaysContinued(sheet, cur.headerTop);
}

/** A cell above the header (the title, the 单位 line) says 续表. */
function titleSaysContinued(sheet: SheetInput, headerTop: number): boolean {
  for (let r = 0; r < headerTop; r++) {
    for (const v of sheet.rows[r] ?? []) {
      if (typeof v === 'string' && v.length <= 80 && saysContinued(cellText(v))) return true;
    }
  }
  return false;
}

function sameColumns(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** The continuation's lines after the table's, on their sheet; rates and shares over them all. */
function join(prev: FoundTable, cur: FoundTable): FoundTable {
  const sheet = cur.table.sheet;
  const inputs = [...prev.inputs, ...cur.inputs.map((l) => ({ ...l, sheet }))];
  const t = cur.table;
  // a 注 saying what the rates divide by may sit under any part (most often the last)
  const noted = [prev.table, t].find((x) => x.basisNoted);
  const basis = noted ? noted.basis : prev.table.basis;
  const table: BudgetTable = {
    ...prev.table,
    basis,
    ...(noted ? { basisNoted: true as const } : {}),
    lines: buildLines(prev.table.kind, inputs, basis ?? null),
    parts: [
      ...(prev.table.parts ?? []),
      {
        sheet,
        headerTop: t.headerTop,
        headerBottom: t.headerBottom,
        lastCol: t.lastCol,
        unitCell: t.unitCell,
      },
    ],
  };
  return { table, inputs };
}
