/**
 * The fake Excel host itself: Office's proxy semantics, typed-input semantics, payload limits,
 * faults, the Office globals it installs, and a faithful round trip of SheetInput.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '../src/adapters/xlsx/readWorkbook';
import {
  FakeContext,
  FakeWorkbook,
  deserializeSheets,
  installFakeOffice,
  serializeSheets,
} from './fakeExcel';
import { cellMap, diffCells } from './fakeExcel/harness';
import { evaluateFormula } from './fakeExcel/formula';
import type { FakeValue } from './fakeExcel/model';

/** The Office error code `read` throws, or 'none'. */
function thrownCode(read: () => unknown): string {
  try {
    read();
    return 'none';
  } catch (e) {
    return (e as { code?: string }).code ?? 'no code';
  }
}

const book = (): FakeWorkbook =>
  FakeWorkbook.fromSheets([
    {
      name: '表一',
      rows: [
        ['名称', '数值'],
        ['甲', 2],
        ['乙', 3],
      ],
    },
    { name: '空表', rows: [] },
  ]);

describe('proxy semantics', () => {
  it('throws PropertyNotLoaded before load and sync, like Office', async () => {
    const ctx = new FakeContext(book());
    const range = ctx.workbook.worksheets.getItem('表一').getRange('A1:B3');
    expect(thrownCode(() => range.values)).toBe('PropertyNotLoaded');
    range.load('values');
    expect(thrownCode(() => range.values)).toBe('PropertyNotLoaded');
    await ctx.sync();
    expect(range.values).toEqual([
      ['名称', '数值'],
      ['甲', 2],
      ['乙', 3],
    ]);
    expect(thrownCode(() => range.formulas)).toBe('PropertyNotLoaded');
  });

  it('resolves *OrNullObject at sync, and loads navigation paths of collection items', async () => {
    const wb = book();
    wb.sheet('表一')!.protected = true;
    const ctx = new FakeContext(wb);
    const empty = ctx.workbook.worksheets.getItem('空表').getUsedRangeOrNullObject();
    const missing = ctx.workbook.worksheets.getItemOrNullObject('没有');
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name,items/protection/protected');
    await ctx.sync();
    expect(empty.isNullObject).toBe(true);
    expect(missing.isNullObject).toBe(true);
    expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([
      ['表一', true],
      ['空表', false],
    ]);
    expect(wb.stats.syncs).toBe(1);
  });

  it('runs a batch in order; a failing command stops it and earlier ones stay applied', async () => {
    const wb = book();
    const ctx = new FakeContext(wb);
    ctx.workbook.worksheets.getItem('表一').getRange('C1').values = [['先写']];
    ctx.workbook.worksheets.getItem('不存在').getRange('A1').values = [['x']];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(wb.sheet('表一')!.cell(0, 2)?.value).toBe('先写');
  });

  it('refuses to delete a very hidden sheet until it is made merely hidden', async () => {
    const wb = book();
    wb.sheet('空表')!.visibility = 'VeryHidden';
    const ctx = new FakeContext(wb);
    ctx.workbook.worksheets.getItem('空表').delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    const ws = ctx.workbook.worksheets.getItem('空表');
    ws.visibility = 'Hidden';
    ws.delete();
    await ctx.sync();
    expect(wb.sheets.map((s) => s.name)).toEqual(['表一']);
  });
});

describe('typed input', () => {
  it('treats values like typing: =, +x, @x become formulas; an apostrophe keeps text', async () => {
    const wb = book();
    const ctx = new FakeContext(wb);
    const ws = ctx.workbook.worksheets.getItem('表一');
    ws.getRange('C1:C6').formulas = [['=B2+B3'], ["'=B2+B3"], ['95%'], ["'95%"], ['2020-01-01'], ["'-1"]];
    await ctx.sync();
    const s = wb.sheet('表一')!;
    expect([0, 1, 2, 3, 4, 5].map((r) => s.cell(r, 2)?.value)).toEqual([
      5,
      '=B2+B3',
      0.95,
      '95%',
      43831,
      '-1',
    ]);
    expect(s.cell(0, 2)?.formula).toBe('=B2+B3');
    expect(s.cell(1, 2)?.formula).toBeUndefined();
  });
});

