import type { Finding } from '../../engine/findings/types';
import type { Grade, PendingScores } from '../../engine/indicators/model';
import type { Settings } from '../../engine/settings';

/**
 * What the task pane and the ribbon commands can ask of the host. The Office implementation
 * lives in this folder (`createOfficeHost`); tests give the pane a fake. The pane never imports
 * office.js or the engine's hosts directly.
 */
export interface PaneHost {
  /** Reads the workbook and lists the tables found (no writes). */
  detect(): Promise<Detection>;
  /** The whole pipeline: read, analyse, write back, show 评价结果. Never half-writes. */
  compute(onProgress?: (p: Progress) => void): Promise<ComputeOutcome>;
  /** Restores every cell the last compute wrote, from the ledger kept in the workbook. */
  undo(): Promise<UndoOutcome>;
  /** Selects a cell or range (`自评表!H19`, `自评表!A2:I42`) and activates its sheet. */
  select(reference: string): Promise<void>;
  loadSettings(): Promise<Partial<Settings>>;
  saveSettings(settings: Partial<Settings>): Promise<void>;
  /** Inserts an 实际完成值 column right of the 标准值 column of a department table. */
  insertActualColumn(sheet: string, headerRow: number): Promise<void>;
}

export type Step = 'read' | 'detect' | 'compute' | 'write';

export interface Progress {
  readonly step: Step;
  /** 0..1 over the whole run. */
  readonly fraction: number;
}

export interface DetectedTable {
  readonly sheet: string;
  readonly kind: 'department' | 'project' | 'budget';
  /** Indicator rows or budget lines. */
  readonly rows: number;
  /** `自评表!A2:I42`. */
  readonly range: string;
  /** 1-based header row. */
  readonly headerRow: number;
}

export interface Detection {
  readonly tables: readonly DetectedTable[];
  readonly sheetNames: readonly string[];
}

export interface GroupLine {
  readonly level: 1 | 2;
  readonly name: string;
  readonly weight: number;
  readonly score: number;
  /** Every row of the group waits for a manual score: no score yet. */
  readonly allPending?: boolean;
}

export interface TableSummary {
  readonly sheet: string;
  readonly range: string;
  readonly totalScore: number;
  readonly totalWeight: number;
  readonly grade: Grade;
  /** Rows still waiting for a manual score, which the total counts as 0. */
  readonly pending: PendingScores;
  readonly groups: readonly GroupLine[];
  readonly evidence: { readonly missing: number; readonly weak: number; readonly ok: number };
}

export interface RenderedFinding extends Finding {
  readonly message: string;
}

export type HostFailure =
  'cellEditMode' | 'protectedSheet' | 'payloadTooLarge' | 'apiMissing' | 'nothingFound' | 'unexpected';

export type ComputeOutcome =
  | {
      readonly ok: true;
      readonly tables: readonly TableSummary[];
      readonly findings: readonly RenderedFinding[];
      /** Where the results went: 评价结果, or 评价结果(2) when the user has a sheet of that name. */
      readonly resultsSheet: string;
      readonly syncs: number;
    }
  | { readonly ok: false; readonly failure: HostFailure; readonly message: string };

export type UndoOutcome =
  | { readonly ok: true; readonly restoredCells: number; readonly keptUserEdits: readonly string[] }
  | { readonly ok: false; readonly failure: HostFailure | 'nothingToUndo'; readonly message: string };
