/** Texts of the Office add-in host (en). Keys and placeholders match office.zh-CN.ts. */
export const labels: Record<string, string> = {
  'office.cellEditMode': 'A cell is being edited: press Enter or Esc, then try again',
  'office.protectedSheet':
    'Sheet "{sheet}" is protected, so nothing was written; unprotect it (Review tab) and try again',
  'office.protectedWorkbook':
    'The workbook structure is protected, so no sheet can be added or removed and nothing was written; unprotect the workbook and try again',
  'office.payloadTooLarge':
    'The workbook is larger than Excel can transfer at once, even in smaller batches; nothing was written; split the sheet and try again',
  'office.apiMissing':
    'This version of Excel lacks features the add-in needs (ExcelApi {version}); update Office and try again',
  'office.nothingFound': 'No indicator or final-accounts table was found; nothing was written',
  'office.nothingToUndo': 'There is no computation to undo',
  'office.unexpected':
    'Excel returned an unexpected error ({code}) and the operation did not finish; save the workbook and try again',
  'office.partialWrite':
    'Writing stopped part-way ({code}) and some results were written; click "Undo last computation" to restore the workbook',
  'office.missingSheet': 'Sheet "{sheet}" was not found, so nothing was written; compute again',
  'office.noTableAtRow': 'Row {row} of sheet "{sheet}" is not the header of a detected indicator table',
  'office.hasActualColumn': 'The table already has an actual-value (实际完成值) column',
  'office.noTargetColumn': 'The table has no target (标准值) column to insert after',
  'office.actualHeader': '实际完成值',
};
