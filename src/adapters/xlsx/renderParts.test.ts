import ExcelJS from 'exceljs';
import { PieceBuffer, renderParts } from './renderParts';
import { fixInternalLinks, workbookToBuffer } from './saveWorkbook';
import { writeZip, ZipArchive } from './zip';

function sample(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2021, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet('表');
  ws.getCell('A1').value = '文本';
  ws.getCell('B1').value = 1.5;
  ws.getCell('C1').value = new Date(Date.UTC(2021, 5, 30));
  ws.getCell('D1').value = true;
  ws.getCell('E1').value = { formula: 'B1*2', result: 3 };
  ws.getCell('F1').value = { formula: 'C1+1', result: new Date(Date.UTC(2021, 6, 1)) };
  ws.getCell('A2').value = 2;
  ws.getCell('A2').numFmt = '0.00';
  ws.getCell('B2').note = '批注';
  ws.getCell('C2').value = { text: '链接', hyperlink: "#'表'!A1" };
  ws.mergeCells('A3:C3');
  wb.addWorksheet('隐藏', { state: 'veryHidden' }).getCell('A1').value = 'x';
  return wb;
}

/**
 * The sample with a sheet of 2,000 rows: ≈ 30 pieces a row, many times the join chunk; a cell in
 * column Z makes its used range 52,000 cells, past the size from which pieces are buffered.
 */
function big(): ExcelJS.Workbook {
  const wb = sample();
  const ws = wb.addWorksheet('大表');
  for (let r = 1; r <= 2000; r++) ws.addRow([`第${r}行`, r * 1.5, r % 7 === 0 ? '<&>"' : null]);
  ws.getCell('Z1').value = '右';
  return wb;
}

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe('renderParts', () => {
  it('renders the parts exceljs would zip, text for text', async () => {
    const ours = await renderParts(sample());
    const theirs = ZipArchive.open(Buffer.from(await sample().xlsx.writeBuffer()));
    const files = (names: string[]): string[] => names.filter((n) => !n.endsWith('/')).sort();
    expect(files(ours.names())).toEqual(files(theirs.names()));
    for (const name of ours.names()) {
      // core.xml carries the time of writing when no date is set; both were set here
      expect([name, ours.text(name)]).toEqual([name, theirs.text(name)]);
    }
  });

  it('keeps the number format exceljs gives unstyled dates and numbers', async () => {
    const ws = (await readBack(await workbookToBuffer(sample()))).getWorksheet('表')!;
    const plain = (await readBack(Buffer.from(await sample().xlsx.writeBuffer()))).getWorksheet('表')!;
    // (C2's internal link is rewritten to a bare location, which exceljs alone does not read back)
    for (const a of ['A1', 'B1', 'C1', 'D1', 'E1', 'F1', 'A2', 'B2']) {
      expect([a, ws.getCell(a).numFmt, ws.getCell(a).value]).toEqual([
        a,
        plain.getCell(a).numFmt,
        plain.getCell(a).value,
      ]);
    }
    expect(plain.getCell('C1').numFmt).toBe('mm-dd-yy');
  });

  it('leaves every cell its own style object afterwards', async () => {
    const wb = sample();
    const ws = wb.getWorksheet('表')!;
    const before = [ws.getCell('A1').style, ws.getCell('B1').style];
    await workbookToBuffer(wb);
    expect([ws.getCell('A1').style, ws.getCell('B1').style]).toEqual(before);
    expect(ws.getCell('A1').style).toBe(before[0]);
    ws.getCell('A1').numFmt = '@';
    expect(ws.getCell('B1').numFmt).toBeUndefined();
  });

  it('gives the same bytes for the same workbook', async () => {
    expect((await workbookToBuffer(sample())).equals(await workbookToBuffer(sample()))).toBe(true);
  });

  it('renders a sheet of many thousand pieces text for text, and puts exceljs back afterwards', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Builder = require('exceljs/lib/utils/xml-stream.js') as new () => { _xml: unknown };
    const slot = (): PropertyDescriptor | undefined =>
      Object.getOwnPropertyDescriptor(Builder.prototype, '_xml');
    const getter = (): PropertyDescriptor | undefined =>
      Object.getOwnPropertyDescriptor(Builder.prototype, 'xml');
    const native = getter();
    expect(slot()).toBeUndefined();
    // two renders at once: exceljs's builder is as it was only after both
    const both = Promise.all([renderParts(big()), renderParts(big())]);
    expect(new Builder()._xml).toBeInstanceOf(PieceBuffer);
    const [ours] = await both;
    expect(slot()).toBeUndefined();
    expect(getter()).toEqual(native);
    expect(Array.isArray(new Builder()._xml)).toBe(true);
    const theirs = ZipArchive.open(Buffer.from(await big().xlsx.writeBuffer()));
    for (const name of ours.names()) expect([name, ours.text(name)]).toEqual([name, theirs.text(name)]);
  });

  it('leaves exceljs as it is for a small workbook', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Builder = require('exceljs/lib/utils/xml-stream.js') as new () => { _xml: unknown };
    const render = renderParts(sample());
    expect(Array.isArray(new Builder()._xml)).toBe(true);
    await render;
  });

  it('joins pieces as they come but never across an open rollback mark', () => {
    const owner: { _rollbacks: unknown[] } = { _rollbacks: [] };
    const buffer = new PieceBuffer(owner as never);
    const pieces = Array.from({ length: 10_000 }, (_, i) => `<c r="A${i}"/>`);
    for (const p of pieces.slice(0, 5000)) buffer.push(p);
    owner._rollbacks.push({});
    const mark = buffer.length;
    for (const p of pieces.slice(5000, 9000)) buffer.push(p);
    // a rollback truncates to its mark even though thousands of pieces came after it
    expect(buffer.splice(mark, buffer.length - mark)).toHaveLength(4000);
    owner._rollbacks.pop();
    for (const p of pieces.slice(5000)) buffer.push(p);
    expect(buffer.length).toBe(10_000);
    expect(buffer.join('')).toBe(pieces.join(''));
    // pieces before a join are no longer in the tail: reaching into them is refused, not corrupted
    expect(() => buffer.splice(10, buffer.length - 10)).toThrow('not a truncation');
  });

  it('zips the same bytes whether parts are deflated ahead on the thread pool or at the end', async () => {
    const parts = await renderParts(big());
    fixInternalLinks(parts);
    const atTheEnd = writeZip(parts.names().map((name) => ({ name, data: parts.bytes(name) })));
    expect((await workbookToBuffer(big())).equals(atTheEnd)).toBe(true);
  });
});
