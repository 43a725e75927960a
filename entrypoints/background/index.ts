import { autoReadIfAllowed, applyRetentionNow, forgetTab, getActivePack, activatePack, handleMessage, onTabNavigated } from '@/lib/background/service';
import { checkIfDue, checkNow, markVersionSeen, scheduleSync, SYNC_ALARM } from '@/lib/background/sync';
import { readSettings } from '@/lib/storage';

const RETENTION_ALARM = 'leadfit-retention';

// Only wiring here: every decision lives in lib/background (tested with WXT's fake browser).
export default defineBackground(() => {
  const hooks = { activate: activatePack, getActivePack };

  browser.runtime.onMessage.addListener((message, sender) => {
    const reply = handleMessage(message, sender);
    // Opening the popup or options is when a rep looks: a good moment to pull (throttled).
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'getTabState' || type === 'getSyncStatus') {
      void markVersionSeen();
      void checkIfDue(hooks).catch(() => {});
    }
    return reply;
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url) void onTabNavigated(tabId, change.url);
    if (change.status === 'complete' && tab.url) void autoReadIfAllowed(tabId, tab.url);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

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
