/** Settings stored in the workbook. Every default is what the seed report and 财预〔2020〕10号 do. */

/** How `每低 K 扣 M` counts a partial step. */
export type StepMode = 'whole' | 'partial' | 'proportional';

/** Which budget is the denominator of an execution rate. */
export type BudgetBasis = 'initial' | 'adjusted' | 'received';

/** What to do when a typed score differs from the computed one. */
export type OverwritePolicy = 'keepAndFlag' | 'overwrite';

/**
 * Typed scores kept where the rule could not be worked (no actual, a wording not read): counted in
 * the grade as the unit typed them, or leaving the grade provisional while they could change it.
 */
export type UncheckedScores = 'counted' | 'provisional';

/**
 * A date indicator done late with no 评分标准: 0 under 10号's default (its 未达成), or left to the
 * reviewer, since 10号 states no deduction for lateness (the blind rounds' reviewers mostly did so).
 */
export type LateWithoutRule = 'zero' | 'manual';

/**
 * `≥90%得满分，80%-90%按比例得分`, a value inside the range: 按比例 read as actual ÷ the range's top ×
 * full (the proportional rule's own reading, 86% → 95.6 %), as rising from 0 at the floor to full at
 * the top (86% → 60 %), or left to the reviewer (two blind reviewers of two did so).
 */
export type RangeProportion = 'ratio' | 'interpolate' | 'manual';

export type Lang = 'zh-CN' | 'en';

export interface Settings {
  readonly stepMode: StepMode;
  readonly budgetBasis: BudgetBasis;
  readonly overwritePolicy: OverwritePolicy;
  readonly uncheckedScores: UncheckedScores;
  readonly lateWithoutRule: LateWithoutRule;
  readonly rangeProportion: RangeProportion;
  readonly lang: Lang;
  /** Manual header row (1-based) per sheet, when detection needs help. */
  readonly headerRows: Readonly<Record<string, number>>;
}

export const DEFAULT_SETTINGS: Settings = {
  stepMode: 'whole',
  budgetBasis: 'initial',
  overwritePolicy: 'keepAndFlag',
  uncheckedScores: 'counted',
  lateWithoutRule: 'zero',
  rangeProportion: 'ratio',
  lang: 'zh-CN',
  headerRows: {},
};

export function withDefaults(partial: Partial<Settings> | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(partial ?? {}) };
}
