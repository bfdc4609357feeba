/**
 * Office round trips, from the fake Excel host in test/fakeExcel (load/sync proxy semantics, sync
 * counting, payload measurement): one compute (read, analyse, write) of the seed table grown to
 * 100 and 20k indicator rows, on desktop (no payload cap) and on Excel on the web (5 MB cap per
 * request and response), and the seed table beside a 200k-row ledger sheet on the web.
 * Run in a child: `tsx bench/office.ts`.
 */
import { join } from 'node:path';
import { readWorkbook } from '../src/adapters/xlsx/readWorkbook';
import { analyzeWorkbook } from '../src/engine/analyzeWorkbook';
import { createMessages, loadLocale } from '../src/i18n';
import type { SheetInput } from '../src/engine/grid/types';
import { bigDataSheet, bigIndicatorSheet, install, uninstall } from '../test/fakeExcel/harness';
import { median, MB, reply, repoRoot, REQUEST_GOAL, SYNC_GOAL } from './stats';

export interface OfficeRow {
  readonly case: string;
  readonly rows: number;
  readonly platform: 'desktop' | 'web';
  readonly ok: boolean;
  readonly syncs: number;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  readonly refusedRequests: number;
  readonly computeMs: number;
  /** For the 20k tables: what any add-in must move for this compute, however it batches. */
  readonly bound?: PayloadBound;
}

/**
 * A floor under the sync count that holds for any reader and writer, not only ours: the read must
 * receive at least every used cell's value, the write must send at least every value, note, fill,
 * number format and link of the plan (without command overhead). On the web no response may pass
 * the 5 MB cap; no request may pass the 4 MB goal; so at least ⌈read ÷ cap⌉ + ⌈write ÷ 4 MB⌉
 * syncs (one read on desktop), not counting the sync that lists the sheets.
 */
export interface PayloadBound {
  readonly readBytes: number;
  readonly writeBytes: number;
  readonly minSyncs: number;
}

const WEB_LIMIT = 5 * MB;

async function one(
  name: string,
  rows: number,
  sheets: SheetInput[],
  platform: 'desktop' | 'web',
): Promise<OfficeRow> {
  const { wb, host } = install(sheets, platform === 'web' ? { platform, payloadLimit: WEB_LIMIT } : {});
  const t = performance.now();
  try {
    const out = (await host.compute()) as { ok: boolean };
    const fine = wb.stats.requests.filter((r) => !r.error);
    return {
      case: name,
      rows,
      platform,
      ok: out.ok,
      syncs: wb.stats.syncs,
      largestRequestBytes: Math.max(0, ...fine.map((r) => r.requestBytes)),
      largestResponseBytes: Math.max(0, ...fine.map((r) => r.responseBytes)),
      refusedRequests: wb.stats.requests.length - fine.length,
      computeMs: performance.now() - t,
    };
  } finally {
    uninstall();
  }
}

export function payloadBound(sheets: readonly SheetInput[], platform: 'desktop' | 'web'): PayloadBound {
  const bytes = (v: unknown): number => (v === undefined ? 0 : Buffer.byteLength(JSON.stringify(v)));
  const readBytes = sheets.reduce((n, sheet) => n + bytes(sheet.rows), 0);
  const { plan } = analyzeWorkbook(sheets, { messages: createMessages('zh-CN'), now: '2026-11-29 14:05' });
  let writeBytes = 0;
  for (const { ops } of [...plan.edits, ...plan.ownedSheets]) {
    for (const op of ops) {
      writeBytes += bytes(op.value) + bytes(op.note) + bytes(op.fill) + bytes(op.numFmt) + bytes(op.link);
    }
  }
  const reads = platform === 'web' ? Math.max(1, Math.ceil(readBytes / WEB_LIMIT)) : 1;
  return { readBytes, writeBytes, minSyncs: reads + Math.max(1, Math.ceil(writeBytes / REQUEST_GOAL)) };
}

export async function measureOffice(): Promise<OfficeRow[]> {
  // all the words, as the add-in has them once a 决算 workbook fetched its part
  await loadLocale('zh-CN');
  const seed = (await readWorkbook(join(repoRoot(), 'samples', 'seed-department-2020.xlsx')))[0]!;
  const out: OfficeRow[] = [];
  for (const n of [100, 20_000]) {
    for (const platform of ['desktop', 'web'] as const) {
      const sheets = [bigIndicatorSheet(seed, n)];
      const row = await one(`${n} indicator rows`, n, sheets, platform);
      out.push(n === 20_000 ? { ...row, bound: payloadBound(sheets, platform) } : row);
    }
  }
  out.push(await one('seed table + 200k-row ledger sheet', 200_000, [seed, bigDataSheet(200_000)], 'web'));
  for (const platform of ['desktop', 'web'] as const) out.push(await frontier(seed, platform));
  return out;
}

/** Both goals at once: at most SYNC_GOAL syncs, every request within REQUEST_GOAL, none refused. */
export function meetsGoals(
  r: Pick<OfficeRow, 'ok' | 'syncs' | 'largestRequestBytes' | 'refusedRequests'>,
): boolean {
  return r.ok && r.syncs <= SYNC_GOAL && r.largestRequestBytes <= REQUEST_GOAL && r.refusedRequests === 0;
}

/** The sizes tried for the largest table meeting both goals, smallest first. */
export const FRONTIER_LADDER = [1_000, 2_000, 3_000, 4_000, 5_000, 7_500, 10_000, 15_000, 20_000];

/**
 * The largest table, of a ladder of sizes, whose compute meets both goals on `platform` (the
 * ladder stops at the first size that does not). Reported as a row whose `rows` is that size
 * (0 when even the smallest misses).
 */
async function frontier(seed: SheetInput, platform: 'desktop' | 'web'): Promise<OfficeRow> {
  let best: OfficeRow | null = null;
  for (const n of FRONTIER_LADDER) {
    const r = await one(`largest table meeting both goals`, n, [bigIndicatorSheet(seed, n)], platform);
    if (!meetsGoals(r)) break;
    best = r;
  }
  return best ?? { ...(await one('largest table meeting both goals', 0, [seed], platform)), rows: 0 };
}

export { median };

if (require.main === module) reply(measureOffice);
