/**
 * A fake Excel host for tests: an in-memory workbook behind the part of the Excel JavaScript API
 * the Office adapter uses, with Office's load/sync proxy semantics, sync counting, payload
 * measurement and limits, and injectable faults. No node imports: it bundles into a browser page.
 *
 * @example
 * const wb = FakeWorkbook.fromSheets(await readWorkbook('fixture.xlsx'));
 * const office = installFakeOffice(globalThis, wb);
 * await createOfficeHost().compute();
 * wb.stats.syncs; wb.toSheets();
 */
export {
  FakeWorkbook,
  FakeSheet,
  DEFAULT_OPTIONS,
  type FakeOptions,
  type FakeFaults,
  type FakeStats,
  type SyncStat,
  type FakeCell,
} from './model';
export { FakeContext, utf8Length } from './context';
export { FakeOfficeError, CODES } from './errors';
export {
  installFakeOffice,
  createExcelRun,
  type FakeOfficeHandle,
  type InstallOptions,
  type CompletableEvent,
} from './office';
export { serializeSheets, deserializeSheets } from './serialize';
