import type { SheetInput } from '../grid/types';
import { applyToSheets } from './applyToSheets';
import { textHash } from './fingerprint';
import { emptyState, LEDGER_VERSION, readState, sameSaved, sameWritten, type LedgerEntry } from './ledger';
import { ledgerText, stateChunks } from './ledgerWrite';
import { STATE_MAGIC, STATE_SHEET } from './names';
import { planUndo, stateSheetOf } from './planUndo';
import { isStillOurs } from './userView';

const LONG = '“中长期规划”的评分依据未指明具体文件或数据，佐证不足';
const USER_NOTE = '用户自己写的一条很长的批注，撤销后必须一字不差地回来';

const entries: LedgerEntry[] = [
  {
    sheet: '表',
    a1: 'I2',
    wrote: { v: 8, f: null, fill: 'FFDEECF9' },
    before: { v: null, f: null, fill: null },
  },
  {
    sheet: '表',
    a1: 'H2',
    wrote: { v: 5, f: 'B2*2', note: 'n', fill: 'FFDEECF9', fmt: '0.00' },
    before: { v: 4, f: 'A1+1', note: '旧批注', fill: 'FF000000', fmt: '0' },
  },
  { sheet: '表', a1: 'J2', wrote: { v: LONG, f: null }, before: { v: null, f: null } },
  { sheet: '表', a1: 'K2', wrote: { v: '短', f: null }, before: { v: '旧', f: null } },
  { sheet: '表', a1: 'I3', wrote: { note: `${USER_NOTE}\n———\n${LONG}` }, before: { note: USER_NOTE } },
  { sheet: '表', a1: 'I5', wrote: { v: 30, f: 'SUM(I2:I4)' }, before: { v: 27, f: 'SUM(I2:I3)' } },
  {
    sheet: '其他 表',
    a1: 'B7',
    wrote: { v: { d: '2020-01-01T00:00:00.000Z' }, f: null, fmt: 'yyyy/m/d' },
    before: { v: { e: '#N/A' }, f: null, fmt: null },
  },
];

const state = { ...emptyState(), runAt: 't1', fingerprint: 'abc', entries, ownedSheets: [STATE_SHEET] };

/** The state sheet as a host would read it back. */
function reload(s: typeof state): SheetInput[] {
  return applyToSheets([], { edits: [], ownedSheets: [stateSheetOf(s)], removeSheets: [] });
}

/** The state sheet holding `json` (an older add-in's ledger). */
function sheetOf(json: string): SheetInput {
  return { name: STATE_SHEET, rows: [[STATE_MAGIC], [json]], hidden: true };
}

