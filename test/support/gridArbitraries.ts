/**
 * fast-check arbitraries for whole workbooks as the engine sees them: small ragged grids whose
 * cells mix header words of both table families, rule texts, amounts, subject codes, numbers of
 * every kind (NaN and ±Infinity included), dates (valid and invalid), error values, booleans,
 * control characters and odd Unicode; with merges (never overlapping, as in Excel), formulas,
 * links, notes and styles keyed by addresses inside or just outside the grid. Small on purpose:
 * table detection needs only a header row and a few data rows, and 10,000 of them must run fast.
 */
import fc from 'fast-check';
import { toA1 } from '../../src/engine/grid/address';
import type { CellRange, CellStyle, CellValue, SheetInput, WorkbookInput } from '../../src/engine/grid/types';

const HEADER_WORDS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标名称',
  '年度指标值',
  '指标值',
  '标准值',
  '实际完成值',
  '完成值',
  '分值',
  '权重',
  '权重（分）',
  '得分',
  '自评得分',
  '评分标准',
  '评分依据',
  '佐证材料',
  '偏差原因分析及改进措施',
  '指标性质',
  '度量单位',
  '绩效指标',
  '合计',
  '总分',
  '合 计',
  '科目编码',
  '科目名称',
  '类',
  '款',
  '项',
  '项目',
  '预算数',
  '年初预算数',
  '全年预算数',
  '调整预算数',
  '决算数',
  '支出决算数',
  '全年执行数',
  '执行率',
  '完成年初预算(%)',
  '上年决算数',
  '本年支出合计',
  '基本支出',
  '项目支出',
  '人员经费',
  '公用经费',
  '年度资金总额',
  '单位：万元',
  '单位：元',
  '因公出国（境）费',
  '公务接待费',
  '公务用车购置及运行维护费',
  '小计',
  '总计',
];

const VALUE_TEXTS = [
  '达标记满分，否则不得分。',
  '每低5个百分点扣1分，扣完为止。',
  '完成率×分值',
  '由评价组综合评定',
  '每一项记1分，总分3分。',
  '≥90%记满分，80%-90%记一半分值，80%以下不得分',
  '按时完成记满分，每延迟1个月扣1分',
  '≥95%',
  '≤300万元',
  '100%',
  '９２％',
  '1,234.50',
  '1.5万',
  '三分',
  '—',
  '/',
  '无',
  '达标',
  '不合格',
  '2021年12月底前',
  '2021年11月20日',
  '有',
  '显著提升',
  '3/4/5级',
  '#DIV/0!',
  '（20分）',
  '内部管理 (30分)',
  '201',
  '20101',
  '2010101',
  '211',
  '21101',
  '2110101',
  '一、一般公共服务支出',
  '其中：当年财政拨款',
  'https://example.org/a.pdf',
  '#佐证材料!A2',
  '附件2',
  ' 95 ',
  '１０',
  '-',
  '0',
  '',
  '\u0007bell',
  'esc\u001b[31m',
  'tab\there',
  'line\nbreak',
  '\u202eRTL',
  '\ud800',
  '𠀀𠀁',
  'x'.repeat(300),
];

const numberArb = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(
    0,
    -0,
    0.1 + 0.2,
    1e21,
    5e-324,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ),
);

const cellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 5, arbitrary: fc.constantFrom(...VALUE_TEXTS) },
  { weight: 5, arbitrary: numberArb },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(new Date(Date.UTC(2021, 11, 31)), new Date(Number.NaN)) },
  { weight: 1, arbitrary: fc.constantFrom({ error: '#DIV/0!' }, { error: '#N/A' }, { error: '' }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8, unit: 'binary' }) },
);

const SHEET_NAMES = [
  '自评表',
  '绩效自评表',
  'Sheet1',
  "O'Brien's",
  '支出 决算',
  '项目支出绩效自评表',
  'A!B',
  '评价结果',
  '表',
];

interface Shape {
  readonly rows: CellValue[][];
  readonly width: number;
}

const INDICATOR_COLUMNS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '分值',
  '得分',
  '评分标准',
  '佐证材料',
  '偏差原因分析及改进措施',
  '指标性质',
  '度量单位',
  '权重',
  '自评得分',
  '指标说明',
];
const BUDGET_COLUMNS = [
  '科目编码',
  '科目名称',
  '类',
  '款',
  '项',
  '年初预算数',
  '调整预算数',
  '支出决算数',
  '执行率',
  '上年决算数',
  '基本支出',
  '项目支出',
];
const CODES = ['201', '20101', '2010101', '2010102', '20102', '211', '21101', '2110101', '合计', '01', '02'];

