/**
 * Opens a workbook file for reading or for writing a scored copy: checks the file before exceljs
 * sees it (missing, a directory, an encrypted or legacy OLE file, not a zip, too large), loads it,
 * and puts back what exceljs 4.4 drops on load (internal links stored as a bare location, notes
 * on cells without a value), so both the reader and the writer see them.
 */
import { readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { describeThrown, systemDetail, WorkbookReadError, type ReadDetail } from './errors';
import { applyMerges, MergeLimitError, takeMerges } from './merges';
import { declaredCellCount, locationOnlyLinks, sheetNotes, worksheetParts } from './ooxml';
import { looksLikeZip, ZipArchive, ZipLimitError, type PackageLimits } from './zip';

export interface ReadLimits {
  /** Cells of the used range of any one sheet; default 2,000,000. */
  readonly maxCells?: number;
  /** File size in bytes; default 50 MiB. */
  readonly maxBytes?: number;
}

/** Cells of the used range (rows × columns) of any one sheet. */
export const DEFAULT_MAX_CELLS = 2_000_000;
/** Size of the .xlsx file itself. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * What the zip package may expand to. Checked on the sizes the package declares before anything
 * is inflated, then each part is inflated at most to its declared size (a part that lies about
 * its size is caught there). A real workbook at the cell limit stays well inside these.
 */
export const PACKAGE_LIMITS: PackageLimits = {
  maxEntries: 10_000,
  maxPartBytes: 256 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 64 * 1024 * 1024,
};

/** Excel's own limits: a sheet name has at most 31 characters, a cell at most 32,767. */
export const MAX_SHEET_NAME_CHARS = 31;
export const MAX_CELL_TEXT_CHARS = 32_767;

/** C0 and C1 control characters and DEL: no sheet name Excel writes carries one. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_STREAM = Buffer.from('EncryptedPackage', 'utf16le');

/** Reads, checks and loads `path`; every failure is a WorkbookReadError. */
export async function loadWorkbookFile(path: string, limits: ReadLimits = {}): Promise<ExcelJS.Workbook> {
  const bytes = await readChecked(path, limits.maxBytes ?? DEFAULT_MAX_BYTES);
  const zip = openPackage(path, bytes);
  checkPackage(path, zip);
  checkSheetNames(path, zip);
  const maxCells = limits.maxCells ?? DEFAULT_MAX_CELLS;
  checkDeclaredSizes(path, zip, maxCells);
  const merges = safely(path, () => takeMerges(zip, bytes, worksheetParts(zip)));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(merges.bytes as unknown as ExcelJS.Buffer);
    for (const [name, refs] of merges.bySheet) {
      const ws = wb.getWorksheet(name);
      if (ws) applyMerges(ws, refs, maxCells);
    }
    restoreDroppedParts(wb, zip);
  } catch (e) {
    if (e instanceof MergeLimitError) {
      throw new WorkbookReadError('tooLarge', path, {
        kind: 'mergeCells',
        ref: e.ref,
        cells: e.cells,
        limit: maxCells,
      });
    }
    throw new WorkbookReadError('unreadable', path, damaged(e));
  }
  return wb;
}

async function readChecked(path: string, maxBytes: number): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new WorkbookReadError('notWorkbook', path, { kind: 'directory' });
    if (!info.isFile()) throw new WorkbookReadError('notWorkbook', path, { kind: 'notRegularFile' });
    if (info.size > maxBytes) {
      throw new WorkbookReadError('tooLarge', path, {
        kind: 'fileSize',
        mb: megabytes(info.size),
        limitMb: megabytes(maxBytes),
      });
    }
    return await readFile(path);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookReadError('missing', path);
    throw new WorkbookReadError('unreadable', path, systemDetail(code ?? describeThrown(e)));
  }
}

function megabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

