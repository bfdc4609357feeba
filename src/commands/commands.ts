/// <reference types="office-js" />
/**
 * The ribbon's ExecuteFunction handlers. This module is the first chunk of the task-pane page and
 * associates the actions at top level, before anything else loads, so the first click on a
 * ribbon button is not lost while the rest of the page is still downloading. The adapter (and the
 * engine behind it) is fetched on the first click.
 */
import { createRibbonFeed, registerRibbonActions, type RibbonRunners } from './ribbonActions';

/** Ribbon results for the pane, when it is open in the same runtime. */
export const ribbonFeed = createRibbonFeed();

const loadRunners = async (): Promise<RibbonRunners> =>
  await import(/* webpackChunkName: "office-host" */ '../adapters/office/officeHost');

/** A failed ribbon run opens the pane, where the failure is shown in one sentence. */
async function showPane(): Promise<void> {
  if (typeof Office !== 'undefined' && typeof Office.addin?.showAsTaskpane === 'function')
    await Office.addin.showAsTaskpane();
}

if (typeof Office !== 'undefined' && typeof Office.actions?.associate === 'function')
  registerRibbonActions(Office.actions, loadRunners, { feed: ribbonFeed, onFailure: showPane });
