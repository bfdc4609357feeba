/**
 * Errors shaped like `OfficeExtension.Error`: a `code` from `Excel.ErrorCodes` (or the RichApi
 * payload codes), a message and `debugInfo`. Adapters classify by `code`, never by class.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation !== undefined ? { errorLocation } : {}) };
  }
}

export const CODES = {
  cellEditMode: 'InvalidOperationInCellEditMode',
  requestTooLarge: 'RequestPayloadSizeLimitExceeded',
  responseTooLarge: 'ResponsePayloadSizeLimitExceeded',
  apiNotFound: 'ApiNotFound',
  notLoaded: 'PropertyNotLoaded',
  itemNotFound: 'ItemNotFound',
  itemExists: 'ItemAlreadyExists',
  accessDenied: 'AccessDenied',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  general: 'GeneralException',
} as const;

export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    CODES.notLoaded,
    `Property "${property}" is not available: call load("${property}") and context.sync() before reading it.`,
  );
}

export function apiNotFound(what: string, version: string): FakeOfficeError {
  return new FakeOfficeError(
    CODES.apiNotFound,
    `${what} needs ExcelApi ${version}, which this host lacks.`,
    what,
  );
}
