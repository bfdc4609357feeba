/**
 * Builds the final-accounts (决算) workbooks with exceljs:
 *   samples/seed-budget-2020.xlsx         the seed report's §1.2 and §3.1.3.3 figures in the usual
 *                                         public-table layouts, with the report's own slips kept
 *   test/fixtures/budget-split-codes.xlsx split 类/款/项 codes, 元, text amounts, a planted error
 * Run: npx tsx scripts/makeBudgetSamples.ts [samplesDir] [fixturesDir]. Output is reproducible.
 *
 * Figures the report does not state are derived and marked so below: last year's 年初/年末结转和结余
 * (from the stated totals), the "三公" and 会议费/培训费 budgets (the smallest 2-decimal amounts that
 * reproduce the stated 完成预算 rates), and last year's "三公" figures (from the stated decreases).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { saveWorkbook } from '../src/adapters/xlsx/saveWorkbook';
import { frame, newWorkbook } from './makeSamples';

type Cell = string | number | null;
const AMOUNT_FORMAT = '#,##0.00';

/** Writes rows from (top, left), 1-based; numbers get the amount format. */
function put(ws: ExcelJS.Worksheet, top: number, left: number, rows: readonly (readonly Cell[])[]): void {
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      const cell = ws.getCell(top + i, left + j);
      cell.value = v;
      if (typeof v === 'number') cell.numFmt = AMOUNT_FORMAT;
    }),
  );
}

function title(ws: ExcelJS.Worksheet, text: string, right: number, unitCol: number): void {
  ws.mergeCells(1, 1, 1, right);
  ws.getCell(1, 1).value = text;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getCell(2, 1).value = '部门：连云港市生态环境局';
  ws.getCell(2, unitCol).value = '单位：万元';
}

/** §1.2.1: two panels with last year's figures. The 支出 panel keeps the report's 0.01 gap. */
function incomeExpenseSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('收入支出决算总表');
  title(ws, '收入支出决算总表', 6, 6);
  ws.mergeCells('A3:C3');
  ws.mergeCells('D3:F3');
  put(ws, 3, 1, [
    ['收入', null, null, '支出'],
    ['项目', '决算数', '上年决算数', '项目', '决算数', '上年决算数'],
  ]);
  put(ws, 5, 1, [
    ['一、一般公共预算财政拨款收入', 10179.92, 10264.59, '一、一般公共服务支出', 908.14, 853.39],
    ['二、政府性基金预算财政拨款收入', 0, 0, '二、节能环保支出', 10106.67, 5462.09],
    ['三、国有资本经营预算财政拨款收入', 0, 0, '三、城乡社区支出', 1806.68, 400.64],
    ['四、上级补助收入', 0, 0, '四、农林水支出', 88.05, 302.16],
    ['五、事业收入', 0, 0, '五、交通运输支出', 500, 0],
    ['六、经营收入', 0, 0, '六、住房保障支出', 751.95, 548.73],
    ['七、附属单位上缴收入', 0, 0, '七、其他支出', 3.22, 5.97],
    ['八、其他收入', 0, 10.85],
    // Last year's 结转和结余 are derived from the stated totals (18021.06 = 20145.65 − 2124.59).
    ['本年收入合计', 10179.92, 10275.44, '本年支出合计', 14164.71, 7572.98],
    ['使用非财政拨款结余', 0, 0, '结余分配', 0, 0],
    ['年初结转和结余', 9965.73, 7745.62, '年末结转和结余', 5980.95, 10448.08],
    // As printed: the 支出 parts add to 20145.66.
    ['总计', 20145.65, 18021.06, '总计', 20145.65, 18021.06],
  ]);
  frame(ws, 3, 1, 16, 6);
  ws.columns = [34, 12, 12, 22, 12, 12].map((width) => ({ width }));
}

/** §1.2.1 / §1.2.3: expenditure by 功能分类 类, with 基本/项目 where the report gives them. */
function expenditureSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('支出决算表');
  title(ws, '支出决算表', 6, 6);
  ws.mergeCells('A3:B3');
  for (const c of ['C', 'D', 'E', 'F']) ws.mergeCells(`${c}3:${c}4`);
  put(ws, 3, 1, [
    ['项目', null, '本年支出合计', '基本支出', '项目支出', '上年决算数'],
    ['科目编码', '科目名称'],
  ]);
  ws.mergeCells('A5:B5');
  put(ws, 5, 1, [
    ['合计', null, 14164.71, 3719.18, 10445.53, 7572.98],
    ['201', '一般公共服务支出', 908.14, null, null, 853.39],
    ['211', '节能环保支出', 10106.67, null, null, 5462.09],
    ['212', '城乡社区支出', 1806.68, null, null, 400.64],
    ['213', '农林水支出', 88.05, null, null, 302.16],
    ['214', '交通运输支出', 500, null, null, 0],
    ['221', '住房保障支出', 751.95, null, null, 548.73],
    ['229', '其他支出', 3.22, null, null, 5.97],
  ]);
  frame(ws, 3, 1, 12, 6);
  ws.columns = [10, 22, 14, 12, 12, 12].map((width) => ({ width }));
}

