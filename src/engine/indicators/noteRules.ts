/**
 * Rules by kind of indicator in a note under the table, where provincial templates keep them
 * instead of a 评分标准 column (hunt97):
 *
 *   评分说明：
 *   3.质量指标：达到年度指标值的得满分；未达到的，每低1个百分点扣1分，扣完为止。
 *   6.效益指标：达到年度指标值的得满分；完成率在80%（含）-100%的，得该指标分值的80%；…定性指标由评价小组根据实际情况综合评定。
 *
 * A row without a rule of its own takes the clause of its 二级指标 (社会效益指标 takes 效益指标's when no
 * clause names it whole), else of its 一级指标. A sentence of the clause led by 定性 is for a row whose
 * target is words (which takes only those, when there are any), one led by 定量 for a row whose target
 * is a figure or a date; the others for both. The 10号 default stays for rows no clause names. Read
 * when the table is scored, from the texts readIndicatorTables keeps under it: the add-in's page,
 * which reads tables as soon as it opens, carries only that.
 */
import {
  NOTE_CLAUSE,
  NOTE_CLAUSE_BARE,
  NOTE_CLAUSE_START,
  NOTE_KIND_SUFFIX,
  QUALITATIVE_LEAD,
  QUANTITATIVE_LEAD,
} from '../layout/headerLexicon';
import { splitAnnotation } from './annotation';
import type { IndicatorRow, NoteLine } from './model';

interface NoteClause {
  /** The kind it is for, as its words name it (`质量指标`). */
  readonly kind: string;
  readonly sentences: readonly string[];
  /** Where the clause is written (A1 of its cell). */
  readonly cell: string;
}

/** The clauses of the texts under a table (readIndicatorTables keeps them as `notes`). */
export function noteClauses(lines: readonly NoteLine[]): NoteClause[] {
  const out: NoteClause[] = [];
  for (const { cell, text } of lines) {
    for (const line of text.split(/\r?\n/u).flatMap((l) => l.split(NOTE_CLAUSE_START))) {
      const m = NOTE_CLAUSE.exec(line.trim()) ?? NOTE_CLAUSE_BARE.exec(line.trim());
      if (!m || !m[1]!.endsWith(NOTE_KIND_SUFFIX)) continue;
      const sentences = m[2]!
        .split(/(?<=。)/u)
        .map((s) => s.trim())
        .filter((s) => s !== '');
      out.push({ kind: m[1]!.replace(/\s+/gu, ''), sentences, cell });
    }
  }
  return out;
}

/** Rows without a rule of their own given their kind's clause from the note (`ruleNote` says where). */
export function withNoteRules(rows: readonly IndicatorRow[], clauses: readonly NoteClause[]): IndicatorRow[] {
  if (clauses.length === 0) return [...rows];
  return rows.map((row) => {
    if (row.ruleText !== '') return row;
    const clause = clauseFor(row, clauses);
    if (!clause) return row;
    const led = (s: string, lead: readonly string[]): boolean => lead.some((w) => s.startsWith(w));
    // a target in words is qualitative: the sentences for such indicators, if the clause has any
    const words = row.target !== null && row.target.kind === 'text';
    const own = words ? clause.sentences.filter((s) => led(s, QUALITATIVE_LEAD)) : [];
    const text = (
      own.length > 0
        ? own
        : clause.sentences.filter((s) => !led(s, words ? QUANTITATIVE_LEAD : QUALITATIVE_LEAD))
    ).join('');
    return text === '' ? row : { ...row, ruleText: text, ruleNote: clause.cell };
  });
}

function clauseFor(row: IndicatorRow, clauses: readonly NoteClause[]): NoteClause | undefined {
  const level2 = groupKey(row.level2?.name);
  const level1 = groupKey(row.level1?.name);
  return (
    clauses.find((c) => c.kind === level2) ??
    clauses.find((c) => c.kind === level1) ??
    clauses.find((c) => level2 !== '' && level2.endsWith(c.kind))
  );
}

/** A group's name as a note names its kind: no points, no spaces (`产出指标（50分）` → 产出指标). */
function groupKey(name: string | undefined): string {
  return name === undefined ? '' : splitAnnotation(name).name.replace(/\s+/gu, '');
}
