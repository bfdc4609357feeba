/**
 * Why a workbook file was refused, in words: one line per file for the command line, in the
 * language of the run. The reasons and details are typed by the xlsx adapter; the words live here.
 */
import type { ReadDetail, WorkbookReadReason, WorkbookWriteReason } from '../adapters/xlsx/errors';
import type { Lang } from '../engine/settings';
import { fileErrors as en } from './fileErrors.en';
import { fileErrors as zh } from './fileErrors.zh-CN';

type DetailTexts = { readonly [K in ReadDetail['kind']]: (d: Extract<ReadDetail, { kind: K }>) => string };

export interface FileErrorCatalog {
  readonly read: Readonly<Record<WorkbookReadReason, string>>;
  readonly write: Readonly<Record<WorkbookWriteReason, string>>;
  readonly detail: DetailTexts;
  /** `path: reason (detail)` in the language's punctuation. */
  readonly line: (path: string, reason: string, detail: string | null) => string;
}

const CATALOGS: Readonly<Record<Lang, FileErrorCatalog>> = { 'zh-CN': zh, en };

export function fileErrorCatalog(lang: Lang): FileErrorCatalog {
  return CATALOGS[lang];
}

/** A read detail in words (a system's or parser's own text stays as it is). */
export function readDetailText(catalog: FileErrorCatalog, detail: ReadDetail): string {
  const render = catalog.detail[detail.kind] as (d: ReadDetail) => string;
  return render(detail);
}
