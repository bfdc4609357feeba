/**
 * Properties of the nine-table check (fast-check, fixed seed): a consistent generated set gives no
 * identity finding at all, and any single planted change gives exactly the findings it should.
 */
import fc from 'fast-check';
import { checkBudgetSet } from '../../src/engine/budget';
import { CLASS_PAIRS } from '../../src/engine/budget/publicLexicon';
import { DEFAULT_SETTINGS } from '../../src/engine/settings';
import { deriveSet, type ItemSpec, type SetSpec } from '../../scripts/budgetSet/derive';
import { layoutSet } from '../../scripts/budgetSet/layout';
import { plants, type Planted } from '../../scripts/budgetSet/plants';
import type { SetData } from '../../scripts/budgetSet/types';

const RUNS = { seed: Number(process.env.SEED ?? 20211231), numRuns: Number(process.env.RUNS ?? 60) };
const SET_CODES = new Set([
  'budget.reconcileMismatch',
  'budget.reconcileRounding',
  'budget.crossMismatch',
  'budget.crossRounding',
  'budget.subtotalCopied',
  'budget.classPairDiffers',
]);

const GENERAL_ITEMS = [
  '2010301',
  '2010350',
  '2080505',
  '2080506',
  '2110101',
  '2110104',
  '2110301',
  '2110302',
  '2111101',
  '2210201',
  '2210203',
];
const PERSONNEL = ['30101', '30102', '30103', '30107', '30108', '30113', '30199', '30301', '30302', '30399'];
const OPERATING = [
  '30201',
  '30202',
  '30206',
  '30211',
  '30213',
  '30215',
  '30216',
  '30228',
  '30239',
  '31002',
  '31007',
];
const THREE = ['30212', '31013', '30231', '30217'];
/** 款 that no "三公" check and no copy involves: safe to move alone. */
const PLAIN_LEAVES = ['30101', '30102', '30301', '30302', '30201', '30202'];

const cents = (max: number): fc.Arbitrary<number> => fc.integer({ min: 1, max });

const itemArb = (code: string): fc.Arbitrary<ItemSpec> =>
  fc.record({
    code: fc.constant(code),
    basicWeight: fc.nat(50),
    project: fc.nat(500_000),
    govFund: fc.constant(0),
    stateCapital: fc.constant(0),
    other: fc.oneof(fc.constant(0), fc.nat(20_000)),
    fundOpening: fc.constant(0),
    fundIncome: fc.constant(0),
  });

const fundItem = (code: string, key: 'govFund' | 'stateCapital'): fc.Arbitrary<ItemSpec> =>
  fc.record({ spent: cents(300_000), opening: fc.nat(300_000), income: fc.nat(100_000) }).map((f) => ({
    code,
    basicWeight: 0,
    project: 0,
    govFund: key === 'govFund' ? f.spent : 0,
    stateCapital: key === 'stateCapital' ? f.spent : 0,
    other: 0,
    fundOpening: f.spent + f.opening,
    fundIncome: f.income,
  }));

const specArb: fc.Arbitrary<SetSpec> = fc
  .record({
    // at least one item whose basic spending is no single economic 款 (see CLASS_PAIRS)
    general: fc
      .subarray(GENERAL_ITEMS, { minLength: 2 })
      .filter((codes) => codes.some((c) => !CLASS_PAIRS.some((p) => p.functional.includes(c))))
      .chain((codes) => fc.tuple(...codes.map(itemArb))),
    gov: fc.option(fundItem('2120899', 'govFund'), { nil: undefined }),
    state: fc.option(fundItem('2230199', 'stateCapital'), { nil: undefined }),
    personnel: fc.subarray(PERSONNEL, { minLength: 4 }),
    operating: fc.subarray(OPERATING, { minLength: 3 }),
    amounts: fc.array(cents(200_000), { minLength: 30, maxLength: 30 }),
    threeExtra: fc.array(fc.nat(5_000), { minLength: 4, maxLength: 4 }),
    threeBudget: fc.array(fc.nat(5_000), { minLength: 4, maxLength: 4 }),
    incomes: fc.tuple(fc.nat(2_000_000), fc.nat(50_000), fc.nat(2_000_000), fc.nat(50_000)),
  })
  .map((g) => {
    // 30101, 30102, 30301, 30302, 30201, 30202 and the "三公" 款 always present; 30299 beside them.
    const codes = [...new Set([...PLAIN_LEAVES, ...g.personnel, ...g.operating, ...THREE, '30299'])].sort();
    return {
      items: [...g.general, ...(g.gov ? [g.gov] : []), ...(g.state ? [g.state] : [])],
      economic: codes.map((code, i) => ({ code, amount: g.amounts[i % g.amounts.length]! })),
      threeExtra: g.threeExtra,
      threeBudget: g.threeBudget,
      generalIncome: g.incomes[0],
      businessIncome: g.incomes[1],
      generalOpening: g.incomes[2],
      nonFiscalOpening: g.incomes[3],
    };
  });

