/**
 * The request context: commands are queued, and `sync()` sends them as one request. The fake
 * counts syncs, measures request and response bytes (JSON, UTF-8), enforces the payload limit,
 * injects faults, runs commands in order (a failing command stops the batch, earlier ones stay
 * applied, as in Excel), then recalculates the formulas written and hands loaded values to proxies.
 */
import { CODES, FakeOfficeError, apiNotFound, notLoaded } from './errors';
import { evaluateFormula, UnsupportedFormula } from './formula';
import type { FakeSheet, FakeValue, FakeWorkbook } from './model';
import { WorkbookProxy } from './workbookProxy';

export interface Action {
  /** Estimated bytes this command adds to the request. */
  readonly bytes: number;
  /** Runs at sync time, in order; returns what the response carries for it (loads), if anything. */
  run(stage: Stage): unknown;
}

/** Loaded values wait here until the whole request succeeded. */
export class Stage {
  private readonly commits: (() => void)[] = [];
  cellsRead = 0;
  readonly dirty: { sheet: FakeSheet; row: number; col: number }[] = [];
  readonly dirtyIds = new Set<string>();

  constructor(readonly maxCellsPerRead: number) {}

  /** A formula was written at (row, col): calculate it when the request's commands have run. */
  markDirty(sheet: FakeSheet, row: number, col: number): void {
    this.dirty.push({ sheet, row, col });
    this.dirtyIds.add(`${sheet.id}:${row}:${col}`);
  }

  add(commit: () => void): void {
    this.commits.push(commit);
  }

  /** Counts cells read; false once the request reads more than Excel returns (then: null). */
  read(cells: number): boolean {
    this.cellsRead += cells;
    return this.cellsRead <= this.maxCellsPerRead;
  }

  apply(): void {
    for (const c of this.commits) c();
  }
}

const REQUEST_OVERHEAD = 200;
const ACTION_OVERHEAD = 60;

export class FakeContext {
  readonly workbook: WorkbookProxy;
  private queue: Action[] = [];

  constructor(readonly wb: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  get pendingCommands(): number {
    return this.queue.length;
  }

  /** Queues a command that fails at sync when the host lacks ExcelApi 1.`minor`. */
  requireApi(minor: number, what: string): void {
    if (this.wb.supports('ExcelApi', `1.${minor}`)) return;
    this.enqueue({
      bytes: 40,
      run: () => {
        throw apiNotFound(what, `1.${minor}`);
      },
    });
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const wb = this.wb;
    wb.stats.syncs++;
    const actions = this.queue;
    this.queue = [];
    const requestBytes = actions.reduce((n, a) => n + a.bytes + ACTION_OVERHEAD, REQUEST_OVERHEAD);
    const fail = (error: FakeOfficeError, responseBytes = 0, cellsRead = 0): never => {
      wb.stats.requests.push({
        requestBytes,
        responseBytes,
        actions: actions.length,
        cellsRead,
        error: error.code,
      });
      throw error;
    };
    if (wb.faults.editModeSyncs > 0 || wb.faults.editModeAt.includes(wb.stats.syncs)) {
      if (wb.faults.editModeSyncs > 0) wb.faults.editModeSyncs--;
      fail(new FakeOfficeError(CODES.cellEditMode, 'Excel is in cell-editing mode.'));
    }
    if (wb.faults.payloadErrorSyncs > 0 || wb.faults.payloadErrorAt.includes(wb.stats.syncs)) {
      if (wb.faults.payloadErrorSyncs > 0) wb.faults.payloadErrorSyncs--;
      fail(new FakeOfficeError(CODES.requestTooLarge, 'The request payload size has exceeded the limit.'));
    }
    const limit = wb.options.payloadLimit;
    if (limit !== null && requestBytes > limit) {
      fail(new FakeOfficeError(CODES.requestTooLarge, `Request of ${requestBytes} bytes exceeds ${limit}.`));
    }
    const stage = new Stage(wb.options.maxCellsPerRead);
    let responseBytes = 0;
    const tooLarge = (): FakeOfficeError =>
      new FakeOfficeError(CODES.responseTooLarge, `Response of ${responseBytes} bytes exceeds ${limit}.`);
    try {
      for (const action of actions) {
        const response = action.run(stage);
        if (response !== undefined) responseBytes += utf8Length(JSON.stringify(response) ?? '');
        // Excel stops building a response that is already over the limit
        if (limit !== null && responseBytes > limit) throw tooLarge();
      }
    } catch (e) {
      this.recalculate(stage);
      if (e instanceof FakeOfficeError) fail(e, responseBytes, stage.cellsRead);
      throw e;
    }
    this.recalculate(stage);
    stage.apply();
    wb.stats.requests.push({
      requestBytes,
      responseBytes,
      actions: actions.length,
      cellsRead: stage.cellsRead,
    });
  }

  /** Calculates the formulas written in this request (and what they reference, recursively). */
  private recalculate(stage: Stage): void {
    const done = new Set<string>();
    const evaluating = new Set<string>();
    const calc = (sheet: FakeSheet, row: number, col: number): FakeValue => {
      const cell = sheet.cell(row, col);
      const id = `${sheet.id}:${row}:${col}`;
      if (!cell || cell.formula === undefined || done.has(id) || !stage.dirtyIds.has(id))
        return cell?.value ?? null;
      if (evaluating.has(id)) return { error: '#REF!' };
      evaluating.add(id);
      const ref = `${sheet.name}!${row}:${col}`;
      try {
        cell.value = evaluateFormula(cell.formula, {
          valueAt: (name, r, c) => {
            const target = name === null ? sheet : this.wb.sheet(name);
            return target ? calc(target, r, c) : { error: '#REF!' };
          },
        });
        this.wb.uncalculated.delete(ref);
      } catch (e) {
        if (!(e instanceof UnsupportedFormula)) throw e;
        cell.value = null;
        this.wb.uncalculated.add(ref);
      }
      evaluating.delete(id);
      done.add(id);
      return cell.value;
    };
    for (const d of stage.dirty) calc(d.sheet, d.row, d.col);
  }
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (what crosses the wire). */
export function utf8Length(s: string): number {
  return encoder.encode(s).length;
}

export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v) ?? '');
}

/** A method's result, readable after the sync that ran it. */
export class FakeClientResult<T> {
  private resolved = false;
  private result: T | undefined;

  resolve(value: T): void {
    this.resolved = true;
    this.result = value;
  }

  get value(): T {
    if (!this.resolved) throw notLoaded('value');
    return this.result as T;
  }
}

/** Queues a method that returns a value. */
export function clientResult<T>(
  ctx: FakeContext,
  bytes: number,
  compute: (stage: Stage) => T,
): FakeClientResult<T> {
  const result = new FakeClientResult<T>();
  ctx.enqueue({
    bytes,
    run: (stage) => {
      const v = compute(stage);
      stage.add(() => result.resolve(v));
      return v === undefined ? null : v;
    },
  });
  return result;
}
