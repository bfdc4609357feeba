import { analyzeWorkbook } from '../analyzeWorkbook';
import { toA1 } from '../grid/address';
import type { CellValue, SheetInput } from '../grid/types';
import type { Messages } from '../messages';
import type { Settings } from '../settings';
import { FUNDS_HEADER, PROJECT_HEADER } from '../../../test/support/templates';
import { FILLS } from './palette';
import { isFormulaValue, type FormulaValue } from './types';

/** Words are not under test here: a plain renderer keeps the engine test free of i18n. */
const messages: Messages = {
  lang: 'test',
  finding: (f) => `${f.code}`,
  explanation: (e) => `${e.key}`,
  label: (key) => key,
};

/** The formulas the plan writes on a sheet, by cell. */
function formulas(sheet: SheetInput): Record<string, FormulaValue> {
  const out: Record<string, FormulaValue> = {};
  for (const edit of analyzeWorkbook([sheet], { messages, now: 't' }).plan.edits) {
    for (const op of edit.ops) if (isFormulaValue(op.value)) out[toA1(op.row, op.col)] = op.value;
  }
  return out;
}

const HEADER: CellValue[] = ['一级指标', '二级指标', '三级指标', '评分标准', '分值', '得分'];
const RULE = '达标记满分';

describe('formulas of the indicator plan cache what a spreadsheet computes', () => {
  it('sums typed scores and weights to the last digit, not to two decimals', () => {
    const sheet: SheetInput = {
      name: '表',
      rows: [
        HEADER,
        ['产出', '数量', '甲', RULE, 30.0005, 29.125],
        [null, null, '乙', RULE, 69.9995, 17.333],
        ['合计'],
      ],
    };
    const f = formulas(sheet);
    expect(f.F4).toEqual({ formula: 'SUM(F2:F3)', result: 29.125 + 17.333 });
    expect(f.E4).toEqual({ formula: 'SUM(E2:E3)', result: 30.0005 + 69.9995 });
  });

  it('writes no SUM over a column holding an error or a boolean, nor over a table without rows', () => {
    const withError: SheetInput = {
      name: '表',
      rows: [
        HEADER,
        ['产出', '数量', '甲', RULE, 50, { error: '#N/A' }],
        [null, null, '乙', RULE, 50, 50],
        ['合计'],
      ],
    };
    expect(Object.keys(formulas(withError))).toEqual(['E4']);
    const withBoolean: SheetInput = {
      ...withError,
      rows: withError.rows.map((r, i) => (i === 1 ? [...r.slice(0, 4), true, 9] : r)),
    };
    expect(Object.keys(formulas(withBoolean))).toEqual(['F4']);
    const empty: SheetInput = { name: '表', rows: [HEADER, ['合计']] };
    expect(formulas(empty)).toEqual({});
  });

  it('gives the funds line its unrounded rate and a score from the cells the formula reads', () => {
    const sheet: SheetInput = {
      name: '项目',
      rows: [
        [...FUNDS_HEADER],
        [null, '年度资金总额', null, 500, 480, 451.23, 10, null, null],
        [...PROJECT_HEADER],
        ['产出指标', '数量指标', '覆盖农户数', '1,200户', '1,236户', 90, 90, null],
        ['总分'],
      ],
    };
    const f = formulas(sheet);
    expect(f.H2).toEqual({ formula: 'IF(E2=0,"",F2/E2)', result: 451.23 / 480 });
    expect(f.I2).toEqual({ formula: 'IF(E2=0,"",ROUND(MIN(1,F2/E2)*G2,2))', result: 9.4 });
    expect(f.G5).toEqual({ formula: 'SUM(G4:G4,I2)', result: 99.4 });
    expect(f.F5).toEqual({ formula: 'SUM(F4:F4,G2)', result: 100 });
  });

  it('never writes over a formula saved without its value, nor computes from one', () => {
    // as a script leaves a workbook: the formulas, no values
    const sheet: SheetInput = {
      name: '表',
      rows: [HEADER, ['产出', '数量', '甲', RULE, 50, null], [null, null, '乙', RULE, null, 50], ['合计']],
      formulas: { F2: 'E2*0.9', E3: '100-E2' },
    };
    const a = analyzeWorkbook([sheet], { messages, now: 't' });
    const written = a.plan.edits.flatMap((e) =>
      e.ops.filter((op) => op.value !== undefined).map((op) => toA1(op.row, op.col)),
    );
    expect(written).not.toContain('F2');
    expect(written).not.toContain('E4');
    expect(written).not.toContain('F4');
    const f = a.findings.filter((x) => x.code === 'cell.formulaNotCalculated');
    expect(f).toEqual([expect.objectContaining({ sheet: '表', cell: 'F2', params: { count: 2 } })]);
    // unknown, not missing: no "weight missing" at E3, "score missing" at F2, nor a verdict on the total
    const said = a.findings.map((x) => `${x.code}@${x.cell}`);
    expect(said).not.toContain('weight.missing@E3');
    expect(said).not.toContain('score.missing@F2');
    expect(said.filter((x) => x.startsWith('weight.totalNot100'))).toEqual([]);
  });
});

