import { analyzeWorkbook } from '../src/engine/analyzeWorkbook';
import { createMessages } from '../src/i18n';
import { seedDepartmentSheet } from './support/seedGrid';

describe('the seed 自评表 through the engine', () => {
  const analysis = analyzeWorkbook([seedDepartmentSheet()], {
    messages: createMessages('zh-CN'),
    now: '2026-11-29 14:05',
  });
  const table = analysis.indicatorTables[0]!;

  it('finds one department-wide table of 40 indicators under the title', () => {
    expect(analysis.indicatorTables).toHaveLength(1);
    expect(table.table.template).toBe('department');
    expect(table.table.header.headerTop).toBe(1);
    expect(table.indicators).toHaveLength(40);
  });

  it('totals 98 (内部管理 28 + 部门履职 70), grade 优', () => {
    expect(table.totalWeight).toBe(100);
    expect(table.totalScore).toBe(98);
    expect(table.grade).toBe('excellent');
    const level1 = table.groups.filter((g) => g.level === 1).map((g) => [g.name, g.weight, g.score]);
    expect(level1).toEqual([
      ['内部管理', 30, 28],
      ['部门履职', 70, 70],
    ]);
  });

  it('shows the table’s 8 for 机构建设与内控管理 (the prose says 10)', () => {
    const g = table.groups.find((x) => x.name === '机构建设与内控管理');
    expect([g?.weight, g?.score]).toEqual([10, 8]);
  });

  it('flags exactly the two rows whose rule awards 2 points on a weight of 1', () => {
    const mismatches = analysis.findings.filter((f) => f.code === 'rule.fullPointsMismatch');
    expect(mismatches.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['自评表!H19', '自评表!H20']);
    expect(mismatches.every((f) => f.severity === 'error')).toBe(true);
  });

  it('raises no other error', () => {
    const errors = analysis.findings.filter(
      (f) => f.severity === 'error' && f.code !== 'rule.fullPointsMismatch',
    );
    expect(errors).toEqual([]);
  });

  it('uses the typed scores, since the table has no actual-value column', () => {
    expect(table.indicators.every((i) => i.scoreSource === 'reported')).toBe(true);
  });
});
