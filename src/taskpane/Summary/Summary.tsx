import { Button, mergeClasses, useId } from '@fluentui/react-components';
import type { TableSummary } from '../../adapters/office/host';
import { useStrings } from '../strings';
import { useSummaryStyles } from './Summary.styles';

const points = (n: number): string => n.toFixed(2);
const short = (n: number): string => String(Number(n.toFixed(2)));

export interface SummaryProps {
  readonly tables: readonly TableSummary[];
  /** Activates the 评价结果 sheet. */
  readonly onOpenResults: () => void;
}

/** After a run: the total with its grade, the 一级/二级 table, and the evidence counts. */
export function Summary({ tables, onOpenResults }: SummaryProps): JSX.Element {
  const { t } = useStrings();
  const styles = useSummaryStyles();
  const headingId = useId('summary');
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h2 id={headingId} className={styles.heading} tabIndex={-1}>
        {t('summary.heading')}
      </h2>
      {tables.map((table) => (
        <div key={table.range} className={styles.table}>
          {tables.length > 1 && <h3 className={styles.sheet}>{table.sheet}</h3>}
          <div
            role="group"
            className={styles.total}
            aria-label={t('summary.totalLabel', {
              sheet: table.sheet,
              score: points(table.totalScore),
              weight: short(table.totalWeight),
              grade: t(`grade.${table.grade}`) + (table.pending.gradeSettled ? '' : t('summary.provisional')),
            })}
          >
            <span className={styles.score}>{t('summary.total', { score: points(table.totalScore) })}</span>
            <span className={mergeClasses(styles.badge, styles[table.grade])}>
              {t(`grade.${table.grade}`)}
              {!table.pending.gradeSettled && t('summary.provisional')}
            </span>
          </div>
          {table.pending.indicators > 0 && (
            <p className={styles.evidence}>
              {t('summary.pending', { count: table.pending.indicators, weight: short(table.pending.weight) })}
            </p>
          )}
          {table.pending.unchecked > 0 && !table.pending.gradeSettled && (
            <p className={styles.evidence}>
              {t('summary.unchecked', {
                count: table.pending.unchecked,
                weight: short(table.pending.uncheckedWeight),
              })}
            </p>
          )}
          {/* A plain table: Fluent's Table would add ~4 KB gzip for three columns. */}
          <table className={styles.groups} aria-label={t('summary.groupsCaption', { sheet: table.sheet })}>
            <thead>
              <tr>
                <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
                  {t('summary.name')}
                </th>
                <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.numeric)}>
                  {t('summary.weight')}
                </th>
                <th scope="col" className={mergeClasses(styles.cell, styles.head, styles.numeric)}>
                  {t('summary.score')}
                </th>
              </tr>
            </thead>
            <tbody>
              {table.groups.map((group, i) => (
                <tr key={`${i}-${group.name}`}>
                  <td
                    className={mergeClasses(styles.cell, group.level === 1 ? styles.level1 : styles.level2)}
                  >
                    {group.name}
                  </td>
                  <td className={mergeClasses(styles.cell, styles.numeric)}>{short(group.weight)}</td>
                  <td className={mergeClasses(styles.cell, styles.numeric)}>
                    {group.allPending ? t('summary.awaiting') : short(group.score)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={styles.evidence}>{t('summary.evidence', table.evidence)}</p>
        </div>
      ))}
      <div>
        <Button onClick={onOpenResults}>{t('summary.openResults')}</Button>
      </div>
    </section>
  );
}
