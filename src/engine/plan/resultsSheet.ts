import { quoteSheet, toA1 } from '../grid/address';
import type { Finding } from '../findings/types';
import type { BudgetTable } from '../budget';
// the one small module, not the budget index: the 决算 engine is fetched only when needed (analyze.ts)
import { tableGroups } from '../budget/tableGroups';
import type { ScoredTable } from '../indicators/model';
import type { Messages } from '../messages';
import { FILLS, PERCENT_FORMAT, SCORE_FORMAT, type FillRole } from './palette';
import { resultsCharts } from './resultsCharts';
import { tableRange, type ReportSubject } from './reportSubject';
import type { CellOp, ChartSpec, OwnedSheet } from './types';

export interface BudgetSetSection {
  readonly summary: string;
  readonly tables: readonly { readonly name: string; readonly sheet: string; readonly status: string }[];
  readonly checks: readonly {
    readonly status: string;
    readonly identity: string;
    readonly cells: string;
    readonly difference: number;
  }[];
}

export interface ResultsInput {
  /** 评价结果, or 评价结果(2)… when the user has a sheet of that name (resultsName.ts). */
  readonly name: string;
  readonly tables: readonly ScoredTable[];
  readonly findings: readonly Finding[];
  /** Rendered 决算分析 sentences (budget tables), in order. */
  readonly budgetSentences: readonly string[];
  readonly budgetTables: readonly BudgetTable[];
  /** The 决算勾稽 section, already in words. */
  readonly budgetSet: BudgetSetSection | null;
  /** The first table and the year of the report, for the title row. */
  readonly subject: ReportSubject | null;
  readonly runAt: string;
}

/** Version of the scoring rules; shown on the sheet so a reviewer knows which rules applied. */
export const RULES_VERSION = 1;

const COLS = { a: 0, b: 1, c: 2, d: 3, e: 4 } as const;

/**
 * 评价结果: total and grade per table, scores by 一级/二级 (live 得分率 formulas), every finding
 * with a link to its cell, the legend of fills, the 决算分析 sentences, and the charts beside them
 * (resultsCharts.ts). Printable A4 landscape.
 */
export function buildResultsSheet(input: ResultsInput, messages: Messages): OwnedSheet {
  // the subject in B spills over the empty C and D; run time and rules version share E
  const head: CellOp[] = [
    { row: 0, col: COLS.a, value: messages.label('results.title'), bold: true },
    {
      row: 0,
      col: COLS.e,
      value: `${messages.label('results.runAt', { time: input.runAt })}   ${messages.label('results.rulesVersion', { version: RULES_VERSION })}`,
    },
  ];
  const subject = input.subject;
  if (subject) {
    const { sheet, range, year } = subject;
    const key = year === null ? 'results.subjectNoYear' : 'results.subject';
    head.push({ row: 0, col: COLS.b, value: messages.label(key, { year, sheet, range }) });
  }
  const { ops: body, summary, charts } = resultsBody(input, messages);
  const ops = head.concat(body);
  return {
    name: input.name,
    state: 'visible',
    ops,
    columnWidths: [34, 26, 14, 12, 60, 4, 20, 10, 10],
    freezeRows: 1,
    landscape: true,
    activeCell: summary ?? { row: 0, col: 0 },
    charts,
  };
}

interface ResultsBody {
  readonly ops: readonly CellOp[];
  readonly summary: { row: number; col: number } | undefined;
  readonly charts: ChartSpec[];
}

/**
 * The sheet is built twice per run (once without the run time, to tell whether anything changed):
 * everything below the title row is the same both times, so it is built once per set of results.
 */
const bodies = new WeakMap<
  readonly Finding[],
  { readonly key: readonly unknown[]; readonly body: ResultsBody }
>();

function resultsBody(input: ResultsInput, messages: Messages): ResultsBody {
  const key = [input.tables, input.budgetSentences, input.budgetTables, input.budgetSet, messages];
  const cached = bodies.get(input.findings);
  if (cached && cached.key.every((k, i) => k === key[i])) return cached.body;
  const body = buildBody(input, messages);
  bodies.set(input.findings, { key, body });
  return body;
}

