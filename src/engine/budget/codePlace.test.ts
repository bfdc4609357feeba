/**
 * A 项 whose code names another 款 than the one it is listed under (208 09 05 under 20808 抚恤, the
 * fourth and fifth 决算 rounds): the 款 does not add up by exactly its amount, and the code is what is
 * wrong. The line gets an error at its code naming the 款's cells as right; the 款 itself gets none
 * (hunt81 P06, P09, P14 and hunt85 P07: an 应为 at a right 款 sent the reviewer to change it).
 */
import { createMessages, loadLocale } from '../../i18n';
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const table = (code: string, typedSection = 300): SheetInput => ({
  name: 'Sheet1',
  rows: [
    ['2023年度支出决算表'],
    [null, null, null, '单位：元'],
    ['科目编码', '科目名称', '决算数'],
    ['208', '社会保障和就业支出', 300],
    ['20808', '抚恤', typedSection],
    ['2080801', '死亡抚恤', 100],
    ['2080802', '伤残抚恤', 150],
    [code, '义务兵优待', 50],
  ] as CellValue[][],
  merges: [],
});

const found = (s: SheetInput) =>
  checkBudgetSet([s], DEFAULT_SETTINGS).findings.map((f) => `${f.code} ${f.cell}`);

describe('a 项 coded under another 款', () => {
  it('is an error at its code, not at the 款, when the 款 is off by just its amount', () => {
    expect(found(table('2080905'))).toEqual(['budget.codeMisplaced A8']);
    const [slip] = checkBudgetSet([table('2080905')], DEFAULT_SETTINGS).findings;
    expect(slip?.severity).toBe('error');
    expect(createMessages('zh-CN').finding(slip!)).toContain('（C5 本身无误）');
  });

  it('a code a digit short (208803 for 2080803; hunt108 P12) is that slip, with the code it should be', () => {
    expect(found(table('208803'))).toEqual(['budget.codeMisplaced A8']);
    const [slip] = checkBudgetSet([table('208803')], DEFAULT_SETTINGS).findings;
    expect(createMessages('zh-CN').finding(slip!)).toContain('少了一位');
    expect(createMessages('zh-CN').finding(slip!)).toContain('编码应是 2080803');
  });

  it('is not warned when in place, or when the 款 is off by another amount', () => {
    expect(found(table('2080803'))).toEqual([]);
    expect(found(table('2080905', 320))).not.toContain('budget.codeMisplaced A8');
  });
});

/** A 收入决算表 of the public set: its 财政拨款收入 and 事业收入 are columns the budget model does not read. */
const income = (code: string): SheetInput => ({
  name: '公开02表',
  rows: [
    ['收入决算表'],
    [null, null, null, null, '单位：万元'],
    ['项目', null, '本年收入合计', '财政拨款收入', '事业收入'],
    ['科目编码', '科目名称', null, null, null],
    [null, '合计', 582.5, 553.6, 28.9],
    ['221', '住房保障支出', 582.5, 553.6, 28.9],
    ['22102', '住房改革支出', 582.5, 553.6, 28.9],
    ['2210201', '住房公积金', 441.46, 412.56, 28.9],
    [code, '提租补贴', 86.24, 86.24, 0],
    ['2210203', '购房补贴', 54.8, 54.8, 0],
  ] as CellValue[][],
  merges: [{ top: 2, left: 0, bottom: 2, right: 1 }],
});

describe('a 项 coded under another 款 in the 收入决算表 (hunt89 P02)', () => {
  it('explains the 款 in every column its amount is in, and names those cells as right', () => {
    expect(found(income('2210302'))).toEqual(['budget.codeMisplaced A9']);
    const [slip] = checkBudgetSet([income('2210302')], DEFAULT_SETTINGS).findings;
    expect(createMessages('zh-CN').finding(slip!)).toContain('（C7、D7 本身无误）');
  });

  it('in place: nothing', () => {
    expect(found(income('2210202'))).toEqual([]);
  });
});

