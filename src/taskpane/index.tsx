/// <reference types="office-js" />
/**
 * The task-pane page's entry (shared runtime: the ribbon functions live on this page too).
 * The first import registers the ribbon actions at top level; the pane, React, Fluent and the
 * Office adapter arrive in later chunks once Office is ready. This file is the composition root:
 * the only place in the pane that touches the `Office` global.
 */
import { ribbonFeed } from '../commands/commands';
import { defaultLang, themeKind } from './environment';

async function start(): Promise<void> {
  const element = document.getElementById('root');
  if (!element) return;
  const [{ mountPane, loadPaneStrings, loadTheme }, { createOfficeHost }] = await Promise.all([
    import(/* webpackChunkName: "pane" */ './mountPane'),
    import(/* webpackChunkName: "office-host" */ '../adapters/office/officeHost'),
  ]);
  const lang = defaultLang(Office.context?.displayLanguage);
  // an English Office gets the pane's English words before the first paint; if they cannot be
  // fetched, the pane starts in Chinese rather than not at all (and tries again as it renders)
  // likewise a dark Office gets the dark palette first, or the light one if it cannot be fetched
  const [, theme] = await Promise.all([
    loadPaneStrings(lang).catch(() => undefined),
    loadTheme(themeKind(Office.context?.officeTheme)).catch(() => loadTheme('light')),
  ]);
  mountPane(element, {
    host: createOfficeHost(),
    theme,
    defaultLang: lang,
    ribbon: ribbonFeed,
  });
}

function fail(error: unknown): void {
  const element = document.getElementById('root');
  if (element)
    element.textContent = `无法启动绩效评价面板（${error instanceof Error ? error.message : String(error)}）。请关闭面板后重新打开。`;
}

if (typeof Office === 'undefined') fail(new Error('office.js 未能加载'));
else void Office.onReady(() => start().catch(fail));
