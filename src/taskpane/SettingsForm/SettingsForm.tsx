import { Radio, RadioGroup, useId } from '@fluentui/react-components';
import type {
  BudgetBasis,
  Lang,
  LateWithoutRule,
  RangeProportion,
  OverwritePolicy,
  Settings,
  StepMode,
  UncheckedScores,
} from '../../engine/settings';
import type { PaneKey } from '../../i18n/pane.zh-CN';
import { useStrings } from '../strings';
import { useSettingsFormStyles } from './SettingsForm.styles';

type Choice =
  | 'stepMode'
  | 'budgetBasis'
  | 'overwritePolicy'
  | 'uncheckedScores'
  | 'lateWithoutRule'
  | 'rangeProportion'
  | 'lang';

const OPTIONS: { readonly [K in Choice]: readonly Settings[K][] } = {
  stepMode: ['whole', 'partial', 'proportional'] satisfies StepMode[],
  budgetBasis: ['initial', 'adjusted', 'received'] satisfies BudgetBasis[],
  overwritePolicy: ['keepAndFlag', 'overwrite'] satisfies OverwritePolicy[],
  uncheckedScores: ['counted', 'provisional'] satisfies UncheckedScores[],
  lateWithoutRule: ['zero', 'manual'] satisfies LateWithoutRule[],
  rangeProportion: ['ratio', 'interpolate', 'manual'] satisfies RangeProportion[],
  lang: ['zh-CN', 'en'] satisfies Lang[],
};

export interface SettingsFormProps {
  readonly settings: Settings;
  /** One changed setting; the caller saves it in the workbook. */
  readonly onChange: (change: Partial<Settings>) => void;
  /** 已保存 / 未能保存…, announced politely. */
  readonly status?: string;
  readonly disabled?: boolean;
}

/** 扣分步长, 执行率分母, 已填得分与计算不一致时, 无法核验的自评得分, 界面语言 — saved in the workbook through the host. */
export function SettingsForm({ settings, onChange, status, disabled }: SettingsFormProps): JSX.Element {
  const { t } = useStrings();
  const styles = useSettingsFormStyles();
  const headingId = useId('settings');
  const choice = <K extends Choice>(key: K): JSX.Element => (
    <div className={styles.choice}>
      <span id={`${headingId}-${key}`} className={styles.label}>
        {t(`settings.${key}`)}
      </span>
      <RadioGroup
        aria-labelledby={`${headingId}-${key}`}
        value={settings[key]}
        disabled={disabled}
        onChange={(_, data) => onChange({ [key]: data.value })}
      >
        {OPTIONS[key].map((value) => (
          <Radio key={value} value={value} label={t(`settings.${key}.${value}` as PaneKey)} />
        ))}
      </RadioGroup>
    </div>
  );
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h2 id={headingId} className={styles.heading}>
        {t('settings.heading')}
      </h2>
      {choice('stepMode')}
      {choice('budgetBasis')}
      {choice('overwritePolicy')}
      {choice('uncheckedScores')}
      {choice('lateWithoutRule')}
      {choice('rangeProportion')}
      {choice('lang')}
      <div role="status" aria-live="polite" className={styles.status}>
        {status}
      </div>
    </section>
  );
}
