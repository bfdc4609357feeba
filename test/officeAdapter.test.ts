/**
 * The Office adapter on the fake Excel host: sync budget, faults (cell-edit mode, protection,
 * payload limits, missing requirement sets), exact undo (also after the file was saved and
 * reopened), settings in the file, and the pane's other requests.
 */
import { join } from 'node:path';
import { readWorkbook } from '../src/adapters/xlsx/readWorkbook';
import { computeScore } from '../src/adapters/office/officeHost';
import { SETTINGS_NAMESPACE, DOCUMENT_SETTINGS_KEY } from '../src/adapters/office/settingsStore';
import { STATE_SHEET, RESULTS_SHEET, analyzeWorkbook, storedSettings } from '../src/engine';
import { toA1 } from '../src/engine/grid/address';
import { createMessages } from '../src/i18n';
import type { SheetInput } from '../src/engine/grid/types';
import { FakeWorkbook } from './fakeExcel';
import { bigIndicatorSheet, cellMap, diffCells, install, uninstall } from './fakeExcel/harness';

const SEED = join(__dirname, '../samples/seed-department-2020.xlsx');
const LINKS = join(__dirname, 'fixtures/hyperlinks-notes.xlsx');
let seed: SheetInput[];
let links: SheetInput[];

beforeAll(async () => {
  seed = [...(await readWorkbook(SEED))];
  links = [...(await readWorkbook(LINKS))];
});
afterEach(uninstall);

const snapshot = (wb: FakeWorkbook): ReturnType<typeof cellMap> =>
  cellMap(wb.toSheets(), { formulaValues: true });
const names = (wb: FakeWorkbook): string[] => wb.sheets.map((s) => `${s.name}:${s.visibility}`);

describe('compute', () => {
  it('reads, scores and writes in 3 syncs, then shows 评价结果 with its summary selected', async () => {
    const { wb, host } = install(seed);
    const progress: string[] = [];
    const out = await host.compute((p) => progress.push(p.step));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.syncs).toBe(3);
    expect(wb.stats.syncs).toBe(3);
    expect([...new Set(progress)]).toEqual(['read', 'detect', 'compute', 'write']);
    expect(out.tables[0]).toMatchObject({ sheet: '自评表', totalScore: 98, grade: 'excellent' });
    expect(out.findings.every((f) => f.message.length > 0)).toBe(true);
    expect(names(wb)).toEqual(['自评表:Visible', `${STATE_SHEET}:VeryHidden`, `${RESULTS_SHEET}:Visible`]);
    expect(wb.active?.name).toBe(RESULTS_SHEET);
    expect(wb.selection).toEqual({ sheet: RESULTS_SHEET, address: 'B4' });
    expect(wb.stats.suspendCalculation).toBe(1);
    expect(wb.stats.suspendScreenUpdating).toBe(1);
    const results = wb.sheet(RESULTS_SHEET)!;
    expect(results.charts).toEqual([
      expect.objectContaining({ type: 'ColumnClustered', title: '各一级指标得分与分值' }),
    ]);
    expect(results.freezeRows).toBe(1);
    expect(results.orientation).toBe('Landscape');
  });

  it('draws the 支出结构 pie on 评价结果 for a workbook of 决算 tables, over the 类 amounts it carries', async () => {
    const budget = await readWorkbook(join(__dirname, '../samples/seed-budget-2020.xlsx'));
    const { wb, host } = install(budget);
    expect((await host.compute()).ok).toBe(true);
    const results = wb.sheet(RESULTS_SHEET)!;
    expect(results.charts).toEqual([
      expect.objectContaining({ type: 'Pie', title: '支出结构（支出决算表）' }),
    ]);
    const cells = cellMap(wb.toSheets());
    expect(cells.get(`${RESULTS_SHEET}!G3`)?.v).toBe('科目');
    expect(cells.get(`${RESULTS_SHEET}!G5`)?.v).toBe('节能环保支出');
    expect(cells.get(`${RESULTS_SHEET}!H5`)?.v).toBe(10106.67);
  });

  it("never replaces a sheet of the user's called 评价结果: the results go to 评价结果(2), shown after the run", async () => {
    const theirs = { ...seed[0]!, name: RESULTS_SHEET };
    const { wb, host } = install([theirs]);
    const out = await host.compute();
    expect(out).toMatchObject({ ok: true, resultsSheet: '评价结果(2)' });
    expect(names(wb)).toEqual([
      `${RESULTS_SHEET}:Visible`,
      `${STATE_SHEET}:VeryHidden`,
      '评价结果(2):Visible',
    ]);
    expect(wb.active?.name).toBe('评价结果(2)');
    expect(wb.toSheets()[0]!.rows[0]![0]).toBe('2020 年度连云港市生态环境局整体绩效评价自评表');
    if (out.ok) expect(out.tables[0]).toMatchObject({ sheet: RESULTS_SHEET, totalScore: 98 });
  });

  it('writes text as text: a value starting with = + - @ never becomes a formula', async () => {
    const sheet = seed[0]!;
    const rows = sheet.rows.map((r) => [...r]);
    rows[3]![2] = '=HYPERLINK("http://evil.example","点我")';
    rows[4]![2] = '-1+1';
    const { wb, host } = install([{ ...sheet, rows }]);
    expect((await host.compute()).ok).toBe(true);
    for (const s of wb.toSheets()) {
      for (const [a1, f] of Object.entries(s.formulas ?? {})) {
        expect([s.name, a1, f]).toEqual([s.name, a1, expect.not.stringMatching(/HYPERLINK|^-1\+1$/)]);
      }
    }
    const texts = wb
      .toSheets()
      .flatMap((s) => s.rows.flat())
      .filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => t.includes('=HYPERLINK("http://evil.example"'))).toBe(true);
  });

  it('keeps a rerun idempotent: the second run writes the same cells', async () => {
    const { wb, host } = install(seed);
    await host.compute();
    const first = snapshot(wb);
    await host.compute();
    expect(diffCells(first, snapshot(wb))).toEqual([]);
  });
});

