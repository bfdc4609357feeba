import { mergeClasses, ProgressBar } from '@fluentui/react-components';
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
  const status = progress
    ? t('compute.stepOf', { index: current + 1, total: STEPS.length, step: t(`step.${progress.step}`) })
    : t('compute.running');
  return (
    <div className={styles.root}>
      <ProgressBar
        thickness="large"
        value={progress ? Math.min(1, Math.max(0, progress.fraction)) : undefined}
        aria-label={t('compute.running')}
        aria-valuetext={status}
      />
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
