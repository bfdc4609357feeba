import type { ComputeOutcome, UndoOutcome } from '../adapters/office/host';
import {
  createRibbonFeed,
  registerRibbonActions,
  RIBBON_ACTIONS,
  type CompletableEvent,
  type RibbonResult,
  type RibbonRunners,
} from './ribbonActions';

const OK: ComputeOutcome = { ok: true, tables: [], findings: [], resultsSheet: '评价结果', syncs: 3 };
const UNDONE: UndoOutcome = { ok: true, restoredCells: 4, keptUserEdits: [] };

function registry() {
  const actions = new Map<string, (event?: CompletableEvent) => void>();
  /** Fires an action; resolves with how often it completed, once it has. */
  const fire = async (id: string): Promise<number> => {
    let completed = 0;
    await new Promise<void>((resolve) =>
      actions.get(id)!({
        completed: () => {
          completed++;
          resolve();
        },
      }),
    );
    await new Promise((r) => setTimeout(r, 0));
    return completed;
  };
  return {
    actions,
    fire,
    associate: (id: string, fn: (event?: CompletableEvent) => void) => actions.set(id, fn),
  };
}

function setup(runners: Partial<RibbonRunners> | (() => Promise<RibbonRunners>)) {
  const reg = registry();
  const feed = createRibbonFeed();
  const results: RibbonResult[] = [];
  const failures: RibbonResult[] = [];
  feed.subscribe((r) => results.push(r));
  const load =
    typeof runners === 'function'
      ? runners
      : async () =>
          await Promise.resolve({
            computeScore: async () => await Promise.resolve(OK),
            undoLastCompute: async () => await Promise.resolve(UNDONE),
            ...runners,
          });
  registerRibbonActions(reg, load, { feed, onFailure: (r) => void failures.push(r) });
  return { ...reg, results, failures };
}

describe('registerRibbonActions', () => {
  it('associates every ExecuteFunction of the manifest', () => {
    const { actions } = setup({});
    expect([...actions.keys()]).toEqual([...RIBBON_ACTIONS]);
  });

  it('runs the action, publishes its outcome and completes the event once', async () => {
    const { fire, results, failures } = setup({});
    expect(await fire('computeScore')).toBe(1);
    expect(await fire('undoLastCompute')).toBe(1);
    expect(results).toEqual([
      { action: 'computeScore', outcome: OK },
      { action: 'undoLastCompute', outcome: UNDONE },
    ]);
    expect(failures).toEqual([]);
  });

  it('completes the event when the run fails, throws, or the adapter cannot load', async () => {
    const failed: ComputeOutcome = { ok: false, failure: 'cellEditMode', message: '单元格正在编辑' };
    const a = setup({ computeScore: async () => await Promise.resolve(failed) });
    expect(await a.fire('computeScore')).toBe(1);
    expect(a.failures).toEqual([{ action: 'computeScore', outcome: failed }]);

    const b = setup({ undoLastCompute: () => Promise.reject(new Error('boom')) });
    expect(await b.fire('undoLastCompute')).toBe(1);
    expect(b.results).toEqual([
      { action: 'undoLastCompute', outcome: { ok: false, failure: 'unexpected', message: 'boom' } },
    ]);

    const c = setup(() => Promise.reject(new Error('ChunkLoadError')));
    expect(await c.fire('computeScore')).toBe(1);
    expect(c.failures).toHaveLength(1);
  });

  it('completes the event even when a listener or the failure handler throws', async () => {
    const reg = registry();
    const feed = createRibbonFeed();
    feed.subscribe(() => {
      throw new Error('listener');
    });
    const failed: ComputeOutcome = { ok: false, failure: 'protectedSheet', message: '' };
    registerRibbonActions(
      reg,
      async () =>
        await Promise.resolve({
          computeScore: async () => await Promise.resolve(failed),
          undoLastCompute: async () => await Promise.resolve(UNDONE),
        }),
      {
        feed,
        onFailure: () => Promise.reject(new Error('showAsTaskpane')),
      },
    );
    expect(await reg.fire('computeScore')).toBe(1);
  });

  it('queues a second click behind the first', async () => {
    const order: string[] = [];
    let release = (): void => undefined;
    const { actions } = setup({
      computeScore: async () => {
        order.push('compute start');
        await new Promise<void>((r) => (release = r));
        order.push('compute end');
        return OK;
      },
      undoLastCompute: async () => {
        order.push('undo');
        return await Promise.resolve(UNDONE);
      },
    });
    const done: string[] = [];
    actions.get('computeScore')!({ completed: () => done.push('compute') });
    actions.get('undoLastCompute')!({ completed: () => done.push('undo') });
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual(['compute start']);
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual(['compute start', 'compute end', 'undo']);
    expect(done).toEqual(['compute', 'undo']);
  });
});
