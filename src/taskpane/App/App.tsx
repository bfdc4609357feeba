import { Button, useId } from '@fluentui/react-components';
import { Suspense, useMemo, useState } from 'react';
import type { RibbonFeed } from '../../commands/ribbonActions';
import { withDefaults, type Lang } from '../../engine/settings';
import { ComputeProgress } from '../ComputeProgress/ComputeProgress';
import { FindingsList } from '../FindingsList/FindingsList';
import { Notice } from '../Notice/Notice';
import { StringsProvider, translator, useShownLang, type Translate } from '../strings';
import { Summary } from '../Summary/Summary';
import { TablesList } from '../TablesList/TablesList';
import { useAppStyles } from './App.styles';
import { ActualColumnHelper, HeaderRowPicker, Help, SettingsForm } from './onDemand';
import { failureNotice, usePane, type PaneNotice, type RunState, type SettingsStatus } from './usePane';

export interface AppProps {
  /** The language until the workbook's settings say otherwise. */
  readonly defaultLang?: Lang;
  /** Results of ribbon runs in the same runtime, so an open pane shows them too. */
  readonly ribbon?: RibbonFeed;
}

const noticeText = (t: Translate, notice: PaneNotice): string =>
  notice.lines.map((l) => t(l.key, l.params)).join(' ');

function announcement(t: Translate, run: RunState): string {
  if (run.status === 'done')
    return run.tables
      .map((s) =>
        t('summary.totalLabel', {
          sheet: s.sheet,
          score: s.totalScore.toFixed(2),
          weight: s.totalWeight,
          grade: t(`grade.${s.grade}`),
        }),
      )
      .join('；');
  if (run.status === 'failed')
    return `${noticeText(t, failureNotice(run.failure, run.message))} ${t('compute.untouched')}`;
  return '';
}

function settingsStatusText(t: Translate, status: SettingsStatus): string | undefined {
  if (status === 'idle') return undefined;
  return status === 'saved' ? t('settings.saved') : t('settings.saveFailed', { message: status.failed });
}

/** The task pane: tables found, 计算得分 with progress, summary, findings, undo, settings and help. */
export function App({ defaultLang = 'zh-CN', ribbon }: AppProps): JSX.Element {
  const pane = usePane(ribbon);
  const styles = useAppStyles();
  const settingsId = useId('settings-panel');
  const helpId = useId('help-panel');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const lang = useShownLang(pane.saved.lang ?? defaultLang);
  const t = useMemo(() => translator(lang), [lang]);
  const { detect, run, notice } = pane;
  const detection = detect.status === 'ready' ? detect.detection : null;
  const nothingFound = detection !== null && detection.tables.length === 0;
  const departmentTables = detection?.tables.filter((tb) => tb.kind === 'department') ?? [];
  const busy = pane.busy || run.status === 'running';

  // the parts fetched when first shown say so while they load
  const loading = <p role="status">{t('app.loadingPart')}</p>;
  const headerRowPicker = detection && (
    <HeaderRowPicker
      sheetNames={detection.sheetNames}
      headerRows={pane.saved.headerRows}
      onSave={pane.saveHeaderRow}
      disabled={busy}
    />
  );

  return (
    <StringsProvider lang={lang}>
      <main className={styles.root} lang={lang} aria-busy={busy}>
        <h1 className={styles.title}>{t('app.title')}</h1>

        {detect.status === 'loading' && <p role="status">{t('app.loading')}</p>}
        {detect.status === 'failed' && (
          <Notice intent="error">{t('app.loadFailed', { message: detect.message })}</Notice>
        )}
        {detection && !nothingFound && <TablesList tables={detection.tables} onLocate={pane.select} />}
        {nothingFound && (
          <>
            <Notice intent="warning" title={t('notFound.title')}>
              {t('notFound.body')}
            </Notice>
            <Suspense fallback={loading}>{headerRowPicker}</Suspense>
          </>
        )}

        <Button
          appearance="primary"
          size="large"
          className={styles.primary}
          disabled={busy}
          onClick={() => void pane.compute()}
        >
          {t('compute.button')}
        </Button>

        {run.status === 'running' && <ComputeProgress progress={run.progress} />}
        {run.status === 'failed' && (
          <Notice intent="error" title={t('compute.failedTitle')}>
            {noticeText(t, failureNotice(run.failure, run.message))} {t('compute.untouched')}
          </Notice>
        )}
        {notice && <Notice intent={notice.intent}>{noticeText(t, notice)}</Notice>}
        {run.status === 'done' && (
          <>
            {run.fromRibbon && <p>{t('compute.fromRibbon')}</p>}
            <Summary tables={run.tables} onOpenResults={pane.openResults} />
            <FindingsList findings={run.findings} onSelect={pane.select} />
          </>
        )}

        <div className={styles.actions}>
          <Button disabled={busy} onClick={() => void pane.undo()}>
            {t('undo.button')}
          </Button>
          <Button
            aria-expanded={settingsOpen}
            aria-controls={settingsId}
            onClick={() => setSettingsOpen(!settingsOpen)}
          >
            {t('settings.toggle')}
          </Button>
          <Button aria-expanded={helpOpen} aria-controls={helpId} onClick={() => setHelpOpen(!helpOpen)}>
            {t('help.toggle')}
          </Button>
        </div>

        {helpOpen && (
          <div className={styles.panel}>
            <Suspense fallback={loading}>
              <Help id={helpId} />
            </Suspense>
          </div>
        )}

        {settingsOpen && (
          <div id={settingsId} className={styles.panel}>
            <Suspense fallback={loading}>
              <SettingsForm
                settings={withDefaults(pane.saved)}
                onChange={pane.changeSettings}
                status={settingsStatusText(t, pane.settingsStatus)}
                disabled={busy}
              />
              {detection && !nothingFound && headerRowPicker}
              {departmentTables.length > 0 && (
                <ActualColumnHelper
                  tables={departmentTables}
                  onInsert={pane.insertActualColumn}
                  disabled={busy}
                />
              )}
            </Suspense>
          </div>
        )}

        <div role="status" aria-live="polite" className={styles.visuallyHidden}>
          {[announcement(t, run), notice ? noticeText(t, notice) : ''].filter(Boolean).join(' ')}
        </div>
      </main>
    </StringsProvider>
  );
}
