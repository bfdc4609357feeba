/**
 * A typed rate beside an amount slipped into 元 that only the set's sums show (hunt53 w4: the table
 * runs on into a 续表, where a mistyped code moves a line as well): 96 typed for 33.6 of 35 万元 was
 * said to differ from 960000 %.
 */
import type { CellValue, SheetInput } from '../grid/types';
import { DEFAULT_SETTINGS } from '../settings';
import { checkBudgetSet } from './checkSet';

const head = (title: string): CellValue[][] => [
  [null, null, null, null, null, null, '公开05表'],
  [title, null, null, null, null, null, null],
  ['编制单位：县水利局', null, null, null, null, null, '单位：万元'],
  ['科目编码', '科目名称', '年初预算数', '决算数', null, null, '决算数为年初预算数的%'],
  [null, null, null, '合计', '基本支出', '项目支出', null],
];

const main: SheetInput = {
  name: '05表',
  rows: [
    ...head('一般公共预算财政拨款支出决算表'),
    ['213', '农林水支出', 3663.3, 3421.25, 348.62, 3072.63, 93.39],
    ['21303', '　水利', 3513.3, 3271.25, 348.62, 2922.63, 93.11],
    ['2130301', '　　行政运行', 356.8, 348.62, 348.62, null, 97.71],
    ['2130302', '　　一般行政管理事务', 45, 41.27, null, 41.27, 91.71],
    ['2130304', '　　水利行业业务管理', 28.5, 30.12, null, 30.12, 105.68],
    ['2130305', '　　水利工程建设', 1850, 1624.38, null, 1624.38, 87.8],
    ['2130306', '　　水利工程运行与维护', 260, 247.9, null, 247.9, 95.35],
    ['2130310', '　　水土保持', 120, 96.45, null, 96.45, 80.38],
    ['2130311', '　　水资源节约管理与保护', 35, 336000, null, 336000, 96],
    ['2130314', '　　防汛', 88, 126.35, null, 126.35, 143.58],
  ],
  merges: [{ top: 3, left: 3, bottom: 3, right: 5 }],
};

const continued: SheetInput = {
  name: '05表(续)',
  rows: [
    ...head('一般公共预算财政拨款支出决算表（续表）'),
    ['2130316', '　　农村水利', 420, 398.76, null, 398.76, 94.94],
    ['2130535', '　　农村人畜饮水', 310, 305.2, null, 305.2, 98.45],
    ['2130399', '　　其他水利支出', null, 18.6, null, 18.6, null],
    ['2130504', '　　农村基础设施建设', 150, 150, null, 150, 100],
    ['21305', '　巩固脱贫攻坚成果衔接乡村振兴', 150, 150, null, 150, 100],
    ['合计', null, 3663.3, 3421.25, 348.62, 3072.63, 93.39],
  ],
  merges: [{ top: 3, left: 3, bottom: 3, right: 5 }],
};

describe('a typed rate beside an amount the set shows slipped into 元', () => {
  const findings = checkBudgetSet([main, continued], DEFAULT_SETTINGS).findings;
  const at = (code: string): string[] =>
    findings.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell}`);

  it('warns at the slip and not at the rate, which is right once the slip is read in 万元', () => {
    expect(at('budget.unitSuspect')).toContain('05表!D14');
    expect(at('budget.rateDiffers')).not.toContain('05表!G14');
  });
});
