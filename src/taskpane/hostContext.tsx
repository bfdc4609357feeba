import { createContext, useContext, type ReactNode } from 'react';
import type { PaneHost } from '../adapters/office/host';

const PaneHostContext = createContext<PaneHost | null>(null);

/** Gives the pane its host capabilities (the Office adapter, or a fake in tests). */
export function PaneHostProvider({ host, children }: { host: PaneHost; children: ReactNode }): JSX.Element {
  return <PaneHostContext.Provider value={host}>{children}</PaneHostContext.Provider>;
}

export function usePaneHost(): PaneHost {
  const host = useContext(PaneHostContext);
  if (!host) throw new Error('usePaneHost needs a PaneHostProvider above it');
  return host;
}