/** §3.1.3.3: the thirteen items with their 款 and the 类 211; rate column left blank. */
function itemsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('节能环保支出明细');
  title(ws, '节能环保支出决算明细表', 5, 5);
  put(ws, 3, 1, [
    ['科目编码', '科目名称', '年初预算数', '支出决算数', '完成年初预算(%)'],
    ['211', '节能环保支出', 3804.07, 10106.67],
    ['21101', '环境保护管理事务', 1802.01, 1935.28],
    ['2110101', '行政运行', 794.61, 794.36],
    ['2110104', '生态环境保护宣传', 129.12, 119.57],
    ['2110199', '其他环境保护管理事务支出', 878.28, 1021.35],
    ['21102', '环境监测与监察', 1008.74, 821.72],
    ['2110204', '核与辐射安全监督', 657.86, 599.22],
    ['2110299', '其他环境监测与监察支出', 350.88, 222.5],
    ['21103', '污染防治', 48, 3148.22],
    ['2110301', '大气', 0, 359.46],
    ['2110399', '其他污染防治支出', 48, 2788.76],
    ['21104', '自然生态保护', 0, 3254.52],
    ['2110401', '生态保护', 0, 3110.47],
    ['2110402', '农村环境保护', 0, 144.05],
    ['21110', '能源节约利用', 18.14, 18.14],
    ['2111001', '能源节约利用', 18.14, 18.14],
    ['21111', '污染减排', 927.18, 902.3],
    ['2111101', '生态环境监测与信息', 100.29, 100.29],
    ['2111102', '生态环境执法监察', 826.89, 802.01],
    ['21199', '其他节能环保支出', 0, 26.49],
    ['2119901', '其他节能环保支出', 0, 26.49],
  ]);
  frame(ws, 3, 1, 24, 5);
  // §3.1.3.2 as printed: the adjusted budget in 元 beside the same figure in 万元.
  ws.mergeCells('A26:E26');
  ws.getCell('A26').value =
    '说明：我局 2020 年度支出调整预算数为 14164.71 元，2020 年度决算数为 14164.71 万元，执行率为 100%。';
  ws.getCell('A26').alignment = { wrapText: true };
  ws.columns = [10, 26, 12, 12, 16].map((width) => ({ width }));
}

/** §1.2.4: 基本支出 = 人员经费 + 公用经费. */
function basicSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('基本支出决算表');
  title(ws, '财政拨款基本支出决算表', 2, 2);
  put(ws, 3, 1, [
    ['项目', '决算数'],
    ['基本支出合计', 3719.18],
    ['人员经费', 3462.35],
    ['公用经费', 256.83],
  ]);
  frame(ws, 3, 1, 6, 2);
  ws.columns = [20, 14].map((width) => ({ width }));
}

/** §1.2.7: "三公" in the public horizontal layout, then 会议费 / 培训费. Budgets derived (see top). */
function threePublicSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('三公经费支出决算表');
  title(ws, '一般公共预算财政拨款“三公”经费支出决算表', 18, 18);
  const blocks: [string, number[]][] = [
    ['预算数', [34.78, 0, 30.5, 0, 30.5, 4.28]],
    ['决算数', [35.6, 0, 29.94, 0, 29.94, 5.66]],
    ['上年决算数', [99.55, 3.92, 64.23, 22.8, 41.43, 31.4]],
  ];
  blocks.forEach(([caption, amounts], b) => {
    const c = 1 + b * 6;
    ws.mergeCells(3, c, 3, c + 5);
    ws.getCell(3, c).value = caption;
    for (const [k, text] of [
      [0, '合计'],
      [1, '因公出国（境）费'],
      [5, '公务接待费'],
    ] as const) {
      ws.mergeCells(4, c + k, 5, c + k);
      ws.getCell(4, c + k).value = text;
    }
    ws.mergeCells(4, c + 2, 4, c + 4);
    ws.getCell(4, c + 2).value = '公务用车购置及运行维护费';
    put(ws, 5, c + 2, [['小计', '公务用车购置费', '公务用车运行维护费']]);
    put(ws, 6, c, [amounts]);
  });
  frame(ws, 3, 1, 6, 18);
  ws.getCell('A8').value = '会议费、培训费支出决算表';
  ws.getCell('E8').value = '单位：万元';
  put(ws, 9, 1, [
    ['项目', '预算数', '决算数', '完成预算(%)', '上年决算数'],
    ['会议费', 8.11, 12.02, null, 15.7],
    ['培训费', 10, 7.53, null, 11.08],
  ]);
  frame(ws, 9, 1, 11, 5);
  ws.columns = Array.from({ length: 18 }, () => ({ width: 11 }));
}

