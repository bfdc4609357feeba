import type { CellRange, CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';
import { publicTableOfTitle } from './publicLexicon';

const sheet = (name: string, rows: CellValue[][], merges: CellRange[] = []): SheetInput => ({
  name,
  rows,
  merges,
});
const run = (...sheets: SheetInput[]) => checkBudgetSet(sheets, DEFAULT_SETTINGS);
const status = (r: ReturnType<typeof run>) =>
  Object.fromEntries(r.publicTables.filter((t) => t.status !== 'absent').map((t) => [t.key, t.status]));
const m = (top: number, left: number, bottom: number, right: number): CellRange => ({
  top,
  left,
  bottom,
  right,
});

describe('recognising the nine tables by title', () => {
  it.each([
    ['2020年度收入支出决算总表', 'incomeExpenseSummary'],
    ['财政拨款收入支出决算总表（公开04表）', 'fiscalSummary'],
    ['连云港市生态环境局2020年度支出决算表', 'expenditure'],
    ['收入决算表', 'income'],
    ['公开05表 一般公共预算财政拨款支出决算表', 'generalExpenditure'],
    ['一般公共预算财政拨款基本支出决算表', 'generalBasic'],
    ['财政拨款基本支出决算表', 'generalBasic'],
    ['一般公共预算财政拨款“三公”经费支出决算表', 'threePublic'],
    ['政府性基金预算财政拨款收入支出决算表', 'govFund'],
    ['国有资本经营预算财政拨款支出决算表', 'stateCapital'],
    ['03 支出决算表（续表）', 'expenditure'],
    // A number tag in words, with or without a separator (表十一般… is 表十 + 一般…).
    ['表五一般公共预算财政拨款支出决算表', 'generalExpenditure'],
    ['表十一般公共预算财政拨款支出决算表', 'generalExpenditure'],
    ['附表八：2021年度政府性基金预算财政拨款收入支出决算表', 'govFund'],
    ['表4 2021年度财政拨款收入支出决算总表', 'fiscalSummary'],
    // A tag glued to the year (表5 2022年度 typed without the space), or after the unit's name.
    ['表52022年度一般公共预算财政拨款支出决算表', 'generalExpenditure'],
    ['表102022年度国有资本经营预算财政拨款支出决算表', 'stateCapital'],
    ['XX县农业技术推广中心 表四 2022年度财政拨款收入支出决算总表', 'fiscalSummary'],
    ['XX县农业技术推广中心表四2022年度财政拨款收入支出决算总表', 'fiscalSummary'],
    ['XX县农业农村局 附表3 支出决算表', 'expenditure'],
    ['XX县农业农村局表42022年度一般公共预算财政拨款基本支出决算表', 'generalBasic'],
  ])('%s → %s', (title, key) => {
    expect(publicTableOfTitle(title)).toBe(key);
  });

  it.each([
    '会议费、培训费支出决算表',
    '节能环保支出决算明细表',
    '按“公开 10 表 政府性基金预算财政拨款收入支出决算表”中支出功能分类“项”级科目，并结合部门实际情况分类填写',
    '决算表',
    'XX县农业农村局表四2022年度项目支出决算表',
  ])('%s is none of them', (title) => {
    expect(publicTableOfTitle(title)).toBeUndefined();
  });

  it('calls a table with title and header but no amount empty, a title alone empty, the rest absent', () => {
    const empty = sheet('Sheet1', [
      ['国有资本经营预算财政拨款支出决算表'],
      [null, null, null, null, '单位：万元'],
      ['项目', null, '本年支出'],
      ['科目编码', '科目名称', '小计', '基本支出', '项目支出'],
      ['栏次', null, 1, 2, 3],
      ['合计'],
      [],
      ['注：本单位无国有资本经营预算财政拨款支出，本表为空表。'],
      [],
      ['政府性基金预算财政拨款收入支出决算表'],
      ['注：本表为空表。'],
    ]);
    const r = run(empty);
    expect(status(r)).toEqual({ stateCapital: 'empty', govFund: 'empty' });
    expect(r.crossChecks).toEqual([]);
    expect(r.findings).toEqual([]);
  });
});

describe('the basic-expenditure table: side-by-side blocks and the economic classification', () => {
  // 人员经费 | 公用经费 (302 continued into the third block, then 310); 公用经费合计 merged over
  // the second block and the third block's code and name.
  const basic = (typed: { c30299?: number; personnel?: number; c301?: number } = {}): SheetInput =>
    sheet(
      '公开06表',
      [
        ['一般公共预算财政拨款基本支出决算表'],
        ['人员经费', null, null, '公用经费'],
        [
          '科目编码',
          '科目名称',
          '决算数',
          '科目编码',
          '科目名称',
          '决算数',
          '科目编码',
          '科目名称',
          '决算数',
        ],
        [
          '301',
          '工资福利支出',
          typed.c301 ?? 300,
          '302',
          '商品和服务支出',
          60,
          '30299',
          '其他商品和服务支出',
          typed.c30299 ?? 5,
        ],
        ['30101', '基本工资', 100, '30201', '办公费', 20, '310', '资本性支出', 10],
        ['30102', '津贴补贴', 200, '30217', '公务接待费', 35, '31002', '办公设备购置', 10],
        ['303', '对个人和家庭的补助', 40],
        ['30302', '退休费', 40],
        ['人员经费合计', null, typed.personnel ?? 340, '公用经费合计', null, null, null, null, 70],
      ],
      [m(1, 0, 1, 2), m(1, 3, 1, 8), m(8, 0, 8, 1), m(8, 3, 8, 7)],
    );

  it('reconciles 类 = Σ款 across blocks, 人员经费合计 = Σ(301, 303), 公用经费合计 = Σ(302, 310)', () => {
    const r = run(basic());
    expect(r.findings).toEqual([]);
    expect(r.crossChecks.map((c) => [c.identity, c.cells[0], c.status])).toEqual([
      ['hierarchy', '公开06表!C4', 'ok'],
      ['hierarchy', '公开06表!F4', 'ok'],
      ['hierarchy', '公开06表!I5', 'ok'],
      ['hierarchy', '公开06表!C7', 'ok'],
      ['personnelTotal', '公开06表!C9', 'ok'],
      ['operatingTotal', '公开06表!I9', 'ok'],
    ]);
  });

  it('reports 30299 holding the whole 302 at 30299, and leaves 302 (which is right) alone', () => {
    const r = run(basic({ c30299: 60 }));
    expect(r.findings.map((f) => [f.code, f.cell, f.severity])).toEqual([
      ['budget.subtotalCopied', 'I4', 'error'],
    ]);
    expect(r.findings[0]!.params).toMatchObject({ parentCell: '公开06表!F4', value: 60, excess: 55 });
    expect(r.crossChecks.find((c) => c.cells[0] === '公开06表!F4')).toMatchObject({ status: 'mismatch' });
  });

  it('reports a wrong 301 at 301 only: 人员经费合计, right, is judged over 301’s own sum (hunt21)', () => {
    expect(run(basic({ c301: 318 })).findings.map((f) => [f.code, f.cell])).toEqual([
      ['budget.reconcileMismatch', 'C4'],
    ]);
  });

  it('suspects the unit of a leaf whose ×10⁴ / ÷10⁴ explains its 款 (hunt21: only the sums were reported)', () => {
    const r = run(basic({ c30299: 50000 }));
    expect(
      r.findings.filter((f) => f.code === 'budget.unitSuspect').map((f) => [f.cell, f.params.factor]),
    ).toEqual([['I4', 0.0001]]);
  });

  it('reports 人员经费合计 ≠ Σ(301, 303) at 人员经费合计, 尾差 when within rounding', () => {
    expect(run(basic({ personnel: 341 })).findings.map((f) => [f.code, f.cell])).toEqual([
      ['budget.reconcileMismatch', 'C9'],
    ]);
    expect(run(basic({ personnel: 340.01 })).findings.map((f) => [f.code, f.cell])).toEqual([
      ['budget.reconcileRounding', 'C9'],
    ]);
  });
});

describe('a 收入支出决算总表 whose one amount column carries the unit (hunt110)', () => {
  it('reads `金额（单位：万元）` as its 金额 column, not as a unit line: the table is present and balances', () => {
    const rows: CellValue[][] = [
      ['收入支出决算总表'],
      ['编制单位：县文化广电旅游体育局', null, '公开01表'],
      ['项目', '行次', '金额（单位：万元）'],
      ['收　　入', null, null],
      ['一、一般公共预算财政拨款收入', 1, 100],
      ['八、其他收入', 2, 5],
      ['本年收入合计', 3, 105],
      ['年初结转和结余', 4, 10],
      ['收入总计', 5, 115],
      ['支　　出', null, null],
      ['一、文化旅游体育与传媒支出', 6, 95],
      ['本年支出合计', 7, 95],
      ['年末结转和结余', 8, 20],
      ['支出总计', 9, 115],
    ];
    const r = run(sheet('表一 收支总表', rows));
    expect(status(r)).toEqual({ incomeExpenseSummary: 'present' });
    expect(r.findings).toEqual([]);
    expect(r.crossChecks.length).toBeGreaterThan(0);
  });
});

describe('the fiscal summary: 年初财政拨款结转和结余 by fund is a breakdown, not part of 总计', () => {
  const fiscal = (closingGeneral: number): SheetInput =>
    sheet(
      '公开04表',
      [
        ['财政拨款收入支出决算总表'],
        ['收入', null, null, '支出'],
        [
          '项目',
          '行次',
          '金额',
          '项目',
          '行次',
          '合计',
          '一般公共预算财政拨款',
          '政府性基金预算财政拨款',
          '国有资本经营预算财政拨款',
        ],
        ['栏次', null, 1, '栏次', null, 2, 3, 4, 5],
        ['一、一般公共预算财政拨款', 1, 100, '一、一般公共服务支出', 31, 90, 90, null, null],
        ['二、政府性基金预算财政拨款', 2, 20, '二、城乡社区支出', 32, 30, null, 30, null],
        ['三、国有资本经营预算财政拨款', 3, 0],
        ['本年收入合计', 4, 120, '本年支出合计', 33, 120, 90, 30, null],
        [
          '年初财政拨款结转和结余',
          5,
          50,
          '年末财政拨款结转和结余',
          34,
          50,
          closingGeneral,
          50 - closingGeneral,
          null,
        ],
        ['一般公共预算财政拨款', 6, 10],
        ['政府性基金预算财政拨款', 7, 40],
        ['国有资本经营预算财政拨款', 8, 0],
        ['总计', 9, 170, '总计', 35, 170, 110, 60, null],
      ],
      [m(1, 0, 1, 2), m(1, 3, 1, 8)],
    );

  it('reconciles every column, the breakdown, 收入总计 = 支出总计 and each fund’s balance', () => {
    const r = run(fiscal(20));
    expect(r.findings).toEqual([]);
    const ids = r.crossChecks.map((c) => c.identity);
    expect(ids.filter((i) => i === 'fundBalance')).toHaveLength(2);
    expect(ids).toContain('carryoverSplit');
    expect(r.crossChecks.every((c) => c.status === 'ok')).toBe(true);
  });

  it('puts a wrong fund balance at the 年末 cell of that fund', () => {
    const r = run(fiscal(25));
    const failing = r.crossChecks
      .filter((c) => c.status === 'mismatch')
      .map((c) => `${c.identity} ${c.cells[0]}`);
    // the 总计 of each fund column, off by the same amount over the 年末, is the 年末's echo (hunt106)
    expect(failing.sort()).toEqual(['fundBalance 公开04表!G9', 'fundBalance 公开04表!H9']);
    expect(r.findings.map((f) => `${f.code} ${f.cell}`)).toEqual([
      'budget.reconcileMismatch G9',
      'budget.reconcileMismatch H9',
    ]);
  });

  it('finds a fund cell left blank on a class line whose 合计 is filled (hunt106 P17)', () => {
    // 二、城乡社区支出 30 | | : neither the row nor the 政府性基金 column was judged, every part blank
    const rows = fiscal(20).rows.map((row) =>
      row[3] === '二、城乡社区支出' ? row.map((v, i) => (i === 7 ? null : v)) : row,
    );
    const r = run({ ...fiscal(20), rows });
    expect(r.findings.map((f) => `${f.code} ${f.cell} ${String(f.params.expected)}`)).toEqual([
      'budget.reconcileMismatch H6 30',
    ]);
  });

  it('reports a wrong 本年收入合计 once: the 总计 that adds the right figures is not flagged with it', () => {
    const rows = fiscal(20).rows.map((row) =>
      row[0] === '本年收入合计' ? row.map((v, i) => (i === 2 ? 125 : v)) : row,
    );
    const r = run({ ...fiscal(20), rows });
    const failing = r.crossChecks
      .filter((c) => c.status === 'mismatch')
      .map((c) => `${c.identity} ${c.cells[0]}`);
    expect(failing).toEqual(['runningTotal 公开04表!C8']);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toEqual(['C8']);
  });
});

describe('the summary table listing spending by 性质', () => {
  // A county's 2021 layout: 一、基本支出 1038.06 with 其中：人员经费 892.00 and, on the next line,
  // 公用经费 146.06; 本年支出合计 4500.46 = 基本 + 项目 3462.40 (it was reported as “应为 4646.52”).
  const summary = (closing: number, total = 4838.02): SheetInput =>
    sheet(
      'Sheet1',
      [
        ['2021年度收入支出决算总表'],
        [null, null, null, '单位：万元'],
        ['收入', null, '支出'],
        ['项目', '金额', '项目', '金额'],
        ['一、一般公共预算财政拨款收入', 3732.76, '一、基本支出', 1038.06],
        ['二、政府性基金预算财政拨款收入', 520, '\u3000\u3000其中：人员经费', 892],
        ['三、国有资本经营预算财政拨款收入', null, '\u3000\u3000\u3000\u3000\u3000公用经费', 146.06],
        ['四、上级补助收入', null, '二、项目支出', 3462.4],
        ['五、事业收入', 40, '三、上缴上级支出'],
        ['八、其他收入', 5, '四、经营支出'],
        ['本年收入合计', 4297.76, '本年支出合计', 4500.46],
        ['年初结转和结余', 540.26, '年末结转和结余', closing],
        ['总计', 4838.02, '总计', total],
      ],
      [m(0, 0, 0, 3), m(2, 0, 2, 1), m(2, 2, 2, 3)],
    );

  it('adds 基本 and 项目 into 本年支出合计, not the second line of the 其中 block', () => {
    const r = run(summary(337.56));
    expect(r.findings).toEqual([]);
    expect(r.crossChecks.find((c) => c.cells[0] === 'Sheet1!D11')).toMatchObject({
      identity: 'runningTotal',
      cells: ['Sheet1!D11', 'Sheet1!D5', 'Sheet1!D8', 'Sheet1!D9', 'Sheet1!D10'],
      status: 'ok',
    });
  });

  it('still reports a wrong 总计 on that side', () => {
    expect(run(summary(337.56, 4839.02)).findings.map((f) => [f.code, f.cell])).toEqual([
      ['budget.reconcileMismatch', 'D13'],
    ]);
  });

  // 总计 equals 收入总计 and 本年支出合计 adds up: 年末结转和结余 is the one figure left to blame (hunt42 w6)
  it('reports a wrong 年末结转和结余 under a 总计 that equals 收入总计 at that figure', () => {
    expect(run(summary(338.56)).findings.map((f) => [f.code, f.cell])).toEqual([
      ['budget.reconcileMismatch', 'D12'],
    ]);
  });
});
