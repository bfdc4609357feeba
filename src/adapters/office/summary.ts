/**
 * What the pane shows, from the engine's Analysis: the tables found, their totals by 一级/二级,
 * evidence counts, and the findings with their words.
 */
import { toA1 } from '../../engine/grid/address';
import type { Analysis } from '../../engine/analyzeWorkbook';
import type { Messages } from '../../engine/messages';
import type { DetectedTable, RenderedFinding, TableSummary } from './host';

export function detectedTables(analysis: Analysis): DetectedTable[] {
  const indicators = analysis.indicatorTables.map((t): DetectedTable => {
    const h = t.table.header;
    return {
      sheet: t.table.sheet,
      kind: t.table.template,
      rows: t.indicators.length,
      range: `${t.table.sheet}!${toA1(h.headerTop, h.firstCol)}:${toA1(t.table.lastRow, h.lastCol)}`,
      headerRow: h.headerTop + 1,
    };
  });
  const budget = analysis.budgetTables.map((t): DetectedTable => {
    const firstCol = Math.min(...Object.values(t.columns), t.lastCol);
    const lastRow = Math.max(t.headerBottom, ...t.lines.map((l) => l.row));
    return {
      sheet: t.sheet,
      kind: 'budget',
      rows: t.lines.length,
      range: `${t.sheet}!${toA1(t.headerTop, firstCol)}:${toA1(lastRow, t.lastCol)}`,
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
