/**
 * Builds the fixture workbooks in test/fixtures/ (what only a file can show: merges, links, notes,
 * cached formula values, odd layouts). Run: npx tsx scripts/makeFixtures.ts [outDir].
 * Reproducible byte for byte; test/fixtures.test.ts rebuilds them and checks them.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { saveWorkbook } from '../src/adapters/xlsx/saveWorkbook';
import { FUNDS_HEADER, PROJECT_HEADER } from '../test/support/templates';

type Value = ExcelJS.CellValue;
const FIXED_DATE = new Date(Date.UTC(2021, 2, 31, 8, 0, 0));

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'perf-eval fixtures';
  wb.lastModifiedBy = 'perf-eval fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Writes rows of values starting at (row, col), both 1-based; null leaves a cell empty. */
function block(ws: ExcelJS.Worksheet, row: number, col: number, rows: readonly (readonly Value[])[]): void {
  rows.forEach((values, i) => {
    values.forEach((v, j) => {
      if (v !== null) ws.getCell(row + i, col + j).value = v;
    });
  });
}

/** Department table at C4: unit row above, synonyms 分值/佐证材料/指标值, columns reordered. */
function mergesAnnotations(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('部门整体自评');
  ws.getCell('A1').value = '附件2';
  ws.getCell('C2').value = '2021年度海州区水务局部门整体支出绩效自评表';
  ws.mergeCells('C2:J2');
  ws.getCell('J3').value = '单位：分';
  block(ws, 4, 3, [
    ['一级指标', '二级指标', '三级指标', '分值', '得分', '指标值', '评分标准', '佐证材料'],
    [
      '履职效能（60分）',
      '重点工作完成(35分)',
      '河道整治完成率（20分）',
      20,
      20,
      '100%',
      '达100%记20分，每低1个百分点扣2分',
      '《2021年河道整治验收报告》',
    ],
    [null, null, '防汛物资储备到位率(15分)', 15, 15, '≥95%', '达95%及以上记15分，否则不得分', '物资台账'],
    [
      null,
      '履职效益（25分）',
      '水质达标率（15分）',
      15,
      12,
      '≥90%',
      '达90%记15分，每低1个百分点扣1分',
      '水质监测月报',
    ],
    [
      null,
      null,
      '群众满意度 (10 分)',
      10,
      9,
      '≥85%',
      '满意度达85%及以上记10分',
      '满意度调查报告（样本300份）',
    ],
    [
      '管理效率(40分)',
      '预算管理（25分）',
      '预算执行率（10分）',
      10,
      9.5,
      '100%',
      '得分=执行率×分值',
      '2021年决算报表',
    ],
    [null, null, '结转结余变动率(5分)', 5, 5, '≤0', '结转结余未增加记5分', '—'],
    [
      null,
      null,
      '三公经费控制率（10分）',
      10,
      10,
      '≤100%',
      '每超支1万元扣0.5分，扣完为止',
      '三公经费支出明细',
    ],
    [
      null,
      '资产管理（15分）',
      '固定资产利用率（15分）',
      15,
      14,
      '100%',
      '利用率达100%记15分，每低于一个百分点扣1分扣完为止',
      '按照国有资产管理文件要求',
    ],
    ['合计', null, null, 100, 94.5, null, null, null],
  ]);
  for (const range of ['C5:C8', 'C9:C12', 'D5:D6', 'D7:D8', 'D9:D11', 'C13:E13']) ws.mergeCells(range);
  return wb;
}

