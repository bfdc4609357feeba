/**
 * The 决算分析 sentences stated rates and shares worked out from an amount the tool had flagged
 * (hunt60 w4: 场馆安保及保洁服务费 841000 万元, typed in 元, "为年初预算的 989411.76%"; w6: 年初结转和结余
 * 52300 万元 "占总计的 9614.15%"). A rate, share or change computed from a cell with an error or a
 * unit warning is left out, and the sentence says it waits for that cell.
 */
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue, SheetInput } from '../grid/types';
import { createMessages } from '../../i18n';

/** hunt60 w4's table: 场馆安保及保洁服务费 84.10 万元 (or 841000, typed in 元). */
const project = (security: number): SheetInput => ({
  name: '项目支出决算表',
  rows: [
    ['2023年度项目支出决算明细表'],
    ['编制单位：市体育中心', null, null, null, null, null, '单位：万元'],
    ['序号', '项目名称', '功能分类科目编码', '预算数', null, '决算数', '完成年初预算（%）'],
    [null, null, null, '年初预算数', '全年预算数', null, null],
    ['合计', null, null, 891, 961, 874.35, '98.13%'],
    [1, '全民健身场馆免费低收费开放补助', '2070308', 180, 180, 176.42, '98.01%'],
    [2, '体育场馆设施维修改造', '2070307', 260, 305, 298.65, '114.87%'],
    [3, '青少年体育训练经费', '2070306', 96, 96, 88.37, '92.05%'],
    [4, '体育赛事活动承办经费', '2070308', 120, 150, 138.6, '115.50%'],
    [5, '全民健身日系列活动经费', '2070308', 0, 25, 23.86, null],
    [6, '场馆安保及保洁服务费', '2070307', 85, 85, security, '98.94%'],
    [7, '智慧场馆信息化建设', '2070307', 150, 120, 64.35, '42.90%'],
  ] as CellValue[][],
  merges: [{ top: 2, left: 3, bottom: 2, right: 4 }],
});

function analysis(sheet: SheetInput): string[] {
  const a = analyzeWorkbook([sheet], { messages: createMessages('zh-CN'), now: '2026-12-01 08:00' });
  const results = a.plan.ownedSheets.find((s) => s.name === '评价结果')!;
  const texts = results.ops.map((op) => (typeof op.value === 'string' ? op.value : ''));
  return texts.slice(texts.indexOf('决算分析') + 1).filter((t) => t !== '');
}

describe('决算分析 beside a flagged amount', () => {
  it('states the rate of a line typed right', () => {
    expect(analysis(project(84.1))).toEqual(
      expect.arrayContaining([
        '场馆安保及保洁服务费。年初预算为 85 万元，支出决算为 84.10 万元，完成年初预算的 98.94%。',
      ]),
    );
  });

  it('leaves out the rate worked out from an amount typed in the wrong unit, naming the cell', () => {
    const sentences = analysis(project(841000));
    const line = sentences.find((s) => s.startsWith('场馆安保及保洁服务费'));
    expect(line).toBe(
      '场馆安保及保洁服务费。年初预算为 85 万元，支出决算为 841,000 万元，完成率待核实 项目支出决算表!F11 后再计算。',
    );
    expect(sentences.find((s) => s.startsWith('全民健身'))).toMatch(/完成年初预算的 98.01%/);
  });

  it('leaves out a share worked out from it, in a 收入支出决算总表 (hunt60 w6)', () => {
    const summary: SheetInput = {
      name: '收入支出决算总表',
      rows: [
        ['2023年度收入支出决算总表'],
        ['编制单位：区统计局', null, null, null, null, '单位：万元'],
        ['收入', null, null, '支出', null, null],
        ['项目', '行次', '决算数', '项目', '行次', '决算数'],
        ['一、一般公共预算财政拨款收入', 1, 535.56, '一、一般公共服务支出', 30, 535.38],
        ['八、其他收入', 8, 3.2, null, null, null],
        ['本年收入合计', 9, 538.76, '本年支出合计', 60, 535.38],
        ['年初结转和结余', 11, 52300, '年末结转和结余', 62, 8.61],
        ['总计', 12, 543.99, '总计', 63, 543.99],
      ],
      merges: [
        { top: 2, left: 0, bottom: 2, right: 2 },
        { top: 2, left: 3, bottom: 2, right: 5 },
      ],
    };
    const sentences = analysis(summary);
    expect(sentences.filter((s) => s.startsWith('年初结转和结余'))).toEqual([
      '年初结转和结余 52,300 万元，占总计的比重待核实 收入支出决算总表!C8 后再计算。',
    ]);
    expect(sentences.find((s) => s.startsWith('八、其他收入'))).toMatch(/占本年收入合计的 0.59%/);
  });
});
