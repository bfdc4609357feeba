/**
 * 功能分类 ↔ 经济分类: 2210201 住房公积金's 基本支出 in the 05表 and 30113 住房公积金 in the 06表 are the
 * same money. An amount moved from 30113 to 30199 keeps both tables adding up; only this
 * correspondence shows it (hunt81 P11, not caught before).
 */
import { createMessages, loadLocale } from '../../i18n';
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const general = (pension: CellValue, housing: CellValue, unit = '万元'): SheetInput => ({
  name: '公开05表',
  rows: [
    ['一般公共预算财政拨款支出决算表'],
    [`单位：${unit}`],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    [null, '合计', 'SUM', 'SUM', 0],
    ['208', '社会保障和就业支出', pension, pension, null],
    ['20805', '行政事业单位养老支出', pension, pension, null],
    ['2080505', '机关事业单位基本养老保险缴费支出', pension, pension, null],
    ['221', '住房保障支出', housing, housing, null],
    ['22102', '住房改革支出', housing, housing, null],
    ['2210201', '住房公积金', housing, housing, null],
  ].map((row, r, rows) => (r === 3 ? row.map((v, c) => (v === 'SUM' ? sumOf(rows, c) : v)) : row)),
  merges: [],
});

function sumOf(rows: readonly CellValue[][], c: number): number {
  return [4, 7].reduce((n, r) => n + Number(rows[r]![c] ?? 0), 0);
}

/** 人员经费 only, of `total`: the given 301 items, and 30199 the rest. */
const basicOf = (total: number, items: [string, string, number][]): SheetInput => ({
  name: '公开06表',
  rows: [
    ['一般公共预算财政拨款基本支出决算表'],
    ['单位：万元'],
    ['科目编码', '科目名称', '决算数'],
    ['301', '工资福利支出', total],
    ...items,
    ['30199', '其他工资福利支出', items.reduce((rest, [, , v]) => rest - v, total)],
    ['人员经费合计', null, total],
    ['公用经费合计', null, 0],
    ['合计', null, total],
  ],
  merges: [],
});

/** 30108 养老 `pension`, 30113 住房公积金 `housing`, of 100. */
const basic = (pension: number, housing: number): SheetInput =>
  basicOf(100, [
    ['30108', '机关事业单位基本养老保险缴费', pension],
    ['30113', '住房公积金', housing],
  ]);

const pairs = (sheets: SheetInput[], locale: 'zh-CN' | 'en' = 'zh-CN'): string[] => {
  const messages = createMessages(locale);
  const all = checkBudgetSet(sheets, DEFAULT_SETTINGS).findings;
  return all
    .filter((f) => f.code === 'budget.classPairDiffers')
    .map((f) => `${f.severity} ${f.sheet}!${f.cell} ${messages.finding(f)}`);
};