/** Evidence links (external, internal with and without quotes), notes, cached formulas, #DIV/0!. */
function hyperlinksNotes(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('自评表');
  const url = 'https://czj.example.gov.cn/2021/jsbb.pdf';
  block(ws, 1, 1, [
    ['一级指标', '二级指标', '三级指标', '标准值', '实际完成值', '评分依据', '权重', '得分', '完成率'],
    ['内部管理', '资金管理', '预算执行率', 100, 96.5, { text: '2021年决算报表', hyperlink: url }, 4, 3],
    [null, null, '专款专用率', 100, 100, { text: '专项资金台账', hyperlink: '#佐证材料!A2' }, 3, 3],
    [null, '制度建设', '内控制度健全性', 100, 100, '见附件', 3, 3],
    [
      '部门履职',
      '廉政建设',
      '违纪违法发生数',
      0,
      0,
      { text: '纪检组说明', hyperlink: "#'佐证材料'!A3" },
      2,
      2,
    ],
    [
      null,
      '履职效果',
      '群众满意度',
      90,
      92,
      { text: '满意度调查报告', hyperlink: 'https://czj.example.gov.cn/2021/myd.pdf' },
      8,
    ],
    ['合计'],
  ]);
  ws.getCell('H6').value = { formula: 'G6*MIN(1,E6/D6)', result: 8 };
  ws.getCell('G7').value = { formula: 'SUM(G2:G6)', result: 20 };
  ws.getCell('H7').value = { formula: 'SUM(H2:H6)', result: 19 };
  const rates: [string, Value][] = [
    ['I2', 0.965],
    ['I3', 1],
    ['I4', 1],
    ['I5', { error: '#DIV/0!' }],
    ['I6', 92 / 90],
  ];
  for (const [a1, result] of rates) {
    const r = a1.slice(1);
    ws.getCell(a1).value = { formula: `E${r}/D${r}`, result } as ExcelJS.CellFormulaValue;
  }
  for (const range of ['A2:A4', 'B2:B3', 'A5:A6', 'A7:F7']) ws.mergeCells(range);
  ws.getCell('H2').note = '财务科复核：执行率96.5%，扣1分';
  ws.getCell('H4').note = {
    texts: [{ text: '王会计:', font: { bold: true } }, { text: '\n制度文件已上传' }],
  };
  ws.getCell('I7').note = '完成率为辅助列，不参与合计';
  const evidence = wb.addWorksheet('佐证材料');
  block(evidence, 1, 1, [
    ['序号', '材料名称', '文号'],
    [1, '专项资金使用台账', '海财〔2021〕12号'],
    [2, '纪检组关于2021年度违纪违法情况的说明', '—'],
  ]);
  return wb;
}

/** Two tables on one sheet separated by blank rows; a second sheet with a two-row header. */
function twoTables(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('指标表');
  const header = ['一级指标', '二级指标', '三级指标', '指标值', '实际值', '权重', '得分'];
  block(ws, 1, 1, [
    ['项目一：农村饮水安全巩固提升工程'],
    header,
    ['产出指标', '数量指标', '新建供水管网', '≥35公里', '36.2公里', 30, 30],
    [null, '质量指标', '水质检测合格率', '100%', '100%', 30, 30],
    ['效益指标', '社会效益指标', '受益人口', '≥2.1万人', '2.3万人', 30, 30],
    ['满意度指标', '服务对象满意度指标', '用水户满意度', '≥90%', '93%', 10, 10],
  ]);
  block(ws, 9, 1, [
    ['项目二：城乡供水一体化改造'],
    header,
    ['产出指标', '时效指标', '完工时间', '2021年10月底前', '2021年12月15日', 40, 30],
    ['效益指标', '可持续影响指标', '管护机制', '健全', '基本健全', 50, 40],
    ['满意度指标', '服务对象满意度指标', '用水户满意度', '≥85%', '88%', 10, 10],
  ]);
  for (const range of ['A1:G1', 'A3:A4', 'A9:G9']) ws.mergeCells(range);
  const multi = wb.addWorksheet('多行表头');
  block(multi, 1, 1, [
    ['绩效指标', null, null, '年度指标值', '实际完成值', '分值', '得分'],
    ['一级指标', '二级指标', '三级指标'],
    ['产出指标', '数量指标', '培训人次', '≥500人次', '532人次', 20, 20],
    [null, '质量指标', '培训合格率', '≥95%', '97%', 30, 30],
    ['效益指标', '社会效益指标', '持证上岗率', '≥80%', '76%', 30, 28],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', 20, 20],
  ]);
  for (const range of ['A1:C1', 'D1:D2', 'E1:E2', 'F1:F2', 'G1:G2', 'A3:A4']) multi.mergeCells(range);
  return wb;
}

/** Operator and unit columns, full-width digits, thousands separators, Chinese numerals, dashes. */
function messyValues(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('绩效目标完成情况');
  block(ws, 1, 1, [
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标值',
      '度量单位',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因',
    ],
    ['产出指标', '数量指标', '新建污水管网长度', '≥', 12, '公里', '12.6', '20', 20, null],
    ['产出指标', '质量指标', '管网验收合格率', '＝', 100, '%', '９２％', 15, '8', '部分标段返工'],
    ['产出指标', '时效指标', '完工时间', '≤', '2021年10月31日', '日期', '2021年10月28日', 10, 10, null],
    ['产出指标', '成本指标', '项目总成本', '≤', '1,234.50', '万元', '1,198.37', 10, '三分', '材料价格上涨'],
    ['效益指标', '社会效益指标', '受益人口', '≥', '1.5万', '人', '—', 15, null, null],
    ['效益指标', '生态效益指标', '污水收集率提升', '≥', 5, '百分点', '/', 10, 0, null],
    ['效益指标', '可持续影响指标', '管护制度', '=', '健全', '—', '无', 10, null, null],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥', '90', '%', ' 95 ', '１０', 10, null],
  ]);
  return wb;
}

