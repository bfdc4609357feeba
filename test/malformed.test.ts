import { analyzeWorkbook } from '../src/engine/analyzeWorkbook';
import type { CellValue, SheetInput } from '../src/engine/grid/types';
import { createMessages } from '../src/i18n';
import { PROJECT_HEADER } from './support/templates';

/**
 * A corpus of badly filled tables, each with exactly the findings a reviewer would write
 * (code @ cell). Every table starts from a clean one and breaks one thing.
 */
const DEPT = ['一级指标', '二级指标', '三级指标', '标准值', '评分标准', '评分依据', '权重', '得分'];
const PROJ = [...PROJECT_HEADER, '佐证材料'];
const OK = '《年度工作总结》';
/** The department template has no 实际完成值 column: none of its typed scores can be checked. */
const NO_ACTUAL = 'actual.noColumn@H1';

function dept(rows: CellValue[][]): CellValue[][] {
  return [DEPT, ...rows];
}

/** Two clean rows worth 100 together (60 + 40). */
function cleanDept(overrides: { row?: number; col?: number; value?: CellValue }[] = []): CellValue[][] {
  const rows: CellValue[][] = [
    ['内部管理 (60分)', '制度 (60分)', '制度建设', '健全', '健全记60分，否则不得分', OK, 60, 60],
    ['部门履职 (40分)', '职能 (40分)', '任务完成', '达标', '达标记40分，否则不得分', OK, 40, 40],
  ];
  for (const o of overrides) rows[o.row!]![o.col!] = o.value ?? null;
  return dept(rows);
}

function proj(rows: CellValue[][]): CellValue[][] {
  return [PROJ, ...rows];
}

interface Case {
  readonly name: string;
  readonly rows: CellValue[][];
  readonly expect: string[];
  readonly sheet?: Partial<SheetInput>;
}

