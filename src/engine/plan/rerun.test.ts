import { analyzeWorkbook } from '../analyzeWorkbook';
import type { CellValue, SheetInput } from '../grid/types';
import type { Messages } from '../messages';
import { applyToSheets } from './applyToSheets';
import { planUndo } from './planUndo';
import { RESULTS_SHEET, STATE_SHEET } from './names';
import { FILLS } from './palette';

/** Words are not under test here: a plain renderer keeps the engine test free of i18n. */
const messages: Messages = {
  lang: 'test',
  finding: (f) => `${f.code}`,
  explanation: (e) => `${e.key}`,
  label: (key) => key,
};

const HEADER: CellValue[] = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标值',
  '实际完成值',
  '评分标准',
  '评分依据',
  '分值',
  '得分',
];

function project(rows: CellValue[][], notes: Record<string, string> = {}): SheetInput {
  return { name: '表', rows: [HEADER, ...rows, ['总分']], notes };
}

const RULE = '达100%记10分，每低5个百分点扣1分，扣完为止';

/** Three rows: one blank score, one typed score that differs, one without evidence. */
const input = [
  project(
    [
      ['产出 (100分)', '数量 (100分)', '完成率', '100%', '90%', RULE, '《验收报告》', 10, null],
      [null, null, '覆盖率', '100%', '100%', RULE, '《台账》', 10, 7],
      [null, null, '合格率', '100%', '96%', RULE, '', 80, null],
    ],
    { I3: '我的批注' },
  ),
];

function run(sheets: readonly SheetInput[], now = 't1'): { out: SheetInput[]; sheet: SheetInput } {
  const a = analyzeWorkbook(sheets, { messages, now });
  const out = applyToSheets(sheets, a.plan);
  return { out, sheet: out.find((s) => s.name === '表')! };
}

describe('reruns and the ledger', () => {
  it('fills blank scores, keeps a typed one, and appends the side columns', () => {
    const { sheet } = run(input);
    expect(sheet.rows[1]![8]).toBe(8);
    expect(sheet.styles?.I2?.fill).toBe(FILLS.computed);
    expect(sheet.rows[2]![8]).toBe(7);
    expect(sheet.styles?.I3?.fill).toBe(FILLS.warning);
    expect(sheet.notes?.I3).toMatch(/^我的批注\n/);
    expect(sheet.rows[0]![9]).toBe('column.explanation');
    expect(sheet.rows[0]![10]).toBe('column.findings');
    expect(sheet.formulas?.I5).toBe('SUM(I2:I4)');
  });

  it('a second run on its own output writes the same cells and keeps the run time', () => {
    const first = run(input, 't1').out;
    const second = run(first, 't2').out;
    expect(second).toEqual(first);
  });

  it('a rerun after the user edits an input replaces its own outputs only', () => {
    const first = run(input).out;
    const edited = first.map((s) => {
      if (s.name !== '表') return s;
      const rows = s.rows.map((r) => [...r]);
      rows[1]![4] = '100%'; // actual now meets the target
      rows[3]![8] = 50; // the user types a score where the add-in had written one
      return { ...s, rows };
    });
    const { sheet } = run(edited, 't2');
    expect(sheet.rows[1]![8]).toBe(10);
    expect(sheet.rows[3]![8]).toBe(50);
    expect(sheet.rows[0]![11] ?? null).toBeNull();
    expect(sheet.notes?.I3).toMatch(/^我的批注\n/);
  });

  it('restores what it wrote when the reason is gone', () => {
    const first = run(input).out;
    const fixed = first.map((s) => {
      if (s.name !== '表') return s;
      const rows = s.rows.map((r) => [...r]);
      rows[2]![8] = 10; // the user corrects the differing score
      return { ...s, rows };
    });
    const { sheet } = run(fixed, 't2');
    expect(sheet.notes?.I3).toBe('我的批注');
    expect(sheet.styles?.I3?.fill).toBeUndefined();
  });

  it('owns exactly two sheets: the results and the very hidden state', () => {
    const { out } = run(input);
    expect(out.map((s) => [s.name, s.hidden ?? false])).toEqual([
      ['表', false],
      [RESULTS_SHEET, false],
      [STATE_SHEET, true],
    ]);
  });
});

describe('undo of the last compute', () => {
  it('restores every cell exactly and removes the results', () => {
    const { out } = run(input);
    const undo = planUndo(out);
    expect(undo.hadRun).toBe(true);
    const back = applyToSheets(out, undo.plan);
    expect(back.map((s) => s.name)).toEqual(['表']);
    const restored = back[0]!;
    const original = input[0]!;
    const trim = (rows: readonly (readonly CellValue[])[]): CellValue[][] =>
      rows.map((r) => {
        const copy = [...r];
        while (copy.length > 0 && (copy[copy.length - 1] ?? null) === null) copy.pop();
        return copy;
      });
    expect(trim(restored.rows)).toEqual(trim(original.rows));
    expect(restored.notes).toEqual(original.notes);
    expect(
      Object.values(restored.styles ?? {}).filter((s) => s.fill !== undefined || s.numFmt !== undefined),
    ).toEqual([]);
    expect(Object.keys(restored.formulas ?? {})).toEqual([]);
  });

  it('keeps what the user changed after the compute', () => {
    const { out } = run(input);
    const edited = out.map((s) => {
      if (s.name !== '表') return s;
      const rows = s.rows.map((r) => [...r]);
      rows[1]![8] = 9; // user overwrote the add-in's 8
      return { ...s, rows };
    });
    const undo = planUndo(edited);
    expect(undo.keptUserEdits).toEqual(['表!I2']);
    expect(applyToSheets(edited, undo.plan)[0]!.rows[1]![8]).toBe(9);
  });

  it('has nothing to undo on a workbook never computed', () => {
    expect(planUndo(input).hadRun).toBe(false);
  });
});
