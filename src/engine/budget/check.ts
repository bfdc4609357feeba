/**
 * checkBudgetTables: every finding on the budget tables — amounts that are not numbers, rates
 * without a budget, identities (reconcile.ts), unit slips (unitCheck.ts) and typed rates that
 * differ from final / budget.
 */
import { append } from '../grid/append';
import { finding, type Finding } from '../findings/types';
import { toA1 } from '../grid/address';
import {
  cellAt,
  cellText,
  isCellError,
  type CellValue,
  type SheetInput,
  type WorkbookInput,
} from '../grid/types';
import { cappedAt100, readsAs, typedRate, typedReading } from '../grid/typedRate';
import type { Settings } from '../settings';
import { parseAmount, roundTo } from './amount';
import { amountCell } from './detect';
import { tableFields, valueOf } from './lineCells';
import { panelChecks, tableChecks, type TableCheck } from './reconcile';
import { keptBasis, rateBases } from './rateBases';
import {
  amountCol,
  amountRow,
  lineSheet,
  type AmountField,
  type BudgetLine,
  type BudgetTable,
} from './types';
import { misplacedCodes, withoutExplainedParents } from './codePlace';
import { negativeLineFindings } from './negativeAmounts';
import { duplicateCodes } from './duplicateCodes';
import { threePublicOverBudget } from './threePublicOver';
import { narrativeUnitSlips, siblingUnitSlips } from './unitCheck';
import { withoutEchoedSlips } from './unitSlips';
import { orderFindings } from './orderFindings';

/**
 * All findings of the budget tables, one per code and cell. `checkBudgetSet` (checkSet.ts) returns
 * these and the nine-table set's own, each identity once: hosts call that one instead.
 * @example checkBudgetTables(findBudgetTables(sheets, s), sheets, s).filter(f => f.code === 'budget.reconcileMismatch')
 */
export function checkBudgetTables(
  tables: readonly BudgetTable[],
  sheets: WorkbookInput,
  _settings?: Settings,
): Finding[] {
  const found = withoutExplainedParents(tableFindings(tables, sheets).findings, sheets);
  return orderFindings([...found, ...typedRateFindings(tables, sheets, found)], sheets);
}

/**
 * The findings of the budget tables in reading order per table, and every identity judged.
 * `keep` drops identities (and their findings) that another check owns; `skip` drops a whole
 * table's identities without judging them.
 */
export function tableFindings(
  tables: readonly BudgetTable[],
  sheets: WorkbookInput,
  keep: (c: TableCheck) => boolean = () => true,
  skip: (t: BudgetTable) => boolean = () => false,
): { findings: Finding[]; checks: TableCheck[] } {
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  const out: Finding[] = [];
  const checks: TableCheck[] = [];
  for (const table of tables) {
    const read = readerOf(table, bySheet);
    if (read) append(out, notNumeric(table, read));
    append(out, zeroBudgets(table));
    const skipped = skip(table);
    const own = skipped ? [] : tableChecks(table).filter(keep);
    append(checks, own);
    append(
      out,
      own.flatMap((c) => c.findings),
    );
    append(out, siblingUnitSlips(table));
    const slips = misplacedCodes(table);
    append(out, slips);
    // a code typed twice because one of them slipped to another 款's (hunt89 P12): the slip says it
    append(
      out,
      duplicateCodes(table).filter((d) => !slips.some((s) => s.params.code === d.params.code)),
    );
    append(out, threePublicOverBudget(table, bySheet.get(table.sheet)));
    // the nine-table set judges its own tables' signs (checkSet.ts)
    if (!skipped) append(out, negativeLineFindings(table));
  }
  const panels = panelChecks(tables).filter(keep);
  append(checks, panels);
  append(
    out,
    panels.flatMap((c) => c.findings),
  );
  append(out, narrativeUnitSlips(tables, sheets));
  return {
    findings: withoutEchoedSlips(
      out,
      checks.map((c) => c.record),
    ),
    checks,
  };
}

type Read = (sheet: string, row: number, col: number) => ReturnType<typeof cellAt>;

function notNumeric(table: BudgetTable, read: Read): Finding[] {
  const out: Finding[] = [];
  const fields = tableFields(table);
  for (const line of table.lines) {
    for (const field of fields) {
      const col = amountCol(table, line, field);
      if (col === undefined) continue;
      const row = amountRow(line, field);
      const v = read(lineSheet(table, line), row, col);
      // Most amounts are numbers, and a number is never "not numeric".
      if (v !== null && typeof v !== 'number' && parseAmount(v).notNumeric) {
        out.push(
          finding('budget.amountNotNumeric', lineSheet(table, line), toA1(row, col), {
            name: line.name,
            text: cellText(v),
            field,
          }),
        );
      }
    }
  }
  return out;
}

