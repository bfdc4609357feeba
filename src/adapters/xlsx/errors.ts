/**
 * Typed failures of the xlsx adapter. Messages are one line, name the file and never carry a
 * stack trace or an exceljs internal: the CLI prints `err.message` as is. Whatever comes from the
 * file (a sheet name, a parser's complaint) is made printable first: no control character, no
 * bidirectional override, no line break reaches the terminal, and no detail runs on for pages.
 */

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

const READ_TEXT: Record<WorkbookReadReason, string> = {
  missing: 'file not found',
  notWorkbook: 'not an .xlsx workbook',
  encrypted: 'the workbook is password-protected (encrypted); save an unprotected copy first',
  tooLarge: 'the workbook is too large',
  unreadable: 'the workbook could not be read',
};

export class WorkbookReadError extends Error {
  constructor(
    public readonly reason: WorkbookReadReason,
    public readonly path: string,
    public readonly detail?: string,
  ) {
    super(`${printable(path, 1000)}: ${READ_TEXT[reason]}${detail ? ` (${printable(detail)})` : ''}`);
    this.name = 'WorkbookReadError';
  }
}

export type WorkbookWriteReason = 'sameAsInput' | 'missingSheet' | 'unwritable';

const WRITE_TEXT: Record<WorkbookWriteReason, string> = {
  sameAsInput: 'refusing to overwrite the input workbook; choose another output path',
  missingSheet: 'the plan writes into a sheet the workbook does not have',
  unwritable: 'the output workbook could not be written',
};

export class WorkbookWriteError extends Error {
  constructor(
    public readonly reason: WorkbookWriteReason,
    public readonly path: string,
    public readonly detail?: string,
  ) {
    super(`${printable(path, 1000)}: ${WRITE_TEXT[reason]}${detail ? ` (${printable(detail)})` : ''}`);
    this.name = 'WorkbookWriteError';
  }
}

/** A one-line description of whatever was thrown, for a `detail` (no stack). */
export function describeThrown(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return printable(text.split('\n')[0] ?? '');
}
