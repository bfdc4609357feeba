/**
 * Stands in for office.js on the e2e page: the test serves this bundle at the official CDN URL,
 * prefixed with `window.__PERF_EVAL_FIXTURE__ = "<serialized sheets>"`. It installs the fake Excel
 * host (Office, Excel, OfficeExtension globals) and exposes a small handle for the test.
 */
import { deserializeSheets, FakeWorkbook, installFakeOffice, serializeSheets } from '../fakeExcel';

export interface E2eHandle {
  /** The workbook as the engine sees it, serialized (dates kept). */
  sheets(): string;
  /** Fires a ribbon action through the fake's Office.actions registry; resolves on event.completed(). */
  fire(actionId: string): Promise<void>;
  selection(): { sheet: string; address: string } | null;
  activeSheet(): string | null;
  syncs(): number;
  resetStats(): void;
  charts(sheet: string): number;
  paneShown(): number;
}

interface E2eWindow {
  __PERF_EVAL_FIXTURE__?: string;
  __e2e?: E2eHandle;
}

const w = window as unknown as E2eWindow;
const wb = FakeWorkbook.fromSheets(deserializeSheets(w.__PERF_EVAL_FIXTURE__ ?? '[]'));
const query = new URLSearchParams(window.location.search);
const office = installFakeOffice(window, wb, {
  displayLanguage: query.get('lang') === 'en' ? 'en-US' : 'zh-CN',
  darkTheme: query.get('theme') === 'dark',
});

w.__e2e = {
  sheets: () => serializeSheets(wb.toSheets()),
  fire: async (actionId) => await office.fire(actionId),
  selection: () => wb.selection,
  activeSheet: () => wb.active?.name ?? null,
  syncs: () => wb.stats.syncs,
  resetStats: () => wb.resetStats(),
  charts: (sheet) => wb.sheet(sheet)?.charts.length ?? 0,
  paneShown: () => office.paneShown(),
};
