/**
 * The Office implementation of PaneHost, and the two ribbon runners. A compute is three syncs:
 * read the sheets (two), then write the plan (one). It costs a fourth only when a cell the plan
 * writes lies outside what the first read covered (or on hosts below ExcelApi 1.9, or after a
 * read in chunks, which leaves cell details out), and more only when the workbook exceeds the
 * payload budget and is read or written in chunks of at most 4 MB.
 */
import type { Analysis } from '../../engine/analyze';
import { findTables } from '../../engine/findTables';
import { MergeIndex } from '../../engine/grid/merges';
import type { SheetInput } from '../../engine/grid/types';
import { RESULTS_SHEET } from '../../engine/plan/names';
import { readState, storedSettings } from '../../engine/plan/ledger';
import { ownedSheetNames } from '../../engine/plan/resultsName';
import { withDefaults, type Lang, type Settings } from '../../engine/settings';
import { createMessages, loadLocale } from '../../i18n';
import { analyzerPart, budgetPartFor, plannerPart, writePart } from './engineParts';
import { MIN_EXCEL_API, detectCapabilities, meetsMinimum } from './capabilities';
import type { CellRef } from './cellDetails';
import { splitReference } from './convert';
import { officeEnvironment, type OfficeEnvironment } from './environment';
import { HostError, classify, failureMessage, withEditModeRetry } from './faults';
import type { ComputeOutcome, Detection, PaneHost, Progress, Step, UndoOutcome } from './host';
import { inputsOf, readWorkbook, type WorkbookRead } from './readSheets';
import { Session, type SyncCounter } from './session';
import * as settingsStore from './settingsStore';
import { detectedTables, renderFindings, tableSummaries } from './summary';

export interface OfficeHostOptions {
  /** Defaults to the globals office.js (or the test fake) defines. */
  readonly env?: OfficeEnvironment;
  /** Waits before each retry while a cell is being edited (ms); default 0.5 s, 1.5 s, 3 s. */
  readonly retryDelays?: readonly number[];
  /** Language of failure messages until the workbook's settings are read. */
  readonly lang?: Lang;
}

export interface OfficeHost extends PaneHost {
  /** Syncs of the last operation (all attempts), for diagnostics and tests. */
  lastSyncs(): number;
}

