/**
 * A 基本支出决算表 whose 301 工资福利支出 agrees with 人员经费合计 while its items add up to 9.00 more
 * (hunt96 P14: 30107 绩效工资 45.62 typed 54.62). The 301 was reported as 应为 389.35 — the slip
 * carried up into the one figure the total vouches for; the items are where the slip is.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const basic = (merit: number, personnelTotal = 398.71): SheetInput => ({
  name: '公开06表',
  rows: [
    ['2023年度一般公共预算财政拨款基本支出决算表'],
    ['编制单位：安平县退役军人事务局', null, null, null, null, '单位：万元'],
    ['人员经费', null, null, '公用经费', null, null],
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
    ['301', '工资福利支出', 380.35, '302', '商品和服务支出', 27.42],
    ['30101', '基本工资', 98.46, '30201', '办公费', 16.85],
    ['30102', '津贴补贴', 72.35, '30202', '印刷费', 1.2],
    ['30103', '奖金', 21.8, '30205', '水费', 0.86],
    ['30107', '绩效工资', merit, '30206', '电费', 5.42],
    ['30108', '机关事业单位基本养老保险缴费', 42.18, '30207', '邮电费', 3.09],
    ['30109', '职业年金缴费', 16.87, null, null, null],
    ['30110', '职工基本医疗保险缴费', 28.67, null, null, null],
    ['30112', '其他社会保障缴费', 3.28, null, null, null],
    ['30113', '住房公积金', 38.52, null, null, null],
    ['30199', '其他工资福利支出', 12.6, null, null, null],
    ['303', '对个人和家庭的补助', 18.36, null, null, null],
    ['30302', '退休费', 15.2, null, null, null],
    ['30305', '生活补助', 3.16, null, null, null],
    ['人员经费合计', null, personnelTotal, '公用经费合计', null, 27.42],
  ] as CellValue[][],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 5 },
    { top: 2, left: 0, bottom: 2, right: 2 },
    { top: 2, left: 3, bottom: 2, right: 5 },
  ],
});

const problems = (
  s: SheetInput,
): { cell: string; identity: unknown; expected: unknown; candidates: unknown }[] =>
  checkBudgetSet([s], DEFAULT_SETTINGS)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => ({
      cell: f.cell,
      identity: f.params.identity,
      expected: f.params.expected,
      candidates: f.params.candidates,
    }));

test('the table as kept adds up', () => {
  expect(problems(basic(45.62))).toEqual([]);
});

test('a parent its total confirms claims no 应为: the slip is among its items, named', () => {
  const [only, ...rest] = problems(basic(54.62));
  expect(rest).toEqual([]);
  expect(only).toMatchObject({ cell: 'C5', identity: 'confirmedParts' });
  // not C13: 其他社会保障缴费 3.28 would have to be −5.72
  expect(String(only?.candidates).split('、')).toEqual(
    ['C6', 'C7', 'C8', 'C9', 'C10', 'C11', 'C12', 'C14', 'C15'].map((c) => `公开06表!${c}`),
  );
});

test('a parent its total does not confirm is still worked out from its items', () => {
  // 人员经费合计 typed to agree with the items: now the 301 alone is at odds with both
  expect(problems(basic(54.62, 407.71))).toEqual([
    { cell: 'C5', identity: 'hierarchy', expected: 389.35, candidates: undefined },
  ]);
});
