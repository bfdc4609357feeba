/**
 * Generated workbooks for the benchmark, as engine grids and as .xlsx files:
 *   绩效自评表  a project-template indicator table of `indicators` rows (一级 merged over 50 rows,
 *              二级 over 5), with targets, actual values, weights, typed scores and rule texts of
 *              the common kinds, a few rows deliberately wrong so the checks have findings to plan;
 *   支出决算明细表  a 科目编码 detail table of `lines` budget lines (类 / 款 / 项 codes, sums that add up,
 *              年初预算数 / 支出决算数 / an empty 完成年初预算(%) column for the engine to fill).
 * Deterministic: the same sizes always give the same cells. Targets and rule texts repeat as they do
 * in real tables (five kinds); actual values are varied (about a thousand distinct per kind), so
 * per-text caches in the engine get no more help than real data gives them.
 */
import ExcelJS from 'exceljs';
import type { CellRange, CellValue, SheetInput, WorkbookInput } from '../src/engine/grid/types';

export const INDICATOR_SHEET = '绩效自评表';
export const BUDGET_SHEET = '支出决算明细表';

const INDICATOR_HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '评分标准',
  '偏差原因分析及改进措施',
];
const BUDGET_HEADER = ['科目编码', '科目名称', '年初预算数', '支出决算数', '完成年初预算(%)'];

/** Rule texts of the usual kinds, with a target and an actual value that fit each. */
const KINDS: readonly { rule: string; target: string; actual: (i: number) => CellValue }[] = [
  {
    rule: '达标记满分，否则不得分。',
    target: '≥95%',
    actual: (i) => `${(95 + (i % 499) / 100).toFixed(2)}%`,
  },
  {
    rule: '每低5个百分点扣1分，扣完为止。',
    target: '≥90%',
    actual: (i) => `${(90 + (i % 997) / 100).toFixed(2)}%`,
  },
  { rule: '完成率×分值。', target: '1200户', actual: (i) => `${1200 + (i % 487)}户` },
  {
    rule: '按时完成记满分，每延迟1个月扣1分。',
    target: '2021年12月底前',
    actual: (i) => `2021年${1 + (i % 11)}月${1 + (i % 28)}日`,
  },
  {
    rule: '≥90%记满分，80%-90%记一半分值，80%以下不得分。',
    target: '≥90%',
    actual: (i) => 0.9 + (i % 991) / 10000,
  },
];

const LEVEL1 = ['产出指标', '效益指标', '满意度指标'];
const LEVEL2 = ['数量指标', '质量指标', '时效指标', '成本指标', '社会效益指标'];
const LEVEL3 = [
  '设施正常运行率',
  '运维覆盖农户数',
  '出水水质达标率',
  '年度运维任务完成时间',
  '受益农户满意度',
];

/** The indicator sheet: title, header, `n` indicator rows, a 合计 row. */
export function indicatorSheet(n: number): SheetInput {
  const rows: CellValue[][] = [['项目支出绩效自评表'], INDICATOR_HEADER];
  const merges: CellRange[] = [{ top: 0, left: 0, bottom: 0, right: 8 }];
  const styles: Record<string, { numFmt: string }> = {};
  for (let i = 0; i < n; i++) {
    const r = rows.length;
    const kind = KINDS[i % KINDS.length]!;
    const weight = i % 7 === 0 ? 2 : 1;
    // about 1 row in 50 carries a typed score above its weight: an error finding with a note
    const score = i % 50 === 7 ? weight + 1 : weight;
    rows.push([
      i % 50 === 0 ? `${LEVEL1[Math.floor(i / 50) % LEVEL1.length]!}${Math.floor(i / 50) + 1}` : null,
      i % 5 === 0 ? `${LEVEL2[Math.floor(i / 5) % LEVEL2.length]!}${Math.floor(i / 5) + 1}` : null,
      `${LEVEL3[i % LEVEL3.length]!}${i + 1}`,
      kind.target,
      kind.actual(i),
      weight,
      score,
      kind.rule,
      i % 97 === 3 ? '受汛期影响，部分站点停运' : null,
    ]);
    if (i % 50 === 0) merges.push({ top: r, left: 0, bottom: Math.min(r + 49, n + 1), right: 0 });
    if (i % 5 === 0) merges.push({ top: r, left: 1, bottom: Math.min(r + 4, n + 1), right: 1 });
    if (typeof kind.actual(i) === 'number') styles[`E${r + 1}`] = { numFmt: '0%' };
  }
  rows.push(['合计', null, null, null, null, null, null, null, null]);
  merges.push({ top: rows.length - 1, left: 0, bottom: rows.length - 1, right: 2 });
  return { name: INDICATOR_SHEET, rows, merges, styles };
}

/**
 * The budget sheet: header, a 合计 line and `n` lines in a 类 / 款 / 项 hierarchy (9 项 per 款,
 * 9 款 per 类), each parent the sum of its children.
 */
export function budgetSheet(n: number): SheetInput {
  const rows: CellValue[][] = [['支出决算明细表'], ['单位：万元'], BUDGET_HEADER];
  const body: CellValue[][] = [];
  let budgetTotal = 0;
  let finalTotal = 0;
  let cls = 200;
  while (body.length < n) {
    cls++;
    const classRow: CellValue[] = [String(cls), `类${cls}`, 0, 0, null];
    body.push(classRow);
    for (let k = 1; k <= 9 && body.length < n; k++) {
      const section = `${cls}${String(k).padStart(2, '0')}`;
      const sectionRow: CellValue[] = [section, `款${section}`, 0, 0, null];
      body.push(sectionRow);
      for (let j = 1; j <= 9 && body.length < n; j++) {
        const seed = body.length;
        const budget = 100 + (seed % 37) * 3.25;
        const spent = Math.round(budget * (0.8 + (seed % 21) / 100) * 100) / 100;
        body.push([`${section}${String(j).padStart(2, '0')}`, `项${section}${j}`, budget, spent, null]);
        sectionRow[2] = round2((sectionRow[2] as number) + budget);
        sectionRow[3] = round2((sectionRow[3] as number) + spent);
        classRow[2] = round2((classRow[2] as number) + budget);
        classRow[3] = round2((classRow[3] as number) + spent);
        budgetTotal = round2(budgetTotal + budget);
        finalTotal = round2(finalTotal + spent);
      }
    }
  }
  rows.push(['合计', null, budgetTotal, finalTotal, null], ...body);
  return { name: BUDGET_SHEET, rows, merges: [{ top: 0, left: 0, bottom: 0, right: 4 }] };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** `indicators` indicator rows and `lines` budget lines, two sheets. */
export function benchWorkbook(indicators: number, lines: number): WorkbookInput {
  return [indicatorSheet(indicators), budgetSheet(lines)];
}

/** The same workbook as an exceljs workbook (merges and number formats kept). */
export function toExcel(sheets: WorkbookInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2021, 0, 1));
  wb.modified = wb.created;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      const values = row.map((v) => (v === null || typeof v === 'object' ? null : v));
      ws.getRow(r + 1).values = [null, ...values] as ExcelJS.CellValue[];
    });
    for (const [a1, style] of Object.entries(s.styles ?? {})) {
      if (style.numFmt) ws.getCell(a1).numFmt = style.numFmt;
    }
    for (const m of s.merges ?? []) {
      if (m.bottom > m.top || m.right > m.left)
        ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    }
  }
  return wb;
}
