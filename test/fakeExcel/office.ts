/**
 * `installFakeOffice(globalThis, workbook)`: defines `Office`, `Excel` and `OfficeExtension`
 * globals backed by a FakeWorkbook, for Jest and for a browser page standing in for office.js.
 * Ribbon actions registered with `Office.actions.associate` can be fired with `handle.fire(id)`.
 */
import { FakeContext } from './context';
import { CODES, FakeOfficeError } from './errors';
import type { FakeWorkbook } from './model';

export interface CompletableEvent {
  completed(): void;
  readonly source: { readonly id: string };
}

export interface FakeOfficeHandle {
  readonly workbook: FakeWorkbook;
  readonly actions: ReadonlyMap<string, (event: CompletableEvent) => void>;
  /** How often the add-in asked to show its task pane. */
  readonly paneShown: () => number;
  /** Runs a ribbon action as Office does; resolves when it calls `event.completed()`. */
  fire(actionId: string, timeoutMs?: number): Promise<void>;
  /** Restores whatever the globals were before. */
  uninstall(): void;
}

export interface InstallOptions {
  readonly displayLanguage?: string;
  readonly darkTheme?: boolean;
}

type Batch<T> = (context: FakeContext) => Promise<T>;

/** `Excel.run(batch)` / `Excel.run(options, batch)`: a fresh context; pending commands sync at the end. */
export function createExcelRun(wb: FakeWorkbook) {
  return async function run<T>(first: Batch<T> | object, second?: Batch<T>): Promise<T> {
    const batch = typeof first === 'function' ? (first as Batch<T>) : second;
    if (!batch) throw new FakeOfficeError(CODES.invalidArgument, 'Excel.run needs a batch function.');
    const context = new FakeContext(wb);
    const result = await batch(context);
    if (context.pendingCommands > 0) await context.sync();
    return result;
  };
}

export function installFakeOffice(
  target: typeof globalThis,
  wb: FakeWorkbook,
  options: InstallOptions = {},
): FakeOfficeHandle {
  const slots = target as unknown as Record<string, unknown>;
  const previous = { Office: slots.Office, Excel: slots.Excel, OfficeExtension: slots.OfficeExtension };
  const actions = new Map<string, (event: CompletableEvent) => void>();
  let paneShown = 0;
  const platform = wb.options.platform === 'web' ? 'OfficeOnline' : 'PC';
  let current: Record<string, unknown> = { ...wb.documentSettings };
  const settings = {
    get: (name: string): unknown => current[name] ?? null,
    set: (name: string, value: unknown): void => {
      current[name] = value;
    },
    remove: (name: string): void => {
      delete current[name];
    },
    refreshAsync: (cb?: (r: { status: string }) => void): void => {
      current = { ...wb.documentSettings };
      cb?.({ status: 'succeeded' });
    },
    saveAsync: (a?: unknown, b?: unknown): void => {
      wb.documentSettings = JSON.parse(JSON.stringify(current)) as Record<string, unknown>;
      const cb = (typeof a === 'function' ? a : b) as ((r: { status: string }) => void) | undefined;
      setTimeout(() => cb?.({ status: 'succeeded' }), 0);
    },
  };
  const info = { host: 'Excel', platform };
  slots.Office = {
    onReady: async (cb?: (i: typeof info) => void) => {
      await Promise.resolve();
      cb?.(info);
      return info;
    },
    context: {
      host: 'Excel',
      platform,
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      officeTheme: options.darkTheme
        ? { isDarkTheme: true, bodyBackgroundColor: '#1f1f1f' }
        : { isDarkTheme: false, bodyBackgroundColor: '#ffffff' },
      diagnostics: { host: 'Excel', platform, version: '16.0.18000.0' },
      requirements: {
        isSetSupported: (name: string, version?: string | number) =>
          wb.supports(name, version === undefined ? '1.1' : String(version)),
      },
      document: { settings },
    },
    actions: {
      associate: (id: string, fn: (event: CompletableEvent) => void) => {
        actions.set(id, fn);
      },
    },
    addin: {
      showAsTaskpane: async () => {
        await Promise.resolve();
        paneShown++;
      },
      hide: async () => {
        await Promise.resolve();
      },
    },
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
  slots.Excel = {
    run: createExcelRun(wb),
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    InsertShiftDirection: { down: 'Down', right: 'Right' },
    ChartType: { columnClustered: 'ColumnClustered', pie: 'Pie' },
    ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
    PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
    ErrorCodes: { ...CODES },
  };
  slots.OfficeExtension = { Error: FakeOfficeError, ErrorCodes: { ...CODES } };
  return {
    workbook: wb,
    actions,
    paneShown: () => paneShown,
    fire: async (actionId, timeoutMs = 60000) => {
      const fn = actions.get(actionId);
      if (!fn) throw new Error(`no ribbon action "${actionId}" was associated`);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${actionId} never called event.completed()`)),
          timeoutMs,
        );
        fn({
          source: { id: actionId },
          completed: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    uninstall: () => {
      for (const [k, v] of Object.entries(previous)) {
        if (v === undefined) delete slots[k];
        else slots[k] = v;
      }
    },
  };
}
