/** The exceljs host adapter (Node only): .xlsx file → WorkbookInput, WritePlan → .xlsx file. */
export {
  openWorkbook,
  readWorkbook,
  workbookFromExcel,
  type FromExcelOptions,
  type OpenedWorkbook,
} from './readWorkbook';
export { applyPlan, writeScoredCopy, writeScoredWorkbook } from './applyPlan';
export {
  loadWorkbookFile,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_CELLS,
  MAX_CELL_TEXT_CHARS,
  MAX_SHEET_NAME_CHARS,
  PACKAGE_LIMITS,
  type ReadLimits,
} from './loadWorkbook';
export { saveWorkbook, workbookToBuffer } from './saveWorkbook';
export { toCellValue } from './toCellValue';
export {
  WorkbookReadError,
  WorkbookWriteError,
  type WorkbookReadReason,
  type WorkbookWriteReason,
} from './errors';
