import type { ComputeOutcome, UndoOutcome } from '../adapters/office/host';

/** The ExecuteFunction names in manifest.xml, in ribbon order. */
export const RIBBON_ACTIONS = ['computeScore', 'undoLastCompute'] as const;
export type RibbonAction = (typeof RIBBON_ACTIONS)[number];

/** What a ribbon button runs; the Office adapter provides both. */
export interface RibbonRunners {
  computeScore(): Promise<ComputeOutcome>;
  undoLastCompute(): Promise<UndoOutcome>;
}

export type RibbonResult =
  | { readonly action: 'computeScore'; readonly outcome: ComputeOutcome }
  | { readonly action: 'undoLastCompute'; readonly outcome: UndoOutcome };

/** The part of `Office.AddinCommands.Event` a handler needs. */
export interface CompletableEvent {
  completed(): void;
}

/** The part of `Office.actions` used here (the fake host's registry has the same shape). */
export interface ActionRegistry {
  associate(actionId: string, actionFunction: (event?: CompletableEvent) => void): void;
}

/** Ribbon results, for a pane that happens to be open in the same (shared) runtime. */
export interface RibbonFeed {
  subscribe(listener: (result: RibbonResult) => void): () => void;
}

export interface RibbonPublisher extends RibbonFeed {
  publish(result: RibbonResult): void;
}

export function createRibbonFeed(): RibbonPublisher {
  const listeners = new Set<(result: RibbonResult) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    publish(result) {
      // One listener's failure must not stop the others or the ribbon's event.completed().
      for (const listener of [...listeners])
        try {
          listener(result);
        } catch (error) {
          reportError(error);
        }
    },
  };
}

function failed(action: RibbonAction, error: unknown): RibbonResult {
  const message = error instanceof Error ? error.message : String(error);
  const outcome = { ok: false, failure: 'unexpected', message } as const;
  return action === 'computeScore' ? { action, outcome } : { action, outcome };
}

async function runAction(action: RibbonAction, load: () => Promise<RibbonRunners>): Promise<RibbonResult> {
  try {
    const runners = await load();
    return action === 'computeScore'
      ? { action, outcome: await runners.computeScore() }
      : { action, outcome: await runners.undoLastCompute() };
  } catch (error) {
    return failed(action, error);
  }
}

export interface RegisterOptions {
  readonly feed: RibbonPublisher;
  /** Called when a run did not succeed, e.g. to open the pane so the user can read why. */
  readonly onFailure?: (result: RibbonResult) => Promise<void> | void;
}

/**
 * Associates every ribbon action with its runner. Runs are queued (a second click waits for the
 * first), and every run ends with `event.completed()`, also when loading or running throws —
 * otherwise Office keeps the button busy and drops later clicks.
 */
export function registerRibbonActions(
  registry: ActionRegistry,
  load: () => Promise<RibbonRunners>,
  options: RegisterOptions,
): void {
  let queue: Promise<void> = Promise.resolve();
  const run = async (action: RibbonAction, event: CompletableEvent | undefined): Promise<void> => {
    try {
      const result = await runAction(action, load);
      options.feed.publish(result);
      if (!result.outcome.ok && options.onFailure) await options.onFailure(result);
    } catch (error) {
      reportError(error);
    } finally {
      event?.completed();
    }
  };
  for (const action of RIBBON_ACTIONS)
    registry.associate(action, (event) => {
      queue = queue.then(async () => await run(action, event));
    });
}

/** Reports an error that has no user-facing place to go (the browser console / host log). */
function reportError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
}
