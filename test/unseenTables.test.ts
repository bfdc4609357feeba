import { analyzeWorkbook } from '../src/engine/analyzeWorkbook';
import type { CellValue } from '../src/engine/grid/types';
import { createMessages } from '../src/i18n';

/**
 * A table laid out unlike the samples: title and unit rows, a two-row header whose first row
 * merges 指标类型 over the level names, synonyms (指标名称/目标值/实际值/计分方法/标准分/自评分/证明材料),
 * an operator column and a unit column. Each score is what a careful reader of the rule gets.
 */
const ROWS: CellValue[][] = [
  ['附件3'],
  ['2021年度市教育局项目支出绩效自评表'],
  ['单位：分'],
  [
    '指标类型',
    '',
    '指标名称',
    '指标性质',
    '目标值',
    '度量单位',
    '实际值',
    '计分方法',
    '标准分',
    '自评分',
    '证明材料',
  ],
  ['一级指标', '二级指标'],
  [
    '产出指标（50分）',
    '数量指标（20分）',
    '新增学位数',
    '≥',
    '1200',
    '个',
    '1180',
    '每少20个扣1分，扣完为止',
    10,
    null,
    '《招生台账》',
  ],
  [
    null,
    null,
    '校舍改造面积',
    '≥',
    '3.5万',
    '平方米',
    '3.62万',
    '完成得满分，未完成按比例计分',
    10,
    null,
    '竣工验收报告',
  ],
  [
    null,
    '质量指标（15分）',
    '工程验收合格率',
    '=',
    '100',
    '%',
    '100',
    '达到100%得满分，否则不得分',
    15,
    null,
    null,
  ],
  [
    null,
    '时效指标（5分）',
    '完工时间',
    '≤',
    '2021年8月底',
    null,
    '2021年9月10日',
    '按期完成得5分，每延期10天扣1分',
    5,
    null,
    '完工证明',
  ],
  [
    null,
    '成本指标（10分）',
    '生均改造成本',
    '≤',
    '2500',
    '元',
    '2630',
    '每超出5%扣2分',
    10,
    null,
    '结算审计报告',
  ],
  [
    '效益指标（30分）',
    '社会效益（20分）',
    '适龄儿童入学率',
    '≥',
    '99',
    '%',
    '99.6',
    '≥99%得20分，98%-99%得15分，97%-98%得10分，低于97%不得分',
    20,
    null,
    '统计年报',
  ],
  [
    null,
    '可持续影响（10分）',
    '长效管护机制',
    '定性',
    '健全',
    null,
    '基本健全',
    '健全得10分，基本健全得6分，不健全不得分',
    10,
    null,
    '管理制度汇编',
  ],
  [
    '满意度指标（10分）',
    '服务对象满意度（10分）',
    '家长满意度',
    '≥',
    '90',
    '%',
    '86',
    '满意度90%及以上得满分，每降低1个百分点扣1分',
    10,
    9,
    '问卷调查报告',
  ],
  ['合计', null, null, null, null, null, null, null, 90, null, null],
];
const MERGES = [
  { top: 3, left: 0, bottom: 3, right: 1 },
  { top: 5, left: 0, bottom: 9, right: 0 },
  { top: 5, left: 1, bottom: 6, right: 1 },
  { top: 10, left: 0, bottom: 11, right: 0 },
];

describe('a table nobody here laid out', () => {
  const a = analyzeWorkbook([{ name: 'Sheet1', rows: ROWS, merges: MERGES }], {
    messages: createMessages('zh-CN'),
  });
  const t = a.indicatorTables[0]!;

  it('is found under its title and unit rows with every column role', () => {
    expect(a.indicatorTables).toHaveLength(1);
    expect(t.table.header.headerTop).toBe(3);
    expect(Object.fromEntries(t.table.header.columns)).toMatchObject({
      level1: 0,
      level2: 1,
      level3: 2,
      operator: 3,
      target: 4,
      unit: 5,
      actual: 6,
      rule: 7,
      weight: 8,
      score: 9,
      evidence: 10,
    });
    expect(t.table.totalRow).toBe(13);
  });

  it('scores every row as the rule reads', () => {
    expect(t.indicators.map((i) => [i.input.name, i.score, i.ruleKind])).toEqual([
      ['新增学位数', 9, 'step'], // 20 short → one step of 20 → −1
      ['校舍改造面积', 10, 'proportional'], // 3.62万 ≥ 3.5万
      ['工程验收合格率', 15, 'passFail'],
      ['完工时间', 4, 'step'], // 10 days late → one step
      ['生均改造成本', 8, 'step'], // 5.2 % over → one whole step of 5 % → −2
      ['适龄儿童入学率', 20, 'bands'],
      ['长效管护机制', 6, 'tiers'],
      ['家长满意度', 6, 'step'], // 4 points short → −4
    ]);
    expect(t.totalScore).toBe(78);
  });

  it('flags the typed score that differs, the missing evidence, the 90-point total and the SUM of typed scores', () => {
    expect(a.findings.map((f) => `${f.severity}:${f.code}@${f.cell}`).sort()).toEqual(
      [
        'error:weight.totalNot100@I14',
        'warning:evidence.missing@K8',
        'warning:score.differsFromComputed@J13',
        'info:evidence.weak@K11',
        // a project table with no column for why six rows lost points (added with the check)
        'warning:deviation.noColumn@K4',
        // the SUM written into the blank 合计 adds the typed score J13 keeps: not the engine's 78
        'warning:table.totalKeepsTypedScores@J14',
      ].sort(),
    );
  });
});