/**
 * A rate needs a budget: 0 or blank gives no rate, and says so — when something was spent (a line
 * with neither budget nor spending has no rate to miss).
 */
function zeroBudgets(table: BudgetTable): Finding[] {
  const basis = table.basis ?? null;
  if (basis === null) return [];
  const out: Finding[] = [];
  for (const line of table.lines) {
    const budget = valueOf(line, basis);
    if ((budget !== null && budget !== 0) || line.final === null || line.final === 0) continue;
    const cell = amountCell(table, line, basis);
    if (cell) {
      out.push(
        finding('budget.zeroBudget', lineSheet(table, line), cell.a1, {
          name: line.name,
          code: line.code,
          final: line.final,
          unit: table.unit,
          basis,
        }),
      );
    }
  }
  return out;
}

/** The true ratio behind a line's rate (not rounded), or null. */
export function trueRate(table: BudgetTable, line: BudgetLine, basis = table.basis): number | null {
  return rateFrom(basis ? valueOf(line, basis) : null, line.final);
}

/** 决算 ÷ 预算, or null without both or over a budget of 0. */
function rateFrom(budget: number | null, final: number | null): number | null {
  return budget === null || budget === 0 || final === null ? null : final / budget;
}

/**
 * Each typed rate (完成年初预算%) checked against its line's amounts, every amount suspected of a
 * unit slip among `findings` read in the table's unit: the slips a table shows itself and those only
 * the nine-table set's sums show (96 typed beside 336,000 in a 万元 table is right for 33.6 of 35).
 */