describe('the ledger, compact form', () => {
  it('writes version 2 and reads it back: before in full, long written texts as hashes', () => {
    const json = (reload(state)[0]!.rows.slice(1) as string[][]).map((r) => r[0]).join('');
    expect(JSON.parse(json)).toMatchObject({ version: LEDGER_VERSION });
    expect(json).not.toContain(LONG);
    const back = readState(reload(state));
    expect(back.runAt).toBe('t1');
    expect(back.entries.map((e) => [e.sheet, e.a1, e.before])).toEqual(
      entries.map((e) => [e.sheet, e.a1, e.before]),
    );
    const byCell = new Map(back.entries.map((e) => [e.a1, e.wrote]));
    expect(byCell.get('I2')).toEqual(entries[0]!.wrote);
    expect(byCell.get('J2')).toEqual({ v: { h: textHash(LONG) }, f: null });
    expect(byCell.get('K2')).toEqual({ v: '短', f: null });
    expect(byCell.get('I3')).toEqual({ note: { h: textHash(`${USER_NOTE}\n———\n${LONG}`) } });
    expect(byCell.get('I5')).toEqual(entries[5]!.wrote);
    expect(byCell.get('B7')).toEqual(entries[6]!.wrote);
  });

  it('tells a cell still holding a hashed text from one the user changed', () => {
    const back = new Map(readState(reload(state)).entries.map((e) => [e.a1, e]));
    const j2 = back.get('J2')!;
    const snap = (v: string): { v: string; f: null; fill: null; note: null; fmt: null } => ({
      v,
      f: null,
      fill: null,
      note: null,
      fmt: null,
    });
    expect(isStillOurs(j2, 'v', snap(LONG))).toBe(true);
    expect(isStillOurs(j2, 'v', snap(`${LONG}。`))).toBe(false);
    const i3 = back.get('I3')!;
    expect(isStillOurs(i3, 'note', { ...snap(''), note: `${USER_NOTE}\n———\n${LONG}` })).toBe(true);
    expect(isStillOurs(i3, 'note', { ...snap(''), note: USER_NOTE })).toBe(false);
    expect(sameSaved(42, { h: textHash('42') })).toBe(false);
    expect(sameWritten(null, { h: textHash('') })).toBe(false);
  });

  it('writes each cell as [row, col, mask, …wrote, …before], grouped by runs of one sheet', () => {
    expect(ledgerText(entries)).toBe(
      '[["表",[[1,8,5,8,"FFDEECF9"],[1,7,271,5,"B2*2","n","FFDEECF9","0.00",4,"A1+1","旧批注","FF000000","0"],' +
        `[1,9,17,${textHash(LONG)}],[1,10,1,"短","旧"],[2,8,34,${textHash(`${USER_NOTE}\n———\n${LONG}`)},${JSON.stringify(USER_NOTE)}],` +
        '[4,8,257,30,"SUM(I2:I4)",27,"SUM(I2:I3)"]]],' +
        '["其他 表",[[6,1,9,{"d":"2020-01-01T00:00:00.000Z"},"yyyy/m/d",{"e":"#N/A"}]]]]',
    );
    expect(ledgerText([])).toBe('[]');
    // past a batch of cells, and back to a sheet after another: the text JSON.stringify would write
    const long = Array.from({ length: 2500 }, (_, i) => ({
      ...entries[i % entries.length]!,
      a1: `B${i + 1}`,
    }));
    const text = ledgerText(long);
    expect(JSON.parse(text)).toHaveLength(long.filter((e, i) => e.sheet !== long[i - 1]?.sheet).length);
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
  });

  it('is several times smaller than the full form', () => {
    const many: LedgerEntry[] = Array.from({ length: 2000 }, (_, i) => ({
      sheet: '自评表',
      a1: `J${i + 2}`,
      wrote: { v: `${LONG}（第${i}项）`, f: null, note: `${LONG}${i}`, fill: 'FFFFF4CE' },
      before: { v: null, f: null, note: null, fill: null },
    }));
    const compact = stateSheetOf({ ...state, entries: many })
      .ops.map((o) => o.value as string)
      .join('');
    const full = JSON.stringify({ ...state, entries: many });
    const bytes = (text: string): number => new TextEncoder().encode(text).length;
    expect(bytes(compact) * 4).toBeLessThan(bytes(full));
  });

  it('cuts the state into cells of 30,000 characters, the last one shorter', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...entries[1]!, a1: `H${i + 2}` }));
    const [magic, ...chunks] = stateChunks({ ...state, entries: many });
    const { entries: _, ...rest } = state;
    const json = `${JSON.stringify({ ...rest, version: LEDGER_VERSION }).slice(0, -1)},"cells":${ledgerText(many)}}`;
    expect(magic).toBe(STATE_MAGIC);
    expect(chunks.join('')).toBe(json);
    expect(chunks.map((c) => c.length)).toEqual([
      ...Array<number>(Math.floor(json.length / 30000)).fill(30000),
      json.length % 30000,
    ]);
  });

  it('still reads a ledger in the first form (entries as objects, texts in full)', () => {
    const v1 = JSON.stringify({ ...state, magic: STATE_MAGIC });
    const back = readState([sheetOf(v1)]);
    expect(back.entries).toEqual(entries);
    expect(back.fingerprint).toBe('abc');
  });

  it('treats an unknown version or damaged cells as no ledger', () => {
    expect(readState([sheetOf(JSON.stringify({ ...state, version: 3, cells: [] }))]).entries).toEqual([]);
    const bad = JSON.stringify({ ...state, entries: undefined, version: 2, cells: [['表', [[1, 'x', 1]]]] });
    expect(readState([sheetOf(bad)])).toEqual(emptyState());
  });

  it('undo after a reload restores user notes and values exactly', () => {
    const user: SheetInput = {
      name: '表',
      rows: [
        [],
        [null, null, null, null, null, null, null, null, 8, LONG, '短'],
        [],
        [],
        [null, null, null, null, null, null, null, null, 30],
      ],
      formulas: { I5: 'SUM(I2:I4)' },
      notes: { I3: `${USER_NOTE}\n———\n${LONG}` },
      styles: { I2: { fill: 'FFDEECF9' } },
    };
    const { plan } = planUndo([
      user,
      ...reload({ ...state, entries: entries.filter((e) => e.a1 !== 'H2' && e.sheet === '表') }),
    ]);
    const back = applyToSheets([user], plan)[0]!;
    expect(back.notes?.I3).toBe(USER_NOTE);
    expect(back.rows[1]!.slice(8, 11)).toEqual([null, null, '旧']);
    expect(back.formulas?.I5).toBe('SUM(I2:I3)');
    expect(back.rows[4]![8]).toBe(27);
    expect(back.styles?.I2?.fill).toBeUndefined();
  });
});
