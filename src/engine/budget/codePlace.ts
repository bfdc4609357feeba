/**
 * A 项 listed under one 款 but coded under another that the table does not have (2080905 义务兵优待
 * under 20808 抚恤): the 款 sums its own codes, so it is off by just the 项's amount and its error
 * sends the user to a right cell. The 项's code is the likelier slip: it gets a warning at the code.
 * A 项 listed under another 款 of its class while its own 款 is elsewhere in the table: both 款 summing
 * right by code, the line is out of place; both summing right by place (groups.ts counts it where it
 * is listed), its code is the slip. Either way a warning at its code, naming its own 款.
 */
import { finding, type Finding } from '../findings/types';
import { fromA1, toA1 } from '../grid/address';
import { cellAt, type SheetInput, type WorkbookInput } from '../grid/types';
import { amountValue, roundTo } from './amount';
import { addsUp, fieldAmounts, lineGroups } from './groups';
import { valueOf } from './lineCells';
import { amountCell } from './detect';
import { AMOUNT_FIELDS, lineSheet, type AmountField, type BudgetLine, type BudgetTable } from './types';

/** The 类 is a code's first three digits: a 项 under another class is a different slip. */
const CLASS_DIGITS = 3;
const SECTION_DIGITS = 5;

export function misplacedCodes(table: BudgetTable): Finding[] {
  const codeCol = table.columns.code ?? table.columns.item;
  if (table.kind !== 'detail' || codeCol === undefined) return [];
  const lines = table.lines;
  let longest = 0;
  for (const l of lines) if (l.code !== null && l.code.length > longest) longest = l.code.length;
  // the codes a 项's prefix is looked up among: a prefix is shorter than the 项's code, the longest,
  // so only shorter codes can be one (most of a table's codes are the longest: not kept). Made on
  // first use, as each 款's own leaves are: a 项 listed under its own 款 (nearly all) needs neither.
  let codes: Set<string> | undefined;
  const isCode = (prefix: string): boolean => (codes ??= shorterCodes(lines, longest)).has(prefix);
  // each 款's own leaves, as its sum check has them
  let partsOf: Map<number, readonly number[]> | undefined;
  const partsAt = (j: number): readonly number[] =>
    (partsOf ??= new Map(lineGroups(table.kind, lines).map((g) => [g.target, g.parts]))).get(j) ?? [];
  const amounts = fieldAmounts(lines);
  const out: Finding[] = [];
  lines.forEach((line, i) => {
    const code = line.code;
    // a 项 code a digit short (213135 for 2130135; hunt108 P12) is slipped the same way
    if (code === null || (code.length !== longest && !oneShort(code, longest))) return;
    const j = sectionAbove(lines, i, code.length);
    const under = lines[j];
    const above = under?.code;
    if (!under || !above || code.startsWith(above)) return;
    // a code of another 类 the table does not have (2011102 under 21011; hunt94): a slip of the 类 digits,
    // which leaves the 款 and its 类 short by the line's amount; another 类 the table has is another slip
    const ownClass = code.slice(0, CLASS_DIGITS);
    const crossClass = above.slice(0, CLASS_DIGITS) !== ownClass;
    if (crossClass && isCode(ownClass)) return;
    const own = code.slice(0, above.length);
    if (!crossClass && isCode(own)) {
      // its own 款 is elsewhere in the table. Counted by the 款 it is listed under (groups.ts takes it
      // there when both 款 add up so, neither by code): its code is the slip. Counted by its own 款,
      // both adding up by code: the line is out of place.
      const k = lines.findIndex((l) => l.code === own);
      const byPlace = partsAt(j).includes(i);
      if (
        !byPlace &&
        !(partsAt(k).includes(i) && addsUp(amounts, j, partsAt(j)) && addsUp(amounts, k, partsAt(k)))
      )
        return;
      const at = byPlace ? (slipColumn(table, code, above) ?? codeCol) : codeCol;
      out.push(
        finding('budget.codeMisplaced', lineSheet(table, line), toA1(line.row, at), {
          name: line.name,
          code,
          parentCode: above,
          parentName: under.name,
          ownCode: own,
          ownName: lines[k]!.name,
          ...(byPlace ? { positional: 1 } : {}),
        }),
      );
      return;
    }
    // the 款's own leaves: a line it has no 项 of its own for is its part (groups.ts), not its own leaf
    const off = offByLine(
      lines,
      under,
      partsAt(j).filter((p) => p !== i),
      line,
    );
    if (off.length === 0) return;
    // the 款's amounts are right: its mismatches in those columns are this slip (explainedParents); so
    // are its 类's, when the slip took the line out of the 类 too
    const classAt = crossClass ? lines.findIndex((l) => l.code === above.slice(0, CLASS_DIGITS)) : -1;
    const classOff =
      classAt < 0
        ? []
        : offByLine(
            lines,
            lines[classAt]!,
            partsAt(classAt).filter((p) => p !== i),
            line,
          );
    const parentCells = [
      ...off.flatMap((f) => amountCell(table, under, f)?.a1 ?? []),
      ...classOff.flatMap((f) => amountCell(table, lines[classAt]!, f)?.a1 ?? []),
    ];
    out.push(
      finding(
        'budget.codeMisplaced',
        lineSheet(table, line),
        toA1(line.row, slipColumn(table, code, above) ?? codeCol),
        {
          name: line.name,
          code,
          parentCode: above,
          parentName: under.name,
          parentSheet: lineSheet(table, under),
          parentCells: parentCells.join('、'),
          // where the 款 and the slip are: the set's columns beyond the amounts (收入决算表's
          // 财政拨款收入 …) are matched by row in withoutExplainedParents
          parentRow: under.row,
          lineRow: line.row,
          ...(code.length < longest ? { meant: withDigit(code, above) ?? '' } : {}),
        },
        parentCells.length > 0 ? 'error' : 'warning',
      ),
    );
  });
  return out;
}