describe('功能分类 ↔ 经济分类 pairs', () => {
  beforeAll(async () => {
    await loadLocale('en');
  });

  it('the same amounts on both sides: nothing to say', () => {
    expect(pairs([general(60, 25), basic(60, 25)])).toEqual([]);
  });

  it('10 moved from 30113 to 30199: a warning at 30113 naming 2210201, in both locales', () => {
    expect(pairs([general(60, 25), basic(60, 15)])).toEqual([
      'warning 公开06表!C6 基本支出决算表 30113“住房公积金”（公开06表!C6）为 15 万元，一般公共预算财政拨款支出决算表 2210201“住房公积金”' +
        '的基本支出（公开05表!D10）为 25 万元，相差 -10 万元：按功能分类与经济分类的对应关系二者通常相等，请核对是否填错科目',
    ]);
    expect(pairs([general(60, 25), basic(60, 15)], 'en')).toEqual([
      expect.stringContaining(
        '30113 "住房公积金" (公开06表!C6) is 15 10k yuan, while the basic spending of 2210201',
      ),
    ]);
  });

  it('both pairs off: one warning each, at the economic cells', () => {
    expect(pairs([general(60, 25), basic(50, 35)]).map((t) => t.split(' ')[1])).toEqual([
      '公开06表!C5',
      '公开06表!C6',
    ]);
  });

  it('a table in 元 beside one in 万元 is converted first', () => {
    expect(pairs([general(600_000, 250_000, '元'), basic(60, 25)])).toEqual([]);
    expect(pairs([general(600_000, 150_000, '元'), basic(60, 25)])).toHaveLength(1);
  });

  it('the same figure in two tables allows no 尾差 (as every one-part identity): 0.01 is off', () => {
    expect(pairs([general(60, 25.01), basic(60, 25)])).toEqual([expect.stringContaining('相差 -0.01 万元')]);
  });

  it('住房公积金 typed under 项目支出 (基本支出 blank): at that cell, saying it may be the wrong column (hunt85 P11)', () => {
    const moved = general(60, 25);
    const rows = moved.rows.map((r) => [...r]);
    for (const r of [7, 8, 9]) [rows[r]![3], rows[r]![4]] = [null, 25];
    rows[3]![3] = 60;
    rows[3]![4] = 25;
    expect(pairs([{ ...moved, rows }, basic(60, 25)])).toEqual([
      expect.stringMatching(
        /^warning 公开05表!E10 .*基本支出（公开05表!D10）为 0 万元.*项目支出（E10）正好是这一金额/,
      ),
    ]);
  });

  it('30110 against 2101101 and 2101102 together (hunt87 P12: 264.77 typed 246.77)', () => {
    const medical = (administrative: number, institutional: number): SheetInput => ({
      name: '公开05表',
      rows: [
        ['一般公共预算财政拨款支出决算表'],
        ['单位：万元'],
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        [null, '合计', administrative + institutional, administrative + institutional, 0],
        ['210', '卫生健康支出', administrative + institutional, administrative + institutional, null],
        ['21011', '行政事业单位医疗', administrative + institutional, administrative + institutional, null],
        ['2101101', '行政单位医疗', administrative, administrative, null],
        ['2101102', '事业单位医疗', institutional, institutional, null],
      ],
      merges: [],
    });
    const insurance = (amount: number): SheetInput =>
      basicOf(300, [['30110', '职工基本医疗保险缴费', amount]]);
    expect(pairs([medical(200, 64.77), insurance(264.77)])).toEqual([]);
    expect(pairs([medical(200, 64.77), insurance(246.77)])).toEqual([
      expect.stringContaining(
        '2101101、2101102“行政单位医疗、事业单位医疗”的基本支出（公开05表!D7、公开05表!D8）为 264.77 万元',
      ),
    ]);
  });

  it('30111 公务员医疗补助缴费 counts with 30110 where the table has no 2101103 of its own (hunt108)', () => {
    const administrative = (amount: number): SheetInput => ({
      name: '公开05表',
      rows: [
        ['一般公共预算财政拨款支出决算表'],
        ['单位：万元'],
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        [null, '合计', amount, amount, 0],
        ['210', '卫生健康支出', amount, amount, null],
        ['21011', '行政事业单位医疗', amount, amount, null],
        ['2101101', '行政单位医疗', amount, amount, null],
      ],
      merges: [],
    });
    const insurance = basicOf(300, [
      ['30110', '职工基本医疗保险缴费', 92.45],
      ['30111', '公务员医疗补助缴费', 31.8],
    ]);
    expect(pairs([administrative(124.25), insurance])).toEqual([]);
    expect(pairs([administrative(134.25), insurance])).toEqual([
      expect.stringContaining('职工基本医疗保险缴费'),
    ]);
    // with a 2101103 line of its own, 30111 is its (and 30110 alone is 2101101's)
    const own = administrative(124.25);
    const rows = [...own.rows, ['2101103', '公务员医疗补助', 31.8, 31.8, null]];
    expect(pairs([{ ...own, rows }, insurance])).toEqual([expect.stringContaining('职工基本医疗保险缴费')]);
  });

  it('a side the set does not have gives no claim', () => {
    expect(pairs([basic(60, 15)])).toEqual([]);
    const noHousing = general(60, 25);
    const rows = noHousing.rows.slice(0, 7);
    expect(pairs([{ ...noHousing, rows }, basic(60, 15)])).toEqual([]);
  });
});