describe('faults', () => {
  it('waits while a cell is being edited, then succeeds', async () => {
    const { wb, host } = install(seed);
    wb.faults.editModeSyncs = 2;
    const out = await host.compute();
    expect(out).toMatchObject({ ok: true, syncs: 5 });
  });

  it('retries from a fresh read when editing starts between read and write; nothing is half-written', async () => {
    const { wb, host } = install(seed);
    wb.faults.editModeAt = [3];
    const out = await host.compute();
    expect(out).toMatchObject({ ok: true, syncs: 6 });
    expect(wb.stats.requests[2]).toMatchObject({ error: 'InvalidOperationInCellEditMode' });
  });

  it('gives up after three retries with one sentence, and writes nothing', async () => {
    const { wb, host } = install(seed);
    const before = snapshot(wb);
    wb.faults.editModeSyncs = 100;
    const out = await host.compute();
    expect(out).toEqual({
      ok: false,
      failure: 'cellEditMode',
      message: '单元格正在编辑，请按 Enter 或 Esc 后重试',
    });
    expect(wb.stats.syncs).toBe(4);
    expect(diffCells(before, snapshot(wb))).toEqual([]);
    expect(names(wb)).toEqual(['自评表:Visible']);
  });

  it('refuses a protected sheet before writing anything, naming it', async () => {
    const { wb, host } = install(seed);
    wb.sheet('自评表')!.protected = true;
    const before = snapshot(wb);
    const out = await host.compute();
    expect(out).toMatchObject({ ok: false, failure: 'protectedSheet' });
    if (!out.ok) expect(out.message).toContain('“自评表”受保护');
    expect(wb.stats.syncs).toBe(2);
    expect(diffCells(before, snapshot(wb))).toEqual([]);
    expect(names(wb)).toEqual(['自评表:Visible']);
  });

  it('refuses a protected workbook structure (评价结果 cannot be added)', async () => {
    const { wb, host } = install(seed);
    wb.protected = true;
    const out = await host.compute();
    expect(out).toMatchObject({ ok: false, failure: 'protectedSheet' });
    expect(wb.stats.syncs).toBe(2);
    expect(names(wb)).toEqual(['自评表:Visible']);
  });

  it('retries a payload error with smaller chunks, keeping every request under the limit; same result', async () => {
    const sheets = [bigIndicatorSheet(seed[0]!, 400)];
    const plain = install(sheets);
    await plain.host.compute();
    const expected = snapshot(plain.wb);
    const limit = 150 * 1024;
    const { wb, host } = install(sheets, { payloadLimit: limit });
    const out = await host.compute();
    expect(out.ok).toBe(true);
    expect(wb.stats.requests.filter((r) => r.error).length).toBeGreaterThan(0);
    for (const r of wb.stats.requests.filter((x) => !x.error)) {
      expect(r.requestBytes).toBeLessThanOrEqual(limit);
      expect(r.responseBytes).toBeLessThanOrEqual(limit);
    }
    expect(diffCells(expected, snapshot(wb))).toEqual([]);
  });

  it('recovers from a one-off payload error on the read by reading in chunks, same result', async () => {
    const plain = install(seed);
    await plain.host.compute();
    const expected = snapshot(plain.wb);
    const { wb, host } = install(seed);
    wb.faults.payloadErrorAt = [2];
    const out = await host.compute();
    expect(out.ok).toBe(true);
    expect(wb.stats.requests[1]).toMatchObject({ error: 'RequestPayloadSizeLimitExceeded' });
    expect(diffCells(expected, snapshot(wb))).toEqual([]);
  });

  it('reports a missing requirement set without touching the workbook', async () => {
    const { wb, host } = install(seed, { apiVersion: 6 });
    const out = await host.compute();
    expect(out).toMatchObject({ ok: false, failure: 'apiMissing' });
    if (!out.ok) expect(out.message).toContain('ExcelApi 1.7');
    expect(wb.stats.syncs).toBe(0);
  });

  it('says so when the workbook has no table, writing nothing', async () => {
    const { wb, host } = install([{ name: 'Sheet1', rows: [['hello']] }]);
    const out = await host.compute();
    expect(out).toMatchObject({ ok: false, failure: 'nothingFound' });
    expect(names(wb)).toEqual(['Sheet1:Visible']);
  });
});

