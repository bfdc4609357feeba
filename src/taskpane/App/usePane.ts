import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  ComputeOutcome,
  DetectedTable,
  Detection,
  HostFailure,
  Progress,
  RenderedFinding,
  TableSummary,
  UndoOutcome,
} from '../../adapters/office/host';
import type { RibbonFeed } from '../../commands/ribbonActions';
import { quoteSheet } from '../../engine/grid/address';
import { RESULTS_SHEET } from '../../engine/plan/names';
import type { Settings } from '../../engine/settings';
import type { Params } from '../../i18n/format';
import type { PaneKey } from '../../i18n/pane.zh-CN';
import { usePaneHost } from '../hostContext';

export type DetectState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly detection: Detection }
  | { readonly status: 'failed'; readonly message: string };

export type RunState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly progress: Progress | null }
  | {
      readonly status: 'done';
      readonly tables: readonly TableSummary[];
      readonly findings: readonly RenderedFinding[];
      readonly resultsSheet: string;
      readonly fromRibbon: boolean;
    }
  | { readonly status: 'failed'; readonly failure: HostFailure; readonly message: string };

/** A message kept as keys, so it follows a language switch. */
export interface PaneNotice {
  readonly intent: 'success' | 'info' | 'warning' | 'error';
  readonly lines: readonly { readonly key: PaneKey; readonly params?: Params }[];
}

export type SettingsStatus = 'idle' | 'saved' | { readonly failed: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Every cell address listed in a notice is capped, so a long undo list stays one line. */
const listCells = (cells: readonly string[]): string =>
  cells.length > 8 ? `${cells.slice(0, 8).join('、')}…` : cells.join('、');

export function failureNotice(failure: HostFailure | 'nothingToUndo', message: string): PaneNotice {
  return failure === 'unexpected'
    ? { intent: 'error', lines: [{ key: 'failure.unexpected', params: { message } }] }
    : { intent: failure === 'nothingToUndo' ? 'info' : 'error', lines: [{ key: `failure.${failure}` }] };
}

/** The pane's state and the actions that change it; all host calls go through here. */
export function usePane(ribbon: RibbonFeed | undefined) {
  const host = usePaneHost();
  const [detect, setDetect] = useState<DetectState>({ status: 'loading' });
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [notice, setNotice] = useState<PaneNotice | null>(null);
  const [saved, setSaved] = useState<Partial<Settings>>({});
  const [settingsStatus, setSettingsStatus] = useState<SettingsStatus>('idle');
  const [busy, setBusy] = useState(false);
  const savedRef = useRef(saved);
  savedRef.current = saved;

  const redetect = useCallback(async (): Promise<void> => {
    try {
      setDetect({ status: 'ready', detection: await host.detect() });
    } catch (error) {
      setDetect({ status: 'failed', message: messageOf(error) });
    }
  }, [host]);

  const applyCompute = useCallback((outcome: ComputeOutcome, fromRibbon: boolean): void => {
    setRun(
      outcome.ok
        ? {
            status: 'done',
            tables: outcome.tables,
            findings: outcome.findings,
            resultsSheet: outcome.resultsSheet,
            fromRibbon,
          }
        : { status: 'failed', failure: outcome.failure, message: outcome.message },
    );
  }, []);

  const applyUndo = useCallback((outcome: UndoOutcome): void => {
    if (!outcome.ok) {
      setNotice(failureNotice(outcome.failure, outcome.message));
      return;
    }
    setRun({ status: 'idle' });
    const lines: PaneNotice['lines'][number][] = [
      { key: 'undo.done', params: { count: outcome.restoredCells } },
    ];
    if (outcome.keptUserEdits.length)
      lines.push({
        key: 'undo.kept',
        params: { count: outcome.keptUserEdits.length, cells: listCells(outcome.keptUserEdits) },
      });
    setNotice({ intent: 'success', lines });
  }, []);

  useEffect(() => {
    void redetect();
    host.loadSettings().then(setSaved, () => setSaved({}));
  }, [host, redetect]);

  useEffect(
    () =>
      ribbon?.subscribe((result) => {
        if (result.action === 'computeScore') applyCompute(result.outcome, true);
        else applyUndo(result.outcome);
      }),
    [ribbon, applyCompute, applyUndo],
  );

  /** Runs one host action at a time; the buttons are disabled meanwhile. */
  const exclusive = useCallback(
    (action: () => Promise<void>) => async (): Promise<void> => {
      setBusy(true);
      try {
        await action();
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  const compute = exclusive(async () => {
    setNotice(null);
    setRun({ status: 'running', progress: null });
    let outcome: ComputeOutcome;
    try {
      outcome = await host.compute((progress) => setRun({ status: 'running', progress }));
    } catch (error) {
      outcome = { ok: false, failure: 'unexpected', message: messageOf(error) };
    }
    applyCompute(outcome, false);
    if (!outcome.ok && outcome.failure === 'nothingFound') await redetect();
  });

  const undo = exclusive(async () => {
    setNotice(null);
    try {
      applyUndo(await host.undo());
    } catch (error) {
      setNotice(failureNotice('unexpected', messageOf(error)));
    }
  });

  const select = (reference: string): void => {
    host
      .select(reference)
      .catch((error: unknown) => setNotice(failureNotice('unexpected', messageOf(error))));
  };

  const openResults = (): void =>
    select(`${quoteSheet(run.status === 'done' ? run.resultsSheet : RESULTS_SHEET)}!A1`);

  const saveSettings = async (next: Partial<Settings>): Promise<boolean> => {
    const before = savedRef.current;
    setSaved(next);
    try {
      await host.saveSettings(next);
      setSettingsStatus('saved');
      return true;
    } catch (error) {
      setSaved(before);
      setSettingsStatus({ failed: messageOf(error) });
      return false;
    }
  };

  const changeSettings = (change: Partial<Settings>): void => {
    void saveSettings({ ...savedRef.current, ...change });
  };

  const saveHeaderRow = (sheet: string, row: number): void =>
    void exclusive(async () => {
      const headerRows = { ...(savedRef.current.headerRows ?? {}), [sheet]: row };
      if (await saveSettings({ ...savedRef.current, headerRows })) {
        setNotice({ intent: 'success', lines: [{ key: 'headerRow.saved', params: { sheet, row } }] });
        await redetect();
      }
    })();

  const insertActualColumn = (table: DetectedTable): void =>
    void exclusive(async () => {
      setNotice(null);
      try {
        await host.insertActualColumn(table.sheet, table.headerRow);
        setNotice({ intent: 'success', lines: [{ key: 'actual.done', params: { sheet: table.sheet } }] });
        await redetect();
      } catch (error) {
        setNotice(failureNotice('unexpected', messageOf(error)));
      }
    })();

  return {
    detect,
    run,
    notice,
    saved,
    settingsStatus,
    busy,
    compute,
    undo,
    select,
    openResults,
    redetect,
    changeSettings,
    saveHeaderRow,
    insertActualColumn,
  };
}
