import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { SheetInput, WorkbookInput } from '../../engine/grid/types';
import { readWorkbook, WorkbookReadError } from './readWorkbook';
import { saveWorkbook } from './saveWorkbook';
import { writeZip, ZipArchive } from './zip';

const dir = mkdtempSync(join(tmpdir(), 'read-workbook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sheet(wbInput: WorkbookInput, name: string): SheetInput {
  const found = wbInput.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

async function buildWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  ws.getCell('A1').value = '一级指标';
  ws.getCell('B1').value = '权重';
  ws.getCell('C1').value = '得分';
  ws.getCell('D1').value = '评分依据';
  ws.getCell('A2').value = '内部管理 (30分)';
  ws.mergeCells('A2:A4');
  ws.getCell('B2').value = 2;
  ws.getCell('B3').value = 1;
  ws.getCell('B4').value = 1;
  ws.getCell('C2').value = { formula: 'B2*1', result: 2 };
  ws.getCell('C3').value = { formula: 'B3-B3', result: 0 };
  ws.getCell('C4').value = { formula: 'B4/0', result: { error: '#DIV/0!' } };
  ws.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE7E9' } };
  ws.getCell('C3').numFmt = '0.00';
  ws.getCell('C2').note = '自评得分 2';
  ws.getCell('C3').note = { texts: [{ text: '财务科:', font: { bold: true } }, { text: '\n扣 1 分' }] };
  ws.getCell('D2').value = { text: '验收报告', hyperlink: 'https://example.gov.cn/ys.pdf' };
  ws.getCell('D3').value = { text: '佐证材料', hyperlink: "#'佐证材料'!A1" };
  ws.getCell('D4').value = '#N/A as text';
  ws.getCell('F6').note = '空白单元格上的批注';
  wb.addWorksheet('佐证材料').getCell('A1').value = '合同';
  wb.addWorksheet('设置', { state: 'hidden' }).getCell('A1').value = 'x';
  wb.addWorksheet('_state', { state: 'veryHidden' });
  await saveWorkbook(wb, path);
}

describe('readWorkbook', () => {
  const path = join(dir, 'table.xlsx');
  let input: WorkbookInput;
  beforeAll(async () => {
    await buildWorkbook(path);
    input = await readWorkbook(path);
  });

  it('returns every sheet in tab order, hidden ones flagged', () => {
    expect(input.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['自评表', false],
      ['佐证材料', false],
      ['设置', true],
      ['_state', true],
    ]);
    expect(sheet(input, '_state').rows).toEqual([]);
  });

  it('builds a dense grid up to the used extent (a note on a blank cell counts)', () => {
    const s = sheet(input, '自评表');
    expect(s.rows).toHaveLength(6);
    expect(s.rows.every((r) => r.length === 6)).toBe(true);
    expect(s.rows[1]).toEqual(['内部管理 (30分)', 2, 2, '验收报告', null, null]);
    expect(s.rows[2]?.slice(0, 4)).toEqual([null, 1, 0, '佐证材料']);
    expect(s.rows[3]?.slice(2, 4)).toEqual([{ error: '#DIV/0!' }, '#N/A as text']);
  });

  it('reads merges 0-based', () => {
    expect(sheet(input, '自评表').merges).toEqual([{ top: 1, left: 0, bottom: 3, right: 0 }]);
  });

  it('reads formulas without "=" and keeps cached values, including 0', () => {
    expect(sheet(input, '自评表').formulas).toEqual({ C2: 'B2*1', C3: 'B3-B3', C4: 'B4/0' });
  });

  it("reads hyperlinks, internal ones as #Sheet!A1 (written by Excel's rules: no relationship)", () => {
    expect(sheet(input, '自评表').hyperlinks).toEqual({
      D2: 'https://example.gov.cn/ys.pdf',
      D3: "#'佐证材料'!A1",
    });
  });

  it('reads internal links exceljs wrote its own way (external relationship to "#…")', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('a').getCell('A1').value = { text: 'go', hyperlink: "#'佐证材料'!B2" };
    wb.addWorksheet('b').getCell('A1').value = { text: 'go', hyperlink: 'b!A1' };
    wb.addWorksheet('佐证材料');
    await wb.xlsx.writeFile(join(dir, 'raw-exceljs.xlsx'));
    const back = await readWorkbook(join(dir, 'raw-exceljs.xlsx'));
    expect(back.map((s) => s.hyperlinks)).toEqual([{ A1: "#'佐证材料'!B2" }, { A1: '#b!A1' }, {}]);
  });

  it('reads notes as plain text, rich text flattened, also on blank cells', () => {
    expect(sheet(input, '自评表').notes).toEqual({
      C2: '自评得分 2',
      C3: '财务科:\n扣 1 分',
      F6: '空白单元格上的批注',
    });
  });

  it('reads solid fills and number formats only where set', () => {
    expect(sheet(input, '自评表').styles).toEqual({ C2: { fill: 'FFFDE7E9' }, C3: { numFmt: '0.00' } });
  });
});

