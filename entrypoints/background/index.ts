import { runCommand } from '@/lib/background/commands';
import { autoReadIfAllowed, applyRetentionNow, forgetTab, getActivePack, activatePack, handleMessage, onTabNavigated, rescoreOpenTabs } from '@/lib/background/service';
import { onBookChanged } from '@/lib/book/store';
import { checkIfDue, checkNow, scheduleSync, SYNC_ALARM } from '@/lib/background/sync';
import { handleTabStatePort, onActiveTabChanged, onWindowFocusChanged } from '@/lib/background/tab-state-port';
import { readSettings } from '@/lib/storage';

const RETENTION_ALARM = 'leadfit-retention';

// Only wiring here: every decision lives in lib/background (tested with WXT's fake browser).
export default defineBackground(() => {
  const hooks = { activate: activatePack, getActivePack };

  browser.runtime.onMessage.addListener((message, sender) => {
    const reply = handleMessage(message, sender);
    // Opening the popup or options is when a rep looks: a good moment to pull (throttled).
    // Nothing here marks a team version seen: views send `markPackSeen` once they showed its notice.
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'getTabState' || type === 'getSyncStatus') void checkIfDue(hooks).catch(() => {});
    return reply;
  });

  // Views (popup, a side panel) subscribe to pushed tab state instead of polling.
  browser.runtime.onConnect.addListener((port) => {
    if (handleTabStatePort(port)) void checkIfDue(hooks).catch(() => {});
  });
  browser.tabs.onActivated.addListener((info) => void onActiveTabChanged(info));
  browser.windows.onFocusChanged.addListener((windowId) => void onWindowFocusChanged(windowId));

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url) void onTabNavigated(tabId, change.url);
    if (change.status === 'complete' && tab.url) void autoReadIfAllowed(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  // Keyboard shortcuts (lib/commands.ts). The listener must stay synchronous up to sidePanel.open.
  browser.commands.onCommand.addListener((name, tab) => {
    void runCommand(name, tab).then((result) => {
      if (!result.ok) console.info(`LeadFit: shortcut ${name}: ${result.why}`);
    });
  });
  // The same path from the service worker's console (and the end-to-end tests, which cannot press a shortcut).
  (globalThis as { leadfitRunCommand?: typeof runCommand }).leadfitRunCommand = runCommand;

  // A book saved in Options or pulled by sync: the open tabs show its owner and status at once.
  onBookChanged(() => void rescoreOpenTabs());

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void checkNow(hooks);
    if (alarm.name === RETENTION_ALARM) void applyRetentionNow();
  });

  const setup = async () => {
    await browser.alarms.create(RETENTION_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
    await scheduleSync(await readSettings());
    await applyRetentionNow();
  };
  browser.runtime.onInstalled.addListener(() => void setup());
  browser.runtime.onStartup.addListener(() => void setup());
});
