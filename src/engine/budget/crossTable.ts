/**
 * Identities across the nine public tables. Each is judged at the cell named first (its target);
 * the others are the related cells. An empty table (空表) takes part as 0; an absent one does not.
 *   收入支出决算总表 本年收入合计 = 收入决算表 合计;  本年支出合计 = 支出决算表 合计 (and per 类);
 *   财政拨款收入支出决算总表 一般公共预算 本年支出合计 = 一般公共预算财政拨款支出决算表 合计 (and per 类);
 *   一般公共预算财政拨款支出决算表 基本支出 = 基本支出决算表 人员经费合计 + 公用经费合计;
 *   "三公" 决算 因公出国（境）费 ≥ 30212, 公务接待费 ≥ 30217, 公务用车运行维护费 ≥ 30231, 购置费 ≥ 31013;
 *   政府性基金 / 国有资本经营 tables' 年初, 本年收入, 本年支出 (and per 类), 年末 = the fiscal table's;
 *   总表's 一般公共预算 / 政府性基金 / 国有资本经营 收入 = the fiscal table's; its 年初 / 年末结转和结余 ≥
 *   the fiscal table's; 支出决算表 per subject ≥ the three fiscal tables' together.
 */
import { adder, sideOf, totalOf, type Add, type At, type Role } from './crossAdd';
import { basicAndThreePublic, fiscalWithinExpenditure } from './crossBasic';
import { figure, lineCell, toCell } from './gridCheck';
import { cellOf, type GridLine } from './publicGrid';
import { codedLines, totalLine } from './publicChecks';
import { ROW, rowKey } from './publicLexicon';
import type { PublicSet, PublicTable } from './publicSet';
import type { CheckCell, CheckRecord } from './rounding';
import { breakdownLine, FUNDS, itemLines, sideAmount, sideLine, summarySides } from './summaryChecks';

/** Every cross-table identity the set allows. */
export function crossTableChecks(set: PublicSet): CheckRecord[] {
  const out: CheckRecord[] = [];
  const add = adder(out);
  const summary = set.incomeExpenseSummary;
  const fiscal = set.fiscalSummary;
  const s = summary && summarySides(summary.grid);
  const f = fiscal && summarySides(fiscal.grid);
  const total = totalOf;
  const side = sideOf;
  const fig = (t: PublicTable | undefined, at: At): CheckCell | undefined => figure(t, at);

  // 收入支出决算总表 ↔ 收入决算表 / 支出决算表.
  if (summary && s) {
    const inc = side(summary, sideLine(s.income, ROW.incomeTotal));
    add(
      'summaryIncome',
      fig(summary, inc),
      [fig(set.income, total(set.income, 'incomeTotal', 'total', 'amount'))],
      false,
      inc,
    );
    const exp = side(summary, sideLine(s.expense, ROW.expenseTotal));
    add(
      'summaryExpense',
      fig(summary, exp),
      [fig(set.expenditure, total(set.expenditure, 'expenseTotal', 'total', 'amount'))],
      false,
      exp,
    );
    classMatches(summary, itemLines(s.expense), set.expenditure, 'summaryExpenseClass', add);
    incomeSources(summary, itemLines(s.income), set.income, add);
  }
  // 财政拨款收入支出决算总表 ↔ 一般公共预算财政拨款支出决算表, 政府性基金, 国有资本经营.
  if (fiscal && f) {
    const spent = sideLine(f.expense, ROW.expenseTotal);
    const general = side(fiscal, spent, 'fundGeneral');
    add(
      'fiscalGeneral',
      fig(fiscal, general),
      [fig(set.generalExpenditure, total(set.generalExpenditure, 'expenseTotal', 'total', 'amount'))],
      false,
      general,
    );
    classMatches(
      fiscal,
      itemLines(f.expense),
      set.generalExpenditure,
      'fiscalGeneralClass',
      add,
      'fundGeneral',
    );
    for (const [key, fund] of [
      ['govFund', FUNDS[1]!],
      ['stateCapital', FUNDS[2]!],
    ] as const) {
      const t: PublicTable | undefined = set[key];
      if (!t) continue;
      const pairs: [string, At, At][] = [
        ['Expense', total(t, 'expenseTotal', 'total'), side(fiscal, spent, fund.role)],
        [
          'Income',
          total(t, 'income'),
          side(
            fiscal,
            itemLines(f.income).find((l) => fund.row.test(l.key)),
          ),
        ],
        ['Opening', total(t, 'opening'), side(fiscal, breakdownLine(f.income, ROW.opening, fund.row))],
        ['Closing', total(t, 'closing'), side(fiscal, sideLine(f.expense, ROW.closing), fund.role)],
      ];
      for (const [suffix, own, theirs] of pairs) {
        // An empty table stands for 0 only where the fiscal table has the matching figure.
        if (!theirs || (!own && t.status === 'present')) continue;
        // zeros are published blank: the fund's cell left blank in the 04表 is 0 beside a figure here
        // (hunt122: 5.00 in an empty 国有资本经营 table was judged against nothing)
        const blank = theirs.cell.value === null && (own?.cell.value ?? 0) !== 0;
        const their = fig(fiscal, theirs);
        add(`${key}${suffix}`, fig(t, own), [blank && their ? { ...their, value: 0 } : their], false, own);
      }
      classMatches(fiscal, itemLines(f.expense), t, `${key}Class`, add, fund.role, true);
    }
  }
  if (summary && s && fiscal && f) {
    for (const fund of FUNDS) {
      const mine = side(
        summary,
        itemLines(s.income).find((l) => fund.row.test(l.key)),
      );
      const theirs = side(
        fiscal,
        itemLines(f.income).find((l) => fund.row.test(l.key)),
      );
      if (theirs) add(`fiscalIncome${cap(fund.key)}`, fig(summary, mine), [fig(fiscal, theirs)], false, mine);
    }
    const open = side(summary, sideLine(s.income, ROW.opening));
    add(
      'openingCovers',
      fig(summary, open),
      [fig(fiscal, side(fiscal, sideLine(f.income, ROW.opening)))],
      true,
      open,
    );
    const close = side(summary, sideLine(s.expense, ROW.closing));
    add(
      'closingCovers',
      fig(summary, close),
      [fig(fiscal, side(fiscal, sideLine(f.expense, ROW.closing), 'total', 'amount'))],
      true,
      close,
    );
  }
  basicAndThreePublic(set, add);
  fiscalWithinExpenditure(set, add);
  return out;
}

