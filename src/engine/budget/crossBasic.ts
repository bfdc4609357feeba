/**
 * Cross-table identities around the basic-expenditure table and the expenditure table:
 *   一般公共预算财政拨款支出决算表 基本支出 = 基本支出决算表 人员经费合计 + 公用经费合计;
 *   "三公" 决算 因公出国（境）费 ≥ 30212, 公务接待费 ≥ 30217, 公务用车运行维护费 ≥ 30231,
 *   公务用车购置费 ≥ 31013 (the "三公" table covers basic and project spending);
 *   支出决算表 per subject ≥ the three fiscal tables' lines for that subject together, and its
 *   基本支出 合计 ≥ the 一般公共预算财政拨款支出决算表's (basic spending from every source covers the
 *   fiscal one's).
 */
import { totalOf, type Add } from './crossAdd';
import { emptyAsZero, figure, lineCell, toCell } from './gridCheck';
import { cellOf } from './publicGrid';
import { basicAmount, basicTotals, codedLines, totalLine } from './publicChecks';
import { THREE_PUBLIC_LINES, type PublicTableKey } from './publicLexicon';
import type { PublicSet } from './publicSet';
import { lineCell as budgetCell } from './lineCells';
import { threePublicRole } from './threePublic';

/** 基本支出 = 人员经费合计 + 公用经费合计, and "三公" items ≥ their basic-expenditure lines. */
export function basicAndThreePublic(set: PublicSet, add: Add): void {
  const basic = set.generalBasic;
  if (!basic) return;
  const totals = basicTotals(basic.grid);
  const general = totalOf(set.generalExpenditure, 'basic');
  const split = [totals.personnel, totals.operating].map((l) => lineCell(basic.grid, l, basicAmount(l)));
  const parts = split.every((p) => p !== undefined)
    ? split
    : [lineCell(basic.grid, totals.basic, basicAmount(totals.basic))];
  if (set.generalExpenditure && general)
    add(
      'basicSplit',
      figure(set.generalExpenditure, general),
      parts.map((p) => figure(basic, p)),
      false,
      general,
    );
  const three = set.threePublic;
  if (!three) return;
  const economic = basic.grid.lines;
  for (const item of THREE_PUBLIC_LINES) {
    const line =
      economic.find((l) => l.code === item.code) ??
      economic.find((l) => l.code === null && item.name.test(l.key));
    const lineAt = lineCell(basic.grid, line, basicAmount(line));
    if (!lineAt || lineAt.cell.value === null) continue;
    const tp = three.threePublic;
    const tpLine = tp?.lines.find((l) => threePublicRole(l.name) === item.role);
    const tpCell = tp && tpLine ? budgetCell(tp, tpLine, 'final') : null;
    const target = tpCell ? emptyAsZero(three, tpCell) : figure(three, undefined);
    add(
      item.identity,
      target,
      [toCell(basic.grid, lineAt.line, lineAt.cell)],
      true,
      tpLine && tpCell ? undefined : lineAt,
    );
  }
}

/** 支出决算表 per subject ≥ 一般公共预算 + 政府性基金 + 国有资本经营 for that subject. */
export function fiscalWithinExpenditure(set: PublicSet, add: Add): void {
  const all = set.expenditure;
  if (!all || all.status === 'empty') return;
  const fiscalKeys: PublicTableKey[] = ['generalExpenditure', 'govFund', 'stateCapital'];
  const fiscal = fiscalKeys.flatMap((k) => {
    const t = set[k];
    return t && t.status === 'present' ? [t] : [];
  });
  if (fiscal.length === 0) return;
  const basic = totalOf(all, 'basic');
  const generalBasic = totalOf(set.generalExpenditure, 'basic');
  if (basic && generalBasic && set.generalExpenditure?.status === 'present')
    add(
      'basicWithinExpenditure',
      toCell(all.grid, basic.line, basic.cell),
      [toCell(generalBasic.grid, generalBasic.line, generalBasic.cell)],
      true,
      basic,
    );
  const allLines = codedLines(all.grid).lines;
  const allTotal = totalLine(allLines);
  // a code listed twice is a code slip (codeDuplicate says so): which line the other tables' figure
  // is of is unknown, and a mismatch laid on either would echo that slip (hunt96 P07)
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const l of allLines) if (l.code !== null) (seen.has(l.code) ? twice : seen).add(l.code);
  for (const line of allLines) {
    if ((line.code === null && line !== allTotal) || (line.code !== null && twice.has(line.code))) continue;
    const own = lineCell(all.grid, line, cellOf(line, 'expenseTotal', 'total', 'amount'));
    const parts = fiscal.flatMap((t) => {
      const lines = codedLines(t.grid).lines;
      const match = line.code === null ? totalLine(lines) : lines.find((l) => l.code === line.code);
      const at = lineCell(t.grid, match, cellOf(match, 'expenseTotal', 'total', 'amount'));
      return at && at.cell.value !== null ? [toCell(at.grid, at.line, at.cell)] : [];
    });
    if (own && parts.length > 0)
      add('fiscalWithinExpenditure', toCell(all.grid, line, own.cell), parts, true, own);
  }
}
