import type { CellValue, SheetInput } from '../grid/types';
import { PROJECT_HEADER } from '../../../test/support/templates';
import { readIndicatorTables } from './readIndicatorTables';

const HEADER = ['一级指标', '二级指标', '三级指标', '标准值', '评分标准', '评分依据', '权重', '得分'];

function sheet(rows: CellValue[][], extra: Partial<SheetInput> = {}): SheetInput {
  return { name: '自评表', rows, ...extra };
}

describe('readIndicatorTables', () => {
  it('finds a table below a title, with merged groups and weight annotations', () => {
    const s = sheet(
      [
        ['2020年度某局整体绩效自评表'],
        HEADER,
        [
          '内部管理 (30分)',
          '决策管理（5分）',
          '中长期规划 (3分)',
          '有',
          '每一项记1分，总分3分。',
          '《规划》',
          3,
          3,
        ],
        [null, null, '年度工作计划（2分）', '有', '每一项记1分，总分2分。', '工作方案', 2, 2],
        [null, '人员管理 (25分)', '人员控制', '合规', '合规记25分，否则不得分。', '批复', 25, 25],
        ['部门履职 (70分)', '职能1 (70分)', '目标1', '达标', '达标记70分，否则不得分。', '', 70, 70],
      ],
      {
        merges: [
          { top: 2, left: 0, bottom: 4, right: 0 },
          { top: 2, left: 1, bottom: 3, right: 1 },
        ],
      },
    );
    const [t] = readIndicatorTables(s);
    expect(t).toBeDefined();
    expect(t!.header.headerTop).toBe(1);
    expect(t!.template).toBe('department');
    expect(
      t!.rows.map((r) => [r.row, r.level1?.name, r.level2?.name, r.name, r.weight, r.reportedScore]),
    ).toEqual([
      [2, '内部管理', '决策管理', '中长期规划', 3, 3],
      [3, '内部管理', '决策管理', '年度工作计划', 2, 2],
      [4, '内部管理', '人员管理', '人员控制', 25, 25],
      [5, '部门履职', '职能1', '目标1', 70, 70],
    ]);
    expect(t!.rows[0]!.level1?.points).toBe(30);
    expect(t!.rows[0]!.namePoints).toBe(3);
    expect(t!.rows[1]!.namePoints).toBe(2);
  });

  it('finds a table anywhere, with synonyms, another column order and a 合计 row', () => {
    const s = sheet([
      [],
      [null, null, '单位：分'],
      [null, null, '分值', '指标名称', '二级指标', '一级指标', '佐证材料', '自评得分'],
      [null, null, 60, '产出', '数量', '产出指标', '台账', 50],
      [null, null, 40, '效益', '社会', '效益指标', '报告', 40],
      [null, null, null, '合计', null, null, null, null],
      [null, null, 1, '不属于表格'],
    ]);
    const [t] = readIndicatorTables(s);
    expect(t!.header.columns.get('weight')).toBe(2);
    expect(t!.header.columns.get('evidence')).toBe(6);
    expect(t!.totalRow).toBe(5);
    expect(t!.rows.map((r) => r.name)).toEqual(['产出', '效益']);
  });

  it('reads a two-row header (绩效指标 over the level names)', () => {
    const s = sheet(
      [
        ['绩效指标', null, null, '指标值', '分值', '得分'],
        ['一级指标', '二级指标', '三级指标', null, null, null],
        ['产出指标', '数量指标', '户数', '≥100户', 100, 100],
      ],
      {
        merges: [
          { top: 0, left: 0, bottom: 0, right: 2 },
          { top: 0, left: 3, bottom: 1, right: 3 },
          { top: 0, left: 4, bottom: 1, right: 4 },
          { top: 0, left: 5, bottom: 1, right: 5 },
        ],
      },
    );
    const [t] = readIndicatorTables(s);
    expect(t!.header.headerBottom).toBe(1);
    expect(t!.header.columns.get('level1')).toBe(0);
    expect(t!.header.columns.get('level3')).toBe(2);
    expect(t!.rows[0]!.target).toMatchObject({ kind: 'number', value: 100, op: '>=' });
  });

  it('reads two tables on one sheet separately', () => {
    const s = sheet([
      HEADER,
      ['A (100分)', 'B (100分)', 'x', '达标', '达标记100分', '《文件》', 100, 100],
      [],
      [],
      [],
      HEADER,
      ['C (100分)', 'D (100分)', 'y', '达标', '达标记100分', '《文件》', 100, 90],
    ]);
    const tables = readIndicatorTables(s);
    expect(tables.map((t) => [t.header.headerTop, t.rows.length, t.rows[0]!.reportedScore])).toEqual([
      [0, 1, 100],
      [5, 1, 90],
    ]);
  });

  it('finds nothing on a sheet without an indicator header', () => {
    expect(
      readIndicatorTables(
        sheet([
          ['科目编码', '科目名称', '决算数'],
          ['201', '一般公共服务', 1],
        ]),
      ),
    ).toEqual([]);
  });

  it('takes the template from the title or the sheet name before guessing it from the columns', () => {
    const provincial = ['三级指标', '指标值', '完成值', '标准分', '自评得分', '评分标准', '佐证材料'];
    const row = ['受益人数', '≥1.2万人', '1.14万人', 8, null, '按完成比例计分', '服务台账'];
    const template = (rows: CellValue[][], name = 'Sheet1'): string | undefined =>
      readIndicatorTables({ name, rows })[0]?.template;
    // no funds block, no deviation column: the title alone says it is a project's table
    expect(template([['某县卫生健康局2023年度基本公共卫生服务项目绩效自评表'], provincial, row])).toBe(
      'project',
    );
    expect(template([provincial, row], '项目支出自评')).toBe('project');
    expect(template([['2023年度农村义务教育专项资金绩效自评表'], provincial, row])).toBe('project');
    expect(template([provincial, row])).toBe('department');
    // 实际完成值 and 偏差原因 columns are the project template's, unless the title says otherwise
    const withNote = [...provincial, '偏差原因分析'];
    expect(template([withNote, [...row, null]])).toBe('project');
    expect(template([['2023年度部门整体支出绩效自评表'], withNote, [...row, null]])).toBe('department');
  });

  it('reads a rule column headed 评价标准 or 考核标准', () => {
    for (const heading of ['评价标准', '考核标准', '评分细则']) {
      const [t] = readIndicatorTables(
        sheet([
          ['三级指标', '分值', heading, '目标值', '实际完成情况', '得分'],
          ['预算执行率', 10, '执行率≥95%得10分；90%（含）-95%得8分', '≥95%', '91.2%', null],
        ]),
      );
      expect(t!.rows[0]!.ruleText).toBe('执行率≥95%得10分；90%（含）-95%得8分');
    }
  });

  it('reads a table without a 分值 column when the names carry the weights and a 得分 column is there', () => {
    const header = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '自评得分'];
    const [t] = readIndicatorTables(
      sheet([
        header,
        ['产出指标（50分）', '数量指标', '受益学生人数（50分）', '8500人', '8320人', null],
        ['效益指标（50分）', '社会效益指标', '营养改善计划持续实施（50分）', '长期', '长期', 50],
      ]),
    );
    expect(t!.rows.map((r) => [r.name, r.weight, r.namePoints])).toEqual([
      ['受益学生人数', null, 50],
      ['营养改善计划持续实施', null, 50],
    ]);
    // levels and 指标值 without a 得分 column are a 绩效目标 block, not a scored table
    expect(
      readIndicatorTables(sheet([header.slice(0, 5), ['产出指标', '数量指标', '户数', '100户', '98户']])),
    ).toEqual([]);
  });

  it('reads a number with the unit of its 度量单位 column, so it compares and shows as written', () => {
    const [t] = readIndicatorTables(
      sheet([
        ['三级指标', '指标值', '度量单位', '完成值', '分值', '得分'],
        ['路灯数量', 800, '盏', 760, 10, null],
        ['项目成本', 350, '万元', 362, 10, null],
        ['满意度', 90, '%', 92, 10, null],
      ]),
    );
    expect(
      t!.rows.map((r) =>
        [r.target, r.actual].map((v) => v?.kind === 'number' && [v.value, v.unit, v.percent, v.text]),
      ),
    ).toEqual([
      [
        [800, '盏', false, '800盏'],
        [760, '盏', false, '760盏'],
      ],
      [
        [3500000, '元', false, '350万元'],
        [3620000, '元', false, '362万元'],
      ],
      [
        [90, null, true, '90%'],
        [92, null, true, '92%'],
      ],
    ]);
  });
});

