/**
 * Two 总表 on one sheet (a district's 收支总表 sheet holds the 收入支出决算总表 and, below it, the
 * 财政拨款收入支出决算总表): 决算分析 heads each by its own title. Both were headed
 * 收支总表：收入支出决算总表（支出）, with different 本年支出合计 (25557.98 and 24932.48).
 */
import { analyzeWorkbook } from '../../src/engine/analyzeWorkbook';
import type { CellValue, SheetInput } from '../../src/engine/grid/types';
import { RESULTS_SHEET } from '../../src/engine/plan/names';
import { createMessages, loadLocale } from '../../src/i18n';

const SHEET: SheetInput = {
  name: '收支总表',
  rows: [
    ['2021年度收入支出决算总表'],
    [null, null, null, '单位：万元'],
    ['收入', null, '支出'],
    ['项目', '金额', '项目', '金额'],
    ['一、一般公共预算财政拨款收入', 24958.08, '一、教育支出', 20561.67],
    ['二、事业收入', 630, '二、社会保障和就业支出', 4996.31],
    ['本年收入合计', 25588.08, '本年支出合计', 25557.98],
    ['年初结转和结余', 537.63, '年末结转和结余', 567.73],
    ['总计', 26125.71, '总计', 26125.71],
    [],
    [],
    ['2021年度财政拨款收入支出决算总表'],
    [null, null, null, null, null, null, '单位：万元'],
    ['收入', null, '支出'],
    [
      '项目',
      '金额',
      '项目',
      '合计',
      '一般公共预算财政拨款',
      '政府性基金预算财政拨款',
      '国有资本经营预算财政拨款',
    ],
    ['一、一般公共预算财政拨款', 24958.08, '一、教育支出', 19936.17, 19936.17, 0, 0],
    ['二、政府性基金预算财政拨款', 50, '二、社会保障和就业支出', 4996.31, 4936.31, 60, 0],
    ['本年收入合计', 25008.08, '本年支出合计', 24932.48, 24872.48, 60, 0],
    ['年初财政拨款结转和结余', 422.33, '年末财政拨款结转和结余', 497.93, 487.93, 10, 0],
    ['一般公共预算财政拨款', 402.33],
    ['政府性基金预算财政拨款', 20],
    ['总计', 25430.41, '总计', 25430.41, 25360.41, 70, 0],
  ] as CellValue[][],
  merges: [
    { top: 2, left: 0, bottom: 2, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 3 },
    { top: 13, left: 0, bottom: 13, right: 1 },
    { top: 13, left: 2, bottom: 13, right: 6 },
  ],
};

const headings = (lang: 'zh-CN' | 'en'): string[] => {
  const messages = createMessages(lang);
  const results = analyzeWorkbook([SHEET], { messages, now: 't' }).plan.ownedSheets.find(
    (s) => s.name === RESULTS_SHEET,
  )!;
  return results.ops
    .map((op) => op.value)
    .filter((v): v is string => typeof v === 'string' && /^收支总表(：|: )/.test(v));
};

describe('决算分析 headings of two 总表 on one sheet', () => {
  it('name each by its title', async () => {
    expect(headings('zh-CN')).toEqual([
      '收支总表：收入支出决算总表（收入），单位：万元',
      '收支总表：收入支出决算总表（支出），单位：万元',
      '收支总表：财政拨款收入支出决算总表（收入），单位：万元',
      '收支总表：财政拨款收入支出决算总表（支出），单位：万元',
    ]);
    // The table list tells them apart as well, each once (not once per panel).
    const list = (lang: 'zh-CN' | 'en') =>
      analyzeWorkbook([SHEET], { messages: createMessages(lang), now: 't' })
        .plan.ownedSheets.find((s) => s.name === RESULTS_SHEET)!
        .ops.map((op) => op.value)
        .filter((v): v is string => typeof v === 'string' && v.startsWith('收支总表 · '));
    expect(list('zh-CN').map((t) => t.split(' · ')[1])).toEqual(['收入支出总表', '财政拨款收支总表']);
    await loadLocale('en');
    expect(headings('en').filter((h) => h.includes('Fiscal appropriations'))).toHaveLength(2);
  });
});
