import type { CellValue } from '../grid/types';
import type { Comparator, NormalizedValue } from '../grid/value';
import type { HeaderMatch } from '../layout/findHeaders';
import type { IndicatorRole } from '../layout/headerLexicon';
import type { Rule } from '../rules';
import type { EvidenceLevel } from '../evidence/classifyEvidence';
import type { Explanation } from '../messages';

export type Template = 'department' | 'project';

/** A 一级/二级 group cell as read from the sheet (merged cells: the anchor). */
export interface GroupCell {
  readonly name: string;
  /** The `(30分)` annotation, if any. */
  readonly points: number | null;
  readonly row: number;
  readonly col: number;
}

/** One 三级指标 row as read, before scoring. Rows/cols are 0-based. */
export interface IndicatorRow {
  readonly row: number;
  readonly level1: GroupCell | null;
  readonly level2: GroupCell | null;
  readonly name: string;
  readonly nameCol: number;
  /** The `(2分)` annotation of the 三级 name, if any. */
  readonly namePoints: number | null;
  readonly weight: number | null;
  readonly weightText: string;
  readonly target: NormalizedValue | null;
  readonly actual: NormalizedValue | null;
  readonly operator: Comparator | null;
  readonly ruleText: string;
  /** Where `ruleText` was read from when the row has none of its own: a note under the table (A1). */
  readonly ruleNote?: string;
  readonly evidenceText: string;
  readonly evidenceLink: string | null;
  readonly reportedScore: number | null;
  readonly scoreText: string;
  readonly deviationNote: string;
}

/** The project template's funds block (年度资金总额 row). */
export interface FundsBlock {
  readonly row: number;
  readonly cols: {
    readonly initialBudget: number | null;
    readonly adjustedBudget: number | null;
    readonly final: number | null;
    readonly weight: number | null;
    readonly rate: number | null;
    readonly score: number | null;
  };
  readonly initialBudget: number | null;
  readonly adjustedBudget: number | null;
  readonly final: number | null;
  readonly weight: number;
  /** The 执行率 cell as typed (`95.96%` may be text): checked, never used for the score. */
  readonly typedRate: CellValue;
  readonly reportedScore: number | null;
}

export interface IndicatorTable {
  readonly sheet: string;
  readonly template: Template;
  readonly header: HeaderMatch<IndicatorRole>;
  readonly rows: readonly IndicatorRow[];
  /** The 合计/总分 row, if the table has one. */
  readonly totalRow: number | null;
  /** Rows of a group's 小计 inside the table (not indicators), top to bottom. */
  readonly subtotalRows: readonly number[];
  /**
   * Rows that head a 一级/二级 group and state its points in the weight column (`产出指标 | | | 60`),
   * with no indicator of their own: the group's points, neither an indicator nor summed.
   */
  readonly headingRows: readonly number[];
  /** Last row that belongs to the table (the total row if any). */
  readonly lastRow: number;
  readonly funds: FundsBlock | null;
  /** The deviation-note column's header as the user wrote it (偏差原因分析及改进措施, 备注…), if any. */
  readonly noteHeader: string | null;
  /** The 权重 column holds shares of the 100-point scale (0.15 shown 15 %), read as points. */
  readonly weightsInPercent?: boolean;
  /** The title or sheet name says 续表: the rows continue the table read before this one. */
  readonly continued?: boolean;
  /**
   * The texts under the table (a 评分说明's clauses by kind of indicator), when some row has no rule of
   * its own: read into rules when the table is scored (noteRules.ts).
   */
  readonly notes?: readonly NoteLine[];
}

/** A line of text under a table, and the cell it is in. */
export interface NoteLine {
  readonly cell: string;
  readonly text: string;
}

export type ScoreSource = 'computed' | 'reported' | 'none';

/** A row after scoring: the input row plus what the engine made of it. */
export interface ScoredIndicator {
  readonly input: IndicatorRow;
  readonly rule: Rule | null;
  readonly ruleKind: string;
  readonly computedScore: number | null;
  readonly score: number | null;
  readonly scoreSource: ScoreSource;
  readonly explanation: Explanation;
  readonly evidence: EvidenceLevel;
}

export interface GroupScore {
  readonly level: 1 | 2;
  readonly name: string;
  readonly parent: string | null;
  readonly weight: number;
  readonly score: number;
  /** Every row of the group waits for a manual score: its 0 is no result yet. */
  readonly allPending: boolean;
  readonly annotation: number | null;
  readonly cell: GroupCell | null;
}

/** 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below (财预〔2020〕10号 第十八条). */
export type Grade = 'excellent' | 'good' | 'fair' | 'poor';

export interface BudgetExecution {
  readonly row: number;
  readonly rate: number | null;
  readonly weight: number;
  readonly score: number | null;
}

/** Rows still waiting for a score (请人工评分): the total counts them as 0 until someone scores them. */
export interface PendingScores {
  readonly indicators: number;
  /** The points those rows hold: the most the total can still rise. */
  readonly weight: number;
  /** Typed scores kept that the rules could not check, and the points they hold (their weights). */
  readonly unchecked: number;
  readonly uncheckedWeight: number;
  /**
   * Whether the grade stays the same however the rows waiting are scored (and, with the setting
   * `uncheckedScores: 'provisional'`, however the unchecked typed scores turn out).
   */
  readonly gradeSettled: boolean;
}

export interface ScoredTable {
  readonly table: IndicatorTable;
  readonly indicators: readonly ScoredIndicator[];
  readonly groups: readonly GroupScore[];
  readonly totalWeight: number;
  readonly totalScore: number;
  readonly grade: Grade;
  readonly pending: PendingScores;
  readonly budgetExecution: BudgetExecution | null;
  /**
   * A table continued on another sheet (续表): each part as scored on its own sheet; this table's
   * rows, groups and totals are theirs together, its `table` the first part's.
   */
  readonly parts?: readonly ScoredTable[];
}