/** §1.2.5 and §1.2.9: single lines with last year's figure. */
function summarySheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('支出情况');
  title(ws, '一般公共预算财政拨款支出及机关运行经费', 3, 3);
  put(ws, 3, 1, [
    ['项目', '本年决算数', '上年决算数'],
    ['一般公共预算财政拨款支出', 12354.81, 7503.11],
    ['机关运行经费', 193.32, 215.34],
  ]);
  frame(ws, 3, 1, 5, 3);
  ws.columns = [28, 14, 14].map((width) => ({ width }));
}

export function buildSeedBudgetWorkbook(): ExcelJS.Workbook {
  const wb = newWorkbook();
  incomeExpenseSheet(wb);
  expenditureSheet(wb);
  itemsSheet(wb);
  basicSheet(wb);
  threePublicSheet(wb);
  summarySheet(wb);
  return wb;
}

/**
 * 类 | 款 | 项 under a merged 科目编码, unit 元, item amounts typed as text; 2110301 has a zero
 * budget (`-`), 2110399 is over-spent, and 款 21101's 支出决算数 (G7) is 1,000 元 above its items.
 */
export function buildSplitCodesFixture(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('支出决算明细表');
  ws.mergeCells('A1:H1');
  ws.getCell('A1').value = '2021 年度支出决算明细表';
  put(ws, 2, 1, [['编制单位：某市某局', null, null, null, null, null, null, '单位：元']]);
  ws.mergeCells('A3:C3');
  for (const c of ['D', 'E', 'F', 'G', 'H']) ws.mergeCells(`${c}3:${c}4`);
  put(ws, 3, 1, [
    ['科目编码', null, null, '科目名称', '年初预算数', '调整预算数', '支出决算数', '执行率'],
    ['类', '款', '项'],
  ]);
  ws.mergeCells('A5:D5');
  put(ws, 5, 1, [
    ['合计', null, null, null, 17550000, 23500000, 23321732.4],
    ['211', null, null, '节能环保支出', 14550000, 20500000, 20333732.4],
    ['211', '01', null, '环境保护管理事务', 14070000, 14100000, 13952532.4],
    ['211', '01', '01', '行政运行', '12,870,000.00', '12,900,000.00', '12,801,532.40'],
    ['211', '01', '04', '生态环境保护宣传', '1,200,000.00', '1,200,000.00', '1,150,000.00'],
    ['211', '03', null, '污染防治', 480000, 6400000, 6382200],
    ['211', '03', '01', '大气', '-', '3,600,000.00', '3,594,600.00'],
    ['211', '03', '99', '其他污染防治支出', '480,000.00', '2,800,000.00', '2,787,600.00'],
    ['221', null, null, '住房保障支出', 3000000, 3000000, 2988000],
    ['221', '02', null, '住房改革支出', 3000000, 3000000, 2988000],
    ['221', '02', '01', '住房公积金', '2,400,000.00', '2,400,000.00', '2,398,000.00'],
    ['221', '02', '03', '购房补贴', '600,000.00', '600,000.00', '590,000.00'],
  ]);
  frame(ws, 3, 1, 16, 8);
  ws.columns = [6, 6, 6, 20, 16, 16, 16, 10].map((width) => ({ width }));
  return wb;
}

export async function buildBudgetSamples(samplesDir: string, fixturesDir: string): Promise<string[]> {
  mkdirSync(samplesDir, { recursive: true });
  mkdirSync(fixturesDir, { recursive: true });
  const outputs: [string, ExcelJS.Workbook][] = [
    [join(samplesDir, 'seed-budget-2020.xlsx'), buildSeedBudgetWorkbook()],
    [join(fixturesDir, 'budget-split-codes.xlsx'), buildSplitCodesFixture()],
  ];
  for (const [path, wb] of outputs) await saveWorkbook(wb, path);
  return outputs.map(([path]) => path);
}

if (require.main === module) {
  const samplesDir = resolve(process.argv[2] ?? resolve(__dirname, '../samples'));
  const fixturesDir = resolve(process.argv[3] ?? resolve(__dirname, '../test/fixtures'));
  buildBudgetSamples(samplesDir, fixturesDir).then(
    (paths) => paths.forEach((p) => console.log(`wrote ${p}`)),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