describe('payload and faults', () => {
  it('counts bytes, enforces the payload limit with the Office code, and injects cell-edit mode', async () => {
    const wb = FakeWorkbook.fromSheets([{ name: 'S', rows: [['x'.repeat(3000)]] }], { payloadLimit: 2000 });
    const ctx = new FakeContext(wb);
    ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    ctx.workbook.worksheets.getItem('S').getRange('B1').values = [['y'.repeat(3000)]];
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(wb.sheet('S')!.cell(0, 1)).toBeUndefined();
    wb.faults.editModeSyncs = 1;
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(wb.stats.syncs).toBe(3);
    expect(wb.stats.requests[0]!.responseBytes).toBeGreaterThan(3000);
  });

  it('silently returns null for reads over the cell limit, as Excel can', async () => {
    const wb = FakeWorkbook.fromSheets(
      [
        {
          name: 'S',
          rows: [
            [1, 2],
            [3, 4],
          ],
        },
      ],
      { maxCellsPerRead: 3 },
    );
    const ctx = new FakeContext(wb);
    const r = ctx.workbook.worksheets.getItem('S').getRange('A1:B2');
    r.load('values');
    await ctx.sync();
    expect(r.values).toBeNull();
  });

  it('reports API calls above its requirement set as ApiNotFound', async () => {
    const wb = FakeWorkbook.fromSheets([{ name: 'S', rows: [[1]] }], { apiVersion: 12 });
    const ctx = new FakeContext(wb);
    ctx.workbook.notes.getCount();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(wb.supports('ExcelApi', '1.12')).toBe(true);
    expect(wb.supports('ExcelApi', '1.13')).toBe(false);
  });
});

describe('Office globals', () => {
  it('define requirements, document settings and a ribbon action registry', async () => {
    const wb = FakeWorkbook.fromSheets([{ name: 'S', rows: [[1]] }], { apiVersion: 9, platform: 'web' });
    const handle = installFakeOffice(globalThis, wb);
    try {
      const office = (globalThis as unknown as { Office: typeof Office }).Office;
      expect(office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
      expect(office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
      expect(String(office.context.diagnostics.platform)).toBe('OfficeOnline');
      office.context.document.settings.set('k', 'v');
      await new Promise<void>((resolve) => office.context.document.settings.saveAsync(() => resolve()));
      expect(wb.documentSettings).toEqual({ k: 'v' });
      let ran = 0;
      office.actions.associate('computeScore', (event: { completed(): void }) => {
        ran++;
        setTimeout(() => event.completed(), 1);
      });
      await handle.fire('computeScore');
      expect(ran).toBe(1);
      await expect(handle.fire('nothing')).rejects.toThrow('no ribbon action');
    } finally {
      handle.uninstall();
    }
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
  });
});

describe('the formula calculator', () => {
  const calc = (formula: string, cells: Record<string, FakeValue> = {}): FakeValue =>
    evaluateFormula(formula, { valueAt: (_sheet, r, c) => cells[`${r}:${c}`] ?? null });

  it('reads text as VALUE and N do in Excel', () => {
    expect(calc('VALUE("1,234.5")')).toBe(1234.5);
    expect(calc('VALUE("95%")')).toBe(0.95);
    expect(calc('VALUE("")')).toEqual({ error: '#VALUE!' });
    expect(calc('N(A1)', { '0:0': 'text' })).toBe(0);
    expect(calc('N(A1)', { '0:0': 7.5 })).toBe(7.5);
    expect(calc('N(A1)')).toBe(0);
    expect(calc('N(A1)', { '0:0': true })).toBe(1);
    expect(calc('IF(N(A1)=0,"",B1/N(A1))', { '0:0': '', '0:1': 3 })).toBe('');
  });
});

describe('SheetInput round trip', () => {
  const files = readdirSync(join(__dirname, 'fixtures'))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => join(__dirname, 'fixtures', f));
  it.each(files)('%s seeds and dumps unchanged, also through JSON for a browser page', async (file) => {
    const sheets = await readWorkbook(file);
    const dumped = FakeWorkbook.fromSheets(deserializeSheets(serializeSheets(sheets))).toSheets();
    expect(
      diffCells(cellMap(sheets, { formulaValues: true }), cellMap(dumped, { formulaValues: true })),
    ).toEqual([]);
  });

  it('keeps dates as dates', () => {
    const d = new Date(Date.UTC(2021, 0, 1));
    const back = FakeWorkbook.fromSheets(
      deserializeSheets(serializeSheets([{ name: 'S', rows: [[d]] }])),
    ).toSheets();
    expect(back[0]!.rows[0]![0]).toEqual(d);
  });
});