/** Everything from row 3 down (0-based row 2). */
function buildBody(input: ResultsInput, messages: Messages): ResultsBody {
  const ops: CellOp[] = [];
  let row = 2;
  const put = (col: number, value: CellOp['value'], extra?: Partial<CellOp>): void => {
    // Object.assign rather than a spread: half the time per op on Node 20 (see rules/explain.ts);
    // neither for an op without extras (most of them)
    ops.push(extra ? Object.assign({ row, col, value }, extra) : { row, col, value });
  };
  let summary: { row: number; col: number } | undefined;
  if (input.tables.length === 0 && input.budgetTables.length === 0) {
    put(COLS.a, messages.label('results.noTables'));
    row += 2;
  }
  for (const t of input.tables) {
    const h = t.table.header;
    const range = tableRange(t);
    put(
      COLS.a,
      messages.label('results.tableCaption', {
        range,
        template: messages.label(`template.${t.table.template}`),
        rows: t.indicators.length,
      }),
      {
        bold: true,
        link: `#${quoteSheet(t.table.sheet)}!${toA1(h.headerTop, h.firstCol)}`,
      },
    );
    row++;
    summary ??= { row, col: COLS.b };
    put(COLS.a, messages.label('results.total'), { bold: true });
    put(COLS.b, t.totalScore, { bold: true, numFmt: SCORE_FORMAT });
    put(COLS.c, messages.label('results.grade'), { bold: true });
    const grade = messages.label(`grade.${t.grade}`);
    put(COLS.d, t.pending.gradeSettled ? grade : messages.label('grade.provisional', { grade }), {
      bold: true,
    });
    row++;
    if (t.pending.indicators > 0) {
      put(
        COLS.a,
        messages.label('results.pending', { count: t.pending.indicators, weight: t.pending.weight }),
      );
      row++;
    }
    for (const [i, key] of [
      'results.level1',
      'results.level2',
      'results.weight',
      'results.score',
      'results.rate',
    ].entries()) {
      put(i, messages.label(key), { bold: true });
    }
    row++;
    const lines = t.groups.map((g) => ({
      l1: g.level === 1 ? g.name : '',
      l2: g.level === 2 ? g.name : '',
      weight: g.weight,
      score: g.score,
      pending: g.allPending,
    }));
    if (t.budgetExecution) {
      const b = t.budgetExecution;
      lines.push({
        l1: messages.label('results.budgetExecution'),
        l2: '',
        weight: b.weight,
        score: b.score ?? 0,
        pending: false,
      });
    }
    // ops written out whole rather than through put(…, extra): a format copied into an op made as
    // { row, col, value } went into a separate property array, one more object per op (tens of
    // thousands of them, kept to the end of the run); the fields are in put's order all the same
    for (const line of lines) {
      ops.push(
        { row, col: COLS.a, value: line.l1 },
        { row, col: COLS.b, value: line.l2 },
        { row, col: COLS.c, value: line.weight, numFmt: SCORE_FORMAT },
      );
      // a group whose rows all wait for a manual score has no score yet, not 0 and 0.00 %
      if (line.pending) {
        put(COLS.d, messages.label('results.awaiting'));
        row++;
        continue;
      }
      ops.push({ row, col: COLS.d, value: line.score, numFmt: SCORE_FORMAT });
      const w = toA1(row, COLS.c);
      const s = toA1(row, COLS.d);
      const rate = line.weight === 0 ? '' : line.score / line.weight;
      // a ratio past the largest double would show #NUM!: the cell is left empty
      if (rate === '' || Number.isFinite(rate)) {
        // the formula joined into one flat text: a template literal makes a tree of joined
        // strings, several objects per formula, all kept to the end of the run
        const formula = ['IF(', w, '=0,"",', s, '/', w, ')'].join('');
        ops.push({ row, col: COLS.e, value: { formula, result: rate }, numFmt: PERCENT_FORMAT });
      }
      row++;
    }
    // counted in one pass, not one filtered copy of the rows per level
    const evidence = { missing: 0, weak: 0, ok: 0 };
    for (const i of t.indicators) evidence[i.evidence]++;
    put(COLS.a, messages.label('results.evidence', evidence));
    row += 2;
  }
  if (input.budgetTables.length > 0) {
    // a table read as two panels (收入 | 支出) is one table: counted and listed once
    const groups = tableGroups(input.budgetTables);
    put(COLS.a, messages.label('results.budgetTables', { count: groups.length }), { bold: true });
    row++;
    for (const group of groups) {
      const b = group[0]!;
      const at = `${b.sheet}!${toA1(b.headerTop, 0)}`;
      put(
        COLS.a,
        messages.label('results.budgetTable', {
          sheet: b.sheet,
          kind: messages.label(budgetKindKey(b)),
          lines: group.reduce((n, t) => n + t.lines.length, 0),
          unit: b.unit,
        }),
        {
          link: `#${quoteSheet(b.sheet)}!${toA1(b.headerTop, 0)}`,
        },
      );
      put(COLS.b, at);
      row++;
    }
    row++;
  }
  const charts = resultsCharts(input.tables[0], input.budgetTables, messages, ops);
  row = findingsSection(input.findings, messages, ops, row);
  row = legendSection(messages, ops, row);
  if (input.budgetSet) row = budgetSetSection(input.budgetSet, messages, ops, row);
  if (input.budgetSentences.length > 0) {
    ops.push({ row, col: COLS.a, value: messages.label('results.budgetAnalysis'), bold: true });
    row++;
    for (const s of input.budgetSentences) ops.push({ row: row++, col: COLS.a, value: s });
  }
  return { ops, summary, charts };
}

