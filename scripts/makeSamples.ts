/**
 * Builds the demo workbooks in samples/ with exceljs:
 *   seed-department-2020.xlsx   the seed report's 自评表 in its printed layout (40 rows from the TSV)
 *   project-template-2021.xlsx  the 财预〔2020〕10号 附1 项目支出绩效自评表, filled with a realistic project
 * Run: npx tsx scripts/makeSamples.ts [outDir]. Output is reproducible byte for byte (fixed dates,
 * fixed creator, fixed zip timestamps). The seed TSV is read from scripts/data/ (override with
 * SEED_TABLES_DIR; ../shared/seed/tables is the fallback).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { saveWorkbook } from '../src/adapters/xlsx/saveWorkbook';

const FIXED_DATE = new Date(Date.UTC(2021, 2, 31, 8, 0, 0));
const THIN = { style: 'thin' } as const;
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'perf-eval samples';
  wb.lastModifiedBy = 'perf-eval samples';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Borders, wrap and a vertical alignment on every cell of a block (1-based, inclusive). */
export function frame(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: 'middle', ...cell.alignment };
    }
  }
}

export function landscapeA4(ws: ExcelJS.Worksheet): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
}

const DEPT_SHEET = '自评表';
const DEPT_TITLE = '2020 年度连云港市生态环境局整体绩效评价自评表';
const DEPT_HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '标准值',
  '指标说明',
  '评分标准',
  '评分依据',
  '权重',
  '得分',
];
const DEPT_WIDTHS = [12, 18, 30, 10, 40, 32, 30, 7, 7];
/** In print, the 评分依据 of 目标1 and 目标2 share one cell under these two 二级 indicators only. */
const SEED_TSV = 'self-evaluation-table-2020.tsv';
const MERGED_EVIDENCE = [/^职能\s*4[:：]/, /^职能\s*5[:：]/];

function seedRows(): string[][] {
  const candidates = [
    process.env.SEED_TABLES_DIR,
    resolve(__dirname, 'data'),
    resolve(__dirname, '../../shared/seed/tables'),
  ];
  const dir =
    candidates.find((d) => d !== undefined && existsSync(join(d, SEED_TSV))) ?? resolve(__dirname, 'data');
  const text = readFileSync(join(dir, SEED_TSV), 'utf8');
  const [, ...rows] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  return rows.map((line) => line.split('\t'));
}

/** Vertical runs of equal values in one column: [firstIndex, lastIndex] pairs. */
function runs(values: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  values.forEach((v, i) => {
    const last = out[out.length - 1];
    if (last && values[last[0]] === v) last[1] = i;
    else out.push([i, i]);
  });
  return out;
}

const PROJECT_SHEET = '项目支出绩效自评表';
const PROJECT_WIDTHS = [14, 16, 24, 16, 16, 10, 10, 16, 16];
type Row = readonly (string | number | null)[];

/** 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 */
const PROJECT_INDICATORS: Row[] = [
  ['产出指标', '数量指标', '运维覆盖农户数', '1,200户', '1,236户', 10, 10, null],
  [
    '产出指标',
    '数量指标',
    '设施巡检服务人次',
    '≥1.2万人次',
    '1.15万人次',
    10,
    9,
    '汛期部分站点停运，巡检次数减少；下年度汛后增加补检',
  ],
  ['产出指标', '质量指标', '设施正常运行率', '≥95%', '98.5%', 10, 10, null],
  ['产出指标', '质量指标', '出水水质达标率', '≥90%', '86%', 5, 4, null],
  ['产出指标', '时效指标', '年度运维任务完成时间', '2021年12月底前', '2021年11月20日', 5, 5, null],
  ['产出指标', '成本指标', '年度运维成本', '≤300万元', '286.4万元', 10, 10, null],
  ['效益指标', '社会效益指标', '农村人居环境', '显著提升', '有效改善', 10, null, null],
  ['效益指标', '社会效益指标', '群众环保意识', '有效提高', null, 5, null, null],
  ['效益指标', '生态效益指标', '农村生活污水治理率', '≥60%', '63.2%', 10, 10, null],
  ['效益指标', '可持续影响指标', '运维管理规范化等级', '四星级', '四星级', 5, 5, null],
  ['满意度指标', '服务对象满意度指标', '受益农户满意度', '≥90%', '92.6%', 5, 5, null],
  ['满意度指标', '服务对象满意度指标', '村委会满意度', '≥90%', '—', 5, 5, null],
];

/** 行 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (万元; only the total carries 分值). */
const PROJECT_FUNDS: Row[] = [
  ['年度资金总额', 500, 480, 451.2, 10, null, null],
  ['其中：当年财政拨款', 400, 400, 380.5, '—', null, '—'],
  ['上年结转资金', 60, 60, 52.7, '—', null, '—'],
  ['其他资金', 40, 20, 18, '—', null, '—'],
];

function put(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number,
  value: string | number | null,
  toCol = col,
): void {
  ws.getCell(row, col).value = value;
  if (toCol > col) ws.mergeCells(row, col, row, toCol);
}

