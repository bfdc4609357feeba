import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { WritePlan } from '../../engine/plan/types';
import { applyPlan, WorkbookWriteError, writeScoredCopy, writeScoredWorkbook } from './applyPlan';
import { openWorkbook, readWorkbook } from './readWorkbook';
import { saveWorkbook } from './saveWorkbook';
import { ZipArchive } from './zip';

const dir = mkdtempSync(join(tmpdir(), 'apply-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = join(dir, 'in.xlsx');
const output = join(dir, 'out.xlsx');

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

async function buildInput(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('自评表');
  const shared = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } as const;
  for (const a of ['H2', 'H3', 'H4']) {
    ws.getCell(a).value = 3;
    ws.getCell(a).fill = shared;
  }
  ws.getCell('I2').value = 3;
  ws.getCell('I3').value = 2;
  ws.getCell('I2').note = '旧批注';
  ws.getCell('I4').note = '保留的批注';
  ws.getCell('I4').numFmt = '0.00';
  ws.getCell('I4').value = { formula: 'I2-I3', result: 1 };
  ws.getCell('G2').value = '中长期规划';
  ws.getCell('G3').value = { formula: 'A1&"x"', result: 'x' };
  wb.definedNames.add("'自评表'!$H$2:$H$4", '权重');
  wb.addWorksheet('佐证材料').getCell('A1').value = '合同';
  wb.addWorksheet('绩效结果').getCell('A1').value = 'stale result';
  wb.addWorksheet('旧数据', { state: 'veryHidden' });
  wb.views = [
    { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 0, visibility: 'visible' },
  ];
  await saveWorkbook(wb, input);
}

const PLAN: WritePlan = {
  edits: [
    {
      sheet: '自评表',
      ops: [
        { row: 1, col: 9, value: '=HYPERLINK("http://evil","x")' },
        {
          row: 2,
          col: 9,
          value: 1.5,
          numFmt: '0.0',
          fill: 'FFFDE7E9',
          note: '计算得分 1.5：每低 5 个百分点扣 1 分',
        },
        { row: 3, col: 9, value: { formula: '=J2-J2', result: 0 }, bold: true },
        { row: 4, col: 9, value: true, wrap: true },
        { row: 1, col: 8, value: null, note: null },
        { row: 2, col: 8, numFmt: null },
        { row: 2, col: 7, fill: null },
        { row: 1, col: 6, link: "#'绩效结果'!A1" },
        { row: 2, col: 6, link: 'https://example.gov.cn' },
        { row: 3, col: 6, link: 'https://example.gov.cn/x' },
      ],
    },
  ],
  ownedSheets: [
    { name: '_pe_data', state: 'veryHidden', ops: [{ row: 0, col: 0, value: '{"v":1}' }] },
    {
      name: '绩效结果',
      state: 'visible',
      ops: [
        { row: 0, col: 0, value: '绩效自评结果', bold: true },
        { row: 1, col: 0, value: '总分' },
        { row: 1, col: 1, value: { formula: "SUM('自评表'!J2:J4)", result: 98 } },
        { row: 2, col: 0, value: '-3 分 @ 违纪违法' },
      ],
      columnWidths: [18, 10],
      merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
      freezeRows: 1,
      landscape: true,
      activeCell: { row: 1, col: 1 },
    },
  ],
  removeSheets: ['旧数据'],
};

describe('writeScoredWorkbook', () => {
  let out: ExcelJS.Workbook;
  let inputHash: string;
  beforeAll(async () => {
    await buildInput();
    inputHash = sha(input);
    await writeScoredWorkbook(input, PLAN, output);
    out = new ExcelJS.Workbook();
    await out.xlsx.readFile(output);
  });
  const cell = (sheet: string, a1: string): ExcelJS.Cell => {
    const ws = out.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    return ws.getCell(a1);
  };
  const sheetXml = (sheetIndex: number): string =>
    ZipArchive.open(readFileSync(output)).text(`xl/worksheets/sheet${sheetIndex}.xml`) ?? '';

  it('leaves the input file byte for byte unchanged', () => {
    expect(sha(input)).toBe(inputHash);
  });

  it('stores text that starts with "=" as text, never as a formula', () => {
    expect(cell('自评表', 'J2').type).toBe(ExcelJS.ValueType.String);
    expect(cell('自评表', 'J2').value).toBe('=HYPERLINK("http://evil","x")');
    expect(sheetXml(1)).not.toContain('evil</f>');
    expect(cell('绩效结果', 'A3').value).toBe('-3 分 @ 违纪违法');
  });

  it('writes numbers, formats, fills and notes', () => {
    const j3 = cell('自评表', 'J3');
    expect(j3.value).toBe(1.5);
    expect(j3.numFmt).toBe('0.0');
    expect(j3.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE7E9' } });
    expect(j3.note).toBe('计算得分 1.5：每低 5 个百分点扣 1 分');
  });

  it("asks Excel, WPS and LibreOffice to recalculate on open (the user's formulas over written cells)", () => {
    const workbookXml = ZipArchive.open(readFileSync(output)).text('xl/workbook.xml') ?? '';
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('writes formulas with their cached result, 0 included', () => {
    const j4 = cell('自评表', 'J4');
    expect(j4.formula).toBe('J2-J2');
    expect(j4.result).toBe(0);
    expect(j4.font?.bold).toBe(true);
    expect(sheetXml(1)).toMatch(/<c r="J4"[^>]*><f>J2-J2<\/f><v>0<\/v><\/c>/);
  });

  it('writes booleans and wrap', () => {
    expect(cell('自评表', 'J5').value).toBe(true);
    expect(cell('自评表', 'J5').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  });

  it('clears values and notes, removes number formats and fills', () => {
    expect(cell('自评表', 'I2').value).toBeNull();
    expect(cell('自评表', 'I2').note).toBeUndefined();
    expect(cell('自评表', 'I4').note).toBe('保留的批注');
    expect(ZipArchive.open(readFileSync(output)).text('xl/comments1.xml')).not.toContain('旧批注');
    expect(cell('自评表', 'H3').fill).toBeUndefined();
  });

  it('restyles one cell without touching cells that shared its style', () => {
    expect(cell('自评表', 'H2').fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFFF00' },
    });
    expect(cell('自评表', 'H4').fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFFF00' },
    });
  });

  it('links keep the cell text; internal links are a bare location, as Excel writes them', async () => {
    // G3 holds a formula: it keeps it and gets no link; the empty G4 shows its target
    expect(cell('自评表', 'G3').formula).toBe('A1&"x"');
    expect(cell('自评表', 'G4').value).toEqual({
      text: 'https://example.gov.cn/x',
      hyperlink: 'https://example.gov.cn/x',
    });
    expect(sheetXml(1)).toMatch(/<hyperlink ref="G2" location="&apos;绩效结果&apos;!A1"\/>/);
    const back = await readWorkbook(output);
    expect(back[0]?.hyperlinks).toEqual({ G2: "#'绩效结果'!A1", G4: 'https://example.gov.cn/x' });
    expect(back[0]?.rows[1]?.[6]).toBe('中长期规划');
  });

  it('replaces owned sheets whole, removes stale ones, and orders sheets', () => {
    expect(out.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ['自评表', 'visible'],
      ['佐证材料', 'visible'],
      ['绩效结果', 'visible'],
      ['_pe_data', 'veryHidden'],
    ]);
    expect(cell('绩效结果', 'A1').value).toBe('绩效自评结果');
    expect(cell('绩效结果', 'A1').font?.bold).toBe(true);
  });

  it('sets merges, widths, frozen rows, landscape A4 and the active cell of an owned sheet', () => {
    const ws = out.getWorksheet('绩效结果');
    expect(ws?.model.merges).toEqual(['A1:D1']);
    expect(ws?.getColumn(1).width).toBe(18);
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, activeCell: 'B2' });
    expect(ws?.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
    expect(cell('绩效结果', 'B2').result).toBe(98);
  });

  it('keeps defined names and the active tab', () => {
    expect(out.definedNames.getRanges('权重').ranges).toEqual(["'自评表'!$H$2:$H$4"]);
    expect(out.views[0]?.activeTab).toBe(0);
  });

  it('re-running on its own output replaces, never stacks', async () => {
    const again = join(dir, 'again.xlsx');
    await writeScoredWorkbook(output, PLAN, again);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['自评表', '佐证材料', '绩效结果', '_pe_data']);
    expect(ZipArchive.open(readFileSync(again)).text('xl/worksheets/sheet1.xml')).toMatch(
      /<hyperlink ref="G2" location="&apos;绩效结果&apos;!A1"\/>/,
    );
  });
});