/**
 * Split 类 | 款 | 项 columns: 死亡抚恤 typed 208 | 05 | 01 under 20808 抚恤, a 款 of its amount with no 项
 * of its own, while 20805 is in the table and adds up without it (hunt89 P12): the code duplicates
 * 2080501 行政单位离退休, 20805 and 208 were each off by its amount, and nothing was at the slip.
 */
const split = (section: string): SheetInput => ({
  name: '公开05表',
  rows: [
    ['一般公共预算财政拨款支出决算表'],
    [null, null, null, null, '单位：万元'],
    ['支出功能分类科目编码', null, null, '科目名称', '决算数'],
    ['类', '款', '项', null, null],
    ['208', null, null, '社会保障和就业支出', 542.6],
    ['208', '05', null, '行政事业单位养老支出', 500],
    ['208', '05', '01', '行政单位离退休', 190],
    ['208', '05', '02', '事业单位离退休', 310],
    ['208', '08', null, '抚恤', 42.6],
    ['208', section, '01', '死亡抚恤', 42.6],
  ] as CellValue[][],
  merges: [{ top: 2, left: 0, bottom: 2, right: 2 }],
});

describe('a 项 whose typed 款 is elsewhere in the table, listed alone under a 款 of its amount', () => {
  it('is a slip at its 款 cell; no sum is blamed and the doubled code is not warned apart', () => {
    expect(found(split('05'))).toEqual(['budget.codeMisplaced B10']);
  });

  it('in place: nothing', () => {
    expect(found(split('08'))).toEqual([]);
  });
});

/** 事业单位医疗 typed 2011102 (类 201, not in the table) under 21011 (hunt94 P05: only the 款 and 类 were blamed). */
const otherClass = (code: string): SheetInput => ({
  name: '支出决算表',
  rows: [
    ['支出决算表'],
    [null, null, '单位：万元'],
    ['科目编码', '科目名称', '本年支出合计'],
    [null, '合计', 333.33],
    ['210', '卫生健康支出', 333.33],
    ['21011', '行政事业单位医疗', 333.33],
    ['2101101', '行政单位医疗', 98.76],
    [code, '事业单位医疗', 192.22],
    ['2101103', '公务员医疗补助', 42.35],
  ] as CellValue[][],
});

describe('a 项 coded under a 类 the table does not have (hunt94 P05)', () => {
  it('is the slip, naming its 款 and 类 as right; neither is blamed', () => {
    expect(found(otherClass('2011102'))).toEqual(['budget.codeMisplaced A8']);
    const [slip] = checkBudgetSet([otherClass('2011102')], DEFAULT_SETTINGS).findings;
    expect(createMessages('zh-CN').finding(slip!)).toContain('（C6、C5 本身无误）');
  });

  it('in place: nothing', () => {
    expect(found(otherClass('2101102'))).toEqual([]);
  });
});

// hunt60 w7: 2101301 城乡医疗救助 typed 210 | 03 | 01 under 21013 医疗救助, a 款 with no 项 of its own.
// The 款 counted as a leaf of the 类 and the line counted again (its 款 21003 is not in the table):
// false errors at the right 类 and 合计, 3,860,000 over, beside the warning that names the slip.
describe('a 项 coded under another 款, listed under a 款 with no 项 of its own', () => {
  const sheet = (section: number): SheetInput => ({
    name: 'Sheet1',
    rows: [
      ['2023年度支出决算表'],
      [null, null, null, '单位：元'],
      ['科目编码', '科目名称', '本年支出合计', '基本支出', '项目支出'],
      ['210', '卫生健康支出', 600, 200, 400],
      ['21011', '行政事业单位医疗', 200, 200, null],
      ['2101101', '行政单位医疗', 200, 200, null],
      ['21013', '医疗救助', section, null, section],
      ['2100301', '城乡医疗救助', 400, null, 400],
      ['合计', null, 600, 200, 400],
    ] as CellValue[][],
    merges: [],
  });

  it('is counted once, under the 款 it is listed under: the 类 and 合计 add up', () => {
    expect(found(sheet(400))).toEqual(['budget.codeMisplaced A8']);
  });

  it('is counted where its code puts it when the 款 does not match it', () => {
    expect(found(sheet(300))).not.toContain('budget.codeMisplaced A8');
  });
});