function findingsSection(
  findings: readonly Finding[],
  messages: Messages,
  ops: CellOp[],
  start: number,
): number {
  let row = start;
  ops.push({
    row,
    col: COLS.a,
    value: messages.label('results.findings', { count: findings.length }),
    bold: true,
  });
  row++;
  for (const [i, key] of ['results.severity', 'results.location', 'results.problem'].entries()) {
    ops.push({ row, col: i, value: messages.label(key), bold: true });
  }
  row++;
  for (const f of findings) {
    ops.push({ row, col: COLS.a, value: messages.label(`severity.${f.severity}`) });
    ops.push({ row, col: COLS.b, value: `${f.sheet}!${f.cell}`, link: `#${quoteSheet(f.sheet)}!${f.cell}` });
    ops.push({ row, col: COLS.c, value: messages.finding(f) });
    row++;
  }
  return row + 1;
}

/** 决算勾稽: which of the nine public tables are there, then every identity checked. */
function budgetSetSection(set: BudgetSetSection, messages: Messages, ops: CellOp[], start: number): number {
  let row = start;
  ops.push({ row: row++, col: COLS.a, value: set.summary, bold: true });
  for (const t of set.tables) {
    ops.push({ row, col: COLS.a, value: t.name });
    ops.push({ row, col: COLS.b, value: t.sheet });
    ops.push({ row, col: COLS.c, value: t.status });
    row++;
  }
  row++;
  const heads = [
    'budgetSet.column.status',
    'budgetSet.column.identity',
    'budgetSet.column.cells',
    'budgetSet.column.difference',
  ];
  const cols = [COLS.a, COLS.b, COLS.e, COLS.c];
  heads.forEach((key, i) => ops.push({ row, col: cols[i]!, value: messages.label(key), bold: true }));
  row++;
  for (const c of set.checks) {
    ops.push({ row, col: COLS.a, value: c.status });
    ops.push({ row, col: COLS.b, value: c.identity });
    ops.push({ row, col: COLS.c, value: c.difference, numFmt: '0.00' });
    ops.push({ row, col: COLS.e, value: c.cells });
    row++;
  }
  return row + 1;
}

function legendSection(messages: Messages, ops: CellOp[], start: number): number {
  let row = start;
  ops.push({ row, col: COLS.a, value: messages.label('results.legend'), bold: true });
  row++;
  for (const role of Object.keys(FILLS) as FillRole[]) {
    ops.push({ row, col: COLS.a, value: messages.label(`legend.${role}`), fill: FILLS[role] });
    row++;
  }
  return row + 1;
}

/** The label key of a budget table's kind: a 收入决算表 and the 财政拨款 总表 have their own. */
function budgetKindKey(b: BudgetTable): string {
  if (b.kind === 'detail' && b.panel === 'income') return 'budget.kind.incomeDetail';
  if (b.kind === 'incomeExpense' && b.publicKey === 'fiscalSummary') return 'budget.kind.fiscalSummary';
  return `budgetKind.${b.kind}`;
}
