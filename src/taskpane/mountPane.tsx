import { FluentProvider, webLightTheme, type Theme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { PaneHost } from '../adapters/office/host';
import type { RibbonFeed } from '../commands/ribbonActions';
import type { Lang } from '../engine/settings';
import { App } from './App/App';
import type { ThemeKind } from './environment';
import { PaneHostProvider } from './hostContext';

export { loadPaneStrings } from './strings';

export interface MountOptions {
  readonly host: PaneHost;
  /** From {@link loadTheme}. */
  readonly theme: Theme;
  readonly defaultLang: Lang;
  readonly ribbon?: RibbonFeed;
}

/**
 * The Fluent theme for Office's light or dark theme. The dark one is fetched on demand from the
 * page's origin, so the page everyone downloads carries only the light palette.
 */
export async function loadTheme(kind: ThemeKind): Promise<Theme> {
  if (kind === 'light') return webLightTheme;
  return (await import(/* webpackChunkName: "theme-dark" */ './darkTheme')).webDarkTheme;
}

/** Renders the pane into `element`: FluentProvider once at the root, host capabilities by context. */
export function mountPane(element: HTMLElement, { host, theme, defaultLang, ribbon }: MountOptions): Root {
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <FluentProvider theme={theme}>
        <PaneHostProvider host={host}>
          <App defaultLang={defaultLang} ribbon={ribbon} />
        </PaneHostProvider>
      </FluentProvider>
    </StrictMode>,
  );
  return root;
}