/** 2130153 农田建设 listed last, inside 款 21305's block; its own 款 21301 above. */
function farmSheet({ code = '2130153', own = 160, listed = 40, total = false } = {}): SheetInput {
  return {
    name: 'Sheet1',
    rows: [
      ['2021年度支出决算表'],
      [null, null, '单位：万元'],
      ['科目编码', '科目名称', '本年支出合计'],
      ['213', '农林水支出', 200],
      ['21301', '农业农村', own],
      ['2130101', '行政运行', 100],
      ['21305', '巩固脱贫衔接乡村振兴', listed],
      ['2130504', '农村基础设施建设', 40],
      [code, '农田建设', 60],
      ...(total ? [['合计', null, 200]] : []),
    ] as CellValue[][],
    merges: [],
  };
}

// hunt68 P11: 2130153 农田建设 listed inside 款 21305's block, its own 款 21301 above counting it (the
// sums are by code, so none is off): the line is out of place, and nothing said so.
describe('a 项 listed in another 款 of its class, its own 款 elsewhere in the table', () => {
  const sheet = (code: string, own = 160): SheetInput => farmSheet({ code, own });
  const messages = (s: SheetInput): string[] =>
    checkBudgetSet([s], DEFAULT_SETTINGS).findings.map(
      (f) => `${f.code} ${f.cell} ${String(f.params.ownCode)}`,
    );

  it('is warned at its code, naming its own 款, when both 款 sum right by code', () => {
    expect(messages(sheet('2130153'))).toEqual(['budget.codeMisplaced A9 21301']);
  });

  it('is not warned in its own block', () => {
    // in its own 款's block, the same amounts
    const rows = sheet('2130153').rows;
    const inPlace = [...rows.slice(0, 6), rows[8]!, ...rows.slice(6, 8)];
    expect(messages({ ...sheet('2130153'), rows: inPlace })).toEqual([]);
  });
});

// hunt75 P05: the 项 counted by the 款 it is listed under (21305 typed 100 = 40 + 60) and its own 款
// typed without it (21301 100): both add up by place, neither by code. Its code is the slip: one
// warning at the code, and no 应为 sending the user to correct 款 totals.
describe('a 项 coded for another 款 of its class but counted where it is listed', () => {
  const sheet = (listed: number, own: number): SheetInput => farmSheet({ listed, own, total: true });
  const all = (s: SheetInput) => checkBudgetSet([s], DEFAULT_SETTINGS).findings;

  it('is warned at its code as a code slip, and neither 款 is blamed', () => {
    const findings = all(sheet(100, 100));
    expect(findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['budget.codeMisplaced A9']);
    expect(findings[0]!.params).toMatchObject({ ownCode: '21301', parentCode: '21305', positional: 1 });
  });

  it('says the code is the slip, in both languages', async () => {
    await loadLocale('en');
    const [slip] = all(sheet(100, 100));
    expect(createMessages('zh-CN').finding(slip!)).toContain(
      '应是编码填错，请改为“巩固脱贫衔接乡村振兴”下的编码',
    );
    expect(createMessages('en').finding(slip!)).toContain('so the code is likely wrong');
  });

  it('stays where its code puts it when the 款 do not both add up by place', () => {
    // 21305 typed without the line: by place it is off too, so the sums by code stand
    const codes = all(sheet(40, 100)).map((f) => `${f.code} ${f.cell}`);
    expect(codes).toContain('budget.reconcileMismatch C5');
    expect(codes).not.toContain('budget.codeMisplaced A9');
  });
});
