/**
 * Unit tests of the Office adapter's value conversion and fault classification, with
 * office-addin-mock standing in for office.js objects (its `office-addin-manifest` import is
 * mapped to a stub in jest.config.js). Flows that depend on load/sync order use the fake host
 * instead: the mock returns sentinel strings for unloaded reads rather than throwing.
 */
import { OfficeMockObject } from 'office-addin-mock';
import {
  argbToHex,
  fillOf,
  formulaOf,
  fromOfficeValue,
  hyperlinkOf,
  isDateFormat,
  linkTargetOf,
  numberFormatOf,
  parseAreas,
  splitReference,
  toOfficeInput,
  widthToPoints,
} from '../src/adapters/office/convert';
import {
  HostError,
  classify,
  errorCode,
  failureMessage,
  isPayloadError,
  withEditModeRetry,
} from '../src/adapters/office/faults';
import { SheetBuilder } from '../src/adapters/office/sheetBuilder';
import { loadLocale } from '../src/i18n';
import { runsOf } from '../src/adapters/office/writeUnits';
import { mergeSettings, parseSettingsXml, settingsXml } from '../src/adapters/office/settingsStore';

describe('fromOfficeValue: every kind of value Office returns', () => {
  it.each([
    ['empty cell', '', 'General', false, null],
    ['empty formula result', '', 'General', true, ''],
    ['text', '达标', 'General', false, '达标'],
    ['text that looks like a number', '０９２', '@', false, '０９２'],
    ['number', 3.5, '0.00', false, 3.5],
    ['percent', 0.965, '0.00%', false, 0.965],
    ['boolean', true, 'General', false, true],
    ['error #DIV/0!', '#DIV/0!', 'General', true, { error: '#DIV/0!' }],
    ['error #N/A', '#N/A', 'General', false, { error: '#N/A' }],
    ['date serial', 44197, 'yyyy/m/d', false, new Date(Date.UTC(2021, 0, 1))],
    ['date-time serial', 44197.5, 'yyyy-mm-dd hh:mm', false, new Date(Date.UTC(2021, 0, 1, 12))],
    ['Chinese date format', 44197, 'yyyy"年"m"月"d"日"', false, new Date(Date.UTC(2021, 0, 1))],
    ['number in a currency format with a letter in quotes', 12, '"d"0.00', false, 12],
    ['coloured number format', -5, '[Red]0.00', false, -5],
    ['non-finite', Infinity, 'General', false, { error: '#NUM!' }],
    ['unknown type', { x: 1 }, 'General', false, null],
  ])('%s', (_name, value, format, hasFormula, expected) => {
    expect(fromOfficeValue(value, format, hasFormula)).toEqual(expected);
  });

  it('knows date formats from others', () => {
    expect(
      ['yyyy-mm-dd', 'm/d/yyyy', '[$-804]yyyy"年"m"月"', 'hh:mm:ss', '[h]:mm'].map(isDateFormat),
    ).toEqual([true, true, true, true, true]);
    expect(['General', '0.00%', '#,##0.00', '@', '"days"0', undefined].map(isDateFormat)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('the other conversions', () => {
  it('tells formulas from text constants that start with =', () => {
    expect(formulaOf('=SUM(H3:H42)', 98)).toBe('SUM(H3:H42)');
    expect(formulaOf('=not a formula', '=not a formula')).toBeUndefined();
    expect(formulaOf(98, 98)).toBeUndefined();
    expect(numberFormatOf('General')).toBeUndefined();
    expect(numberFormatOf('0.00%')).toBe('0.00%');
  });

  it('writes text as text, formulas as formulas, null as a clear', () => {
    expect(toOfficeInput('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(toOfficeInput('-1')).toBe("'-1");
    expect(toOfficeInput('@x')).toBe("'@x");
    expect(toOfficeInput('95%')).toBe("'95%");
    expect(toOfficeInput({ formula: 'SUM(A1:A3)', result: 6 })).toBe('=SUM(A1:A3)');
    expect(toOfficeInput(2.5)).toBe(2.5);
    expect(toOfficeInput(false)).toBe(false);
    expect(toOfficeInput(null)).toBe('');
    expect(toOfficeInput('')).toBe('');
  });

  it('converts fills and links both ways', () => {
    expect(argbToHex('FFDEECF9')).toBe('#DEECF9');
    expect(fillOf({ color: '#deecf9', pattern: 'Solid' })).toBe('FFDEECF9');
    expect(fillOf({ color: '#FFFFFF', pattern: 'None' })).toBeUndefined();
    expect(fillOf({ color: '#FFFFFF', pattern: 'Solid' })).toBe('FFFFFFFF');
    expect(fillOf({ color: '#FFFFFF' })).toBeUndefined();
    expect(linkTargetOf({ documentReference: "'佐证材料'!A3" })).toBe("#'佐证材料'!A3");
    expect(linkTargetOf({ address: 'https://example.org/a.pdf' })).toBe('https://example.org/a.pdf');
    expect(linkTargetOf(null)).toBeUndefined();
    expect(hyperlinkOf("#'自评 表'!H19")).toEqual({ documentReference: "'自评 表'!H19" });
    expect(hyperlinkOf('https://x.org')).toEqual({ address: 'https://x.org' });
    expect(widthToPoints(10)).toBe(56.25);
  });

  it('parses area and reference addresses, quoted names included', () => {
    expect(parseAreas("自评表!A2:A4, 'a,b ''c'''!C3")).toEqual([
      { sheet: '自评表', range: { top: 1, left: 0, bottom: 3, right: 0 } },
      { sheet: "a,b 'c'", range: { top: 2, left: 2, bottom: 2, right: 2 } },
    ]);
    expect(splitReference("'自评 表'!$A$2:I42")).toEqual({ sheet: '自评 表', address: 'A2:I42' });
    expect(splitReference('H19')).toBeNull();
  });

  it('groups consecutive cells into runs, down or across, whichever is fewer', () => {
    const column = [3, 4, 5, 7].map((row) => ({ row, col: 2, v: row }));
    expect(runsOf(column, false).map((r) => [r.row, r.col, r.vertical, r.values])).toEqual([
      [3, 2, true, [3, 4, 5]],
      [7, 2, true, [7]],
    ]);
    const row = [0, 1, 2].map((col) => ({ row: 5, col, v: col === 1 ? 'b' : 'a' }));
    expect(runsOf(row, true).map((r) => r.values)).toEqual([['a'], ['b'], ['a']]);
    expect(runsOf(row, false).map((r) => r.values)).toEqual([['a', 'b', 'a']]);
  });

  it('keeps settings as escaped JSON in XML and merges header-row overrides', () => {
    const s = { stepMode: 'partial' as const, headerRows: { '<表>&"': 3 } };
    expect(parseSettingsXml(settingsXml(s))).toEqual(s);
    expect(mergeSettings({ headerRows: { a: 2, b: 3 }, lang: 'en' }, { headerRows: { b: 0, c: 4 } })).toEqual(
      {
        lang: 'en',
        headerRows: { a: 2, c: 4 },
      },
    );
  });
});

describe('reading through office-addin-mock objects', () => {
  const mock = (): OfficeMockObject =>
    new OfficeMockObject({
      context: {
        workbook: {
          range: {
            rowIndex: 1,
            columnIndex: 2,
            values: [
              ['指标', '#DIV/0!'],
              [44197, ''],
            ],
            formulas: [
              ['指标', '=E2/D2'],
              [44197, ''],
            ],
            numberFormat: [
              ['General', '0.00%'],
              ['yyyy/m/d', 'General'],
            ],
          },
        },
      },
    });

  it('builds the engine grid from loaded and synced range values', async () => {
    const excel = mock();
    const ctx = excel.context as OfficeMockObject & {
      workbook: { range: Record<string, unknown> & OfficeMockObject };
    };
    const range = ctx.workbook.range;
    range.load('rowIndex, columnIndex, values, formulas, numberFormat');
    await ctx.sync();
    const b = new SheetBuilder('表', 'Visible', false);
    b.addValues(
      range.rowIndex as number,
      range.columnIndex as number,
      range.values as unknown[][],
      range.formulas as unknown[][],
      range.numberFormat as unknown[][],
    );
    const sheet = b.build();
    expect(sheet.rows).toEqual([
      [null, null, null, null],
      [null, null, '指标', { error: '#DIV/0!' }],
      [null, null, new Date(Date.UTC(2021, 0, 1)), null],
    ]);
    expect(sheet.formulas).toEqual({ D2: 'E2/D2' });
    expect(sheet.styles).toEqual({ D2: { numFmt: '0.00%' }, C3: { numFmt: 'yyyy/m/d' } });
  });

  it('returns sentinel text, not an error, when a read skips load/sync (why flows use the fake)', () => {
    const range = (mock().context as { workbook: { range: { values: unknown } } }).workbook.range;
    expect(typeof range.values).toBe('string');
  });
});

describe('fault classification', () => {
  const officeError = (code: string, message = code): Error & { code: string } =>
    Object.assign(new Error(message), { name: 'RichApi.Error', code });

  it.each([
    ['InvalidOperationInCellEditMode', 'cellEditMode'],
    ['RequestPayloadSizeLimitExceeded', 'payloadTooLarge'],
    ['ResponsePayloadSizeLimitExceeded', 'payloadTooLarge'],
    ['ApiNotFound', 'apiMissing'],
    ['NotImplemented', 'apiMissing'],
    ['AccessDenied', 'unexpected'],
    ['GeneralException', 'unexpected'],
  ])('%s → %s', (code, failure) => {
    expect(classify(officeError(code))).toBe(failure);
  });

  it('reads codes from debugInfo, and payload errors reported by message only', () => {
    expect(errorCode({ debugInfo: { code: 'InvalidOperationInCellEditMode' } })).toBe(
      'InvalidOperationInCellEditMode',
    );
    expect(
      isPayloadError(officeError('GeneralException', 'The request payload size has exceeded the limit.')),
    ).toBe(true);
    expect(classify(new TypeError('x'))).toBe('unexpected');
    expect(classify(new HostError('protectedSheet', 'protectedSheet', { sheet: '自评表' }))).toBe(
      'protectedSheet',
    );
  });

  it('says what happened in one sentence, zh-CN first, en once the English catalog is loaded', async () => {
    expect(failureMessage(officeError('InvalidOperationInCellEditMode'), 'zh-CN', '1.7')).toBe(
      '单元格正在编辑，请按 Enter 或 Esc 后重试',
    );
    expect(failureMessage(officeError('ApiNotFound'), 'zh-CN', '1.7')).toContain('ExcelApi 1.7');
    expect(failureMessage(officeError('GeneralException'), 'zh-CN', '1.7')).toContain('GeneralException');
    const protectedSheet = new HostError('protectedSheet', 'protectedSheet', { sheet: '自评表' });
    // English ships on demand: until it is loaded an English run reads zh-CN rather than keys
    expect(failureMessage(protectedSheet, 'en', '1.7')).toContain('工作表“自评表”受保护');
    await loadLocale('en');
    expect(failureMessage(protectedSheet, 'en', '1.7')).toContain('"自评表" is protected');
  });

  it('retries while the mock context reports cell-edit mode, then gives up', async () => {
    let calls = 0;
    const excel = new OfficeMockObject({
      context: {
        sync: async () => {
          calls++;
          await Promise.resolve();
          if (calls <= 2) throw officeError('InvalidOperationInCellEditMode');
        },
      },
    });
    const ctx = excel.context as unknown as { sync(): Promise<void> };
    const waits: number[] = [];
    const sleep = async (ms: number): Promise<void> => {
      waits.push(ms);
      await Promise.resolve();
    };
    await withEditModeRetry(async () => await ctx.sync(), sleep);
    expect([calls, waits]).toEqual([3, [500, 1500]]);
    calls = -100;
    await expect(withEditModeRetry(async () => await ctx.sync(), sleep)).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
    expect(waits).toEqual([500, 1500, 500, 1500, 3000]);
  });
});
