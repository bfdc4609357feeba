/**
 * Typed failures of the xlsx adapter. Messages are one line, name the file and never carry a
 * stack trace or an exceljs internal: the CLI prints `err.message` as is.
 */

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
    super(`${path}: ${READ_TEXT[reason]}${detail ? ` (${detail})` : ''}`);
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
    super(`${path}: ${WRITE_TEXT[reason]}${detail ? ` (${detail})` : ''}`);
    this.name = 'WorkbookWriteError';
  }
}

/** A one-line description of whatever was thrown, for a `detail` (no stack). */
export function describeThrown(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0]?.slice(0, 200) ?? '';
}