function fillProjectSheet(ws: ExcelJS.Worksheet): void {
  PROJECT_WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  put(ws, 1, 1, '项目支出绩效自评表', 9);
  ws.getCell('A1').font = { bold: true, size: 16 };
  put(ws, 2, 1, '（2021年度）', 9);
  for (const a of ['A1', 'A2']) ws.getCell(a).alignment = { horizontal: 'center', vertical: 'middle' };
  put(ws, 3, 1, '项目名称');
  put(ws, 3, 2, '连云港市农村生活污水治理设施第三方运维', 9);
  put(ws, 4, 1, '主管部门');
  put(ws, 4, 2, '连云港市生态环境局', 5);
  put(ws, 4, 6, '实施单位', 7);
  put(ws, 4, 8, '连云港市农村环境综合整治中心', 9);
  // funds block: rows 5–9, the label merged down column A
  put(ws, 5, 1, '项目资金（万元）');
  ws.mergeCells(5, 1, 9, 1);
  put(ws, 5, 2, null, 3);
  ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) =>
    put(ws, 5, 4 + i, h),
  );
  PROJECT_FUNDS.forEach(([label, ...values], i) => {
    put(ws, 6 + i, 2, label ?? null, 3);
    values.forEach((v, j) => put(ws, 6 + i, 4 + j, v ?? null));
  });
  // goals block: rows 10–11
  put(ws, 10, 1, '年度总体目标');
  ws.mergeCells(10, 1, 11, 1);
  put(ws, 10, 2, '预期目标', 5);
  put(ws, 10, 6, '实际完成情况', 9);
  put(
    ws,
    11,
    2,
    '完成全市1,200户农村生活污水处理设施年度运维，设施正常运行率不低于95%，出水水质达标率不低于90%，年度运维成本控制在300万元以内，农村人居环境显著提升。',
    5,
  );
  put(
    ws,
    11,
    6,
    '全年完成1,236户设施运维，设施正常运行率98.5%，出水水质达标率86%，运维支出286.4万元，受益农户满意度92.6%。',
    9,
  );
  ws.getRow(11).height = 60;
  // indicator grid: header row 12, rows 13–24, 总分 row 25
  const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
  header.forEach((h, i) => put(ws, 12, 1 + i, h));
  put(ws, 12, 8, '偏差原因分析及改进措施', 9);
  const first = 13;
  PROJECT_INDICATORS.forEach((r, i) => {
    r.slice(0, 7).forEach((v, j) => put(ws, first + i, 1 + j, v ?? null));
    put(ws, first + i, 8, r[7] ?? null, 9);
  });
  for (const col of [0, 1]) {
    for (const [a, b] of runs(PROJECT_INDICATORS.map((r) => String(r[col])))) {
      if (b > a) ws.mergeCells(first + a, col + 1, first + b, col + 1);
    }
  }
  const total = first + PROJECT_INDICATORS.length;
  put(ws, total, 1, '总分', 5);
  put(ws, total, 6, 100);
  put(ws, total, 7, null);
  put(ws, total, 8, null, 9);
  frame(ws, 3, 1, total, 9);
  for (const r of [5, 10, 12]) ws.getRow(r).font = { bold: true };
}

export function buildDepartmentSample(): ExcelJS.Workbook {
  const rows = seedRows();
  if (rows.length !== 40) throw new Error(`expected 40 seed rows, got ${rows.length}`);
  const wb = newWorkbook();
  const ws = wb.addWorksheet(DEPT_SHEET);
  DEPT_WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.getCell('A1').value = DEPT_TITLE;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle' };
  ws.mergeCells('A1:I1');
  ws.getRow(1).height = 28;
  ws.getRow(2).values = DEPT_HEADER;
  ws.getRow(2).font = { bold: true };
  const first = 3;
  rows.forEach((cols, i) => {
    const row = ws.getRow(first + i);
    cols.forEach((text, c) => {
      row.getCell(c + 1).value = c >= 7 ? Number(text) : text;
    });
  });
  frame(ws, 2, 1, first + rows.length - 1, 9);
  for (let c = 1; c <= 9; c++)
    ws.getCell(2, c).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  for (const col of [0, 1]) {
    // 二级 runs never cross a 一级 boundary in the seed, so runs of the column alone suffice
    for (const [a, b] of runs(rows.map((r) => r[col] ?? ''))) {
      if (b > a) ws.mergeCells(first + a, col + 1, first + b, col + 1);
    }
  }
  rows.forEach((r, i) => {
    const next = rows[i + 1];
    const level2 = r[1] ?? '';
    if (next && next[1] === level2 && next[6] === r[6] && MERGED_EVIDENCE.some((re) => re.test(level2))) {
      if (!ws.getCell(first + i, 7).isMerged) ws.mergeCells(first + i, 7, first + i + 1, 7);
    }
  });
  ws.views = [{ state: 'frozen', ySplit: 2, xSplit: 0 }];
  landscapeA4(ws);
  return wb;
}

export function buildProjectSample(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(PROJECT_SHEET);
  fillProjectSheet(ws);
  landscapeA4(ws);
  return wb;
}

export async function buildSamples(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const outputs: [string, ExcelJS.Workbook][] = [
    ['seed-department-2020.xlsx', buildDepartmentSample()],
    ['project-template-2021.xlsx', buildProjectSample()],
  ];
  for (const [name, wb] of outputs) await saveWorkbook(wb, join(outDir, name));
  return outputs.map(([name]) => join(outDir, name));
}

if (require.main === module) {
  const outDir = resolve(process.argv[2] ?? resolve(__dirname, '../samples'));
  buildSamples(outDir).then(
    (paths) => paths.forEach((p) => console.log(`wrote ${p}`)),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
