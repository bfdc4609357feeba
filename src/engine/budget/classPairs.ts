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
import { cellOf, type GridCell, type GridLine, type PublicGrid } from './publicGrid';
import { basicAmount, codedLines } from './publicChecks';
import { CLASS_PAIRS } from './publicLexicon';
import type { PublicSet } from './publicSet';
import { buildCheck, cellName, type CheckCell } from './rounding';

export function classPairFindings(set: PublicSet): Finding[] {
  const general = set.generalExpenditure;
  const basic = set.generalBasic;
  if (general?.status !== 'present' || basic?.status !== 'present') return [];
  const functional = codedLines(general.grid).lines;
  const out: Finding[] = [];
  for (const pair of CLASS_PAIRS) {
    const eLine = basic.grid.lines.find((l) => l.code === pair.economic);
    const eCell = basicAmount(eLine);
    const sides = pair.functional.flatMap((code) => {
      const line = functional.find((l) => l.code === code);
      const cell = cellOf(line, 'basic');
      return line && cell ? [basicSide(general.grid, line, cell)] : [];
    });
    if (!eLine || !eCell || sides.length === 0) continue;
    const target = toCell(basic.grid, eLine, eCell);
    const absorbed = absorbedCell(pair.absorbs, basic.grid, functional);
    const record = buildCheck({
      identity: 'classPair',
      scope: 'cross',
      target,
      parts: [...sides.map((f) => f.cell), ...(absorbed ? [absorbed] : [])],
      signs: [...sides.map(() => 1), ...(absorbed ? [-1] : [])],
      name: eLine.name,
      code: eLine.code,
      column: eCell.column.text,
    });
    if (record?.status !== 'mismatch') continue;
    const [one] = sides;
    const misplaced =
      sides.length === 1 && one ? projectHolds(one.line, record.actual, record.tolerance) : {};
    // at the 项目支出 cell holding just the amount: that is where it is corrected
    const at = misplaced.project ? { sheet: one!.cell.sheet, a1: misplaced.project } : undefined;
    out.push(
      finding('budget.classPairDiffers', at?.sheet ?? target.sheet, at?.a1 ?? toA1(target.row, target.col), {
        economic: pair.economic,
        economicName: eLine.name,
        functional: sides.map((f) => f.line.code).join('、'),
        functionalName: sides.map((f) => f.line.name).join('、'),
        related: sides.map((f) => cellName(f.cell)).join('、'),
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

/** The basic table's cell of an item the pair's subjects take in, when the functional table lacks its own. */
function absorbedCell(
  absorbs: (typeof CLASS_PAIRS)[number]['absorbs'],
  grid: PublicGrid,
  functional: readonly GridLine[],
): CheckCell | null {
  if (!absorbs || functional.some((l) => l.code === absorbs.unlessFunctional)) return null;
  const line = grid.lines.find((l) => l.code === absorbs.economic);
  const cell = basicAmount(line);
  return line && cell && cell.value !== null ? toCell(grid, line, cell) : null;
}

/** A functional line's 基本支出; a blank one on a line that spends is 0 of it (hunt85 P11: under 项目支出). */
function basicSide(grid: PublicGrid, line: GridLine, cell: GridCell): { line: GridLine; cell: CheckCell } {
  const typed = toCell(grid, line, cell);
  const spends = line.cells.some((c) => c !== cell && c.value !== null && c.value !== 0);
  return { line, cell: typed.value === null && spends ? { ...typed, value: 0 } : typed };
}

/** The functional line's 项目支出, when it holds just the economic amount: it sits in the wrong column. */
function projectHolds(line: GridLine, amount: number, tolerance: number): { project?: string } {
  const project = cellOf(line, 'project');
  if (!project || project.value === null || Math.abs(project.value - amount) > tolerance) return {};
  return { project: toA1(line.row, project.col) };
}
