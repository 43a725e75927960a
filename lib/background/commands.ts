import { browser } from 'wxt/browser';
import type { Outcome } from '../accounts/types';
import { COMMAND } from '../commands';
import type { TabState } from '../messaging';
import { getTabState, setOutcome } from './service';

/**
 * The keyboard shortcuts (lib/commands.ts), so a rep working through a list never reaches for
 * the toolbar. Each acts on the active tab's state as the views show it (`getTabState`) and
 * returns what it did, in words, for the console and the tests; a shortcut with nothing to act
 * on does nothing rather than guess.
 *
 * Wired in entrypoints/background/index.ts (`browser.commands.onCommand`).
 */

export interface CommandTab {
  id?: number;
  windowId?: number;
}

export type CommandResult = { ok: true; did: string } | { ok: false; why: string };

/**
 * Chrome: opens the side panel in the tab's window. `sidePanel.open` is allowed only while the
 * browser still counts the shortcut as a user action, so it runs at once, before any await.
 * Firefox opens its sidebar through the reserved `_execute_sidebar_action` command instead.
 */
export function openSidePanelNow(tab: CommandTab | undefined): Promise<CommandResult> {
  const sidePanel = (browser as unknown as { sidePanel?: { open(options: { windowId: number }): Promise<void> } }).sidePanel;
  if (!sidePanel) return Promise.resolve({ ok: false, why: 'this browser has no side panel API' });
  if (tab?.windowId === undefined) return Promise.resolve({ ok: false, why: 'no window to open the side panel in' });
  return sidePanel.open({ windowId: tab.windowId }).then(
    () => ({ ok: true, did: 'opened the side panel' }),
    (err: Error) => ({ ok: false, why: `the side panel did not open (${err.message})` }),
  );
}

/** The first talking point the views show for this state (their order is the scorer's). */
export function bestTalkingPoint(state: TabState): string | null {
  if (state.status !== 'ready') return null;
  return state.scored?.talkingPoints[0]?.text ?? null;
}

/**
 * Writes `text` to the clipboard from inside the tab: an MV3 service worker has no DOM and no
 * clipboard, the shortcut grants `activeTab`, and the page has the keyboard focus the Clipboard
 * API asks for. `execCommand('copy')` is the fallback where the page's clipboard is refused.
 * Runs in the page: it must not close over anything.
 */
function writeClipboardInPage(text: string): Promise<boolean> {
  const viaCommand = () => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.documentElement.append(area);
    area.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } finally {
      area.remove();
    }
    return done;
  };
  if (!navigator.clipboard?.writeText) return Promise.resolve(viaCommand());
  return navigator.clipboard.writeText(text).then(
    () => true,
    () => viaCommand(),
  );
}

async function copyToClipboard(tabId: number, text: string): Promise<boolean> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId }, func: writeClipboardInPage, args: [text] });
    if (results?.[0]?.result === true) return true;
  } catch {
    // A page LeadFit may not script (the browser's own pages): try the background's clipboard.
  }
  // Firefox's MV2 background page has a DOM, and `clipboardWrite` lets it write without focus.
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText && typeof document !== 'undefined') {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

async function markOutcome(state: TabState, outcome: Outcome): Promise<CommandResult> {
  if (!state.account) return { ok: false, why: 'no account on this page to mark (LeadFit has not scored a company here)' };
  // Sets, never toggles: pressing "qualified" twice must not clear it. Clearing is in the views.
  await setOutcome(state.account.key, outcome);
  return { ok: true, did: `marked ${state.account.company.name ?? state.account.key} ${outcome === 'qualified' ? 'qualified' : 'not a fit'}` };
}

async function activeTab(tab: CommandTab | undefined): Promise<CommandTab | undefined> {
  if (tab?.id !== undefined) return tab;
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true }).catch(() => []);
  return active ? { id: active.id, windowId: active.windowId } : undefined;
}

/** Runs one shortcut on the active tab (or `tab`, which Chrome passes with the command). */
export async function runCommand(name: string, tab?: CommandTab): Promise<CommandResult> {
  if (name === COMMAND.openSidePanel) return openSidePanelNow(tab);
  const target = await activeTab(tab);
  if (target?.id === undefined) return { ok: false, why: 'no active tab' };
  const state = await getTabState(target.id);
  switch (name) {
    case COMMAND.copyTalkingPoint: {
      const text = bestTalkingPoint(state);
      if (!text) return { ok: false, why: 'no talking point on this page' };
      return (await copyToClipboard(target.id, text)) ? { ok: true, did: `copied: ${text}` } : { ok: false, why: 'the clipboard refused the text' };
    }
    case COMMAND.markQualified:
      return markOutcome(state, 'qualified');
    case COMMAND.markNotAFit:
      return markOutcome(state, 'not-a-fit');
    default:
      return { ok: false, why: `unknown command ${name}` };
  }
}
