/**
 * The seed report's department (连云港市生态环境局, 2020) as a nine-table set, from §1.2 and
 * §3.1.3.3 where the report gives the figures. Kept as printed, the report's own 0.01 drift under
 * 支出总计 included. Figures the report does not give are marked:
 * - derived: 年初/年末 balances by fund (年初 = 9965.73 less the fund's, closings from
 *   the 政府性基金 figures of §1.2.8; the 3.22 其他支出 is paid from non-fiscal balances);
 * - illustrative: the 款 of the economic classification (§1.2.4 names the items, gives only the
 *   totals 3462.35 / 256.83), the "三公" budgets (reproducing §1.2.7's rates);
 * - empty: 国有资本经营 (0 in §1.2.1), published as 空表.
 */
import type { CodedRow, SetData } from './types';

const row = (code: string | null, name: string, ...values: (number | null)[]): CodedRow => ({
  code,
  name,
  values,
});

/** §3.1.3.3: the 款 and 项 of 211 节能环保支出, 决算数. */
const ENVIRONMENT: [string, string, number][] = [
  ['211', '节能环保支出', 10106.67],
  ['21101', '环境保护管理事务', 1935.28],
  ['2110101', '行政运行', 794.36],
  ['2110104', '生态环境保护宣传', 119.57],
  ['2110199', '其他环境保护管理事务支出', 1021.35],
  ['21102', '环境监测与监察', 821.72],
  ['2110204', '核与辐射安全监督', 599.22],
  ['2110299', '其他环境监测与监察支出', 222.5],
  ['21103', '污染防治', 3148.22],
  ['2110301', '大气', 359.46],
  ['2110399', '其他污染防治支出', 2788.76],
  ['21104', '自然生态保护', 3254.52],
  ['2110401', '生态保护', 3110.47],
  ['2110402', '农村环境保护', 144.05],
  ['21110', '能源节约利用', 18.14],
  ['2111001', '能源节约利用', 18.14],
  ['21111', '污染减排', 902.3],
  ['2111101', '生态环境监测与信息', 100.29],
  ['2111102', '生态环境执法监察', 802.01],
  ['21199', '其他节能环保支出', 26.49],
  ['2119901', '其他节能环保支出', 26.49],
];

/** §1.2.1 支出 by 类; 212 is the 政府性基金 spending of §1.2.8, 229 non-fiscal. */
const CLASSES: [string, string, number][] = [
  ['201', '一般公共服务支出', 908.14],
  ['211', '节能环保支出', 10106.67],
  ['212', '城乡社区支出', 1806.68],
  ['213', '农林水支出', 88.05],
  ['214', '交通运输支出', 500],
  ['221', '住房保障支出', 751.95],
  ['229', '其他支出', 3.22],
];
const LAND: [string, string][] = [
  ['21208', '国有土地使用权出让收入安排的支出'],
  ['2120899', '其他国有土地使用权出让收入安排的支出'],
];

const byClass = (cls: string, amount: number, width: number): CodedRow[] => {
  const pad = Array<null>(width - 1).fill(null);
  if (cls === '211') return ENVIRONMENT.map(([c, n, v]) => row(c, n, v, ...pad));
  const head = CLASSES.find(([c]) => c === cls)!;
  const out = [row(cls, head[1], amount, ...pad)];
  if (cls === '212') out.push(...LAND.map(([c, n]) => row(c, n, amount, ...pad)));
  return out;
};

