/**
 * The pane's parts that few sessions show — the settings panel (and the header-row picker shown
 * when nothing is found) and 帮助 — fetched from the page's own origin when first shown, so the
 * page every user downloads stays within its budget (webpack.config.js lists them on demand).
 */
import { lazy } from 'react';

export const SettingsForm = lazy(() =>
  import(/* webpackChunkName: "settings" */ '../SettingsForm/SettingsForm').then((m) => ({
    default: m.SettingsForm,
  })),
);
export const HeaderRowPicker = lazy(() =>
  import(/* webpackChunkName: "settings" */ '../HeaderRowPicker/HeaderRowPicker').then((m) => ({
    default: m.HeaderRowPicker,
  })),
);
export const ActualColumnHelper = lazy(() =>
  import(/* webpackChunkName: "settings" */ '../ActualColumnHelper/ActualColumnHelper').then((m) => ({
    default: m.ActualColumnHelper,
  })),
);
export const Help = lazy(() => import(/* webpackChunkName: "help" */ '../Help/Help'));
