import { createMessages, loadLocale } from '../../i18n';
import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue } from '../grid/types';

const HEADER = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '评分标准',
  '分值',
  '得分',
  '评分依据',
];

function unchecked(rows: CellValue[][], lang: 'zh-CN' | 'en' = 'zh-CN'): string[] {
  const messages = createMessages(lang);
  return analyzeWorkbook([{ name: '自评表', rows: [HEADER, ...rows] }], { messages })
    .findings.filter((f) => f.code === 'table.scoresUnchecked' || f.code === 'table.gradeUnchecked')
    .map((f) => `${f.severity} ${f.cell} ${messages.finding(f)}`);
}

describe('typed scores the rules could not check', () => {
  beforeAll(() => loadLocale('en'));

  it('are counted once, at the 得分 header, with their points', () => {
    const rows: CellValue[][] = [
      // unread actual: the typed 5 is kept unchecked
      ['产出指标', '数量指标', '培训场次', '≥10场', '按计划开展', '每少1场扣1分', 5, 5, '签到表'],
      // no actual at all: the typed 3 is kept unchecked
      ['产出指标', '质量指标', '合格率', '≥90%', null, '达到90%得满分', 5, 3, '成绩单'],
      // checked: the typed score agrees with the rule
      ['效益指标', '社会效益指标', '覆盖率', '≥95%', '96%', '达到95%得满分', 90, 90, '统计表'],
    ];
    expect(unchecked(rows)).toEqual([
      'info H1 2 项得分（共 8 分）沿用表中填写的自评得分，未能按评分标准核对，请人工复核（见计分说明列）',
    ]);
    expect(unchecked(rows, 'en')).toEqual([
      'info H1 2 score(s) (8 pts in all) are the typed self-assessed ones, which the scoring rules could not check; review them by hand (see the explanation column)',
    ]);
  });

  it('are a warning when, counted, they settle a grade other scores for them would change', () => {
    const rows: CellValue[][] = [
      ['产出指标', '数量指标', '培训场次', '≥10场', '按计划开展', '每少1场扣1分', 10, 9, '签到表'],
      ['产出指标', '质量指标', '合格率', '≥90%', null, '达到90%得满分', 10, 5, '成绩单'],
      ['效益指标', '社会效益指标', '覆盖率', '≥95%', '96%', '达到95%得满分', 80, 80, '统计表'],
    ];
    // 94 counted (优); 80 to 100 checked: 良 or 优
    expect(unchecked(rows)).toEqual([
      'warning H1 2 项得分（共 14 分）沿用表中填写的自评得分，未能按评分标准核对；核对后总分可在 80 至 100 分之间，等级可能改变，请人工复核（见计分说明列）',
    ]);
    expect(unchecked(rows, 'en')).toEqual([
      'warning H1 2 score(s) (14 pts in all) are the typed self-assessed ones, which the scoring rules could not check; checked, they could put the total anywhere from 80 to 100 and change the grade: review them by hand (see the explanation column)',
    ]);
  });

  it('are not mentioned when every score was worked out or checked', () => {
    const rows: CellValue[][] = [
      ['产出指标', '数量指标', '培训场次', '≥10场', '12场', '每少1场扣1分', 50, 50, '签到表'],
      ['效益指标', '社会效益指标', '覆盖率', '≥95%', '96%', '达到95%得满分', 50, null, '统计表'],
    ];
    expect(unchecked(rows)).toEqual([]);
  });

  it('leave out rows with neither a typed nor a computed score (those are score.missing)', () => {
    const rows: CellValue[][] = [
      ['产出指标', '数量指标', '培训场次', '≥10场', '按计划开展', '每少1场扣1分', 50, null, '签到表'],
      ['效益指标', '社会效益指标', '覆盖率', '≥95%', '96%', '达到95%得满分', 50, null, '统计表'],
    ];
    expect(unchecked(rows)).toEqual([]);
  });
});

test('a table with no actual column says so, and that none of its typed scores could be checked', () => {
  const messages = createMessages('zh-CN');
  const rows: CellValue[][] = [
    ['一级指标', '二级指标', '三级指标', '标准值', '评分标准', '评分依据', '权重', '得分'],
    ['内部管理', '制度', '制度建设', '健全', '健全记60分，否则不得分', '《制度汇编》', 60, 60],
    ['部门履职', '职能', '任务完成', '达标', '达标记40分，否则不得分', '《工作总结》', 40, 38],
  ];
  const found = analyzeWorkbook([{ name: '自评表', rows }], { messages })
    .findings.filter((f) => f.code === 'actual.noColumn' || f.code === 'table.scoresUnchecked')
    .map((f) => `${f.code} ${f.severity} ${f.cell} ${messages.finding(f)}`);
  expect(found).toEqual([
    'actual.noColumn info H1 表中没有实际完成值列，2 项得分（共 98 分）均沿用表中填写的自评得分，未能按评分标准核对；可在表格中增加“实际完成值”列',
  ]);
});
