import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../engine/grid/types';
import { toCellValue } from './toCellValue';

const DATE = new Date(Date.UTC(2021, 11, 31));

/** Every member of exceljs's CellValue union, set on a real cell; `file: false` when exceljs cannot save it. */
const CASES: {
  name: string;
  address: string;
  set: ExcelJS.CellValue;
  expected: CellValue;
  file?: boolean;
}[] = [
  { name: 'null', address: 'B1', set: null, expected: null },
  { name: 'number', address: 'B2', set: 97.5, expected: 97.5 },
  { name: 'zero', address: 'B3', set: 0, expected: 0 },
  { name: 'string', address: 'B4', set: '达标', expected: '达标' },
  { name: 'string that looks like a formula', address: 'B5', set: '=A1', expected: '=A1' },
  { name: 'boolean', address: 'B6', set: true, expected: true },
  { name: 'date', address: 'B7', set: DATE, expected: DATE },
  { name: 'formula with number result', address: 'B8', set: { formula: 'A1*2', result: 42 }, expected: 42 },
  { name: 'formula with result 0', address: 'B9', set: { formula: 'A1-A1', result: 0 }, expected: 0 },
  {
    name: 'formula with result false',
    address: 'B10',
    set: { formula: '1>2', result: false },
    expected: false,
  },
  {
    name: 'formula with string result',
    address: 'B11',
    set: { formula: 'A4&""', result: '优' },
    expected: '优',
  },
  { name: 'formula never calculated', address: 'B12', set: { formula: 'A1+1' }, expected: null },
  {
    name: 'formula with error result',
    address: 'B13',
    set: { formula: '1/0', result: { error: '#DIV/0!' } },
    expected: { error: '#DIV/0!' },
  },
  { name: 'shared formula', address: 'C8', set: { sharedFormula: 'B8', result: 7 }, expected: 7 },
  {
    name: 'array formula',
    address: 'B14',
    set: { formula: 'SUM(A1:A2*2)', result: 6, shareType: 'array', ref: 'B14' } as ExcelJS.CellValue,
    expected: 6,
  },
  {
    name: 'rich text',
    address: 'B15',
    set: { richText: [{ text: '基本', font: { bold: true } }, { text: '达标' }] },
    expected: '基本达标',
  },
  {
    name: 'hyperlink',
    address: 'B16',
    set: { text: '验收报告', hyperlink: 'https://example.gov.cn/a.pdf' },
    expected: '验收报告',
  },
  {
    name: 'hyperlink with rich text',
    address: 'B17',
    set: {
      text: { richText: [{ text: '佐证' }, { text: '材料' }] },
      hyperlink: '#佐证材料!A1',
    } as unknown as ExcelJS.CellValue,
    expected: '佐证材料',
    file: false,
  },
  { name: 'error', address: 'B18', set: { error: '#N/A' }, expected: { error: '#N/A' } },
];

function buildSheet(wb: ExcelJS.Workbook, withFileless: boolean): ExcelJS.Worksheet {
  const ws = wb.addWorksheet('cases');
  ws.getCell('A1').value = 3;
  ws.getCell('A2').value = 0;
  for (const c of CASES) {
    if (withFileless || c.file !== false) ws.getCell(c.address).value = c.set;
  }
  ws.getCell('D1').value = '内部管理';
  ws.mergeCells('D1:D3');
  return ws;
}

describe('toCellValue', () => {
  const ws = buildSheet(new ExcelJS.Workbook(), true);

  it.each(CASES)('$name (in memory)', ({ address, expected }) => {
    expect(toCellValue(ws.getCell(address))).toEqual(expected);
  });

  it('reads a merged area as its top-left value and empty cells below', () => {
    expect([
      toCellValue(ws.getCell('D1')),
      toCellValue(ws.getCell('D2')),
      toCellValue(ws.getCell('D3')),
    ]).toEqual(['内部管理', null, null]);
  });

  it('uses cell.result, because cell.value.result drops a cached 0', () => {
    const cell = ws.getCell('B9');
    expect((cell.value as ExcelJS.CellFormulaValue).result).toBeUndefined();
    expect(toCellValue({ value: cell.value })).toBeNull();
    expect(toCellValue(cell)).toBe(0);
  });

  it('maps non-finite numbers to #NUM!', () => {
    expect(toCellValue({ value: Number.NaN })).toEqual({ error: '#NUM!' });
  });

  describe('after a save and reload', () => {
    const dir = mkdtempSync(join(tmpdir(), 'to-cell-value-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    let loaded: ExcelJS.Worksheet;

    beforeAll(async () => {
      const wb = new ExcelJS.Workbook();
      buildSheet(wb, false);
      await wb.xlsx.writeFile(join(dir, 'cases.xlsx'));
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(join(dir, 'cases.xlsx'));
      const sheet = back.getWorksheet('cases');
      if (!sheet) throw new Error('sheet missing');
      loaded = sheet;
    });

    it.each(CASES.filter((c) => c.file !== false))('$name', ({ address, expected }) => {
      expect(toCellValue(loaded.getCell(address))).toEqual(expected);
    });
  });
});
