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

  it('is not warned when in place, or when the 款 is off by another amount', () => {
    expect(found(table('2080803'))).toEqual([]);
    expect(found(table('2080905', 320))).not.toContain('budget.codeMisplaced A8');
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
