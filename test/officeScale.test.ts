/**
 * The sync budget and the payload limit at scale. Desktop Excel has no payload cap: a compute
 * is 3 syncs at 100 and 20k indicator rows. Excel on the web caps requests and responses at
 * 5 MB: a 20k-row table is read and written in requests of at most 4 MB, a 200k-row sheet is
 * read in chunks, none over 4 MB, and the result is the same.
 */
import { join } from 'node:path';
import { readWorkbook } from '../src/adapters/xlsx/readWorkbook';
import { analyzeWorkbook, applyToSheets, RESULTS_SHEET } from '../src/engine';
import type { SheetInput } from '../src/engine/grid/types';
import { createMessages } from '../src/i18n';
import {
  FIXED_NOW,
  bigDataSheet,
  bigIndicatorSheet,
  cellMap,
  diffCells,
  install,
  uninstall,
} from './fakeExcel/harness';

const MB = 1024 * 1024;
let seed: SheetInput;

beforeAll(async () => {
  seed = (await readWorkbook(join(__dirname, '../samples/seed-department-2020.xlsx')))[0]!;
});
afterEach(uninstall);

const largest = (wb: ReturnType<typeof install>['wb'], key: 'requestBytes' | 'responseBytes'): number =>
  Math.max(...wb.stats.requests.filter((r) => !r.error).map((r) => r[key]));

describe('sync budget (desktop: no payload cap)', () => {
  it.each([100, 20000])(
    '%d indicator rows: read and write in 3 syncs',
    async (n) => {
      const sheets = [bigIndicatorSheet(seed, n)];
      const { wb, host } = install(sheets);
      const out = await host.compute();
      expect(out).toMatchObject({ ok: true, syncs: 3 });
      expect(wb.stats.syncs).toBe(3);
      const { plan } = analyzeWorkbook(sheets, { messages: createMessages('zh-CN'), now: FIXED_NOW });
      const expected = cellMap(applyToSheets(sheets, plan), { formulaValues: true });
      expect(diffCells(expected, cellMap(wb.toSheets(), { formulaValues: true }))).toEqual([]);
      // reported in the hand-over: largest request / response of the run
      console.info(
        `${n} rows, desktop: ${wb.stats.syncs} syncs, request ≤ ${largest(wb, 'requestBytes')} B, response ≤ ${largest(wb, 'responseBytes')} B`,
      );
    },
    120000,
  );
});

describe('payload limit (Excel on the web: 5 MB)', () => {
  it('100 rows stay within 3 syncs', async () => {
    const { wb, host } = install([bigIndicatorSheet(seed, 100)], { platform: 'web', payloadLimit: 5 * MB });
    expect(await host.compute()).toMatchObject({ ok: true, syncs: 3 });
    expect(wb.stats.requests.every((r) => !r.error)).toBe(true);
  });

  it('20k indicator rows are read and written in chunks under 4 MB, same cells', async () => {
    const sheets = [bigIndicatorSheet(seed, 20000)];
    const { wb, host } = install(sheets, { platform: 'web', payloadLimit: 5 * MB });
    const out = await host.compute();
    expect(out.ok).toBe(true);
    expect(largest(wb, 'requestBytes')).toBeLessThanOrEqual(4 * MB);
    expect(largest(wb, 'responseBytes')).toBeLessThanOrEqual(4 * MB);
    const { plan } = analyzeWorkbook(sheets, { messages: createMessages('zh-CN'), now: FIXED_NOW });
    const expected = cellMap(applyToSheets(sheets, plan), { formulaValues: true });
    expect(diffCells(expected, cellMap(wb.toSheets(), { formulaValues: true }))).toEqual([]);
    console.info(
      `20000 rows, web: ${wb.stats.syncs} syncs (${wb.stats.requests.filter((r) => r.error).length} refused), request ≤ ${largest(wb, 'requestBytes')} B, response ≤ ${largest(wb, 'responseBytes')} B`,
    );
  }, 120000);

  it('20k indicator rows: the write is packed into requests of at most 4 MB, none refused', async () => {
    const { wb, host } = install([bigIndicatorSheet(seed, 20000)], { platform: 'web', payloadLimit: 5 * MB });
    expect((await host.compute()).ok).toBe(true);
    const requests = wb.stats.requests;
    // the one-request read attempt is the only refusal; every request after it fits
    expect(requests.filter((r) => r.error).map((r) => requests.indexOf(r))).toEqual([1]);
    expect(Math.max(...requests.map((r) => r.requestBytes))).toBeLessThanOrEqual(4 * MB);
    // the writes (requests that read nothing) are packed: as few as their bytes need, plus one
    const writes = requests.filter((r) => r.responseBytes === 0 && r.requestBytes > 64 * 1024);
    const total = writes.reduce((n, r) => n + r.requestBytes, 0);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / (4 * MB)) + 1);
    // the ledger no longer carries every text written (it held ~12 MB at 20k rows)
    const state = wb.toSheets().find((s) => s.name === '_绩效评价状态')!;
    const ledgerBytes = state.rows.reduce(
      (n, r) => n + Buffer.byteLength(typeof r[0] === 'string' ? r[0] : ''),
      0,
    );
    expect(ledgerBytes).toBeLessThan(3 * MB);
    // read: meta, refused attempt, sizes, ≤ 5 chunks, ≤ 2 detail loads; write: ≤ 5 requests
    expect(wb.stats.syncs).toBeLessThanOrEqual(15);
  }, 120000);

  it('200k rows are read in chunks, no request or response over 4 MB, and score the same', async () => {
    const data = bigDataSheet(200000);
    const sheets = [seed, data];
    const { wb, host } = install(sheets, { platform: 'web', payloadLimit: 5 * MB });
    const out = await host.compute();
    expect(out.ok).toBe(true);
    expect(wb.stats.syncs).toBeGreaterThan(3);
    expect(largest(wb, 'requestBytes')).toBeLessThanOrEqual(4 * MB);
    expect(largest(wb, 'responseBytes')).toBeLessThanOrEqual(4 * MB);
    expect(wb.stats.requests.filter((r) => r.error)).toHaveLength(1); // the one-request attempt
    // chunks carry values, formulas and formats only (no per-cell details): was 93 syncs
    expect(wb.stats.syncs).toBeLessThanOrEqual(22);
    const after = wb.toSheets();
    const { plan } = analyzeWorkbook(sheets, { messages: createMessages('zh-CN'), now: FIXED_NOW });
    const reference = applyToSheets(sheets, plan);
    const pick = (list: readonly SheetInput[]): SheetInput[] => list.filter((s) => s.name !== data.name);
    expect(
      diffCells(
        cellMap(pick(reference), { formulaValues: true }),
        cellMap(pick(after), { formulaValues: true }),
      ),
    ).toEqual([]);
    const untouched = after.find((s) => s.name === data.name)!;
    expect(untouched.rows.length).toBe(200001);
    expect(untouched.rows[200000]).toEqual(data.rows[200000]);
    expect(after.some((s) => s.name === RESULTS_SHEET)).toBe(true);
    console.info(
      `200000 rows, web: ${wb.stats.syncs} syncs, request ≤ ${largest(wb, 'requestBytes')} B, response ≤ ${largest(wb, 'responseBytes')} B`,
    );
  }, 180000);
});