/**
 * In split 类 | 款 | 项 columns, the 款 cell when the 款 digits are the ones that differ from the 款 the
 * line is listed under (203 | 07 | 03 under 20306); otherwise undefined (the 项 cell or the one code cell).
 */
function slipColumn(table: BudgetTable, code: string, above: string): number | undefined {
  const { section, item } = table.columns;
  if (section === undefined || item === undefined) return undefined;
  return code.slice(0, SECTION_DIGITS) !== above.slice(0, SECTION_DIGITS) ? section : undefined;
}

/** The codes of the lines shorter than `longest`. */
function shorterCodes(lines: readonly BudgetLine[], longest: number): Set<string> {
  const codes = new Set<string>();
  for (const l of lines) if (l.code !== null && l.code.length < longest) codes.add(l.code);
  return codes;
}

/** The index of the nearest coded line above `i` with a shorter code: the 款 the line is listed under (−1: none). */
/** A code one digit short of a 7-digit 项 code (6 digits): no level of 类 (3), 款 (5) or 项 (7). */
function oneShort(code: string, longest: number): boolean {
  return longest === ITEM_DIGITS && code.length === ITEM_DIGITS - 1;
}

const ITEM_DIGITS = 7;

/** The one 项 code under `section` that `code` is with a digit put back (213135 under 21301 → 2130135). */
function withDigit(code: string, section: string): string | null {
  const found = new Set<string>();
  for (let k = 0; k <= code.length; k++)
    for (let d = 0; d <= 9; d++) {
      const full = `${code.slice(0, k)}${d}${code.slice(k)}`;
      if (full.startsWith(section)) found.add(full);
    }
  return found.size === 1 ? [...found][0]! : null;
}

function sectionAbove(lines: readonly BudgetLine[], i: number, length: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const c = lines[j]!.code;
    if (c !== null && c.length < length) return j;
  }
  return -1;
}

/** The columns where the 款's typed amount exceeds the sum of its own leaves by just the line's. */
function offByLine(
  lines: readonly BudgetLine[],
  section: BudgetLine,
  parts: readonly number[],
  line: BudgetLine,
): AmountField[] {
  return AMOUNT_FIELDS.filter((f) => {
    const typed = valueOf(section, f);
    const mine = valueOf(line, f);
    if (typed === null || mine === null || mine === 0) return false;
    const sum = parts.reduce((s, p) => s + (valueOf(lines[p]!, f) ?? 0), 0);
    return roundTo(typed - sum - mine, 6) === 0;
  });
}

/**
 * Drops the 款's mismatches a code slip below it explains exactly (hunt81 P06, P09, P14; hunt85
 * P07: `应为 980.24` at a 公路水路运输 that was right, beside the slip's warning): the slip, now an
 * error, says what is wrong and where. With the sheets, also a mismatch on the 款's row in a column
 * the budget model does not read (the 收入决算表's 财政拨款收入, hunt89 P02: `应为 467.36` beside the
 * slip) whose difference is the slip's amount in that column; the slip then names that cell too.
 */
export function withoutExplainedParents(findings: readonly Finding[], sheets?: WorkbookInput): Finding[] {
  const slips = findings.filter((f) => f.code === 'budget.codeMisplaced' && f.params.parentCells);
  if (slips.length === 0) return [...findings];
  const explained = new Map<string, Finding>();
  for (const f of slips)
    for (const a1 of String(f.params.parentCells).split('、'))
      explained.set(`${String(f.params.parentSheet)}!${a1}`, f);
  const bySheet = new Map((sheets ?? []).map((s) => [s.name, s]));
  const more = new Map<Finding, string[]>();
  const kept = findings.filter((f) => {
    if (f.code !== 'budget.reconcileMismatch') return true;
    if (explained.has(`${f.sheet}!${f.cell}`)) return false;
    const slip = slips.find((s) => explainsByRow(s, f, bySheet));
    if (!slip) return true;
    more.set(slip, [...(more.get(slip) ?? []), f.cell]);
    return false;
  });
  return kept.map((f) => {
    const cells = more.get(f);
    return cells
      ? { ...f, params: { ...f.params, parentCells: [String(f.params.parentCells), ...cells].join('、') } }
      : f;
  });
}

/** A mismatch on the slip's 款 row whose difference is the slip line's amount in the same column. */
function explainsByRow(slip: Finding, f: Finding, sheets: ReadonlyMap<string, SheetInput>): boolean {
  const at = fromA1(f.cell);
  const { parentRow, lineRow, parentSheet } = slip.params;
  if (!at || f.sheet !== parentSheet || at.row !== parentRow || typeof lineRow !== 'number') return false;
  const sheet = sheets.get(slip.sheet);
  const mine = sheet ? amountValue(cellAt(sheet, lineRow, at.col)) : null;
  const difference = Number(f.params.difference);
  return mine !== null && mine !== 0 && Number.isFinite(difference) && Math.abs(difference - mine) < 0.005;
}
