import { join } from 'node:path';
import { readWorkbook } from '../adapters/xlsx';
import { RESULTS_SHEET } from '../engine/plan/names';
import { FakeWorkbook, installFakeOffice, type FakeOfficeHandle } from '../../test/fakeExcel';
import type { RibbonResult } from './ribbonActions';

const FIXTURE = join(__dirname, '..', '..', 'samples', 'seed-department-2020.xlsx');

/** Loads commands.ts as the page does: after office.js (here the fake) defined `Office`. */
function loadCommands(): typeof import('./commands') {
  let mod: typeof import('./commands') | undefined;
  jest.isolateModules(() => {
    mod = jest.requireActual<typeof import('./commands')>('./commands');
  });
  return mod!;
}

describe('commands.ts on the fake Excel host', () => {
  let office: FakeOfficeHandle;
  afterEach(() => office.uninstall());

  it('associates the ribbon actions at load, scores from the ribbon and undoes exactly', async () => {
    const sheets = await readWorkbook(FIXTURE);
    const wb = FakeWorkbook.fromSheets(sheets);
    office = installFakeOffice(globalThis, wb);
    const before = wb.toSheets();
    const { ribbonFeed } = loadCommands();
    expect([...office.actions.keys()]).toEqual(['computeScore', 'undoLastCompute']);
    const results: RibbonResult[] = [];
    ribbonFeed.subscribe((r) => results.push(r));

    await office.fire('computeScore');
    expect(results[0]?.outcome.ok).toBe(true);
    // the ribbon tells the user what happened without the pane: 评价结果 is active
    expect(wb.active?.name).toBe(RESULTS_SHEET);
    expect(wb.toSheets()).not.toEqual(before);

    await office.fire('undoLastCompute');
    expect(results[1]).toMatchObject({ action: 'undoLastCompute', outcome: { ok: true } });
    const after = wb.toSheets().filter((s) => before.some((b) => b.name === s.name));
    expect(after).toEqual(before);
    expect(office.paneShown()).toBe(0);
  });

  it('opens the pane when a ribbon run fails, and still completes the event', async () => {
    const wb = FakeWorkbook.fromSheets([{ name: 'Sheet1', rows: [['nothing to score here']] }]);
    office = installFakeOffice(globalThis, wb);
    const { ribbonFeed } = loadCommands();
    const results: RibbonResult[] = [];
    ribbonFeed.subscribe((r) => results.push(r));
    await office.fire('computeScore');
    expect(results[0]).toMatchObject({
      action: 'computeScore',
      outcome: { ok: false, failure: 'nothingFound' },
    });
    expect(office.paneShown()).toBe(1);
  });
});