export const SEED_SET: SetData = {
  year: 2020,
  department: '连云港市生态环境局',
  summary: {
    income: [
      ['一、一般公共预算财政拨款收入', 10179.92],
      ['二、政府性基金预算财政拨款收入', 0],
      ['三、国有资本经营预算财政拨款收入', 0],
      ['四、上级补助收入', 0],
      ['五、事业收入', 0],
      ['六、经营收入', 0],
      ['七、附属单位上缴收入', 0],
      ['八、其他收入', 0],
    ].map(([name, v]) => ({ name: name as string, values: [v as number] })),
    incomeTotals: [
      { name: '本年收入合计', values: [10179.92] },
      { name: '使用非财政拨款结余', values: [0] },
      { name: '年初结转和结余', values: [9965.73] },
      { name: '总计', values: [20145.65] },
    ],
    expense: CLASSES.map(([, name, v], i) => ({ name: `${'一二三四五六七'[i]}、${name}`, values: [v] })),
    expenseTotals: [
      { name: '本年支出合计', values: [14164.71] },
      { name: '结余分配', values: [0] },
      { name: '年末结转和结余', values: [5980.95] },
      // As printed: the parts add to 20145.66.
      { name: '总计', values: [20145.65] },
    ],
  },
  income: [row(null, '合计', 10179.92, 10179.92, 0, 0, 0, 0, 0)],
  expenditure: [
    row(null, '合计', 14164.71, 3719.18, 10445.53, null, null, null),
    ...CLASSES.flatMap(([c, , v]) => byClass(c, v, 6)),
  ],
  fiscal: {
    income: [
      { name: '一、一般公共预算财政拨款', values: [10179.92] },
      { name: '二、政府性基金预算财政拨款', values: [0] },
      { name: '三、国有资本经营预算财政拨款', values: [0] },
    ],
    incomeTotals: [
      { name: '本年收入合计', values: [10179.92] },
      // Derived (see the top): 9965.73 less 3.21 of non-fiscal balances.
      { name: '年初财政拨款结转和结余', values: [9962.52] },
      { name: '一般公共预算财政拨款', values: [7963.16] },
      { name: '政府性基金预算财政拨款', values: [1999.36] },
      { name: '国有资本经营预算财政拨款', values: [0] },
      { name: '总计', values: [20142.44] },
    ],
    expense: CLASSES.filter(([c]) => c !== '229').map(([c, name, v], i) => ({
      name: `${'一二三四五六'[i]}、${name}`,
      values: c === '212' ? [v, null, v, null] : [v, v, null, null],
    })),
    expenseTotals: [
      { name: '本年支出合计', values: [14161.49, 12354.81, 1806.68, null] },
      { name: '年末财政拨款结转和结余', values: [5980.95, 5788.27, 192.68, null] },
      { name: '总计', values: [20142.44, 18143.08, 1999.36, null] },
    ],
  },
  general: [
    row(null, '合计', 12354.81, 3719.18, 8635.63),
    ...CLASSES.filter(([c]) => c !== '212' && c !== '229').flatMap(([c, , v]) => byClass(c, v, 3)),
  ],
  basic: {
    // Illustrative 款 (§1.2.4 gives the totals only).
    personnel: [
      row('301', '工资福利支出', 3059.15),
      ...(
        [
          ['30101', '基本工资', 620.48],
          ['30102', '津贴补贴', 905.36],
          ['30103', '奖金', 98.2],
          ['30107', '绩效工资', 512.6],
          ['30108', '机关事业单位基本养老保险缴费', 286.42],
          ['30109', '职业年金缴费', 114.57],
          ['30110', '职工基本医疗保险缴费', 132.85],
          ['30112', '其他社会保障缴费', 16.3],
          ['30113', '住房公积金', 310.22],
          ['30199', '其他工资福利支出', 62.15],
        ] as const
      ).map(([c, n, v]) => row(c, n, v)),
      row('303', '对个人和家庭的补助', 403.2),
      row('30301', '离休费', 45.6),
      row('30302', '退休费', 298.4),
      row('30399', '其他对个人和家庭的补助', 59.2),
    ],
    operating: [
      [
        row('302', '商品和服务支出', 251.83),
        ...(
          [
            ['30201', '办公费', 38.4],
            ['30202', '印刷费', 6.2],
            ['30205', '水费', 3.1],
            ['30206', '电费', 18.6],
            ['30207', '邮电费', 9.8],
            ['30209', '物业管理费', 42.3],
            ['30211', '差旅费', 21.5],
            ['30213', '维修（护）费', 12.4],
            ['30215', '会议费', 5.2],
            ['30216', '培训费', 4.1],
            ['30217', '公务接待费', 4.12],
            ['30228', '工会经费', 27.63],
            ['30229', '福利费', 8.9],
            ['30231', '公务用车运行维护费', 26.5],
            ['30239', '其他交通费用', 14.3],
            ['30299', '其他商品和服务支出', 8.78],
          ] as const
        ).map(([c, n, v]) => row(c, n, v)),
      ],
      [row('310', '资本性支出', 5), row('31002', '办公设备购置', 5)],
    ],
    personnelTotal: 3462.35,
    operatingTotal: 256.83,
  },
  // §1.2.7; budgets derived from the stated 完成预算 rates.
  threePublic: { budget: [34.78, 0, 30.5, 0, 30.5, 4.28], final: [35.6, 0, 29.94, 0, 29.94, 5.66] },
  govFund: [
    row(null, '合计', 1999.36, 0, 1806.68, null, 1806.68, 192.68),
    row('212', '城乡社区支出', 1999.36, 0, 1806.68, null, 1806.68, 192.68),
    ...LAND.map(([c, n]) => row(c, n, 1999.36, 0, 1806.68, null, 1806.68, 192.68)),
  ],
  stateCapital: [row(null, '合计', null, null, null, null, null, null)],
  emptyNote: '注：本部门 2020 年度无国有资本经营预算财政拨款收入支出，故本表为空表。',
};