const CASES: Case[] = [
  {
    name: 'a clean department table: only that it has no actual column to check its scores by',
    rows: cleanDept(),
    expect: [NO_ACTUAL],
  },
  {
    name: 'score above weight',
    rows: cleanDept([{ row: 0, col: 7, value: 65 }]),
    expect: ['score.aboveWeight@H2', NO_ACTUAL],
  },
  {
    name: 'weights add up to 90',
    rows: cleanDept([
      { row: 1, col: 6, value: 30 },
      { row: 1, col: 7, value: 30 },
    ]),
    expect: [
      'weight.childrenMismatch@A3',
      'weight.childrenMismatch@B3',
      'weight.totalNot100@G1',
      'rule.fullPointsMismatch@G3',
      NO_ACTUAL,
    ],
  },
  {
    name: '一级 annotation disagrees with its rows',
    rows: cleanDept([{ row: 0, col: 0, value: '内部管理 (50分)' }]),
    expect: ['weight.childrenMismatch@A2', NO_ACTUAL],
  },
  {
    name: '二级 annotation disagrees with its rows',
    rows: cleanDept([{ row: 0, col: 1, value: '制度 (55分)' }]),
    expect: ['weight.childrenMismatch@B2', NO_ACTUAL],
  },
  {
    name: 'weight missing',
    rows: cleanDept([{ row: 1, col: 6, value: null }]),
    expect: [
      'weight.missing@G3',
      'weight.childrenMismatch@A3',
      'weight.childrenMismatch@B3',
      'weight.totalNot100@G1',
      NO_ACTUAL,
    ],
  },
  {
    name: 'weight not a number',
    rows: cleanDept([{ row: 1, col: 6, value: '若干' }]),
    expect: [
      'weight.notNumeric@G3',
      'weight.childrenMismatch@A3',
      'weight.childrenMismatch@B3',
      'weight.totalNot100@G1',
      NO_ACTUAL,
    ],
  },
  {
    name: 'weight in Chinese numerals is read',
    rows: cleanDept([{ row: 1, col: 6, value: '四十' }]),
    expect: [NO_ACTUAL],
  },
  {
    // a weight past the 100-point scale is not summed: the totals stay finite and readable
    name: 'weight past the 100-point scale (a typo, or 1e308)',
    rows: cleanDept([
      { row: 1, col: 6, value: 1e308 },
      { row: 1, col: 7, value: 1e308 },
    ]),
    expect: [
      'weight.outOfRange@G3',
      'score.outOfRange@H3',
      'weight.childrenMismatch@A3',
      'weight.childrenMismatch@B3',
      'weight.totalNot100@G1',
      'score.missing@H3',
      NO_ACTUAL,
    ],
  },
  {
    name: 'a negative weight',
    rows: cleanDept([{ row: 0, col: 6, value: -60 }]),
    expect: [
      'weight.outOfRange@G2',
      'weight.childrenMismatch@A2',
      'weight.childrenMismatch@B2',
      'weight.totalNot100@G1',
      NO_ACTUAL,
    ],
  },
  {
    name: 'score not a number',
    rows: cleanDept([{ row: 1, col: 7, value: '较好' }]),
    expect: ['score.notNumeric@H3', 'score.missing@H3', NO_ACTUAL],
  },
  {
    // 满分 is the row's weight (hunt35: five of them were errors), so there is nothing to report
    name: 'score typed as 满分',
    rows: cleanDept([{ row: 1, col: 7, value: '满分' }]),
    expect: [NO_ACTUAL],
  },
  {
    name: 'an error value in the score cell',
    rows: cleanDept([{ row: 1, col: 7, value: { error: '#DIV/0!' } }]),
    expect: ['cell.errorValue@H3', 'score.missing@H3', NO_ACTUAL],
  },
  {
    name: 'an error value typed as text in the target',
    rows: cleanDept([{ row: 0, col: 3, value: '#N/A' }]),
    expect: ['cell.errorValue@D2', NO_ACTUAL],
  },
  {
    name: 'a rule nobody can compute',
    rows: cleanDept([{ row: 1, col: 4, value: '由评价组综合评定' }]),
    expect: ['rule.unreadable@E3', NO_ACTUAL],
  },
  {
    name: 'rule awards more than the weight',
    rows: cleanDept([{ row: 1, col: 4, value: '达标记50分，否则不得分' }]),
    expect: ['rule.fullPointsMismatch@G3', NO_ACTUAL],
  },
  {
    name: 'a typed score the rule cannot produce',
    rows: cleanDept([{ row: 1, col: 7, value: 25 }]),
    expect: ['score.notProducible@H3', NO_ACTUAL],
  },
  {
    name: 'score blank, nothing to compute from',
    rows: cleanDept([{ row: 1, col: 7, value: null }]),
    expect: ['score.missing@H3', NO_ACTUAL],
  },
  {
    name: 'typed 合计 disagrees with the rows',
    rows: [...cleanDept(), ['合计', null, null, null, null, null, 100, 90]],
    expect: ['table.totalMismatch@H4', NO_ACTUAL],
  },
  {
    name: '三级 annotation disagrees with the weight',
    rows: cleanDept([{ row: 1, col: 2, value: '任务完成（30分）' }]),
    expect: ['weight.annotationMismatch@G3', NO_ACTUAL],
  },
  {
    name: 'evidence blank',
    rows: cleanDept([{ row: 1, col: 5, value: null }]),
    expect: ['evidence.missing@F3', NO_ACTUAL],
  },
  {
    name: 'evidence "见附件" with nothing attached',
    rows: cleanDept([{ row: 1, col: 5, value: '见附件' }]),
    expect: ['evidence.missing@F3', NO_ACTUAL],
  },
  {
    name: 'evidence "见附件" with a hyperlink is evidence',
    rows: cleanDept([{ row: 1, col: 5, value: '见附件' }]),
    sheet: { hyperlinks: { F3: 'https://example.gov.cn/files/summary.pdf' } },
    expect: [NO_ACTUAL],
  },
  {
    name: 'generic evidence behind a full qualitative score',
    rows: cleanDept([{ row: 1, col: 5, value: '按照局工作要求' }]),
    expect: ['evidence.weak@F3', NO_ACTUAL],
  },
  {
    name: 'no table at all',
    rows: [['会议纪要'], ['时间', '地点', '参会人员'], ['2021-03-01', '三楼会议室', '全体']],
    expect: ['table.notFound@A1'],
  },
  {
    name: 'project: score below weight without a deviation note',
    rows: proj([['产出 (100分)', '数量 (100分)', '户数', '≥100户', '90户', 100, 90, null, OK]]),
    expect: ['score.belowWeightNoNote@H2'],
  },
  {
    name: 'project: a typed full score while the actual misses the target',
    rows: proj([['产出 (100分)', '数量 (100分)', '户数', '≥100户', '80户', 100, 100, null, OK]]),
    expect: ['score.differsFromComputed@G2', 'score.fullButMissed@E2', 'score.belowWeightNoNote@H2'],
  },
  {
    name: 'project: actual far above the target',
    rows: proj([['产出 (100分)', '数量 (100分)', '户数', '≥100户', '180户', 100, 100, null, OK]]),
    expect: ['actual.farAboveTarget@E2'],
  },
  {
    name: 'project: a target nobody can measure',
    // one row of 100 typed unchecked: its grade rests on it (0 to 100 once checked)
    rows: proj([['效益 (100分)', '社会 (100分)', '环境', '显著提升', '明显改善', 100, 100, null, OK]]),
    expect: ['target.notMeasurable@D2', 'table.gradeUnchecked@G1'],
  },
  {
    name: 'project: an empty actual on a quantitative row',
    rows: proj([['产出 (100分)', '数量 (100分)', '户数', '≥100户', '—', 100, 100, null, OK]]),
    expect: ['actual.missing@E2', 'table.gradeUnchecked@G1'],
  },
  {
    name: 'project: a deadline missed with a typed full score',
    rows: proj([
      ['产出 (100分)', '时效 (100分)', '完工时间', '2021年6月底前', '2021年8月15日', 100, 100, null, OK],
    ]),
    expect: ['score.differsFromComputed@G2', 'score.fullButMissed@E2', 'score.belowWeightNoNote@H2'],
  },
  {
    name: 'project: no evidence column at all',
    rows: [PROJ.slice(0, 8), ['产出 (100分)', '数量 (100分)', '户数', '≥100户', '100户', 100, 100, null]],
    expect: ['evidence.noColumn@A1'],
  },
];

describe('malformed tables: each gives exactly its findings', () => {
  const messages = createMessages('zh-CN');
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const sheet: SheetInput = { name: '自评表', rows: c.rows, ...(c.sheet ?? {}) };
    const a = analyzeWorkbook([sheet], { messages });
    const got = a.findings.map((f) => `${f.code}@${f.cell}`).sort();
    expect(got).toEqual([...c.expect].sort());
    for (const f of a.findings) expect(messages.finding(f)).not.toMatch(/\{\w+\}/);
  });

  it('holds at least 25 malformed cases', () => {
    expect(CASES.filter((c) => c.expect.some((e) => e !== NO_ACTUAL)).length).toBeGreaterThanOrEqual(25);
  });
});
