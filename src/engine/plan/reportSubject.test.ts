import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue, SheetInput } from '../grid/types';
import { createMessages } from '../../i18n';
import { RESULTS_SHEET } from './names';

const HEADER = ['一级指标', '二级指标', '三级指标', '实际完成值', '评分标准', '分值', '得分'];
const ROWS: CellValue[][] = [
  ['产出', '数量', '甲', '达标', '达标记满分', 60, null],
  ['效益', '满意度', '乙', '达标', '达标记满分', 40, null],
];

/** The title row of 评价结果, A to E. */
function titleRow(sheets: SheetInput[]): unknown[] {
  const results = analyzeWorkbook(sheets, {
    messages: createMessages('zh-CN'),
    now: '2026-11-29 14:05',
  }).plan.ownedSheets.find((s) => s.name === RESULTS_SHEET)!;
  const row: unknown[] = [null, null, null, null, null];
  for (const op of results.ops) if (op.row === 0 && op.col < 5) row[op.col] = op.value;
  return row;
}

describe('the title row of 评价结果 (ux.md: 评价结果  2020年度 · 自评表（自评表!A2:I43）)', () => {
  it('names the year of the title above the table, the table and its range', () => {
    const sheet = {
      name: '自评表',
      rows: [['2020 年度连云港市生态环境局整体绩效评价自评表'], HEADER, ...ROWS],
    };
    expect(titleRow([sheet])).toEqual([
      '评价结果',
      '2020年度 · 自评表（自评表!A2:G4）',
      null,
      null,
      '计算时间 2026-11-29 14:05   规则版本 1',
    ]);
  });

  it('reads the year from a second title row or the sheet name, never from a date', () => {
    const project = { name: '项目', rows: [['项目支出绩效自评表'], ['（２０２１年度）'], HEADER, ...ROWS] };
    expect(titleRow([project])[1]).toBe('2021年度 · 项目（项目!A3:G5）');
    const named = { name: '2019年自评', rows: [['填报日期 2026-11-29'], HEADER, ...ROWS] };
    expect(titleRow([named])[1]).toBe('2019年度 · 2019年自评（2019年自评!A2:G4）');
    const none = { name: '表', rows: [['填报日期 2026-11-29'], HEADER, ...ROWS] };
    expect(titleRow([none])[1]).toBe('表（表!A2:G4）');
  });

  it('finds the title far above the grid, and prefers the year of 年度 to a year in a goal', () => {
    const blocks: CellValue[][] = [
      ['项目支出绩效自评表'],
      ['（2023年度）'],
      ['项目名称', '农村饮水安全巩固提升'],
      ...Array.from({ length: 8 }, (): CellValue[] => ['资金情况', 100]),
      ['年度总体目标', '2022年完成的水厂继续运维，新建管网 20 公里'],
    ];
    const project = { name: '项目', rows: [...blocks, HEADER, ...ROWS] };
    expect(titleRow([project])[1]).toBe('2023年度 · 项目（项目!A13:G15）');
  });

  it('names the first budget table when there is no indicator table', () => {
    const budget = {
      name: '支出决算表',
      rows: [
        ['2020年度支出决算表'],
        ['单位：万元'],
        ['科目编码', '科目名称', '年初预算数', '支出决算数'],
        ['201', '一般公共服务支出', 400, 300],
      ],
    };
    expect(titleRow([budget])[1]).toBe('2020年度 · 支出决算表（支出决算表!A3）');
  });
});