/**
 * Numbers a spreadsheet keeps to the last digit: a funds line whose rate is not a round percent
 * (451.23 / 480 = 94.00625 %), typed scores and weights with three or more decimals under a blank
 * 总分, and a second table whose 得分 column holds an error (no SUM may be written there).
 */
function oddNumbers(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('项目自评');
  ws.getCell('A1').value = '项目支出绩效自评表';
  block(ws, 2, 1, [
    FUNDS_HEADER,
    [null, '年度资金总额', null, 500, 480, 451.23, 10, null, null],
    [null, '其中：当年财政拨款', null, 400, '400.00', '381.07', '—', null, '—'],
  ]);
  block(ws, 5, 1, [
    PROJECT_HEADER,
    ['产出指标', '数量指标', '运维覆盖农户数', '1,200户', '1,236户', 30.0005, 29.125, null],
    [null, '质量指标', '设施正常运行率', '≥95%', '93.3%', 20, 17.333, '暴雨期间停运'],
    ['效益指标', '社会效益指标', '农村人居环境', '显著提升', '有效改善', 29.9995, null, null],
    ['满意度指标', '服务对象满意度指标', '受益农户满意度', '≥90%', '92.6%', 10, 9.9999, null],
    ['总分', null, null, null, null, null, null, null],
  ]);
  ws.mergeCells('A6:A7');
  const dept = wb.addWorksheet('部门自评');
  block(dept, 1, 1, [
    ['一级指标', '二级指标', '三级指标', '评分标准', '权重', '得分'],
    ['产出', '数量', '完成率', '达标记满分', 50.125, 50],
    [null, null, '及时率', '达标记满分', 49.875, { error: '#N/A' }],
    ['合计', null, null, null, null, null],
  ]);
  return wb;
}

/**
 * As a program that does not calculate leaves a workbook: formulas saved without their values (a
 * 类 line summing its 项, a score and a weight computed from other cells), under a blank 合计.
 */
function uncalculatedFormulas(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const budget = wb.addWorksheet('支出决算明细表');
  block(budget, 1, 1, [
    ['科目编码', '科目名称', '年初预算数', '支出决算数'],
    ['201', '一般公共服务支出', { formula: 'SUM(C3:C4)' }, { formula: 'SUM(D3:D4)' }],
    ['2010101', '行政运行', 100, 95.5],
    ['2010102', '一般行政管理事务', 50, { formula: '20+27.25' }],
  ]);
  const table = wb.addWorksheet('自评表');
  block(table, 1, 1, [
    ['一级指标', '二级指标', '三级指标', '评分标准', '分值', '得分'],
    ['产出', '数量', '完成率', '达标记满分', 50, { formula: 'E2*0.9' }],
    [null, null, '及时率', '达标记满分', { formula: '100-E2' }, 50],
    ['合计', null, null, null, null, null],
  ]);
  return wb;
}