describe('writeScoredWorkbook on a file saved without workbook views', () => {
  it('applies the plan', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('a').getCell('A1').value = 1;
    const bare = join(dir, 'bare.xlsx');
    await saveWorkbook(wb, bare);
    const plan: WritePlan = {
      edits: [{ sheet: 'a', ops: [{ row: 0, col: 1, value: 2 }] }],
      ownedSheets: [{ name: 'r', state: 'visible', ops: [{ row: 0, col: 0, value: 'ok' }] }],
      removeSheets: [],
    };
    await writeScoredWorkbook(bare, plan, join(dir, 'bare-out.xlsx'));
    const back = await readWorkbook(join(dir, 'bare-out.xlsx'));
    expect(back.map((s) => [s.name, s.rows])).toEqual([
      ['a', [[1, 2]]],
      ['r', [['ok']]],
    ]);
  });
});

describe('writeScoredWorkbook refusals', () => {
  beforeAll(buildInput);
  const none: WritePlan = { edits: [], ownedSheets: [], removeSheets: [] };

  it('refuses to write over the input, also through another spelling or a symlink', async () => {
    const before = sha(input);
    await expect(writeScoredWorkbook(input, none, input)).rejects.toMatchObject({ reason: 'sameAsInput' });
    await expect(
      writeScoredWorkbook(input, none, join(dir, '.', 'x', '..', 'in.xlsx')),
    ).rejects.toBeInstanceOf(WorkbookWriteError);
    symlinkSync(input, join(dir, 'link.xlsx'));
    await expect(writeScoredWorkbook(input, none, join(dir, 'link.xlsx'))).rejects.toMatchObject({
      reason: 'sameAsInput',
    });
    expect(sha(input)).toBe(before);
  });

  it('reports an unwritable output path', async () => {
    await expect(writeScoredWorkbook(input, none, join(dir, 'no', 'such', 'dir.xlsx'))).rejects.toMatchObject(
      {
        reason: 'unwritable',
      },
    );
  });

  it('throws on an edit to a sheet that does not exist', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('a');
    expect(() =>
      applyPlan(wb, { edits: [{ sheet: 'b', ops: [] }], ownedSheets: [], removeSheets: [] }),
    ).toThrow(WorkbookWriteError);
  });
});