describe('readWorkbook failures', () => {
  async function reason(path: string, limits?: { maxCells?: number; maxBytes?: number }): Promise<string> {
    try {
      await readWorkbook(path, limits);
      return 'ok';
    } catch (e) {
      if (!(e instanceof WorkbookReadError)) throw e;
      expect(e.message).not.toMatch(/\n\s+at /);
      expect(e.path).toBe(path);
      return e.detail ? `${e.reason}:${e.detailText('en')}` : e.reason;
    }
  }

  function cfb(withEncryptedPackage: boolean): Buffer {
    const header = Buffer.alloc(1536);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
    const stream = withEncryptedPackage ? 'EncryptedPackage' : 'Workbook';
    Buffer.from(stream, 'utf16le').copy(header, 1024);
    return header;
  }

  it('missing file', async () => {
    expect(await reason(join(dir, 'nope.xlsx'))).toBe('missing');
  });

  it('a directory', async () => {
    mkdirSync(join(dir, 'folder.xlsx'));
    expect(await reason(join(dir, 'folder.xlsx'))).toBe('notWorkbook:directory');
  });

  it('an encrypted workbook (OLE container with an EncryptedPackage stream)', async () => {
    writeFileSync(join(dir, 'locked.xlsx'), cfb(true));
    expect(await reason(join(dir, 'locked.xlsx'))).toBe('encrypted');
  });

  it('a legacy .xls (OLE container without EncryptedPackage)', async () => {
    writeFileSync(join(dir, 'old.xls'), cfb(false));
    expect(await reason(join(dir, 'old.xls'))).toBe('notWorkbook:xls');
  });

  it('a text file renamed .xlsx, and an empty file', async () => {
    writeFileSync(join(dir, 'notes.xlsx'), '一级指标,权重\n内部管理,30\n');
    writeFileSync(join(dir, 'empty.xlsx'), '');
    expect(await reason(join(dir, 'notes.xlsx'))).toBe('notWorkbook');
    expect(await reason(join(dir, 'empty.xlsx'))).toBe('notWorkbook:empty file');
  });

  it('a zip that is not a workbook', async () => {
    writeFileSync(
      join(dir, 'doc.xlsx'),
      writeZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]),
    );
    expect(await reason(join(dir, 'doc.xlsx'))).toBe('notWorkbook:zip');
  });

  it('a damaged workbook is unreadable', async () => {
    const parts = [
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet name="a" r:id="rId1"') },
    ];
    writeFileSync(join(dir, 'broken.xlsx'), writeZip(parts));
    expect(await reason(join(dir, 'broken.xlsx'))).toMatch(/^unreadable/);
    const truncated = writeZip(parts).subarray(0, 40);
    writeFileSync(join(dir, 'truncated.xlsx'), truncated);
    expect(await reason(join(dir, 'truncated.xlsx'))).toBe(
      'unreadable:malformed zip: no end of central directory',
    );
    // in Chinese, the parser's own words come after a sentence a finance officer can act on
    const e = await readWorkbook(join(dir, 'truncated.xlsx')).catch((x: unknown) => x);
    expect((e as WorkbookReadError).text('zh-CN')).toBe(
      `${join(dir, 'truncated.xlsx')}：无法读取工作簿（文件已损坏或格式异常：malformed zip: no end of central directory）`,
    );
  });

  it('too large: file bytes, declared dimension, used cells', async () => {
    const path = join(dir, 'big.xlsx');
    await buildWorkbook(path);
    expect(await reason(path, { maxBytes: 100 })).toMatch(/^tooLarge/);
    expect(await reason(path, { maxCells: 20 })).toBe('tooLarge:sheet "自评表" has 36 cells, limit 20');
    expect(await reason(path, { maxCells: 36 })).toBe('ok');
  });

  it('too large by the used range when the file declares no dimension', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.getCell('A1').value = 1;
    ws.getCell('J100').value = 2;
    const zip = ZipArchive.open(Buffer.from(await wb.xlsx.writeBuffer()));
    const files = zip.names().map((name) => {
      const data = zip.read(name) ?? Buffer.alloc(0);
      if (name !== 'xl/worksheets/sheet1.xml') return { name, data };
      return { name, data: Buffer.from(data.toString('utf8').replace(/<dimension[^>]*\/>/, '')) };
    });
    const path = join(dir, 'wide.xlsx');
    writeFileSync(path, writeZip(files));
    expect(await reason(path, { maxCells: 999 })).toBe('tooLarge:sheet "s" uses 1000 cells, limit 999');
    expect(await reason(path, { maxCells: 1000 })).toBe('ok');
  });
});
