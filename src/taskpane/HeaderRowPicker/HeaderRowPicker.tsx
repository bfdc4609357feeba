import { Button, useId } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { LabeledNumber, LabeledSelect } from '../LabeledControl/LabeledControl';
import { useStrings } from '../strings';
import { useHeaderRowPickerStyles } from './HeaderRowPicker.styles';

const MAX_ROW = 1048576;

export interface HeaderRowPickerProps {
  readonly sheetNames: readonly string[];
  /** Rows already chosen, per sheet. */
  readonly headerRows?: Readonly<Record<string, number>>;
  readonly onSave: (sheet: string, row: number) => void;
  readonly disabled?: boolean;
}

/** 选择表头所在行: the user names the sheet and the 1-based row of its table header. */
export function HeaderRowPicker({
  sheetNames,
  headerRows = {},
  onSave,
  disabled,
}: HeaderRowPickerProps): JSX.Element {
  const { t } = useStrings();
  const styles = useHeaderRowPickerStyles();
  const headingId = useId('header-row');
  const [sheet, setSheet] = useState(sheetNames[0] ?? '');
  const [row, setRow] = useState(() => String(headerRows[sheetNames[0] ?? ''] ?? ''));
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const n = Number(row);
    if (!Number.isInteger(n) || n < 1 || n > MAX_ROW || !sheet) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onSave(sheet, n);
  };

  return (
    <form className={styles.root} aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId} className={styles.heading}>
        {t('headerRow.heading')}
      </h3>
      <div className={styles.row}>
        <LabeledSelect
          label={t('headerRow.sheet')}
          value={sheet}
          options={sheetNames.map((name) => ({ value: name, label: name }))}
          onChange={(value) => {
            setSheet(value);
            setRow(String(headerRows[value] ?? ''));
          }}
        />
        <LabeledNumber
          label={t('headerRow.row')}
          hint={t('headerRow.rowHint')}
          error={invalid ? t('headerRow.invalid') : undefined}
          min={1}
          max={MAX_ROW}
          value={row}
          onChange={setRow}
        />
      </div>
      <div>
        <Button type="submit" disabled={disabled || sheetNames.length === 0}>
          {t('headerRow.save')}
        </Button>
      </div>
    </form>
  );
}
