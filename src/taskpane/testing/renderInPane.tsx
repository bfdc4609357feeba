import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { PaneHost } from '../../adapters/office/host';
import type { Lang } from '../../engine/settings';
import { PaneHostProvider } from '../hostContext';
import { StringsProvider } from '../strings';
import { FakePaneHost } from './fakePaneHost';

/** jsdom lacks what Fluent measures with; install no-op stand-ins once per test file. */
export function installDomStubs(): void {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  globalThis.ResizeObserver ??= ResizeObserverStub;
  if (!('matchMedia' in window))
    Object.defineProperty(window, 'matchMedia', {
      value: (query: string): MediaQueryList =>
        ({
          matches: false,
          media: query,
          onchange: null,
          addListener: () => undefined,
          removeListener: () => undefined,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
          dispatchEvent: () => false,
        }) as MediaQueryList,
    });
}

export interface PaneRenderOptions {
  readonly lang?: Lang;
  readonly host?: PaneHost;
}

/** Renders a pane component the way mountPane does: FluentProvider, host and strings around it. */
export function renderInPane(ui: ReactElement, options: PaneRenderOptions = {}): RenderResult {
  const host = options.host ?? new FakePaneHost();
  return render(
    <FluentProvider theme={webLightTheme}>
      <PaneHostProvider host={host}>
        <StringsProvider lang={options.lang ?? 'zh-CN'}>{ui}</StringsProvider>
      </PaneHostProvider>
    </FluentProvider>,
  );
}
