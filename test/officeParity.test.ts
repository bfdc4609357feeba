/**
 * Parity: the samples and every fixture, scored through the Office adapter on the fake host
 * (seeded from the xlsx adapter's read), give the same cells — values, formulas, notes, fills,
 * number formats, links, owned sheets — as the engine's reference applier and as the xlsx
 * adapter's own output read back. The Office reader also reads what the xlsx reader reads.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeScoredWorkbook } from '../src/adapters/xlsx/applyPlan';
import { readWorkbook } from '../src/adapters/xlsx/readWorkbook';
import { detectCapabilities } from '../src/adapters/office/capabilities';
import { officeEnvironment, type ExcelContext } from '../src/adapters/office/environment';
import { inputsOf, readWorkbook as readThroughOffice } from '../src/adapters/office/readSheets';
import { Session } from '../src/adapters/office/session';
import { analyzeWorkbook, applyToSheets } from '../src/engine';
import type { SheetInput } from '../src/engine/grid/types';
import { createMessages } from '../src/i18n';
import { FIXED_NOW, cellMap, diffCells, install, uninstall } from './fakeExcel/harness';

const FILES = [
  ...['seed-department-2020.xlsx', 'project-template-2021.xlsx', 'seed-budget-2020.xlsx'].map((f) =>
    join(__dirname, '../samples', f),
  ),
  ...readdirSync(join(__dirname, 'fixtures'))
    // Excel calculates every formula of a file it opens: the Office path never meets a formula
    // saved without its value, the one thing uncalculated-formulas.xlsx is about
    .filter((f) => f.endsWith('.xlsx') && f !== 'uncalculated-formulas.xlsx')
    .map((f) => join(__dirname, 'fixtures', f)),
];
const short = (f: string): string => f.split('/').slice(-2).join('/');
const tmp = mkdtempSync(join(tmpdir(), 'office-parity-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(uninstall);

const sheetShape = (sheets: readonly SheetInput[]): unknown =>
  sheets
    .map((s) => ({
      name: s.name,
      hidden: s.hidden === true,
      merges: [...(s.merges ?? [])].sort((a, b) => a.top - b.top || a.left - b.left),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));

describe.each(FILES.map((f) => [short(f), f]))('%s', (_name, file) => {
  let sheets: SheetInput[];
  beforeAll(async () => {
    sheets = [...(await readWorkbook(file))];
  });

  it('reads through Office what the xlsx adapter reads', async () => {
    install(sheets);
    const env = officeEnvironment();
    const read = await env.run(async (ctx: ExcelContext) =>
      inputsOf(
        await readThroughOffice(new Session(ctx, detectCapabilities(env), { syncs: 0 }), { details: true }),
      ),
    );
    expect(
      diffCells(cellMap(sheets, { formulaValues: true }), cellMap(read, { formulaValues: true })),
    ).toEqual([]);
    expect(sheetShape(read)).toEqual(sheetShape(sheets));
  });

  it('writes the cells the reference applier and the xlsx adapter write, in 3 syncs', async () => {
    const { plan } = analyzeWorkbook(sheets, { messages: createMessages('zh-CN'), now: FIXED_NOW });
    const reference = applyToSheets(sheets, plan);
    const out = join(tmp, `${short(file).replace('/', '-')}`);
    await writeScoredWorkbook(file, plan, out);
    const xlsx = await readWorkbook(out);

    const { wb, host } = install(sheets);
    const result = await host.compute();
    expect(result).toMatchObject({ ok: true, syncs: 3 });
    const office = wb.toSheets();
    expect(wb.uncalculated).toEqual(new Set());
    // formula results: the fake calculates what it was given, the engine caches its own
    expect(
      diffCells(cellMap(reference, { formulaValues: true }), cellMap(office, { formulaValues: true })),
    ).toEqual([]);
    expect(
      diffCells(cellMap(xlsx, { formulaValues: true }), cellMap(office, { formulaValues: true })),
    ).toEqual([]);
    expect(sheetShape(office)).toEqual(sheetShape(reference));

    const undone = await host.undo();
    expect(undone.ok).toBe(true);
    expect(
      diffCells(cellMap(sheets, { formulaValues: true }), cellMap(wb.toSheets(), { formulaValues: true })),
    ).toEqual([]);
    expect(sheetShape(wb.toSheets())).toEqual(sheetShape(sheets));
  });
});

describe('amounts that look blank (text of nothing, as exporters write it)', () => {
  // Excel's range.values gives "" for a blank and for text of nothing alike: the add-in reads both
  // as blank, the command line sees the text. Both must write the same rate formulas, and Excel
  // (text of nothing is an error in arithmetic) must show no error in them.
  const sheet: SheetInput = {
    name: '支出决算表',
    rows: [
      ['科目编码', '科目名称', '年初预算数', '支出决算数'],
      ['2110101', '行政运行', '', 80],
      ['2110102', '一般行政管理事务', 100, ''],
      ['2110103', '机关服务', null, 50],
      ['2110199', '其他环境保护管理事务支出', 200, 150],
    ],
  };

  it('gets the same formulas through Office and through the file, and none shows an error in Excel', async () => {
    const { plan } = analyzeWorkbook([sheet], { messages: createMessages('zh-CN'), now: FIXED_NOW });
    const reference = applyToSheets([sheet], plan);
    const { wb, host } = install([sheet]);
    expect(await host.compute()).toMatchObject({ ok: true });
    const office = wb.toSheets();
    const formulas = (sheets: readonly SheetInput[]): Record<string, string> =>
      sheets.find((s) => s.name === sheet.name)?.formulas ?? {};
    expect(Object.keys(formulas(reference))).toHaveLength(4);
    expect(formulas(office)).toEqual(formulas(reference));
    const shown = office
      .find((s) => s.name === sheet.name)!
      .rows.slice(1)
      .map((r) => r[4]);
    // the fake calculates as Excel does: "" for the lines without a usable budget, the true ratio otherwise
    expect(shown).toEqual(['', 0, '', 0.75]);
  });
});