describe('a rule written under its label in the 备注 of a table with no rule column (hunt111)', () => {
  const rows: CellValue[][] = [
    ['项目支出绩效自评表'],
    [...PROJECT_HEADER, '备注'],
    [
      '产出指标',
      '数量指标',
      '新能源环卫车辆更新数量',
      '24辆',
      '18辆',
      5,
      3.75,
      '采购延后',
      '评分标准：全部到位得满分，每少1辆扣0.5分。',
    ],
    ['产出指标', '数量指标', '公厕保洁管护数量', '156座', '156座', 5, 5, null, '抽样调查有效问卷600份'],
  ];

  it('is the row’s rule; a 备注 without the label is none', () => {
    const [table] = readIndicatorTables(sheet(rows));
    expect(table?.rows.map((r) => r.ruleText)).toEqual(['全部到位得满分，每少1辆扣0.5分。', '']);
    expect(table?.rows[0]?.deviationNote).toBe('采购延后');
  });

  it('is not the deviation note where 备注 stands for one', () => {
    const noReason = rows.map((r) => (r.length > 8 ? [...r.slice(0, 7), r[8]!] : r));
    const [table] = readIndicatorTables(sheet(noReason));
    expect(table?.rows[0]?.ruleText).toBe('全部到位得满分，每少1辆扣0.5分。');
    expect(table?.rows[0]?.deviationNote).toBe('');
    expect(table?.rows[1]?.deviationNote).toBe('抽样调查有效问卷600份');
  });
});

