import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
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
  readonly theme: ThemeKind;
  readonly defaultLang: Lang;
  readonly ribbon?: RibbonFeed;
}

/** Renders the pane into `element`: FluentProvider once at the root, host capabilities by context. */
export function mountPane(element: HTMLElement, { host, theme, defaultLang, ribbon }: MountOptions): Root {
  const root = createRoot(element);
  root.render(
    <StrictMode>
      <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme}>
        <PaneHostProvider host={host}>
          <App defaultLang={defaultLang} ribbon={ribbon} />
        </PaneHostProvider>
      </FluentProvider>
    </StrictMode>,
  );
  return root;
}
