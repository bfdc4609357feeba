import { Button, useId } from '@fluentui/react-components';
import type { DetectedTable } from '../../adapters/office/host';
import { useStrings } from '../strings';
import { useTablesListStyles } from './TablesList.styles';

export interface TablesListProps {
  readonly tables: readonly DetectedTable[];
  /** Selects a range such as `自评表!A2:I42` in the workbook. */
  readonly onLocate: (reference: string) => void;
}

/** The tables found (sheet, kind, rows), each with a 定位 button. */
export function TablesList({ tables, onLocate }: TablesListProps): JSX.Element {
  const { t } = useStrings();
  const styles = useTablesListStyles();
  const headingId = useId('tables-heading');
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('tables.heading', { count: tables.length })}
      </h2>
      <ul className={styles.list}>
        {tables.map((table) => {
          const rows = t(table.kind === 'budget' ? 'tables.rows.budget' : 'tables.rows.indicator', {
            rows: table.rows,
          });
          const cells = table.range.slice(table.range.lastIndexOf('!') + 1);
          return (
            <li key={`${table.range}#${table.headerRow}`} className={styles.item}>
              <div className={styles.text}>
                <span className={styles.sheet}>{table.sheet}</span>
                <span className={styles.meta}>
                  {t(`tables.kind.${table.kind}`)} · {rows} · {cells}
                </span>
              </div>
              <Button
                size="small"
                aria-label={t('tables.locateLabel', { sheet: table.sheet, range: cells })}
                onClick={() => onLocate(table.range)}
              >
                {t('tables.locate')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
