/**
 * Typed failures of the xlsx adapter. Messages are one line, name the file and never carry a
 * stack trace or an exceljs internal: the CLI prints them as they are. Whatever comes from the
 * file (a sheet name, a parser's complaint) is made printable first: no control character, no
 * bidirectional override, no line break reaches the terminal, and no detail runs on for pages.
 * `message` is English; `text(lang)` gives the same line in the run's language.
 */
import type { Lang } from '../../engine/settings';
import { fileErrorCatalog, readDetailText, type FileErrorCatalog } from '../../i18n/fileErrors';

/** C0/C1 controls, DEL, line and paragraph separators, bidirectional embeddings and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const MAX_DETAIL = 200;

/** `text` safe for a one-line terminal message: unprintables as `\u001b`, long text cut with `…`. */
export function printable(text: string, max = MAX_DETAIL): string {
  const escaped = text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped;
}

export type WorkbookReadReason = 'missing' | 'notWorkbook' | 'encrypted' | 'tooLarge' | 'unreadable';

/** What exactly was wrong with a refused file; put in words by src/i18n/fileErrors.*.ts. */
export type ReadDetail =
  | { readonly kind: 'directory' | 'notRegularFile' | 'emptyFile' | 'encryptedZip' }
  | { readonly kind: 'format'; readonly format: 'xls' | 'xlsb' | 'ods' | 'zip' }
  | { readonly kind: 'fileSize'; readonly mb: string; readonly limitMb: string }
  | ZipLimit
  | {
      readonly kind: 'sheetCells';
      readonly sheet: string;
      readonly cells: number;
      readonly limit: number;
      /** By the sheet's own `<dimension>` (before loading) rather than the cells it uses. */
      readonly declared: boolean;
    }
  | { readonly kind: 'mergeCells'; readonly ref: string; readonly cells: number; readonly limit: number }
  | { readonly kind: 'sheetNameLength'; readonly length: number; readonly limit: number }
  | { readonly kind: 'sheetNameControl'; readonly name: string }
  | {
      readonly kind: 'cellText';
      readonly sheet: string;
      readonly cell: string;
      readonly length: number;
      readonly limit: number;
    }
  /** A parser's complaint about the package or its XML (ours or exceljs's), in its own words. */
  | { readonly kind: 'damaged'; readonly text: string }
  /** A system's own words (an errno code), kept as they are. */
  | { readonly kind: 'system'; readonly text: string };

/** The package limits a zip breaks (sizes in MiB, one decimal). */
export type ZipLimit =
  | { readonly kind: 'zipParts'; readonly parts: number; readonly limit: number }
  | { readonly kind: 'zipPart'; readonly part: string; readonly mib: string; readonly limitMib: string }
  | { readonly kind: 'zipTotal'; readonly mib: string; readonly limitMib: string }
  | { readonly kind: 'zipRatio'; readonly mib: string; readonly fileMib: string; readonly ratio: number }
  | { readonly kind: 'zipLying'; readonly part: string; readonly declared: number };

/** A detail that is a system's or parser's text. */
export function systemDetail(text: string): ReadDetail {
  return { kind: 'system', text };
}

export class WorkbookReadError extends Error {
  constructor(
    public readonly reason: WorkbookReadReason,
    public readonly path: string,
    public readonly detail?: ReadDetail,
  ) {
    super();
    this.name = 'WorkbookReadError';
    this.message = this.text('en');
  }

  /** The one-line refusal in `lang`. */
  text(lang: Lang): string {
    return refusalLine(lang, this.path, (c) => c.read[this.reason], this.detail);
  }

  /** The detail alone in `lang` (what the parentheses of `text` hold), or null. */
  detailText(lang: Lang): string | null {
    return this.detail ? detailWords(lang, this.detail) : null;
  }
}

export type WorkbookWriteReason =
  'sameAsInput' | 'outputClash' | 'missingSheet' | 'unwritable' | 'reportUnwritable';

export class WorkbookWriteError extends Error {
  constructor(
    public readonly reason: WorkbookWriteReason,
    public readonly path: string,
    /** A system's own words (an errno code), if any. */
    public readonly detail?: string,
  ) {
    super();
    this.name = 'WorkbookWriteError';
    this.message = this.text('en');
  }

  /** The one-line refusal in `lang`. */
  text(lang: Lang): string {
    const detail = this.detail === undefined ? undefined : systemDetail(this.detail);
    return refusalLine(lang, this.path, (c) => c.write[this.reason], detail);
  }
}

/** A refusal detail in `lang`, printable. */
export function detailWords(lang: Lang, detail: ReadDetail): string {
  return printable(readDetailText(fileErrorCatalog(lang), detail));
}

function refusalLine(
  lang: Lang,
  path: string,
  reason: (c: FileErrorCatalog) => string,
  detail: ReadDetail | undefined,
): string {
  const c = fileErrorCatalog(lang);
  return c.line(printable(path, 1000), reason(c), detail ? detailWords(lang, detail) : null);
}

/** A file system's code for what was thrown (`EACCES`), else a one-line description. */
export function systemCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? describeThrown(e);
}

/** A one-line description of whatever was thrown, for a `detail` (no stack). */
export function describeThrown(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return printable(text.split('\n')[0] ?? '');
}