export function createOfficeHost(options: OfficeHostOptions = {}): OfficeHost {
  let lang: Lang = options.lang ?? 'zh-CN';
  let counter: SyncCounter = { syncs: 0 };
  const env = (): OfficeEnvironment => options.env ?? officeEnvironment();

  /** One operation: requirement check, Excel.run, retries while a cell is being edited. */
  const operation = async <T>(body: (session: Session, env: OfficeEnvironment) => Promise<T>): Promise<T> => {
    const e = env();
    if (!meetsMinimum(e)) throw new HostError('apiMissing', 'apiMissing', { version: MIN_EXCEL_API });
    const caps = detectCapabilities(e);
    counter = { syncs: 0 };
    const attempt = async (): Promise<T> =>
      await e.run(async (ctx) => await body(new Session(ctx, caps, counter), e));
    return await withEditModeRetry(attempt, e.sleep, options.retryDelays);
  };
  // the 决算 part (engine and words) is fetched only for a workbook that may hold 决算 tables
  const messagesFor = async (sheets: readonly SheetInput[]): Promise<ReturnType<typeof createMessages>> => {
    lang = withDefaults(storedSettings(sheets)).lang;
    await loadLocale(lang, { budget: false });
    return createMessages(lang);
  };
  const fail = (e: unknown): Error => new Error(failureMessage(e, lang, MIN_EXCEL_API), { cause: e });

  const compute = async (onProgress?: (p: Progress) => void): Promise<ComputeOutcome> => {
    const progress = (step: Step, fraction: number): void => onProgress?.({ step, fraction });
    try {
      return await operation(async (session, e) => {
        progress('read', 0.05);
        const read = await readWorkbook(session, { details: true });
        progress('detect', 0.45);
        let sheets = inputsOf(read);
        const messages = await messagesFor(sheets);
        const [budget, planner, { analyze }, { applyPlan, loadCellDetails, unknownCells }] =
          await Promise.all([budgetPartFor(sheets, lang), plannerPart(), analyzerPart(), writePart()]);
        const now = e.now();
        let analysis = analyze(sheets, { messages, now }, budget, planner);
        if (analysis.indicatorTables.length === 0 && analysis.budgetTables.length === 0)
          throw new HostError('nothingFound', 'nothingFound');
        progress('compute', 0.6);
        // every cell the ledger will describe must be known exactly (fill, link) before planning
        for (let round = 0; round < 2; round++) {
          const unknown = unknownCells(
            read,
            analysis.plan,
            readState(sheets),
            evidenceCells(analysis, sheets),
          );
          if (unknown.length === 0) break;
          // nothing there (the usual case): the sheets are as analysed, the plan stands
          if (!(await loadCellDetails(session, read, unknown))) break;
          sheets = inputsOf(read);
          analysis = analyze(sheets, { messages, now }, budget, planner);
        }
        progress('write', 0.75);
        await applyPlan(session, analysis.plan, read, {
          activate: true,
          sleep: e.sleep,
          retryDelays: options.retryDelays,
        });
        progress('write', 1);
        return {
          ok: true as const,
          tables: tableSummaries(analysis),
          findings: renderFindings(analysis, messages),
          resultsSheet: analysis.plan.ownedSheets[0]?.name ?? RESULTS_SHEET,
          syncs: counter.syncs,
        };
      });
    } catch (e) {
      return { ok: false, failure: outcomeFailure(e), message: failureMessage(e, lang, MIN_EXCEL_API) };
    }
  };

  const undo = async (): Promise<UndoOutcome> => {
    try {
      return await operation(async (session, e) => {
        const read = await readWorkbook(session, { details: true });
        let sheets = inputsOf(read);
        await messagesFor(sheets);
        const empty = { edits: [], ownedSheets: [], removeSheets: [] };
        const { applyPlan, editedCells, loadCellDetails, planUndo, unknownCells } = await writePart();
        const unknown = unknownCells(read, empty, readState(sheets));
        if (unknown.length > 0) {
          await loadCellDetails(session, read, unknown);
          sheets = inputsOf(read);
        }
        const plan = planUndo(sheets);
        if (!plan.hadRun) throw new HostError('nothingToUndo', 'nothingToUndo');
        await applyPlan(session, plan.plan, read, {
          activate: false,
          sleep: e.sleep,
          retryDelays: options.retryDelays,
        });
        return {
          ok: true as const,
          restoredCells: editedCells(plan.plan),
          keptUserEdits: plan.keptUserEdits,
        };
      });
    } catch (e) {
      return { ok: false, failure: classify(e), message: failureMessage(e, lang, MIN_EXCEL_API) };
    }
  };

  return {
    compute,
    undo,
    lastSyncs: () => counter.syncs,
    async detect(): Promise<Detection> {
      try {
        return await operation(async (session) => {
          const read = await readWorkbook(session, { details: false });
          const sheets = inputsOf(read);
          await messagesFor(sheets);
          // where the tables are, not scored: the rules and the write half are fetched when 计算得分 runs
          const found = findTables(sheets, undefined, await budgetPartFor(sheets, lang));
          return { tables: detectedTables(found), sheetNames: userSheetNames(read, sheets) };
        });
      } catch (e) {
        throw fail(e);
      }
    },
    async select(reference: string): Promise<void> {
      const ref = splitReference(reference);
      if (!ref) return;
      try {
        await operation(async (session) => {
          const ws = session.ctx.workbook.worksheets.getItem(ref.sheet);
          ws.activate();
          ws.getRange(ref.address).select();
          await session.sync();
        });
      } catch (e) {
        throw fail(e);
      }
    },
    async loadSettings(): Promise<Partial<Settings>> {
      try {
        const s = await operation(async (session, e) => await settingsStore.loadSettings(session, e));
        lang = withDefaults(s).lang;
        return s;
      } catch (e) {
        throw fail(e);
      }
    },
    async saveSettings(settings: Partial<Settings>): Promise<void> {
      try {
        const saved = await operation(
          async (session, e) => await settingsStore.saveSettings(session, e, settings),
        );
        lang = withDefaults(saved).lang;
      } catch (e) {
        throw fail(e);
      }
    },
    async insertActualColumn(sheet: string, headerRow: number): Promise<void> {
      try {
        const { insertActualColumn } = await writePart();
        await operation(async (session, e) => await insertActualColumn(session, e, sheet, headerRow));
      } catch (e) {
        throw fail(e);
      }
    },
  };
}

function outcomeFailure(e: unknown): Exclude<ReturnType<typeof classify>, 'nothingToUndo'> {
  const f = classify(e);
  return f === 'nothingToUndo' ? 'unexpected' : f;
}

/** The visible sheets that are the user's (a 评价结果 of their own included). */
function userSheetNames(read: WorkbookRead, sheets: readonly SheetInput[]): string[] {
  const owned = ownedSheetNames(sheets, readState(sheets));
  return read.sheets.filter((s) => s.visibility === 'Visible' && !owned.has(s.name)).map((s) => s.name);
}

/**
 * Evidence cells of every indicator table, for when the read did not include their links (hosts
 * below ExcelApi 1.9, workbooks read in chunks): a link there counts as evidence, so they are
 * fetched before planning. `unknownCells` drops those already known.
 */
function evidenceCells(analysis: Analysis, sheets: readonly SheetInput[]): CellRef[] {
  const out: CellRef[] = [];
  for (const t of analysis.indicatorTables.flatMap((whole) => whole.parts ?? [whole])) {
    const col = t.table.header.columns.get('evidence');
    if (col === undefined) continue;
    const merges = new MergeIndex(sheets.find((s) => s.name === t.table.sheet)?.merges);
    for (const ind of t.indicators) {
      const a = merges.anchor(ind.input.row, col);
      out.push({ sheet: t.table.sheet, row: a.row, col: a.col });
    }
  }
  return out;
}

let ribbonHost: OfficeHost | undefined;

/** The ribbon's 计算得分: the whole pipeline without the pane; 评价结果 is shown at the end. */
export async function computeScore(): Promise<ComputeOutcome> {
  ribbonHost ??= createOfficeHost();
  return await ribbonHost.compute();
}

/** The ribbon's 撤销上次计算. */
export async function undoLastCompute(): Promise<UndoOutcome> {
  ribbonHost ??= createOfficeHost();
  return await ribbonHost.undo();
}
