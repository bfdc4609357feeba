import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { WorkbookReadError } from './errors';
import { loadWorkbookFile } from './loadWorkbook';
import { mergesOf } from './readWorkbook';
import { saveWorkbook } from './saveWorkbook';
import { writeZip, ZipArchive } from './zip';

const dir = mkdtempSync(join(tmpdir(), 'merges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A one-sheet package whose sheet part holds `mergeCells` as given (A1:C4 have values). */
async function withMerges(name: string, mergeCells: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('s');
  for (const a of ['A1', 'B1', 'C1', 'A2', 'B2', 'A3', 'B3', 'C3', 'A4']) ws.getCell(a).value = a;
  const zip = ZipArchive.open(Buffer.from(await wb.xlsx.writeBuffer()));
  const files = zip.names().map((part) => {
    const data = zip.read(part) ?? Buffer.alloc(0);
    if (part !== 'xl/worksheets/sheet1.xml') return { name: part, data };
    const xml = data.toString('utf8').replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '');
    return { name: part, data: Buffer.from(xml.replace('</sheetData>', `</sheetData>${mergeCells}`)) };
  });
  const path = join(dir, name);
  writeFileSync(path, writeZip(files));
  return path;
}

async function failure(path: string, maxCells?: number): Promise<string> {
  try {
    await loadWorkbookFile(path, maxCells === undefined ? {} : { maxCells });
    return 'ok';
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) return 'thrown:';
    return `${e.reason}:${e.detailText('en') ?? ''}`;
  }
}

describe('merges on load', () => {
  it('gives the same merged cells and values as exceljs itself', async () => {
    const path = await withMerges(
      'plain.xlsx',
      '<mergeCells count="3"><mergeCell ref="A1:C1"/><mergeCell ref="A2:A4"/><mergeCell ref="B3:C3"/></mergeCells>',
    );
    const ours = await loadWorkbookFile(path);
    const theirs = new ExcelJS.Workbook();
    await theirs.xlsx.readFile(path);
    const a = ours.getWorksheet('s')!;
    const b = theirs.getWorksheet('s')!;
    expect(mergesOf(a)).toEqual(mergesOf(b));
    expect(a.model.merges).toEqual(b.model.merges);
    for (const ref of ['A1', 'B1', 'C1', 'A2', 'A3', 'A4', 'B2', 'B3', 'C3']) {
      expect([ref, a.getCell(ref).type, a.getCell(ref).value]).toEqual([
        ref,
        b.getCell(ref).type,
        b.getCell(ref).value,
      ]);
    }
  });

  it('survives a save and a reload', async () => {
    const path = await withMerges(
      'again.xlsx',
      '<mergeCells count="1"><mergeCell ref="A2:B3"/></mergeCells>',
    );
    const out = join(dir, 'again-out.xlsx');
    await saveWorkbook(await loadWorkbookFile(path), out);
    expect(mergesOf((await loadWorkbookFile(out)).getWorksheet('s')!)).toEqual([
      { top: 1, left: 0, bottom: 2, right: 1 },
    ]);
  });

  it('an empty mergeCells element is no merge', async () => {
    const path = await withMerges('empty.xlsx', '<mergeCells count="0"/>');
    expect(mergesOf((await loadWorkbookFile(path)).getWorksheet('s')!)).toEqual([]);
  });

  it('refuses overlapping merges as unreadable, as exceljs does', async () => {
    const path = await withMerges(
      'overlap.xlsx',
      '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
    );
    expect(await failure(path)).toMatch(/^unreadable:/);
  });

  it('refuses a merge past the cell limit as too large, before making its cells', async () => {
    const path = await withMerges(
      'huge.xlsx',
      '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    );
    const t = Date.now();
    expect(await failure(path)).toMatch(/^tooLarge:merge A1:XFD1048576 spans/);
    expect(Date.now() - t).toBeLessThan(5000);
    const small = await withMerges(
      'small.xlsx',
      '<mergeCells count="1"><mergeCell ref="A1:C4"/></mergeCells>',
    );
    expect(await failure(small, 11)).toMatch(/^tooLarge:/);
    expect(await failure(small, 12)).toBe('ok');
  });
});