/**
 * 收入支出决算总表 收入 items (事业收入, 经营收入, 其他收入 …) against the 收入决算表's 合计 in the column of
 * the same name (hunt87 P01: 事业收入 2083.28 typed 2038.28 agreed with nothing and was found only as
 * a sum that did not add up). 财政拨款收入, split by fund in the 总表, has no one column to meet.
 */
function incomeSources(
  summary: PublicTable,
  items: readonly GridLine[],
  income: PublicTable | undefined,
  add: Add,
): void {
  if (!income) return;
  const total = totalLine(codedLines(income.grid).lines);
  if (!total) return;
  for (const item of items) {
    const cell = total.cells.find((c) => rowKey(c.column.text) === item.key);
    const mine = sideOf(summary, item);
    if (!cell || !mine) continue;
    add(
      'summaryIncomeSource',
      figure(summary, mine),
      [figure(income, lineCell(income.grid, total, cell))],
      false,
      mine,
    );
  }
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A summary table's 类 lines against a coded table's 类 lines of the same name. */
function classMatches(
  from: PublicTable,
  lines: readonly GridLine[],
  to: PublicTable | undefined,
  identity: string,
  add: Add,
  role?: Role,
  codedIsTarget = false,
): void {
  if (!to || to.status === 'empty') return;
  const classes = codedLines(to.grid).lines.filter((l) => l.code?.length === 3);
  for (const line of lines) {
    const match = classes.find((c) => c.key === line.key);
    if (!match) continue;
    const mine = lineCell(from.grid, line, role ? cellOf(line, role) : sideAmount(line));
    const theirs = lineCell(to.grid, match, cellOf(match, 'expenseTotal', 'total', 'amount'));
    if (!mine || !theirs) continue;
    const [a, b] = codedIsTarget ? [theirs, mine] : [mine, theirs];
    // a class line left blank where the other table spends on the class (hunt102 P05: 国有资本经营预算支出
    // blank in the 总表, 150,000 in the 支出决算表) is 0 against it, not a line to pass over
    const target = toCell(a.grid, a.line, a.cell);
    const part = toCell(b.grid, b.line, b.cell);
    const blank = target.value === null && part.value !== null && part.value !== 0;
    add(identity, blank ? { ...target, value: 0 } : target, [part], false, a);
  }
}
