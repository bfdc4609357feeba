import { cliMessages } from '../i18n/cliMessages';
import type { WorkbookReport } from './report';
import { summaryLine } from './summary';

const report = (pending: object): WorkbookReport => ({
  file: 'a.xlsx',
  output: 'a.scored.xlsx',
  error: null,
  errorReason: null,
  indicatorTables: [{ sheet: '自评表', totalScore: 88, grade: '良', pending }],
  budgetTables: [],
  publicTables: [],
  crossChecks: [],
  findings: [],
});

describe('the summary line of a workbook', () => {
  const line = (pending: object) => summaryLine('a.xlsx', report(pending), cliMessages('zh-CN'));

  it('marks the grade provisional while rows waiting could change it', () => {
    expect(
      line({ indicators: 2, weight: 15, unchecked: 0, uncheckedWeight: 0, gradeSettled: false }),
    ).toContain('自评表 88.00 良（待定：另有 2 项 15 分待人工评分）');
  });

  it('says so when only typed scores kept unchecked leave it provisional (setting uncheckedScores)', () => {
    expect(
      line({ indicators: 0, weight: 0, unchecked: 3, uncheckedWeight: 25, gradeSettled: false }),
    ).toContain('自评表 88.00 良（待定：3 项 25 分沿用自评得分，未经核验）');
    expect(
      line({ indicators: 0, weight: 0, unchecked: 3, uncheckedWeight: 25, gradeSettled: true }),
    ).toContain('自评表 88.00 良  ');
  });
});

describe('the summary line of a workbook of 决算表', () => {
  it('counts a table read as two panels once (hunt60: 决算表 10 张 for nine)', () => {
    const panel = (sheet: string, headerRow: number) => ({ sheet, kind: 'incomeExpense', headerRow });
    const r: WorkbookReport = {
      ...report({}),
      indicatorTables: [],
      budgetTables: [panel('01表', 5), panel('01表', 5), panel('02表', 4), panel('02表', 30)],
    };
    expect(summaryLine('a.xlsx', r, cliMessages('zh-CN'))).toContain('决算表 3 张');
  });
});