function identityFindings(data: SetData): { found: string[]; at: Map<string, string> } {
  const layout = layoutSet(data);
  const result = checkBudgetSet(
    layout.sheets.map((s) => s.toInput()),
    DEFAULT_SETTINGS,
  );
  const found = result.findings
    .filter((f) => SET_CODES.has(f.code))
    .map((f) => `${f.code} ${f.sheet}!${f.cell}`);
  return { found: found.sort(), at: layout.at };
}

const plantArb = (d: SetData): fc.Arbitrary<Planted> => {
  // Beyond every tolerance involved (two rounded parts at most: 0.01 万元).
  const delta = fc.integer({ min: 2, max: 50_000 }).map((c) => c / 100);
  const signed = fc.tuple(delta, fc.boolean()).map(([v, up]) => (up ? v : -v));
  const econ = (code: string): number =>
    [...d.basic.personnel, ...d.basic.operating.flat()].find((r) => r.code === code)!.values[0]!;
  const classes = (rows: SetData['general']): string[] =>
    rows.filter((r) => r.code?.length === 3).map((r) => r.code!);
  const options: fc.Arbitrary<Planted>[] = [
    fc
      .tuple(fc.constantFrom<1 | 3 | 4 | 5>(1, 3, 4, 5), delta)
      .map(([k, v]) =>
        plants.threePublic(
          d,
          k,
          Math.round((econ(['', '30212', '', '31013', '30231', '30217'][k]!) - v) * 100) / 100,
        ),
      ),
    fc.constant(plants.copiedSubtotal(d)),
    delta.map((v) => plants.incomeTable(d, v)),
    fc
      .tuple(fc.constantFrom(...classes(d.expenditure)), delta)
      .map(([c, v]) => plants.expenditureTable(d, c, v)),
    fc.tuple(fc.constantFrom(...classes(d.general)), delta).map(([c, v]) => plants.generalTable(d, c, v)),
    delta.map((v) => plants.basicTable(d, '30201', v)),
    fc
      .tuple(fc.constantFrom(...PLAIN_LEAVES), signed)
      .map(([c, v]) => plants.economicLeaf(d, c, v < 0 ? v - 1 : v + 1)),
    fc.constantFrom(...PLAIN_LEAVES).map((c) => plants.economicLeaf(d, c, -0.01, true)),
    signed.map((v) => plants.personnelTotal(d, v)),
    fc.constant(plants.summaryDrift(d)),
  ];
  if (d.govFund.length > 1) options.push(delta.map((v) => plants.fundTable(d, 'govFund', v)));
  if (d.stateCapital.length > 1) options.push(delta.map((v) => plants.fundTable(d, 'stateCapital', v)));
  return fc.oneof(...options);
};

describe('nine-table set properties (fast-check, fixed seed)', () => {
  it('a consistent generated set gives no identity finding, and checks every table', () => {
    fc.assert(
      fc.property(specArb, (spec) => {
        const data = deriveSet(spec);
        expect(identityFindings(data).found).toEqual([]);
      }),
      RUNS,
    );
  });

  it('any single planted change gives exactly the findings it should, at their cells', () => {
    fc.assert(
      fc.property(
        specArb.chain((spec) => {
          const d = deriveSet(spec);
          return plantArb(d);
        }),
        (planted) => {
          const { found, at } = identityFindings(planted.data);
          const expected = planted.expect.map(([code, key]) => `${code} ${at.get(key) ?? key}`).sort();
          expect(found).toEqual(expected);
        },
      ),
      RUNS,
    );
  });
});
