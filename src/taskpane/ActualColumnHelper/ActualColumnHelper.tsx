import { Button, useId } from '@fluentui/react-components';
import { useState } from 'react';
import type { DetectedTable } from '../../adapters/office/host';
import { LabeledSelect } from '../LabeledControl/LabeledControl';
import { useStrings } from '../strings';
import { useActualColumnHelperStyles } from './ActualColumnHelper.styles';

export interface ActualColumnHelperProps {
  /** Department tables (the only kind that may lack an 实际完成值 column). */
  readonly tables: readonly DetectedTable[];
  readonly onInsert: (table: DetectedTable) => void;
  readonly disabled?: boolean;
}

/** Inserts an 实际完成值 column right of 标准值, so a department table becomes computable. */
export function ActualColumnHelper({ tables, onInsert, disabled }: ActualColumnHelperProps): JSX.Element {
  const { t } = useStrings();
  const styles = useActualColumnHelperStyles();
  const headingId = useId('actual-column');
  const [index, setIndex] = useState(0);
  const table = tables[Math.min(index, tables.length - 1)];
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h2 id={headingId} className={styles.heading}>
        {t('actual.heading')}
      </h2>
      <p className={styles.body}>{t('actual.body')}</p>
      {tables.length > 1 && (
        <LabeledSelect
          label={t('actual.table')}
          value={String(index)}
          options={tables.map((tb, i) => ({ value: String(i), label: tb.range }))}
          onChange={(value) => setIndex(Number(value))}
        />
      )}
      <div>
        <Button disabled={disabled || !table} onClick={() => table && onInsert(table)}>
          {t('actual.insert')}
        </Button>
      </div>
    </section>
  );
}