describe('feature detection below the newest requirement sets', () => {
  it('ExcelApi 1.8: fills and links are read cell by cell (one more sync); notes are neither read nor written', async () => {
    const full = install(links);
    await full.host.compute();
    const expected = snapshot(full.wb);
    const { wb, host } = install(links, { apiVersion: 8 });
    const out = await host.compute();
    expect(out).toMatchObject({ ok: true, syncs: 4 });
    // the ledger differs only in the note it could not read; the user's note stays untouched
    const strip = (m: ReturnType<typeof cellMap>): ReturnType<typeof cellMap> =>
      new Map(
        [...m].filter(([k]) => !k.startsWith(STATE_SHEET)).map(([k, v]) => [k, { ...v, note: undefined }]),
      );
    expect(diffCells(strip(expected), strip(snapshot(wb)))).toEqual([]);
    expect(wb.sheet('自评表')!.note(1, 7)).toBe('财务科复核：执行率96.5%，扣1分');
    expect(wb.sheet(RESULTS_SHEET)!.orientation).toBeUndefined();
    expect(wb.stats.suspendScreenUpdating).toBe(0);
  });

  it('ExcelApi 1.12: threaded comments stand in for notes; no merged areas', async () => {
    const { wb, host } = install(seed, { apiVersion: 12 });
    const out = await host.compute();
    expect(out.ok).toBe(true);
    const sheet = wb.sheet('自评表')!;
    expect(sheet.notes.size).toBe(0);
    expect(sheet.comments.size).toBeGreaterThan(0);
  });

  it('ExcelApi 1.9: no notes or comments; the 审核提示 column carries the text', async () => {
    const { wb, host } = install(seed, { apiVersion: 9 });
    expect((await host.compute()).ok).toBe(true);
    const sheet = wb.sheet('自评表')!;
    expect(sheet.notes.size + sheet.comments.size).toBe(0);
    const header = wb.toSheets()[0]!.rows[1]!;
    expect(header).toContain('审核提示');
  });
});

