import { browser } from 'wxt/browser';

/**
 * Opening the side panel from a view's click. Both browsers allow it only inside the user's
 * action, so the window id is looked up beforehand (`currentWindowId`) and `openSidePanel`
 * calls the API first thing, with no await before it.
 */
interface SidePanelApis {
  /** Chrome 116+. */
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  /** Firefox. */
  sidebarAction?: { open(): Promise<void> };
}

const apis = () => browser as unknown as SidePanelApis;

export function canOpenSidePanel(): boolean {
  const { sidePanel, sidebarAction } = apis();
  return typeof sidePanel?.open === 'function' || typeof sidebarAction?.open === 'function';
}

export async function currentWindowId(): Promise<number | null> {
  try {
    return (await browser.windows.getCurrent()).id ?? null;
  } catch {
    return null;
  }
}

export function openSidePanel(windowId: number | null): Promise<void> {
  const { sidePanel, sidebarAction } = apis();
  if (sidebarAction?.open) return sidebarAction.open();
  if (sidePanel?.open && windowId !== null) return sidePanel.open({ windowId });
  return Promise.reject(new Error('this browser cannot open a side panel from here'));
}
