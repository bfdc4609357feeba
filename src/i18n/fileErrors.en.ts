/** Refused workbook files in English (see fileErrors.ts). */
import type { FileErrorCatalog } from './fileErrors';

export const fileErrors: FileErrorCatalog = {
  read: {
    missing: 'file not found',
    notWorkbook: 'not an .xlsx workbook',
    encrypted: 'the workbook is password-protected (encrypted); save an unprotected copy first',
    tooLarge: 'the workbook is too large',
    unreadable: 'the workbook could not be read',
  },
  write: {
    sameAsInput: 'refusing to overwrite the input workbook; choose another output path',
    outputClash: 'another workbook of this run has the same output; not written, give each its own --out',
    missingSheet: 'the plan writes into a sheet the workbook does not have',
    unwritable: 'the output workbook could not be written',
    reportUnwritable: 'the JSON report could not be written',
  },
  detail: {
    directory: () => 'directory',
    notRegularFile: () => 'not a regular file',
    emptyFile: () => 'empty file',
    format: (d) => d.format,
    encryptedZip: () => 'zip',
    fileSize: (d) => `${d.mb} MB, limit ${d.limitMb} MB`,
    zipParts: (d) => `zip bomb: ${d.parts} parts, limit ${d.limit}`,
    zipPart: (d) => `zip bomb: part ${d.part} expands to ${d.mib} MiB, limit ${d.limitMib} MiB`,
    zipTotal: (d) => `zip bomb: parts expand to ${d.mib} MiB, limit ${d.limitMib} MiB`,
    zipRatio: (d) =>
      `zip bomb: parts expand to ${d.mib} MiB from a ${d.fileMib} MiB file, more than ${d.ratio} times`,
    zipLying: (d) => `zip bomb: part ${d.part} expands beyond its declared ${d.declared} bytes`,
    sheetCells: (d) => `sheet "${d.sheet}" ${d.declared ? 'has' : 'uses'} ${d.cells} cells, limit ${d.limit}`,
    mergeCells: (d) => `merge ${d.ref} spans a range of ${d.cells} cells, limit ${d.limit}`,
    sheetNameLength: (d) => `a sheet name of ${d.length} characters; Excel allows ${d.limit}`,
    sheetNameControl: (d) => `sheet name "${d.name}" holds control characters`,
    cellText: (d) =>
      `cell ${d.cell} of sheet "${d.sheet}" holds ${d.length} characters, Excel allows ${d.limit}`,
    damaged: (d) => d.text,
    system: (d) => d.text,
  },
  line: (path, reason, detail) => `${path}: ${reason}${detail ? ` (${detail})` : ''}`,
};