describe('undo', () => {
  it('restores every cell exactly: values, formulas, formats, fills, notes, links, sheets', async () => {
    // the user's own fill, number format and note on cells the run will write over
    const { plan } = analyzeWorkbook(links, { messages: createMessages('zh-CN'), now: '' });
    const ops = plan.edits.find((e) => e.sheet === '自评表')!.ops;
    const filled = ops.find((op) => op.fill !== undefined)!;
    const valued = ops.find((op) => op.value !== undefined && op.fill === undefined)!;
    const noted = ops.find((op) => op.note !== undefined && op !== filled && toA1(op.row, op.col) !== 'H2')!;
    const sheets = links.map((s) =>
      s.name !== '自评表'
        ? s
        : {
            ...s,
            styles: {
              ...s.styles,
              [toA1(filled.row, filled.col)]: { fill: 'FFFFFF00' },
              [toA1(valued.row, valued.col)]: { fill: 'FF00B050', numFmt: '0.0' },
            },
            notes: { ...s.notes, [toA1(noted.row, noted.col)]: '用户自己的批注' },
          },
    );
    const { wb, host } = install(sheets);
    const before = snapshot(wb);
    expect((await host.compute()).ok).toBe(true);
    const during = wb.sheet('自评表')!;
    expect(during.cell(filled.row, filled.col)?.fill).toBe(filled.fill);
    expect(during.note(noted.row, noted.col)).toContain('用户自己的批注\n———\n');
    const out = await host.undo();
    expect(out).toMatchObject({ ok: true, keptUserEdits: [] });
    if (out.ok) expect(out.restoredCells).toBeGreaterThan(5);
    expect(diffCells(before, snapshot(wb))).toEqual([]);
    expect(names(wb)).toEqual(['自评表:Visible', '佐证材料:Visible']);
    expect(await host.undo()).toMatchObject({
      ok: false,
      failure: 'nothingToUndo',
      message: '没有可撤销的计算',
    });
  });

  it('restores exactly with threaded comments standing in for notes (ExcelApi 1.12)', async () => {
    const { wb, host } = install(seed, { apiVersion: 12 });
    const before = snapshot(wb);
    expect((await host.compute()).ok).toBe(true);
    expect(wb.sheet('自评表')!.comments.size).toBeGreaterThan(0);
    expect((await host.undo()).ok).toBe(true);
    expect(diffCells(before, snapshot(wb))).toEqual([]);
    expect(wb.sheet('自评表')!.comments.size).toBe(0);
  });

  it('restores exactly after the file was saved, e-mailed and reopened', async () => {
    const first = install(seed);
    const before = snapshot(first.wb);
    await first.host.compute();
    await first.host.compute();
    const reopened = install(first.wb.toSheets());
    const out = await reopened.host.undo();
    expect(out.ok).toBe(true);
    expect(diffCells(before, snapshot(reopened.wb))).toEqual([]);
    expect(names(reopened.wb)).toEqual(['自评表:Visible']);
  });

  it('leaves a cell the user changed after the run as the user made it', async () => {
    const { wb, host } = install(seed);
    await host.compute();
    const sheet = wb.sheet('自评表')!;
    const explained = [...sheet.cells()].find(([, , c]) => c.value === '计分说明');
    expect(explained).toBeDefined();
    const [r, c] = explained!;
    sheet.ensure(r + 1, c).value = '我改过了';
    const out = await host.undo();
    expect(out).toMatchObject({ ok: true, keptUserEdits: [expect.stringMatching(/^自评表!/)] });
    expect(sheet.cell(r + 1, c)?.value).toBe('我改过了');
  });
});

