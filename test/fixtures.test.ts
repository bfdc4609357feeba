import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixtures, FIXTURES } from '../scripts/makeFixtures';
import { readWorkbook } from '../src/adapters/xlsx/readWorkbook';
import type { SheetInput, WorkbookInput } from '../src/engine/grid/types';

const tmp = mkdtempSync(join(tmpdir(), 'fixtures-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const committed = join(__dirname, 'fixtures');
const built: Record<string, WorkbookInput> = {};

beforeAll(async () => {
  await buildFixtures(tmp);
  for (const name of Object.keys(FIXTURES)) built[name] = await readWorkbook(join(tmp, name));
});

function sheet(file: string, name: string): SheetInput {
  const found = built[file]?.find((s) => s.name === name);
  if (!found) throw new Error(`${file} has no sheet ${name}`);
  return found;
}

const range = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

describe('fixture workbooks', () => {
  it.each(Object.keys(FIXTURES))('committed %s reads the same as a fresh build', async (name) => {
    expect(await readWorkbook(join(committed, name))).toEqual(built[name]);
  });

  it('merges-annotations: table at C4 under a unit row, levels merged', () => {
    const s = sheet('merges-annotations.xlsx', '部门整体自评');
    expect(s.rows[2]?.[9]).toBe('单位：分');
    expect(s.rows[3]?.slice(2)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '分值',
      '得分',
      '指标值',
      '评分标准',
      '佐证材料',
    ]);
    expect(s.rows[4]?.slice(2, 5)).toEqual([
      '履职效能（60分）',
      '重点工作完成(35分)',
      '河道整治完成率（20分）',
    ]);
    expect(s.rows[5]?.slice(2, 4)).toEqual([null, null]);
    expect(s.merges).toEqual(
      expect.arrayContaining([
        range(4, 2, 7, 2),
        range(8, 2, 11, 2),
        range(4, 3, 5, 3),
        range(6, 3, 7, 3),
        range(8, 3, 10, 3),
      ]),
    );
  });

  it('hyperlinks-notes: external and internal links, notes, cached formulas and an error', () => {
    const s = sheet('hyperlinks-notes.xlsx', '自评表');
    expect(s.hyperlinks).toEqual({
      F2: 'https://czj.example.gov.cn/2021/jsbb.pdf',
      F3: '#佐证材料!A2',
      F5: "#'佐证材料'!A3",
      F6: 'https://czj.example.gov.cn/2021/myd.pdf',
    });
    expect(s.notes).toEqual({
      H2: '财务科复核：执行率96.5%，扣1分',
      H4: '王会计:\n制度文件已上传',
      I7: '完成率为辅助列，不参与合计',
    });
    expect(s.formulas).toMatchObject({
      H6: 'G6*MIN(1,E6/D6)',
      G7: 'SUM(G2:G6)',
      H7: 'SUM(H2:H6)',
      I5: 'E5/D5',
    });
    expect(s.rows[6]?.slice(6, 8)).toEqual([20, 19]);
    expect(s.rows[4]?.[8]).toEqual({ error: '#DIV/0!' });
    expect(s.rows[2]?.[5]).toBe('专项资金台账');
    expect(sheet('hyperlinks-notes.xlsx', '佐证材料').rows[1]).toEqual([
      1,
      '专项资金使用台账',
      '海财〔2021〕12号',
    ]);
  });

  it('two-tables: two blocks separated by blank rows, and a two-row merged header', () => {
    const s = sheet('two-tables.xlsx', '指标表');
    expect(s.rows[1]?.[0]).toBe('一级指标');
    expect(s.rows[9]?.[0]).toBe('一级指标');
    expect(s.rows[6]?.every((v) => v === null) && s.rows[7]?.every((v) => v === null)).toBe(true);
    const multi = sheet('two-tables.xlsx', '多行表头');
    expect(multi.rows[0]?.[0]).toBe('绩效指标');
    expect(multi.rows[1]?.slice(0, 3)).toEqual(['一级指标', '二级指标', '三级指标']);
    expect(multi.merges).toEqual(
      expect.arrayContaining([range(0, 0, 0, 2), range(0, 3, 1, 3), range(0, 6, 1, 6)]),
    );
  });

  it('messy-values: operators, units and text that only looks like numbers stay as typed', () => {
    const s = sheet('messy-values.xlsx', '绩效目标完成情况');
    expect(s.rows[0]?.[3]).toBe('指标性质');
    expect(s.rows.slice(1).map((r) => r[3])).toEqual(['≥', '＝', '≤', '≤', '≥', '≥', '=', '≥']);
    expect(s.rows.slice(1).map((r) => r[6])).toEqual([
      '12.6',
      '９２％',
      '2021年10月28日',
      '1,198.37',
      '—',
      '/',
      '无',
      ' 95 ',
    ]);
    expect(s.rows[4]?.[4]).toBe('1,234.50');
    expect(s.rows[4]?.[8]).toBe('三分');
    expect(s.rows[8]?.[7]).toBe('１０');
    expect(s.merges).toEqual([]);
  });
});

describe('sample workbooks (samples/, built by scripts/makeSamples.ts)', () => {
  const samples = join(__dirname, '..', 'samples');

  it('seed-department-2020: title, header row 2, 40 rows with levels and two evidence pairs merged', async () => {
    const [s, ...rest] = await readWorkbook(join(samples, 'seed-department-2020.xlsx'));
    expect(rest).toEqual([]);
    expect(s?.name).toBe('自评表');
    expect(s?.rows).toHaveLength(42);
    expect(s?.rows[0]?.[0]).toBe('2020 年度连云港市生态环境局整体绩效评价自评表');
    expect(s?.rows[1]).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '标准值',
      '指标说明',
      '评分标准',
      '评分依据',
      '权重',
      '得分',
    ]);
    const scores = s?.rows.slice(2).map((r) => r[8]);
    expect(scores?.reduce<number>((n, v) => n + (typeof v === 'number' ? v : 0), 0)).toBe(98);
    expect(s?.merges).toEqual(
      expect.arrayContaining([
        range(0, 0, 0, 8),
        range(2, 0, 20, 0),
        range(21, 0, 41, 0),
        range(30, 6, 31, 6),
        range(32, 6, 33, 6),
      ]),
    );
    expect(s?.merges?.filter((m) => m.left === 6)).toHaveLength(2);
  });

  it('project-template-2021: funds block, goals, indicator grid and 总分', async () => {
    const [s] = await readWorkbook(join(samples, 'project-template-2021.xlsx'));
    expect(s?.name).toBe('项目支出绩效自评表');
    expect(s?.rows[4]?.slice(3)).toEqual([
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分',
    ]);
    expect(s?.rows[5]?.slice(1)).toEqual(['年度资金总额', null, 500, 480, 451.2, 10, null, null]);
    expect(s?.rows[11]?.slice(0, 8)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ]);
    const grid = s?.rows.slice(12, 24) ?? [];
    // 产出 50 + 效益 30 + 满意度 10 in the grid, plus 10 for 预算执行率 in the funds block
    expect(grid.reduce<number>((n, r) => n + (typeof r[5] === 'number' ? r[5] : 0), 0)).toBe(90);
    expect(s?.rows[24]?.slice(0, 7)).toEqual(['总分', null, null, null, null, 100, null]);
  });
});
