/**
 * Office round trips, from the fake Excel host in test/fakeExcel (load/sync proxy semantics, sync
 * counting, payload measurement): one compute (read, analyse, write) of the seed table grown to
 * 100 and 20k indicator rows, on desktop (no payload cap) and on Excel on the web (5 MB cap per
 * request and response), and the seed table beside a 200k-row ledger sheet on the web.
 * Run in a child: `tsx bench/office.ts`.
 */
import { join } from 'node:path';
import { readWorkbook } from '../src/adapters/xlsx/readWorkbook';
import type { SheetInput } from '../src/engine/grid/types';
import { bigDataSheet, bigIndicatorSheet, install, uninstall } from '../test/fakeExcel/harness';
import { median, MB, reply } from './stats';

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

export async function measureOffice(): Promise<OfficeRow[]> {
  const seed = (await readWorkbook(join(__dirname, '..', 'samples', 'seed-department-2020.xlsx')))[0]!;
  const out: OfficeRow[] = [];
  for (const n of [100, 20_000]) {
    for (const platform of ['desktop', 'web'] as const) {
      out.push(await one(`${n} indicator rows`, n, [bigIndicatorSheet(seed, n)], platform));
    }
  }
  out.push(await one('seed table + 200k-row ledger sheet', 200_000, [seed, bigDataSheet(200_000)], 'web'));
  return out;
}

export { median };

if (require.main === module) reply(measureOffice);