describe('settings', () => {
  it('live in the state sheet, a custom XML part and document settings; the CLI sees them', async () => {
    const { wb, host } = install(seed);
    await host.saveSettings({ stepMode: 'partial', headerRows: { 自评表: 2 } });
    await host.saveSettings({ overwritePolicy: 'overwrite' });
    const expected = { stepMode: 'partial', headerRows: { 自评表: 2 }, overwritePolicy: 'overwrite' };
    expect(await host.loadSettings()).toEqual(expected);
    expect(storedSettings(wb.toSheets())).toEqual(expected);
    expect(wb.customXmlParts).toHaveLength(1);
    expect(wb.customXmlParts[0]!.xml).toContain(SETTINGS_NAMESPACE);
    expect(JSON.parse(wb.documentSettings[DOCUMENT_SETTINGS_KEY] as string)).toEqual(expected);
    expect(wb.sheet(STATE_SHEET)!.visibility).toBe('VeryHidden');
    // reopened elsewhere: only the cells travel, the state sheet still has the settings
    const reopened = install(wb.toSheets());
    expect(await reopened.host.loadSettings()).toEqual(expected);
  });

  it('keep the ledger: undo still works after settings change', async () => {
    const { wb, host } = install(seed);
    const before = snapshot(wb);
    await host.compute();
    await host.saveSettings({ lang: 'en' });
    expect((await host.undo()).ok).toBe(true);
    const after = new Map([...snapshot(wb)].filter(([k]) => !k.startsWith(STATE_SHEET)));
    expect(diffCells(before, after)).toEqual([]);
    expect(await host.loadSettings()).toEqual({ lang: 'en' });
  });
});

describe('pane requests', () => {
  it('detect lists the tables and the user sheets in 2 syncs', async () => {
    const { wb, host } = install(seed);
    const d = await host.detect();
    expect(d).toEqual({
      tables: [{ sheet: '自评表', kind: 'department', rows: 40, range: '自评表!A2:I42', headerRow: 2 }],
      sheetNames: ['自评表'],
    });
    expect(wb.stats.syncs).toBe(2);
  });

  it('select activates the sheet and selects the cell', async () => {
    const { wb, host } = install(links);
    await host.select("'佐证材料'!A2");
    expect(wb.active?.name).toBe('佐证材料');
    expect(wb.selection).toEqual({ sheet: '佐证材料', address: 'A2' });
    await host.select('自评表!A2:I6');
    expect(wb.selection).toEqual({ sheet: '自评表', address: 'A2:I6' });
  });

  it('insertActualColumn adds a headed 实际完成值 column right of 标准值 and moves the ledger with it', async () => {
    const { wb, host } = install(seed);
    await host.compute();
    await host.insertActualColumn('自评表', 2);
    const sheet = wb.toSheets()[0]!;
    expect(sheet.rows[1]!.slice(2, 6)).toEqual(['三级指标', '标准值', '实际完成值', '指标说明']);
    expect(sheet.rows[2]![4]).toBeNull();
    // the ledger follows the shifted cells: undo restores the original workbook, shifted
    expect((await host.undo()).ok).toBe(true);
    const restored = wb.toSheets()[0]!;
    expect(restored.rows[1]).toEqual([
      ...seed[0]!.rows[1]!.slice(0, 4),
      '实际完成值',
      ...seed[0]!.rows[1]!.slice(4),
    ]);
    await expect(host.insertActualColumn('自评表', 2)).rejects.toThrow('已有“实际完成值”列');
  });

  it('insertActualColumn finds the header of a 续表 part on its own sheet', async () => {
    const header = ['一级指标', '二级指标', '三级指标', '标准值', '分值', '得分', '评分依据'];
    const part = (title: string, row: (string | number | null)[]): SheetInput => ({
      name: title.endsWith('（续表）') ? '自评表（二）' : '自评表（一）',
      rows: [[title], header, row],
    });
    const { wb, host } = install([
      part('2023年度项目支出绩效自评表', ['产出指标', '数量指标', '培训人次', '≥500人次', 60, 60, '签到表']),
      part('2023年度项目支出绩效自评表（续表）', [
        '效益指标',
        '社会效益',
        '持证率',
        '≥80%',
        40,
        40,
        '统计表',
      ]),
    ]);
    await host.insertActualColumn('自评表（二）', 2);
    expect(wb.toSheets()[1]!.rows[1]!.slice(3, 5)).toEqual(['标准值', '实际完成值']);
  });

  it('the ribbon runner computes without the pane and completes its event', async () => {
    const { wb, office } = install(seed);
    const g = globalThis as unknown as {
      Office: { actions: { associate(id: string, f: (e: { completed(): void }) => void): void } };
    };
    g.Office.actions.associate('computeScore', (event) => {
      void computeScore().finally(() => event.completed());
    });
    await office.fire('computeScore');
    expect(wb.active?.name).toBe(RESULTS_SHEET);
    expect(wb.sheet(RESULTS_SHEET)).toBeDefined();
  });
});
