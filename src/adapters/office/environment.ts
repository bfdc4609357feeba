/// <reference types="office-js" />
/**
 * Where the adapter meets the Office runtime: `Excel.run`, requirement-set checks, the platform,
 * document settings, a clock and a sleep. Read from the globals office.js defines (or the test
 * fake installs); tests may pass their own.
 */
export type ExcelContext = Excel.RequestContext;
export type ExcelRun = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;

export interface OfficeEnvironment {
  readonly run: ExcelRun;
  /** `Office.context.requirements.isSetSupported('ExcelApi', version)`. */
  readonly isSetSupported: (version: string) => boolean;
  /** Excel on the web caps each request and response at 5 MB. */
  readonly isWeb: boolean;
  /** `Office.context.document.settings`, when available. */
  readonly documentSettings: Office.Settings | null;
  /** Local time shown on 评价结果 (`2026-11-29 14:05`). */
  readonly now: () => string;
  readonly sleep: (ms: number) => Promise<void>;
}

interface OfficeGlobals {
  readonly Excel?: { run?: unknown };
  readonly Office?: typeof Office;
}

export function officeEnvironment(): OfficeEnvironment {
  const g = globalThis as unknown as OfficeGlobals;
  const office = g.Office;
  const run = g.Excel?.run;
  return {
    run: async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
      if (typeof run !== 'function') throw new Error('Excel.run is not available: office.js is not loaded');
      return await (run as (b: typeof batch) => Promise<T>)(batch);
    },
    isSetSupported: (version) => office?.context?.requirements?.isSetSupported('ExcelApi', version) ?? false,
    isWeb: String(office?.context?.diagnostics?.platform) === 'OfficeOnline',
    documentSettings: office?.context?.document?.settings ?? null,
    now: localTimestamp,
    sleep: async (ms) => await new Promise<void>((resolve) => setTimeout(resolve, ms)),
  };
}

export function localTimestamp(): string {
  const d = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