describe('writeScoredCopy (the workbook the grids were read from)', () => {
  beforeAll(buildInput);

  it('writes the same bytes as a fresh load, and leaves the input unchanged', async () => {
    const before = sha(input);
    const fresh = join(dir, 'fresh.xlsx');
    const once = join(dir, 'once.xlsx');
    await writeScoredWorkbook(input, PLAN, fresh);
    const opened = await openWorkbook(input);
    expect(opened.sheets).toEqual(await readWorkbook(input));
    await writeScoredCopy(opened.workbook, input, PLAN, once);
    expect(readFileSync(once).equals(readFileSync(fresh))).toBe(true);
    expect(sha(input)).toBe(before);
  });

  it('refuses to write over the input', async () => {
    const opened = await openWorkbook(input);
    await expect(writeScoredCopy(opened.workbook, input, PLAN, input)).rejects.toMatchObject({
      reason: 'sameAsInput',
    });
  });

  it('restyles cells that shared a style with one shared new style, others untouched', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    const shared = { numFmt: '0.0' };
    for (const a of ['A1', 'A2', 'A3']) {
      ws.getCell(a).value = 1;
      ws.getCell(a).style = shared;
    }
    const fill = 'FFFDE7E9';
    applyPlan(wb, {
      edits: [
        {
          sheet: 's',
          ops: [
            { row: 0, col: 0, fill },
            { row: 1, col: 0, fill },
          ],
        },
      ],
      ownedSheets: [],
      removeSheets: [],
    });
    expect(ws.getCell('A1').style).toBe(ws.getCell('A2').style);
    expect(ws.getCell('A1').style).toEqual({
      numFmt: '0.0',
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } },
    });
    expect(ws.getCell('A3').style).toBe(shared);
    expect(shared).toEqual({ numFmt: '0.0' });
  });
});
