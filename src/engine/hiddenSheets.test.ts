import { analyzeWorkbook } from './analyzeWorkbook';
import type { SheetInput } from './grid/types';
import { createMessages } from '../i18n';

const TABLE: SheetInput = {
  name: '自评表',
  rows: [
    ['一级指标', '二级指标', '三级指标', '实际完成值', '评分标准', '分值', '得分'],
    ['产出', '数量', '甲', '达标', '达标记满分', 60, null],
    ['效益', '满意度', '乙', null, '达标记满分', 40, null],
  ],
};

describe('hidden sheets', () => {
  it('are not read for tables: a hidden backup copy is neither scored, reported nor written into', () => {
    const backup: SheetInput = { ...TABLE, name: '自评表(备份)', hidden: true };
    const a = analyzeWorkbook([TABLE, backup], { messages: createMessages('zh-CN'), now: 't' });
    expect(a.indicatorTables.map((t) => t.table.sheet)).toEqual(['自评表']);
    expect(a.findings.filter((f) => f.sheet === backup.name)).toEqual([]);
    expect(a.plan.edits.map((e) => e.sheet)).toEqual(['自评表']);
  });

  it('leave a workbook whose only table is hidden with 未找到 on its first sheet', () => {
    const a = analyzeWorkbook([{ ...TABLE, hidden: true }], { messages: createMessages('zh-CN'), now: 't' });
    expect(a.indicatorTables).toEqual([]);
    expect(a.findings.map((f) => f.code)).toEqual(['table.notFound']);
  });
});
