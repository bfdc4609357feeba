/**
 * A department of our own (某市生态环境局, 2021) as a consistent nine-table set, then every
 * cross-table defect of the set planted once, plus 0.01–0.02 rounding drifts that must come out
 * as 尾差. `PLANTED.expect` lists the findings, as [code, layout key].
 */
import type { Placement } from './layout';
import { deriveSet, type ItemSpec, type SetSpec } from './derive';
import { plantAll, plants, type Planted } from './plants';

const item = (
  code: string,
  basicWeight: number,
  project: number,
  rest: Partial<ItemSpec> = {},
): ItemSpec => ({
  code,
  basicWeight,
  project,
  govFund: 0,
  stateCapital: 0,
  other: 0,
  fundOpening: 0,
  fundIncome: 0,
  ...rest,
});

/** Amounts in 0.01 万元. */
export const PLANTED_SPEC: SetSpec = {
  items: [
    item('2010301', 30, 12000),
    item('2010350', 10, 3050, { other: 2500 }),
    item('2080505', 8, 0),
    item('2080506', 3, 0),
    item('2110101', 40, 8000),
    item('2110104', 0, 4521),
    item('2110301', 0, 62000),
    item('2110302', 0, 30017),
    item('2111101', 5, 9000),
    item('2120899', 0, 0, { govFund: 150000, fundOpening: 180000, fundIncome: 20000 }),
    item('2210201', 6, 0),
    item('2210203', 2, 0),
    item('2230199', 0, 0, { stateCapital: 5000, fundOpening: 2000, fundIncome: 4000 }),
  ],
  economic: [
    ...([
      ['30101', 80000],
      ['30102', 95000],
      ['30103', 12000],
      ['30107', 40000],
      ['30108', 30000],
      ['30109', 12000],
      ['30110', 14000],
      ['30113', 33000],
      ['30199', 6000],
    ] as const),
    ...([
      ['30201', 4200],
      ['30202', 800],
      ['30206', 2100],
      ['30211', 2650],
      ['30212', 120],
      ['30213', 1500],
      ['30215', 600],
      ['30216', 500],
      ['30217', 831],
      ['30228', 3000],
      ['30231', 1260],
      ['30239', 1400],
      ['30299', 950],
    ] as const),
    ...([
      ['30301', 5000],
      ['30302', 30000],
      ['30399', 4000],
      ['31002', 800],
      ['31013', 2000],
    ] as const),
  ].map(([code, amount]) => ({ code, amount })),
  threeExtra: [0, 0, 300, 150],
  threeBudget: [200, 2000, 1600, 1000],
  generalIncome: 480000,
  businessIncome: 2000,
  generalOpening: 60000,
  nonFiscalOpening: 1000,
};

export const CONSISTENT = deriveSet(PLANTED_SPEC);

export const PLANTED: Planted = plantAll(CONSISTENT, [
  // "三公" below the basic-expenditure lines: 出国 0.50 < 30212 1.20, 购置 18.00 < 31013 20.00,
  // 运行维护 10.00 < 30231 12.60, 接待 0.30 < 30217 8.31.
  (d) => plants.threePublic(d, 1, 0.5),
  (d) => plants.threePublic(d, 3, 18),
  (d) => plants.threePublic(d, 4, 10),
  (d) => plants.threePublic(d, 5, 0.3),
  // 公用经费 3.00 more than 一般公共预算 基本支出 allows; then 30299 holding the whole 302.
  (d) => plants.basicTable(d, '30201', 3),
  (d) => plants.copiedSubtotal(d),
  (d) => plants.incomeTable(d, 5),
  (d) => plants.expenditureTable(d, '201', 4),
  (d) => plants.generalTable(d, '211', 6),
  (d) => plants.economicLeaf(d, '31002', 1),
  // 12.00 of 住房公积金 booked under 30199: both tables add up, 2210201 ≠ 30113.
  (d) => plants.movedEconomic(d, '30113', '30199', 12),
  (d) => plants.fundTable(d, 'govFund', 7),
  (d) => plants.fundTable(d, 'stateCapital', 2),
  // Rounding drifts: 尾差, never errors.
  (d) => plants.summaryDrift(d),
  (d) => plants.economicLeaf(d, '30102', -0.02, true),
  (d) => plants.economicLeaf(d, '30301', -0.01, true),
]);

/** Tables off A1, two on one sheet, sheets named by number only: found by their titles. */
export const PLANTED_PLACEMENT: Placement = {
  incomeExpenseSummary: { sheet: '公开01表', row: 2, col: 1 },
  income: { sheet: '公开02表', row: 0, col: 0 },
  expenditure: { sheet: '公开03表', row: 0, col: 0 },
  fiscalSummary: { sheet: '公开04表', row: 1, col: 0 },
  generalExpenditure: { sheet: '公开05表', row: 0, col: 0 },
  generalBasic: { sheet: '公开06表', row: 0, col: 0 },
  threePublic: { sheet: '公开07表', row: 0, col: 0 },
  govFund: { sheet: '公开08-09表', row: 0, col: 0 },
  stateCapital: { sheet: '公开08-09表', row: 12, col: 2 },
};
