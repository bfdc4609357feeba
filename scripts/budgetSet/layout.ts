/**
 * The nine public final-accounts tables laid out as published (部门决算公开表, 2020 templates):
 * title, 编制单位 / 单位：万元 line, a merged header, a 栏次 row, then the lines. Pure: `SetData`
 * in, plain grids (`SheetInput`) out, plus `at`, the `sheet!A1` of every amount by a stable key
 * (`summary.income.本年收入合计`, `basic.30217`, `general.211.1` …) for tests to point at.
 */
import { toA1 } from '../../src/engine/grid/address';
import { header, numbering, Sheet, title as titleAt, TITLES, type Cap, type Key } from './sheet';
import type { CodedRow, NamedRow, SetData } from './types';

export { Sheet } from './sheet';

export interface Layout {
  readonly sheets: Sheet[];
  /** `sheet!A1` of an amount cell, by key. */
  readonly at: Map<string, string>;
}

/** Where each table goes: its sheet and top-left corner (several tables may share a sheet). */
export type Placement = Partial<Record<Key, { sheet: string; row: number; col: number }>>;

export function layoutSet(data: SetData, placement: Placement = {}): Layout {
  const sheets = new Map<string, Sheet>();
  const at = new Map<string, string>();
  const place = (key: Key): { s: Sheet; r: number; c: number } => {
    const p = placement[key] ?? { sheet: TITLES[key], row: 0, col: 0 };
    const s = sheets.get(p.sheet) ?? new Sheet(p.sheet);
    sheets.set(p.sheet, s);
    return { s, r: p.row, c: p.col };
  };
  const mark = (s: Sheet, key: string, r: number, c: number): void =>
    void at.set(key, `${s.name}!${toA1(r, c)}`);
  const title = (s: Sheet, r: number, c: number, key: Key, width: number): number =>
    titleAt(s, r, c, `${data.year}年度${TITLES[key]}`, data.department, width);

  /** 科目编码 | 科目名称 | amounts…; a 合计 row (code null) merged over code and name. */
  const coded = (
    key: Key,
    prefix: string,
    captions: Cap[],
    rows: readonly CodedRow[],
    width: number,
    note?: string,
  ): void => {
    const { s, r: r0, c } = place(key);
    let r = title(s, r0, c, key, width);
    header(s, r, c, [['项目', 0, 0, 1, 2], ['科目编码', 1, 0, 1, 1], ['科目名称', 1, 1, 1, 1], ...captions]);
    r += 2;
    numbering(s, r, c, 2, width - 2);
    r++;
    for (const row of rows) {
      if (row.code === null) {
        s.put(r, c, row.name);
        s.merge(r, c, r, c + 1);
      } else {
        s.put(r, c, row.code);
        s.put(r, c + 1, row.name);
      }
      row.values.forEach((v, k) => {
        s.put(r, c + 2 + k, v);
        mark(s, `${prefix}.${row.code ?? row.name}.${k}`, r, c + 2 + k);
      });
      r++;
    }
    if (note) s.put(r, c, note);
  };
  const cap = (text: string, col: number, rows = 2): [string, number, number, number, number] => [
    text,
    0,
    col,
    rows,
    1,
  ];

  // 01 收入支出决算总表: 收入 | 支出, each 项目 | 行次 | 金额.
  panels('incomeExpenseSummary', 'summary', data.summary, false);
  coded(
    'income',
    'income',
    [
      '本年收入合计',
      '财政拨款收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
    ].map((t, k) => cap(t, 2 + k)),
    data.income,
    9,
  );
  coded(
    'expenditure',
    'expenditure',
    ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'].map((t, k) =>
      cap(t, 2 + k),
    ),
    data.expenditure,
    8,
  );
  panels('fiscalSummary', 'fiscal', data.fiscal, true);
  coded(
    'generalExpenditure',
    'general',
    [
      ['本年支出', 0, 2, 1, 3],
      ['小计', 1, 2, 1, 1],
      ['基本支出', 1, 3, 1, 1],
      ['项目支出', 1, 4, 1, 1],
    ],
    data.general,
    5,
  );
  basicTable();
  threePublicTable();
  const fundCaptions: [string, number, number, number, number][] = [
    cap('年初结转和结余', 2),
    cap('本年收入', 3),
    ['本年支出', 0, 4, 1, 3],
    ['小计', 1, 4, 1, 1],
    ['基本支出', 1, 5, 1, 1],
    ['项目支出', 1, 6, 1, 1],
    cap('年末结转和结余', 7),
  ];
  coded(
    'govFund',
    'govFund',
    fundCaptions,
    data.govFund,
    8,
    data.govFund.length <= 1 ? data.emptyNote : undefined,
  );
  coded(
    'stateCapital',
    'stateCapital',
    fundCaptions,
    data.stateCapital,
    8,
    data.stateCapital.length <= 1 ? data.emptyNote : undefined,
  );
  return { sheets: [...sheets.values()], at };

  function panels(key: Key, prefix: string, p: SetData['summary'], fiscal: boolean): void {
    const { s, r: r0, c } = place(key);
    const width = fiscal ? 9 : 6;
    let r = title(s, r0, c, key, width);
    const right = fiscal
      ? ['合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']
      : ['金额'];
    header(s, r, c, [
      ['收入', 0, 0, 1, 3],
      ['支出', 0, 3, 1, width - 3],
      ...['项目', '行次', '金额', '项目', '行次', ...right].map((t, k): Cap => [t, 1, k, 1, 1]),
    ]);
    r += 2;
    s.put(r, c, '栏次');
    s.put(r, c + 2, 1);
    s.put(r, c + 3, '栏次');
    right.forEach((_, k) => s.put(r, c + 5 + k, k + 2));
    r++;
    // Items padded to the longer side, then the totals, 总计 on the same row on both sides.
    const items = Math.max(p.income.length, p.expense.length);
    const mid = Math.max(p.incomeTotals.length, p.expenseTotals.length) - 1;
    const column = (its: readonly NamedRow[], totals: readonly NamedRow[]): (NamedRow | null)[] => [
      ...its,
      ...Array<null>(items - its.length).fill(null),
      ...totals.slice(0, -1),
      ...Array<null>(mid - (totals.length - 1)).fill(null),
      totals[totals.length - 1]!,
    ];
    const write = (rows: (NamedRow | null)[], col: number, firstNo: number, side: string): void => {
      let no = firstNo;
      rows.forEach((row, i) => {
        if (!row) return;
        s.put(r + i, c + col, row.name);
        s.put(r + i, c + col + 1, no++);
        row.values.forEach((v, k) => {
          s.put(r + i, c + col + 2 + k, v);
          mark(
            s,
            `${prefix}.${side}.${row.name}${fiscal && side === 'expense' ? `.${k}` : ''}`,
            r + i,
            c + col + 2 + k,
          );
        });
      });
    };
    write(column(p.income, p.incomeTotals), 0, 1, 'income');
    write(column(p.expense, p.expenseTotals), 3, 31, 'expense');
  }

  function basicTable(): void {
    const { s, r: r0, c } = place('generalBasic');
    let r = title(s, r0, c, 'generalBasic', 9);
    const triple = (col: number): [string, number, number, number, number][] => [
      ['科目编码', 1, col, 1, 1],
      ['科目名称', 1, col + 1, 1, 1],
      ['决算数', 1, col + 2, 1, 1],
    ];
    header(s, r, c, [
      ['人员经费', 0, 0, 1, 3],
      ['公用经费', 0, 3, 1, 6],
      ...triple(0),
      ...triple(3),
      ...triple(6),
    ]);
    r += 2;
    const blocks = [data.basic.personnel, ...data.basic.operating];
    const height = Math.max(...blocks.map((b) => b.length));
    blocks.forEach((rows, b) =>
      rows.forEach((row, i) => {
        s.put(r + i, c + 3 * b, row.code);
        s.put(r + i, c + 3 * b + 1, row.name);
        s.put(r + i, c + 3 * b + 2, row.values[0] ?? null);
        mark(s, `basic.${row.code}`, r + i, c + 3 * b + 2);
      }),
    );
    r += height;
    s.put(r, c, '人员经费合计');
    s.merge(r, c, r, c + 1);
    s.put(r, c + 2, data.basic.personnelTotal);
    mark(s, 'basic.personnelTotal', r, c + 2);
    s.put(r, c + 3, '公用经费合计');
    s.merge(r, c + 3, r, c + 7);
    s.put(r, c + 8, data.basic.operatingTotal);
    mark(s, 'basic.operatingTotal', r, c + 8);
  }

  function threePublicTable(): void {
    const { s, r: r0, c } = place('threePublic');
    let r = title(s, r0, c, 'threePublic', 12);
    (['预算数', '决算数'] as const).forEach((caption, b) => {
      const left = b * 6;
      header(s, r, c + left, [
        [caption, 0, 0, 1, 6],
        ['合计', 1, 0, 2, 1],
        ['因公出国（境）费', 1, 1, 2, 1],
        ['公务用车购置及运行维护费', 1, 2, 1, 3],
        ['小计', 2, 2, 1, 1],
        ['公务用车购置费', 2, 3, 1, 1],
        ['公务用车运行维护费', 2, 4, 1, 1],
        ['公务接待费', 1, 5, 2, 1],
      ]);
      const values = b === 0 ? data.threePublic.budget : data.threePublic.final;
      values.forEach((v, k) => {
        s.put(r + 3, c + left + k, v);
        mark(s, `threePublic.${b === 0 ? 'budget' : 'final'}.${k}`, r + 3, c + left + k);
      });
    });
    r += 4;
  }
}
