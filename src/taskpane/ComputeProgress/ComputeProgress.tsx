import { mergeClasses } from '@fluentui/react-components';
import type { Progress, Step } from '../../adapters/office/host';
import { useStrings } from '../strings';
import { useComputeProgressStyles } from './ComputeProgress.styles';

export const STEPS: readonly Step[] = ['read', 'detect', 'compute', 'write'];

export interface ComputeProgressProps {
  /** Null before the host reports its first step. */
  readonly progress: Progress | null;
}

/** The progress bar with the step names 读取工作表 → 识别表格 → 计算 → 写回. */
export function ComputeProgress({ progress }: ComputeProgressProps): JSX.Element {
  const { t } = useStrings();
  const styles = useComputeProgressStyles();
  const current = progress ? STEPS.indexOf(progress.step) : -1;
  // A plain bar (not Fluent's ProgressBar, which brings the Field machinery into the page budget).
  const value = progress ? Math.min(1, Math.max(0, progress.fraction)) : undefined;
  const status = progress
    ? t('compute.stepOf', { index: current + 1, total: STEPS.length, step: t(`step.${progress.step}`) })
    : t('compute.running');
  return (
    <div className={styles.root}>
      <div
        role="progressbar"
        className={styles.track}
        aria-label={t('compute.running')}
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={value}
        aria-valuetext={status}
      >
        <div
          className={mergeClasses(styles.bar, value === undefined && styles.indeterminate)}
          style={value === undefined ? undefined : { width: `${value * 100}%` }}
        />
      </div>
      <div role="status" aria-live="polite" className={styles.status}>
        {status}
      </div>
      <ol className={styles.steps} aria-label={t('compute.steps')}>
        {STEPS.map((step, i) => (
          <li
            key={step}
            aria-current={i === current ? 'step' : undefined}
            className={mergeClasses(styles.step, i === current && styles.current, i < current && styles.done)}
          >
            {t(`step.${step}`)}
          </li>
        ))}
      </ol>
    </div>
  );
}
