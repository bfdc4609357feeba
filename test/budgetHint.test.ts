import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readWorkbook } from '../src/adapters/xlsx/readWorkbook';
import { workbookArb } from './support/gridArbitraries';
import { oddAmountsWorkbookArb } from './support/oddAmounts';
import type { WorkbookInput } from '../src/engine/grid/types';
import { withDefaults } from '../src/engine/settings';
import { findBudgetTables } from '../src/engine/budget/detect';
import { mayHoldBudgetTables } from '../src/engine/budget/hint';

const ROOT = join(__dirname, '..');
const found = (sheets: WorkbookInput): boolean => findBudgetTables(sheets, withDefaults({})).length > 0;

describe('mayHoldBudgetTables (the add-in fetches the 决算 part only when it says yes)', () => {
  it('says yes for every sample and fixture with 决算 tables, no for those without', async () => {
    const files = ['samples', 'test/fixtures'].flatMap((dir) =>
      readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith('.xlsx'))
        .map((f) => join(ROOT, dir, f)),
    );
    const verdicts: [string, boolean, boolean][] = [];
    for (const file of files) {
      const sheets = await readWorkbook(file);
      verdicts.push([file, found(sheets), mayHoldBudgetTables(sheets)]);
    }
    expect(verdicts.filter(([, has]) => has).length).toBeGreaterThan(3);
    expect(verdicts.filter(([, has, hint]) => has !== hint)).toEqual([]);
  });

  it('never says no where the detector finds a table (random and odd-amount workbooks)', () => {
    for (const arb of [workbookArb, oddAmountsWorkbookArb]) {
      fc.assert(
        fc.property(arb, (sheets) => !found(sheets) || mayHoldBudgetTables(sheets)),
        { numRuns: 300, seed: 2026 },
      );
    }
  });
});
