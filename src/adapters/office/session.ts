import type { Capabilities } from './capabilities';
import type { ExcelContext } from './environment';

/** Excel on the web rejects requests and responses above 5 MB; chunks stay under 4 MB. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
/** Reads of more cells than this in one request may come back null. */
export const MAX_CELLS_PER_REQUEST = 5_000_000;

/** Counts every `context.sync()` of an operation, across retries. */
export interface SyncCounter {
  syncs: number;
}

/**
 * One Excel.run: the context, the capabilities, a sync counter and the payload budget. The budget
 * is unlimited on desktop until Excel reports a payload error, 4 MB on the web, and halves on
 * each further payload error.
 */
export class Session {
  maxBytes: number;

  constructor(
    readonly ctx: ExcelContext,
    readonly caps: Capabilities,
    private readonly counter: SyncCounter,
  ) {
    this.maxBytes = caps.web ? CHUNK_BYTES : Infinity;
  }

  get syncs(): number {
    return this.counter.syncs;
  }

  async sync(): Promise<void> {
    this.counter.syncs++;
    await this.ctx.sync();
  }

  /** After a payload error in a request that was not sized to the budget: at most 4 MB. */
  limitToChunks(): void {
    this.maxBytes = Math.min(this.maxBytes, CHUNK_BYTES);
  }

  /** After a payload error: 4 MB, then half of the last budget. */
  shrink(): void {
    this.maxBytes = Number.isFinite(this.maxBytes) ? Math.floor(this.maxBytes / 2) : CHUNK_BYTES;
  }

  get chunked(): boolean {
    return Number.isFinite(this.maxBytes);
  }
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (what crosses the wire). */
export function utf8Length(s: string): number {
  return encoder.encode(s).length;
}

/** Bytes of a value as JSON on the wire. */
export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v) ?? '');
}
