import { Button, mergeClasses, useId } from '@fluentui/react-components';
import { useState } from 'react';
import type { RenderedFinding } from '../../adapters/office/host';
import type { Severity } from '../../engine/findings/types';
import { useStrings } from '../strings';
import { useFindingsListStyles } from './FindingsList.styles';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
/** Findings shown per group before "show more"; long lists stay usable at 320 px. */
export const PAGE = 10;

interface Group {
  readonly severity: Severity;
  readonly sheet: string;
  readonly findings: readonly RenderedFinding[];
}

function groupFindings(findings: readonly RenderedFinding[]): Group[] {
  const groups: Group[] = [];
  for (const severity of SEVERITIES) {
    const sheets = new Map<string, RenderedFinding[]>();
    for (const f of findings)
      if (f.severity === severity) sheets.set(f.sheet, [...(sheets.get(f.sheet) ?? []), f]);
    for (const [sheet, list] of sheets) groups.push({ severity, sheet, findings: list });
  }
  return groups;
}

export interface FindingsListProps {
  readonly findings: readonly RenderedFinding[];
  /** Selects a finding's cell, e.g. `自评表!H19`. */
  readonly onSelect: (reference: string) => void;
}

/** 审核提示, grouped by severity and then by table; each one selects its cell. */
export function FindingsList({ findings, onSelect }: FindingsListProps): JSX.Element {
  const { t } = useStrings();
  const styles = useFindingsListStyles();
  const headingId = useId('findings');
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h2 id={headingId} className={styles.heading}>
        {t('findings.heading')}{' '}
        <span className={styles.counts}>
          {t('findings.counts', { error: count('error'), warning: count('warning'), info: count('info') })}
        </span>
      </h2>
      {findings.length === 0 && <p>{t('findings.none')}</p>}
      {groupFindings(findings).map((group) => (
        <FindingGroup key={`${group.severity}/${group.sheet}`} group={group} onSelect={onSelect} />
      ))}
    </section>
  );
}

function FindingGroup({
  group,
  onSelect,
}: {
  group: Group;
  onSelect: (reference: string) => void;
}): JSX.Element {
  const { t } = useStrings();
  const styles = useFindingsListStyles();
  const headingId = useId('finding-group');
  const [shown, setShown] = useState(PAGE);
  const severity = t(`severity.${group.severity}`);
  const rest = group.findings.length - shown;
  return (
    <div className={styles.group} role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.groupHeading}>
        <span className={mergeClasses(styles.count, styles[group.severity])}>{group.findings.length}</span>
        {t('findings.group', { severity, sheet: group.sheet })}
      </h3>
      <ul className={styles.list}>
        {group.findings.slice(0, shown).map((f, i) => (
          <li key={`${f.cell}-${f.code}-${i}`}>
            <Button
              appearance="subtle"
              className={styles.item}
              aria-label={t('findings.itemLabel', {
                severity,
                sheet: f.sheet,
                cell: f.cell,
                message: f.message,
              })}
              onClick={() => onSelect(`${f.sheet}!${f.cell}`)}
            >
              <span className={styles.cell}>{f.cell}</span>
              <span className={styles.message}>{f.message}</span>
            </Button>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <div>
          <Button appearance="transparent" size="small" onClick={() => setShown(shown + PAGE)}>
            {t('findings.showMore', { count: Math.min(rest, PAGE) })}
          </Button>
        </div>
      )}
    </div>
  );
}
