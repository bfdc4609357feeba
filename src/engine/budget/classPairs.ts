/**
 * 功能分类 ↔ 经济分类: a functional subject whose basic spending is one economic item (住房公积金
 * 2210201 ↔ 30113, 养老保险缴费 2080505 ↔ 30108 …) shows the same amount in 一般公共预算财政拨款支出决算表
 * (its 基本支出) and in 一般公共预算财政拨款基本支出决算表. Both tables may add up and still disagree
 * here (an amount moved between two economic items, hunt81 P11), which no sum shows. Reviewers'
 * audit formulas treat it as a prompt, not a rule (a department may book a share elsewhere), so a
 * difference beyond rounding is a warning at the basic table's cell, naming the other; or at the
 * functional line's 项目支出 when that holds just the amount (it sits in the wrong column, hunt85 P11).
 */
import { finding, type Finding } from '../findings/types';
import { toA1 } from '../grid/address';
import { toCell } from './gridCheck';
import { cellOf, type GridLine } from './publicGrid';
import { basicAmount, codedLines } from './publicChecks';
import { CLASS_PAIRS } from './publicLexicon';
import type { PublicSet } from './publicSet';
import { buildCheck, cellName } from './rounding';

export function classPairFindings(set: PublicSet): Finding[] {
  const general = set.generalExpenditure;
  const basic = set.generalBasic;
  if (general?.status !== 'present' || basic?.status !== 'present') return [];
  const functional = codedLines(general.grid).lines;
  const out: Finding[] = [];
  for (const pair of CLASS_PAIRS) {
    const fLine = functional.find((l) => l.code === pair.functional);
    const eLine = basic.grid.lines.find((l) => l.code === pair.economic);
    const fCell = cellOf(fLine, 'basic');
    const eCell = basicAmount(eLine);
    if (!fLine || !eLine || !fCell || !eCell) continue;
    const target = toCell(basic.grid, eLine, eCell);
    // a blank 基本支出 on a line that spends is 0 of it (hunt85 P11: the amount sat under 项目支出)
    const spends = fLine.cells.some((c) => c !== fCell && c.value !== null && c.value !== 0);
    const typed = toCell(general.grid, fLine, fCell);
    const other = typed.value === null && spends ? { ...typed, value: 0 } : typed;
    const record = buildCheck({
      identity: 'classPair',
      scope: 'cross',
      target,
      parts: [other],
      name: eLine.name,
      code: eLine.code,
      column: eCell.column.text,
    });
    if (record?.status !== 'mismatch') continue;
    const misplaced = projectHolds(fLine, record.actual, record.tolerance);
    // at the 项目支出 cell holding just the amount: that is where it is corrected
    const at = misplaced.project ? { sheet: other.sheet, a1: misplaced.project } : undefined;
    out.push(
      finding('budget.classPairDiffers', at?.sheet ?? target.sheet, at?.a1 ?? toA1(target.row, target.col), {
        economic: pair.economic,
        economicName: eLine.name,
        functional: pair.functional,
        functionalName: fLine.name,
        related: cellName(other),
        actual: record.actual,
        expected: record.expected,
        difference: record.difference,
        unit: target.unit,
        economicCell: cellName(target),
        ...misplaced,
      }),
    );
  }
  return out;
}

/** The functional line's 项目支出, when it holds just the economic amount: it sits in the wrong column. */
function projectHolds(line: GridLine, amount: number, tolerance: number): { project?: string } {
  const project = cellOf(line, 'project');
  if (!project || project.value === null || Math.abs(project.value - amount) > tolerance) return {};
  return { project: toA1(line.row, project.col) };
}
