/**
 * Node-side helpers for the adapter tests (not part of the browser bundle): seed the fake from
 * an .xlsx read by the xlsx adapter, install it, and compare workbooks cell by cell.
 */
import { readWorkbook } from '../../src/adapters/xlsx/readWorkbook';
import { createOfficeHost, type OfficeHost } from '../../src/adapters/office/officeHost';
import { officeEnvironment } from '../../src/adapters/office/environment';
import { toA1 } from '../../src/engine/grid/address';
import type { CellValue, SheetInput } from '../../src/engine/grid/types';
import { FakeWorkbook, installFakeOffice, type FakeOfficeHandle, type FakeOptions } from './index';

export const FIXED_NOW = '2026-11-29 14:05';

export interface Installed {
  readonly wb: FakeWorkbook;
  readonly office: FakeOfficeHandle;
  readonly host: OfficeHost;
}

let current: FakeOfficeHandle | undefined;

/** Installs a fake holding `sheets` as the global Office/Excel, with a host that never sleeps. */
export function install(sheets: readonly SheetInput[], options: Partial<FakeOptions> = {}): Installed {
  current?.uninstall();
  const wb = FakeWorkbook.fromSheets(sheets, options);
  const office = installFakeOffice(globalThis, wb);
  current = office;
  const env = { ...officeEnvironment(), now: () => FIXED_NOW, sleep: async () => await Promise.resolve() };
  return { wb, office, host: createOfficeHost({ env, retryDelays: [1, 1, 1] }) };
}

export function uninstall(): void {
  current?.uninstall();
  current = undefined;
}

export async function installFile(path: string, options: Partial<FakeOptions> = {}): Promise<Installed> {
  return install(await readWorkbook(path), options);
}

export interface CellState {
  readonly v: string | number | boolean | null;
  readonly f?: string;
  readonly note?: string;
  readonly fill?: string;
  readonly fmt?: string;
  readonly link?: string;
}

function plain(v: CellValue): CellState['v'] {
  if (v === null || v === '') return null;
  if (v instanceof Date) return `date:${v.toISOString()}`;
  if (typeof v === 'object') return `error:${v.error}`;
  if (typeof v === 'number') return Math.round(v * 1e9) / 1e9;
  return v;
}

/** Every cell with content, keyed `Sheet!A1`; formula cells compare by formula unless `values`. */
export function cellMap(
  sheets: readonly SheetInput[],
  options: { formulaValues?: boolean } = {},
): Map<string, CellState> {
  const out = new Map<string, CellState>();
  for (const s of sheets) {
    const keys = new Set<string>([
      ...Object.keys(s.formulas ?? {}),
      ...Object.keys(s.notes ?? {}),
      ...Object.keys(s.hyperlinks ?? {}),
      ...Object.entries(s.styles ?? {})
        .filter(([, st]) => st.fill !== undefined || st.numFmt !== undefined)
        .map(([k]) => k),
    ]);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (plain(v) !== null) keys.add(toA1(r, c));
      }),
    );
    for (const a1 of keys) {
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      let col = 0;
      for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
      const f = s.formulas?.[a1];
      const v =
        f !== undefined && !options.formulaValues ? null : plain(s.rows[Number(m[2]) - 1]?.[col - 1] ?? null);
      const state: CellState = {
        v,
        ...(f !== undefined ? { f } : {}),
        ...(s.notes?.[a1] !== undefined ? { note: s.notes[a1] } : {}),
        ...(s.styles?.[a1]?.fill !== undefined ? { fill: s.styles[a1].fill } : {}),
        ...(s.styles?.[a1]?.numFmt !== undefined ? { fmt: s.styles[a1].numFmt } : {}),
        ...(s.hyperlinks?.[a1] !== undefined ? { link: s.hyperlinks[a1] } : {}),
      };
      if (state.v !== null || Object.keys(state).length > 1) out.set(`${s.name}!${a1}`, state);
    }
  }
  return out;
}

/** The differences between two cell maps, for readable test failures. */
export function diffCells(a: Map<string, CellState>, b: Map<string, CellState>): string[] {
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = JSON.stringify(a.get(k) ?? null);
    const y = JSON.stringify(b.get(k) ?? null);
    if (x !== y) out.push(`${k}: ${x} ≠ ${y}`);
  }
  return out;
}

/** The seed's 自评表 with `n` indicator rows (its 40 rows repeated), a third of the scores blank. */
export function bigIndicatorSheet(seed: SheetInput, n: number): SheetInput {
  const body = seed.rows.slice(2);
  const rows: CellValue[][] = [[...(seed.rows[0] ?? [])], [...(seed.rows[1] ?? [])]];
  for (let i = 0; i < n; i++) {
    const r = [...(body[i % body.length] ?? [])];
    r[0] = i === 0 ? '内部管理 (100分)' : null;
    r[1] = i === 0 ? '综合 (100分)' : null;
    if (i % 3 === 2) r[8] = null;
    rows.push(r);
  }
  return { name: seed.name, rows };
}

/** A ledger-like data sheet of `n` rows × 6 columns (no table the engine scores). */
export function bigDataSheet(n: number): SheetInput {
  const rows: CellValue[][] = [['日期', '凭证号', '摘要', '科目', '借方', '贷方']];
  for (let i = 0; i < n; i++)
    rows.push([
      `2020-${(i % 12) + 1}`,
      `记-${i}`,
      `支付办公用品采购款第${i}笔`,
      '办公费',
      ((i * 37) % 10000) / 100,
      0,
    ]);
  return { name: '明细账', rows };
}
