/**
 * What the pane shows: the tables found (from findTables, before any scoring), and from the engine's
 * Analysis their totals by 一级/二级, evidence counts, and the findings with their words.
 */
import { toA1 } from '../../engine/grid/address';
import type { Analysis } from '../../engine/analyzeWorkbook';
import type { FoundTables } from '../../engine/findTables';
import { tableGroups } from '../../engine/budget/tableGroups';
import type { Messages } from '../../engine/messages';
import type { DetectedTable, RenderedFinding, TableSummary } from './host';

export function detectedTables(found: Pick<FoundTables, 'indicatorRuns' | 'budgetTables'>): DetectedTable[] {
  const indicators = found.indicatorRuns.map((run): DetectedTable => {
    // a table continued on other sheets (续表) is shown at its first part, with all its rows
    const t = run[0]!.table;
    const h = t.header;
    return {
      sheet: t.sheet,
      kind: t.template,
      rows: run.reduce((n, p) => n + p.table.rows.length, 0),
      range: `${t.sheet}!${toA1(h.headerTop, h.firstCol)}:${toA1(t.lastRow, h.lastCol)}`,
      headerRow: h.headerTop + 1,
    };
  });
  // a table read as panels (收入 | 支出) is one table to the user: one row, over all of them
  const budget = tableGroups(found.budgetTables).map((group): DetectedTable => {
    const t = group[0]!;
    const firstCol = Math.min(...group.flatMap((p) => [...Object.values(p.columns), p.lastCol]));
    const lastCol = Math.max(...group.map((p) => p.lastCol));
    let lastRow = 0;
    for (const p of group) {
      lastRow = Math.max(lastRow, p.headerBottom);
      for (const l of p.lines) lastRow = Math.max(lastRow, l.row);
    }
    return {
      sheet: t.sheet,
      kind: 'budget',
      rows: group.reduce((n, p) => n + p.lines.length, 0),
      range: `${t.sheet}!${toA1(t.headerTop, firstCol)}:${toA1(lastRow, lastCol)}`,
      headerRow: t.headerTop + 1,
    };
  });
  return [...indicators, ...budget];
}

export function tableSummaries(analysis: Analysis): TableSummary[] {
  return analysis.indicatorTables.map((t) => {
    const h = t.table.header;
    const count = (level: string): number => t.indicators.filter((i) => i.evidence === level).length;
    return {
      sheet: t.table.sheet,
      range: `${t.table.sheet}!${toA1(h.headerTop, h.firstCol)}:${toA1(t.table.lastRow, h.lastCol)}`,
      totalScore: t.totalScore,
      totalWeight: t.totalWeight,
      grade: t.grade,
      pending: t.pending,
      groups: t.groups.map((g) => ({
        level: g.level,
        name: g.name,
        weight: g.weight,
        score: g.score,
        ...(g.allPending ? { allPending: true } : {}),
      })),
      evidence: { missing: count('missing'), weak: count('weak'), ok: count('ok') },
    };
  });
}

export function renderFindings(analysis: Analysis, messages: Messages): RenderedFinding[] {
  return analysis.findings.map((f) => ({ ...f, message: messages.finding(f) }));
}