/** One project table printed over two pages and kept so: the second sheet's title says 续表. */
function continuedTable(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const header = [...PROJECT_HEADER];
  const first = wb.addWorksheet('自评表（一）');
  block(first, 1, 1, [
    ['2023年度基层医疗卫生机构能力提升项目支出绩效自评表'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', null, 800, 800, 760, 10, null, null],
    header,
    ['产出指标', '数量指标', '培训基层医务人员', '≥600人次', '640人次', 20, null, null],
    [null, '质量指标', '培训考核合格率', '≥95%', '96.5%', 15, null, null],
    [null, '时效指标', '设备采购完成时间', '2023年9月底前', '2023年10月20日', 15, null, '招标流标一次'],
  ]);
  for (const range of ['A1:H1', 'A2:B2', 'A3:B3', 'A5:A7']) first.mergeCells(range);
  const second = wb.addWorksheet('自评表（二）');
  block(second, 1, 1, [
    ['2023年度基层医疗卫生机构能力提升项目支出绩效自评表（续表）'],
    header,
    ['效益指标', '社会效益指标', '基层诊疗量占比', '≥60%', '62%', 30, null, null],
    ['满意度指标', '服务对象满意度指标', '患者满意度', '≥90%', '93%', 10, null, null],
    ['总分', null, null, null, null, 100, null, null],
  ]);
  for (const range of ['A1:H1', 'A5:E5']) second.mergeCells(range);
  return wb;
}

/**
 * A 支出决算表 printed over two pages and kept so: the second sheet `支出决算表(续表)` repeats the
 * title with （续表） and the header, holds the remaining 款/项, a second 类 and the 合计; no rate
 * column, so one is appended on each sheet.
 */
function budgetContinued(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const header = ['科目编码', '科目名称', '年初预算数', '支出决算数'];
  const first = wb.addWorksheet('支出决算表');
  block(first, 1, 1, [
    ['2023年度支出决算表'],
    [null, null, null, '单位：万元'],
    header,
    ['211', '节能环保支出', 520, 498.6],
    ['21101', '环境保护管理事务', 320, 310.2],
    ['2110101', '行政运行', 200, 195.5],
    ['2110104', '生态环境保护宣传', 120, 114.7],
  ]);
  first.mergeCells('A1:D1');
  const second = wb.addWorksheet('支出决算表(续表)');
  block(second, 1, 1, [
    ['2023年度支出决算表（续表）'],
    [null, null, null, '单位：万元'],
    header,
    ['21103', '污染防治', 200, 188.4],
    ['2110301', '大气', 200, 188.4],
    ['221', '住房保障支出', 80, 79.2],
    ['22102', '住房改革支出', 80, 79.2],
    ['2210201', '住房公积金', 80, 79.2],
    ['合计', null, 600, 577.8],
  ]);
  second.mergeCells('A1:D1');
  second.mergeCells('A9:B9');
  return wb;
}

/**
 * hunt40's 退役军人 layout: 年度目标 and 实际完成 merged into one prose cell (E:F), once with the
 * 得分 column too (E:G, the score written in the prose), and once with no labels to split by.
 */
function mergedProse(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('自评');
  block(ws, 1, 1, [
    ['某市退役军人事务局2023年度部门整体支出绩效自评表'],
    ['一级指标', '二级指标', '三级指标', '分值', '年度目标', '实际完成', '得分', '评分标准'],
    [
      '产出',
      '数量指标',
      '适应性培训人数',
      30,
      '年度目标：≥400人；实际完成：参训352人',
      null,
      26.4,
      '按完成比例计分',
    ],
    [
      null,
      '时效指标',
      '抚恤金提标到位时间',
      20,
      '年度目标：8月底前；实际完成：9月12日全部到位',
      null,
      null,
      '按时完成得20分，逾期每10天扣5分，不足10天按10天计',
    ],
    [
      '效益',
      '社会效益',
      '拥军优属社会氛围',
      30,
      '年度目标：浓厚；实际完成：较好，自评得20分',
      null,
      null,
      '好得30分，较好得20分，一般得10分，差不得分',
    ],
    ['满意度', '服务对象满意度', '优抚对象满意度', 20, '≥90%，回访满意率93%', null, 20, '达到90%得满分'],
    ['合计', null, null, 100, null, null, null, null],
  ]);
  for (const range of ['A1:H1', 'A3:A4', 'E3:F3', 'E4:F4', 'E5:G5', 'E6:F6', 'A7:C7']) ws.mergeCells(range);
  return wb;
}

export const FIXTURES: Readonly<Record<string, () => ExcelJS.Workbook>> = {
  'merges-annotations.xlsx': mergesAnnotations,
  'hyperlinks-notes.xlsx': hyperlinksNotes,
  'two-tables.xlsx': twoTables,
  'messy-values.xlsx': messyValues,
  'odd-numbers.xlsx': oddNumbers,
  'uncalculated-formulas.xlsx': uncalculatedFormulas,
  'continued-table.xlsx': continuedTable,
  'budget-continued.xlsx': budgetContinued,
  'merged-prose.xlsx': mergedProse,
};

export async function buildFixtures(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const paths: string[] = [];
  for (const [name, build] of Object.entries(FIXTURES)) {
    await saveWorkbook(build(), join(outDir, name));
    paths.push(join(outDir, name));
  }
  return paths;
}

if (require.main === module) {
  buildFixtures(resolve(process.argv[2] ?? resolve(__dirname, '../test/fixtures'))).then(
    (paths) => paths.forEach((p) => console.log(`wrote ${p}`)),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