/** A table-like block: a header row of real column names, then data rows fitting them. */
const tableArb: fc.Arbitrary<CellValue[][]> = fc.oneof(
  fc
    .tuple(
      fc.shuffledSubarray(INDICATOR_COLUMNS, { minLength: 3, maxLength: 9 }),
      fc.boolean(),
      fc.array(
        fc.array(fc.oneof(cellArb, numberArb, fc.constantFrom(...VALUE_TEXTS)), {
          minLength: 3,
          maxLength: 9,
        }),
        { maxLength: 7 },
      ),
      fc.constantFrom<CellValue[][]>([], [['合计']], [['总分', null, null, 100]], [[null, '合 计']]),
    )
    .map(([header, withWeight, body, total]) => [
      withWeight && !header.includes('分值') ? [...header, '分值'] : header,
      ...body,
      ...total,
    ]),
  fc
    .tuple(
      fc.shuffledSubarray(BUDGET_COLUMNS, { minLength: 2, maxLength: 6 }),
      fc.array(
        fc.tuple(
          fc.constantFrom(...CODES),
          fc.constantFrom('一般公共服务支出', '行政运行', '其他', ''),
          numberArb,
          numberArb,
          cellArb,
        ),
        { maxLength: 8 },
      ),
      fc.boolean(),
    )
    .map(([header, lines, unitRow]) => [
      ...(unitRow ? [['支出决算表', null, null, '单位：万元']] : []),
      ['科目编码', ...header],
      ...lines.map((l) => [...l]),
    ]),
);

/** A random grid, sometimes with a table written into it at an offset. */
const gridArb: fc.Arbitrary<Shape> = fc
  .tuple(
    fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 10 }),
    fc.option(fc.tuple(tableArb, fc.nat(3), fc.nat(2)), { freq: 2 }),
  )
  .map(([base, table]) => {
    const rows = base.map((r) => [...r]);
    if (table) {
      const [block, top, left] = table;
      block.forEach((line, i) => {
        const r = top + i;
        while (rows.length <= r) rows.push([]);
        const row = rows[r]!;
        while (row.length < left) row.push(null);
        line.forEach((v, j) => {
          row[left + j] = v;
        });
      });
    }
    return { rows, width: rows.reduce((w, r) => Math.max(w, r.length), 0) };
  });

/** Non-overlapping merges (as Excel keeps them), inside the grid or one past its edge. */
function mergesArb(shape: Shape): fc.Arbitrary<CellRange[]> {
  const h = shape.rows.length + 1;
  const w = shape.width + 1;
  return fc
    .array(fc.record({ top: fc.nat(h - 1), left: fc.nat(w - 1), down: fc.nat(4), right: fc.nat(3) }), {
      maxLength: 5,
    })
    .map((list) => {
      const out: CellRange[] = [];
      for (const m of list) {
        const r: CellRange = {
          top: m.top,
          left: m.left,
          bottom: Math.min(m.top + m.down, h - 1),
          right: Math.min(m.left + m.right, w - 1),
        };
        if (r.bottom === r.top && r.right === r.left) continue;
        const overlaps = out.some(
          (o) => r.top <= o.bottom && r.bottom >= o.top && r.left <= o.right && r.right >= o.left,
        );
        if (!overlaps) out.push(r);
      }
      return out;
    });
}

function addressArb(shape: Shape): fc.Arbitrary<string> {
  return fc.tuple(fc.nat(shape.rows.length), fc.nat(shape.width)).map(([r, c]) => toA1(r, c));
}

function sideMapArb<T>(shape: Shape, value: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc
    .array(fc.tuple(addressArb(shape), value), { maxLength: 3 })
    .map((pairs) => Object.fromEntries(pairs));
}

const styleArb: fc.Arbitrary<CellStyle> = fc.record(
  {
    fill: fc.constantFrom('FFFDE7E9', 'FFE2EFDA'),
    numFmt: fc.constantFrom('0%', '0.00%', 'yyyy-mm-dd', '#,##0.00', '@'),
  },
  { requiredKeys: [] },
);

function sheetArb(name: string): fc.Arbitrary<SheetInput> {
  return gridArb.chain((shape) =>
    fc
      .record({
        merges: mergesArb(shape),
        formulas: sideMapArb(shape, fc.constantFrom('SUM(A1:A3)', 'E2/D2', 'IF(A1=0,"",B1/A1)')),
        hyperlinks: sideMapArb(shape, fc.constantFrom('https://example.org', `#'${name}'!A1`, '#Nowhere!Z9')),
        notes: sideMapArb(shape, fc.constantFrom('说明', 'x'.repeat(40), '\u0000')),
        styles: sideMapArb(shape, styleArb),
        hidden: fc.boolean(),
      })
      .map((side) => ({
        name,
        rows: shape.rows,
        merges: side.merges,
        formulas: side.formulas,
        hyperlinks: side.hyperlinks,
        notes: side.notes,
        styles: side.styles,
        ...(side.hidden ? { hidden: true } : {}),
      })),
  );
}

/** One to three sheets with distinct names. */
export const workbookArb: fc.Arbitrary<WorkbookInput> = fc
  .uniqueArray(fc.constantFrom(...SHEET_NAMES), { minLength: 1, maxLength: 3 })
  .chain((names) => fc.tuple(...names.map((n) => sheetArb(n))));