export function typedRateFindings(
  tables: readonly BudgetTable[],
  sheets: WorkbookInput,
  findings: readonly Finding[],
): Finding[] {
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  const slips = slipFactors(findings);
  // an amount an error names is not what the rate was typed from (hunt100: 类 208's 决算 typed 101.07
  // for 110.07 made its right 98.08 % a second finding)
  const wrong = new Set(findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell}`));
  return tables.flatMap((table) => {
    const read = readerOf(table, bySheet);
    if (!read) return [];
    return [
      ...(table.rateCol !== null ? typedRates(table, read, slips, wrong, percentFormatted(bySheet)) : []),
      ...typedChangeRates(table, read, wrong),
    ];
  });
}

/**
 * A typed 增减率 against (本年 − 上年) ÷ 上年 (hunt100 P02: 9.55 typed 8.72, worked on 本年, was unseen).
 * Lines whose amounts an error names, or with no 上年, are left alone.
 */
function typedChangeRates(table: BudgetTable, read: Read, wrong: ReadonlySet<string>): Finding[] {
  const col = table.columns.changeRate;
  if (col === undefined) return [];
  const out: Finding[] = [];
  for (const line of table.lines) {
    const previous = valueOf(line, 'previous');
    if (line.final === null || previous === null || previous === 0) continue;
    if (amountNamed(table, line, 'final', wrong) || amountNamed(table, line, 'previous', wrong)) continue;
    const typed = read(lineSheet(table, line), line.row, col);
    const candidates = typedRate(typed);
    const computed = (line.final - previous) / Math.abs(previous);
    if (candidates === null || readsAs(candidates, computed)) continue;
    out.push(
      finding('budget.changeRateDiffers', lineSheet(table, line), toA1(line.row, col), {
        name: line.name,
        typed: cellText(typed),
        typedRate: roundTo(typedReading(candidates, computed), 6),
        computed: roundTo(computed, 4),
      }),
    );
  }
  return out;
}

/** The line's amount in `field` is a cell of `cells` (`sheet!A1`). */
function amountNamed(
  table: BudgetTable,
  line: BudgetLine,
  field: AmountField,
  cells: ReadonlySet<string>,
): boolean {
  const cell = amountCell(table, line, field);
  return cell !== null && cells.has(`${lineSheet(table, line)}!${cell.a1}`);
}

/** A table's cells; a table continued on other sheets (续表) reads each line's on the line's sheet. */
function readerOf(table: BudgetTable, bySheet: ReadonlyMap<string, SheetInput>): Read | null {
  const sheet = bySheet.get(table.sheet);
  if (!table.parts) return sheet ? (_s, r, c) => cellAt(sheet, r, c) : null;
  return (s, r, c) => {
    const own = bySheet.get(s);
    return own ? cellAt(own, r, c) : null;
  };
}

/** The factor (×10⁻⁴ or ×10⁴) that would put each amount suspected of a unit slip right, by cell. */
function slipFactors(findings: readonly Finding[]): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) {
    const factor = f.params.factor;
    if (f.code === 'budget.unitSuspect' && typeof factor === 'number')
      out.set(`${f.sheet}!${f.cell}`, factor);
  }
  return out;
}

/**
 * A line's rate over `basis`, each amount suspected of a unit slip read in the table's unit
 * (236,800 typed in a 万元 table against a budget of 24 is 23.68 / 24 = 98.67 %, not 986,666.67 %).
 */
function rateOf(
  table: BudgetTable,
  line: BudgetLine,
  basis: AmountField,
  slips: ReadonlyMap<string, number>,
): number | null {
  if (slips.size === 0) return trueRate(table, line, basis);
  const read = (field: AmountField, v: number | null): number | null => {
    const cell = amountCell(table, line, field);
    const factor = cell && slips.get(`${lineSheet(table, line)}!${cell.a1}`);
    return v === null || !factor ? v : v * factor;
  };
  return rateFrom(read(basis, valueOf(line, basis)), read('final', line.final));
}

function typedRates(
  table: BudgetTable,
  read: Read,
  slips: ReadonlyMap<string, number>,
  wrong: ReadonlySet<string>,
  inPercentFormat: (sheet: string, row: number, col: number) => boolean,
): Finding[] {
  const col = table.rateCol!;
  const typedAt = (line: BudgetLine): CellValue => read(lineSheet(table, line), line.row, col);
  const bases = keptBasis(table, rateBases(table, read), typedAt, (line, b) => rateOf(table, line, b, slips));
  const out: Finding[] = [];
  for (const line of table.lines) {
    const named = (field: AmountField): boolean => amountNamed(table, line, field, wrong);
    if (named('final') || bases.some(named)) continue;
    const typed = read(lineSheet(table, line), line.row, col);
    // `#DIV/0!` where the budget is 0 (hunt87 P11): what a formula over no budget shows, no rate
    if (isCellError(typed)) {
      const rate = bases.map((basis) => rateOf(table, line, basis, slips)).find((r) => r !== null) ?? null;
      out.push(
        finding('budget.rateDiffers', lineSheet(table, line), toA1(line.row, col), {
          name: line.name,
          typed: cellText(typed),
          typedRate: null,
          computed: rate === null ? null : roundTo(rate, 4),
          capped: 0,
        }),
      );
      continue;
    }
    const candidates = typedRate(typed);
    if (candidates === null) continue;
    const rates = bases.flatMap((b) => {
      const rate = rateOf(table, line, b, slips);
      return rate === null ? [] : [rate];
    });
    // `104.47` in a cell formatted as % (shows 10447.00%; hunt114 P18): read right as per cent, shown wrong
    const shownTimes100 =
      typeof typed === 'number' &&
      typed > PER_CENT_SHOWN &&
      inPercentFormat(lineSheet(table, line), line.row, col) &&
      rates.find((rate) => readsAs(candidates.slice(1), rate));
    if (shownTimes100) {
      out.push(
        finding('budget.rateDiffers', lineSheet(table, line), toA1(line.row, col), {
          name: line.name,
          typed: cellText(typed),
          typedRate: roundTo(typed / 100, 6),
          computed: roundTo(shownTimes100, 4),
          capped: 0,
          percentCell: 1,
        }),
      );
      continue;
    }
    if (rates.some((rate) => readsAs(candidates, rate))) continue;
    // Reported against the reading nearest what was typed (the setting's on a tie).
    const nearest = (rate: number): number => Math.min(...candidates.map((c) => Math.abs(c.value - rate)));
    const computed = rates.reduce<number | null>(
      (a, r) => (a === null || nearest(r) < nearest(a) ? r : a),
      null,
    );
    const a1 = toA1(line.row, col);
    const params = {
      name: line.name,
      typed: cellText(typed),
      typedRate: roundTo(typedReading(candidates, computed), 6),
      computed: computed === null ? null : roundTo(computed, 4),
    };
    if (computed === null) {
      if (candidates.some((c) => c.value !== 0))
        out.push(finding('budget.rateDiffers', lineSheet(table, line), a1, { ...params, capped: 0 }));
      continue;
    }
    // The seed's prose prints 100 % where spending exceeds the budget: a convention, not a slip.
    const capped = cappedAt100(candidates, computed);
    out.push(
      finding(
        'budget.rateDiffers',
        lineSheet(table, line),
        a1,
        { ...params, capped: capped ? 1 : 0 },
        capped ? 'info' : 'warning',
      ),
    );
  }
  return out;
}

/** A typed rate above this in a %-formatted cell is per cent shown ×100 (2 would show as 200 %). */
const PER_CENT_SHOWN = 2;

/** Whether a cell's number format shows it as a percentage. */
function percentFormatted(
  bySheet: ReadonlyMap<string, SheetInput>,
): (sheet: string, row: number, col: number) => boolean {
  return (sheet, row, col) => (bySheet.get(sheet)?.styles?.[toA1(row, col)]?.numFmt ?? '').includes('%');
}
