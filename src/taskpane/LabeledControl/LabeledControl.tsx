import { mergeClasses, useId } from '@fluentui/react-components';
import { useLabeledControlStyles } from './LabeledControl.styles';

interface Common {
  readonly label: string;
  readonly hint?: string;
  /** Shown instead of the hint; marks the control invalid and is read with it. */
  readonly error?: string;
}

function useDescribed(hint: string | undefined, error: string | undefined) {
  const styles = useLabeledControlStyles();
  const id = useId('control');
  const noteId = `${id}-note`;
  const note = error ?? hint;
  return {
    id,
    styles,
    describedBy: note ? noteId : undefined,
    note: note && (
      <span id={noteId} className={error ? styles.error : styles.hint} role={error ? 'alert' : undefined}>
        {note}
      </span>
    ),
  };
}

export interface LabeledSelectProps extends Common {
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
}

/** A labelled native select (keyboard and screen-reader behaviour come from the platform). */
export function LabeledSelect({
  label,
  hint,
  error,
  value,
  options,
  onChange,
}: LabeledSelectProps): JSX.Element {
  const { id, styles, describedBy, note } = useDescribed(hint, error);
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <select
        id={id}
        className={mergeClasses(styles.control, error !== undefined && styles.invalid)}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={error !== undefined || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {note}
    </div>
  );
}

export interface LabeledNumberProps extends Common {
  readonly value: string;
  readonly min?: number;
  readonly max?: number;
  readonly onChange: (value: string) => void;
}

/** A labelled native number input. */
export function LabeledNumber({
  label,
  hint,
  error,
  value,
  min,
  max,
  onChange,
}: LabeledNumberProps): JSX.Element {
  const { id, styles, describedBy, note } = useDescribed(hint, error);
  return (
    <div className={styles.root}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        className={mergeClasses(styles.control, error !== undefined && styles.invalid)}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={error !== undefined || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {note}
    </div>
  );
}