/** Sniffs the bytes and opens the zip package; an .xlsx is a zip holding `xl/workbook.xml`. */
function openPackage(path: string, bytes: Buffer): ZipArchive {
  if (bytes.length === 0) throw new WorkbookReadError('notWorkbook', path, { kind: 'emptyFile' });
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    // An OLE container is either an encrypted OOXML package or a legacy binary (.xls) workbook.
    if (bytes.includes(ENCRYPTED_STREAM)) throw new WorkbookReadError('encrypted', path);
    throw new WorkbookReadError('notWorkbook', path, { kind: 'format', format: 'xls' });
  }
  if (!looksLikeZip(bytes)) throw new WorkbookReadError('notWorkbook', path);
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(bytes);
  } catch (e) {
    throw new WorkbookReadError('unreadable', path, damaged(e));
  }
  if (!zip.has('xl/workbook.xml')) {
    const format = zip.has('xl/workbook.bin') ? 'xlsb' : zip.has('content.xml') ? 'ods' : 'zip';
    throw new WorkbookReadError('notWorkbook', path, { kind: 'format', format });
  }
  return zip;
}

/** Refuses zip bombs and encrypted parts before exceljs inflates anything. */
function checkPackage(path: string, zip: ZipArchive): void {
  if (zip.list().some((e) => (e.flags & 1) !== 0))
    throw new WorkbookReadError('encrypted', path, { kind: 'encryptedZip' });
  try {
    zip.verify(PACKAGE_LIMITS);
  } catch (e) {
    if (e instanceof ZipLimitError) throw new WorkbookReadError('tooLarge', path, e.limit);
    throw new WorkbookReadError('unreadable', path, damaged(e));
  }
}

/**
 * Refuses sheet names Excel cannot hold (over 31 characters, control characters): exceljs would
 * truncate or strip them on save, so the scored copy would not match, and a message naming the
 * sheet could carry terminal escapes.
 */
function checkSheetNames(path: string, zip: ZipArchive): void {
  for (const part of safely(path, () => worksheetParts(zip))) {
    const name = part.name;
    if (name.length > MAX_SHEET_NAME_CHARS) {
      throw new WorkbookReadError('unreadable', path, {
        kind: 'sheetNameLength',
        length: name.length,
        limit: MAX_SHEET_NAME_CHARS,
      });
    }
    if (CONTROL_CHARS.test(name)) {
      throw new WorkbookReadError('unreadable', path, { kind: 'sheetNameControl', name });
    }
  }
}

/** Refuses a sheet whose declared used range exceeds the limit before exceljs expands it. */
function checkDeclaredSizes(path: string, zip: ZipArchive, maxCells: number): void {
  for (const part of safely(path, () => worksheetParts(zip))) {
    const cells = safely(path, () => declaredCellCount(zip, part.path));
    if (cells !== null && cells > maxCells) {
      throw new WorkbookReadError('tooLarge', path, {
        kind: 'sheetCells',
        sheet: part.name,
        cells,
        limit: maxCells,
        declared: true,
      });
    }
  }
}

/** What a parser (ours or exceljs's) said about a package it could not make sense of. */
function damaged(e: unknown): ReadDetail {
  return { kind: 'damaged', text: describeThrown(e) };
}

function safely<T>(path: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new WorkbookReadError('unreadable', path, damaged(e));
  }
}

/**
 * Re-attaches internal links that have no relationship (as Excel writes them) and notes on cells
 * exceljs did not read. A link on a formula cell is left out: exceljs cannot hold both.
 */
function restoreDroppedParts(wb: ExcelJS.Workbook, zip: ZipArchive): void {
  for (const part of worksheetParts(zip)) {
    const ws = wb.getWorksheet(part.name);
    if (!ws) continue;
    for (const [address, location] of locationOnlyLinks(zip, part.path)) {
      const cell = ws.getCell(address).master;
      if (cell.type === ExcelJS.ValueType.Formula || cell.type === ExcelJS.ValueType.Hyperlink) continue;
      const text = cell.type === ExcelJS.ValueType.Null ? location : cell.text;
      cell.value = { text, hyperlink: `#${location}` };
    }
    for (const [address, text] of sheetNotes(zip, part.path)) {
      const cell = ws.getCell(address);
      if (cell.note === undefined) cell.note = text;
    }
  }
}