it('reads a header typed on two rows, each cell again, as one (hunt113: two tables, no actual column)', () => {
  const [table, ...more] = readIndicatorTables(
    sheet([
      ['项目绩效自评表'],
      ['一级指标', '二级指标', '三级指标', '度量单位', '年度指标值', '实际完成值', '分值', '得分'],
      ['一级指标', '二级指标', '三级指标', '度量单位', '全年目标', '全年实际', '分值', '得分'],
      ['产出指标', '数量指标', '新建村级供水站', '座', 8, 8, 5, 5],
      ['产出指标', '数量指标', '中小河流治理河长', '公里', 12.5, 10, 6, 6],
    ]),
  );
  expect(more).toEqual([]);
  expect([table?.header.headerTop, table?.header.headerBottom]).toEqual([1, 2]);
  expect(table?.rows.map((r) => (r.actual?.kind === 'number' ? r.actual.value : null))).toEqual([8, 10]);
});

describe('a rule without its label in the 备注 beside a blank rule cell (hunt115)', () => {
  const header = [
    '一级指标',
    '二级指标',
    '三级指标',
    '目标值',
    '全年实际',
    '标准分',
    '计分方法',
    '自评得分',
    '备注',
  ];
  const rows: CellValue[][] = [
    ['文旅惠民工程项目绩效自评表'],
    header,
    ['产出指标', '数量指标', '文化志愿服务时长', 5000, 4800, 4, null, 3.5, '未达目标的，每少200小时扣0.5分'],
    ['产出指标', '数量指标', '送戏下乡演出场次', 120, 110, 8, '每少5场扣1分', 6, '每少5场扣1分，因雨取消'],
    ['产出指标', '数量指标', '非遗展示展演活动', 20, 18, 5, null, 4.5, '受天气影响少开展2次'],
  ];

  it('is the row’s rule, and no reason for a shortfall; a rule cell written wins; a reason is no rule', () => {
    const [table] = readIndicatorTables(sheet(rows));
    expect(table?.rows.map((r) => r.ruleText)).toEqual([
      '未达目标的，每少200小时扣0.5分',
      '每少5场扣1分',
      '',
    ]);
    expect(table?.rows.map((r) => r.deviationNote)).toEqual([
      '',
      '每少5场扣1分，因雨取消',
      '受天气影响少开展2次',
    ]);
  });
});