describe('fills of the indicator plan', () => {
  /** The final op at each cell (after the plan merged every op of that cell). */
  function finalOps(
    sheet: SheetInput,
    settings: Partial<Settings> = {},
  ): Map<string, { value?: unknown; fill?: string | null; note?: string | null }> {
    const out = new Map<string, { value?: unknown; fill?: string | null; note?: string | null }>();
    for (const edit of analyzeWorkbook([sheet], { messages, now: 't', settings }).plan.edits)
      for (const op of edit.ops) out.set(toA1(op.row, op.col), op);
    return out;
  }

  it('paints an error red, a warning yellow, missing evidence purple and a computed score blue', () => {
    const sheet: SheetInput = {
      name: '表',
      rows: [
        ['一级指标', '二级指标', '三级指标', '实际完成值', '评分标准', '评分依据', '分值', '得分'],
        ['产出', '数量', '甲', '达标', RULE, '《验收报告》', 40, null],
        [null, null, '乙', '达标', RULE, null, 30, 25],
        [null, null, '丙', '达标', RULE, '《工作总结》', 30, 'abc'],
      ],
    };
    const ops = finalOps(sheet);
    expect(ops.get('H2')).toMatchObject({ value: 40, fill: FILLS.computed });
    expect(ops.get('F3')).toMatchObject({ fill: FILLS.evidence, note: 'evidence.missing' });
    expect(ops.get('H3')).toMatchObject({ fill: FILLS.warning, note: 'note.computedDiffers' });
    expect(ops.get('H4')?.fill).toBe(FILLS.error);
    expect(ops.get('H4')?.note).toMatch(/score\.notNumeric/);
    // 已填得分与计算不一致时 → 覆盖: the computed score replaces the typed one, and the note says so
    const overwritten = finalOps(sheet, { overwritePolicy: 'overwrite' });
    expect(overwritten.get('H3')).toMatchObject({ value: 30, fill: FILLS.warning, note: 'note.overwritten' });
    expect(ops.get('H3')?.value).toBeUndefined();
  });

  it("lets a finding's fill win over 系统计算 on a cell the plan also computes (a blank total)", () => {
    const sheet: SheetInput = {
      name: '表',
      rows: [HEADER, ['产出', '数量', '甲', RULE, 30, 30], [null, null, '乙', RULE, 60, 60], ['合计']],
    };
    const ops = finalOps(sheet);
    // the weights add up to 90: the SUM is written, and the cell is painted as the error it is
    expect(ops.get('E4')).toMatchObject({
      value: { formula: 'SUM(E2:E3)', result: 90 },
      fill: FILLS.error,
      note: 'weight.totalNot100',
    });
    expect(ops.get('F4')).toMatchObject({ fill: FILLS.computed });
  });
});
