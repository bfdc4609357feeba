import { tableGroups } from '../engine/budget/tableGroups';
import type { PendingScores } from '../engine/indicators/model';
import type { Messages } from '../engine/messages';
import { GRADE_LABEL, type WorkbookReport } from './report';

/** 优 in the JSON report reads Excellent on an English line. */
function gradeWord(label: string, messages: Messages): string {
  const key = (Object.keys(GRADE_LABEL) as (keyof typeof GRADE_LABEL)[]).find(
    (k) => GRADE_LABEL[k] === label,
  );
  return key ? messages.label(`grade.${key}`) : label;
}

/** What a summary line reads of an indicator table in the JSON report. */
interface IndicatorLine {
  readonly sheet: string;
  readonly totalScore: number;
  readonly grade: string;
  readonly pending: PendingScores;
}

/** `某市生态环境局2020.xlsx  自评表 98.00 优  错误 2 · 警告 11 · 提示 4  → out.scored.xlsx` */
export function summaryLine(label: string, report: WorkbookReport, messages: Messages): string {
  const tables = (report.indicatorTables as IndicatorLine[]).map((t) => {
    const word = gradeWord(t.grade, messages);
    const { indicators, weight, gradeSettled, unchecked, uncheckedWeight } = t.pending;
    const line = messages.label('cli.table', { sheet: t.sheet, score: t.totalScore.toFixed(2), grade: word });
    // settled by no row waiting: only typed scores not checked (setting uncheckedScores) keep it open
    if (indicators === 0 && !gradeSettled)
      return line + messages.label('cli.uncheckedProvisional', { count: unchecked, weight: uncheckedWeight });
    if (indicators === 0) return line;
    return (
      line +
      messages.label(gradeSettled ? 'cli.pending' : 'cli.pendingProvisional', { count: indicators, weight })
    );
  });
  // the report lists a table read as panels (收入 | 支出) once per panel: counted once
  const budget = tableGroups(
    (report.budgetTables as { sheet: string; headerRow: number }[]).map((t) => ({
      sheet: t.sheet,
      headerTop: t.headerRow,
    })),
  ).length;
  if (budget > 0) tables.push(messages.label('cli.budgetTables', { count: budget }));
  const count = (s: string): number => report.findings.filter((f) => f.severity === s).length;
  const counts = messages.label('cli.counts', {
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
  });
  const found = tables.length > 0 ? tables.join('；') : messages.label('cli.noTables');
  return `${label}  ${found}  ${counts}  → ${report.output ?? ''}`;
}
