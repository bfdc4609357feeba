import type {
  ComputeOutcome,
  Detection,
  PaneHost,
  Progress,
  TableSummary,
  UndoOutcome,
} from '../../adapters/office/host';
import type { Settings } from '../../engine/settings';

export const DETECTION: Detection = {
  sheetNames: ['自评表', '支出决算明细', '说明'],
  tables: [
    { sheet: '自评表', kind: 'department', rows: 40, range: '自评表!A2:I42', headerRow: 2 },
    { sheet: '支出决算明细', kind: 'budget', rows: 21, range: '支出决算明细!A3:F24', headerRow: 3 },
  ],
};

export const SUMMARY: TableSummary = {
  sheet: '自评表',
  range: '自评表!A2:I42',
  totalScore: 98,
  totalWeight: 100,
  grade: 'excellent',
  pending: { indicators: 0, weight: 0, unchecked: 0, uncheckedWeight: 0, gradeSettled: true },
  groups: [
    { level: 1, name: '内部管理', weight: 30, score: 28 },
    { level: 2, name: '预算管理', weight: 10, score: 8 },
    { level: 1, name: '部门履职', weight: 70, score: 70 },
  ],
  evidence: { missing: 2, weak: 9, ok: 29 },
};

export const COMPUTED: ComputeOutcome = {
  ok: true,
  syncs: 3,
  resultsSheet: '评价结果',
  tables: [SUMMARY],
  findings: [
    {
      code: 'rule.fullPointsMismatch',
      severity: 'error',
      sheet: '自评表',
      cell: 'H19',
      params: {},
      message: '“会议费”评分标准满分 2 分，与权重 1 分不一致，得分以两者中较低者为限',
    },
    {
      code: 'evidence.weak',
      severity: 'info',
      sheet: '自评表',
      cell: 'G19',
      params: {},
      message: '“会议费”的评分依据“按照要求”未指明具体文件或数据，佐证不足',
    },
    {
      code: 'evidence.missing',
      severity: 'warning',
      sheet: '自评表',
      cell: 'G20',
      params: {},
      message: '“培训费”缺少评分依据（佐证材料）',
    },
  ],
};

type Call =
  | { method: 'detect' | 'compute' | 'undo' | 'loadSettings' }
  | { method: 'select'; reference: string }
  | { method: 'saveSettings'; settings: Partial<Settings> }
  | { method: 'insertActualColumn'; sheet: string; headerRow: number };

/**
 * A PaneHost for tests: answers with the canned values above (or what a test sets), records
 * every call, and can hold `compute` open so a test sees the progress state.
 */
export class FakePaneHost implements PaneHost {
  readonly calls: Call[] = [];
  detection: Detection = DETECTION;
  computeOutcome: ComputeOutcome = COMPUTED;
  undoOutcome: UndoOutcome = { ok: true, restoredCells: 57, keptUserEdits: [] };
  settings: Partial<Settings> = {};
  progressSteps: readonly Progress[] = [
    { step: 'read', fraction: 0.1 },
    { step: 'detect', fraction: 0.3 },
    { step: 'compute', fraction: 0.6 },
    { step: 'write', fraction: 0.9 },
  ];
  /** When set, compute waits for this promise after reporting progress. */
  gate: Promise<void> | null = null;

  async detect(): Promise<Detection> {
    this.calls.push({ method: 'detect' });
    return await Promise.resolve(this.detection);
  }

  async compute(onProgress?: (p: Progress) => void): Promise<ComputeOutcome> {
    this.calls.push({ method: 'compute' });
    for (const p of this.progressSteps) onProgress?.(p);
    if (this.gate) await this.gate;
    return this.computeOutcome;
  }

  async undo(): Promise<UndoOutcome> {
    this.calls.push({ method: 'undo' });
    return await Promise.resolve(this.undoOutcome);
  }

  async select(reference: string): Promise<void> {
    this.calls.push({ method: 'select', reference });
    await Promise.resolve();
  }

  async loadSettings(): Promise<Partial<Settings>> {
    this.calls.push({ method: 'loadSettings' });
    return await Promise.resolve(this.settings);
  }

  async saveSettings(settings: Partial<Settings>): Promise<void> {
    this.calls.push({ method: 'saveSettings', settings });
    this.settings = settings;
    await Promise.resolve();
  }

  async insertActualColumn(sheet: string, headerRow: number): Promise<void> {
    this.calls.push({ method: 'insertActualColumn', sheet, headerRow });
    await Promise.resolve();
  }

  called(method: Call['method']): Call[] {
    return this.calls.filter((c) => c.method === method);
  }
}
