import type { OfficeEnvironment } from './environment';

/**
 * The lowest requirement set the core flow needs: ExcelApi 1.7. Reading uses *OrNullObject
 * (1.4) and worksheet protection (1.2); writing needs `Range.hyperlink` (1.7) for the links from
 * 评价结果 to each finding's cell, `freezePanes` (1.7) for its header, `getRangeByIndexes` (1.7)
 * for chunked reads, workbook protection (1.7) to refuse cleanly, and calculation suspension
 * (1.6). 1.7 is in every Excel since Office 2019 and in Excel on the web, Windows and Mac (365).
 * Everything above it is detected here and degrades as noted per flag.
 */
export const MIN_EXCEL_API = '1.7';

export interface Capabilities {
  /** 1.9 `getCellProperties`: fills and links of a whole range at once (else per cell, one more sync). */
  readonly cellProperties: boolean;
  /** 1.13 `getMergedAreasOrNullObject` (else none: the engine fills blank group cells down). */
  readonly mergedAreas: boolean;
  /** 1.18 notes (else threaded comments 1.10, else the 审核提示 column alone). */
  readonly notes: boolean;
  readonly comments: boolean;
  /** 1.9 `suspendScreenUpdatingUntilNextSync`. */
  readonly screenUpdating: boolean;
  /** 1.9 page layout: 评价结果 printed A4 landscape. */
  readonly pageLayout: boolean;
  /** 1.5 custom XML parts for the settings mirror. */
  readonly customXml: boolean;
  /** Excel on the web: 5 MB per request and response. */
  readonly web: boolean;
}

export function detectCapabilities(env: OfficeEnvironment): Capabilities {
  const has = (v: string): boolean => env.isSetSupported(v);
  return {
    cellProperties: has('1.9'),
    mergedAreas: has('1.13'),
    notes: has('1.18'),
    comments: has('1.10'),
    screenUpdating: has('1.9'),
    pageLayout: has('1.9'),
    customXml: has('1.5'),
    web: env.isWeb,
  };
}

export function meetsMinimum(env: OfficeEnvironment): boolean {
  return env.isSetSupported(MIN_EXCEL_API);
}
