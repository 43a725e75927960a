import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { getTabState, handleMessage, processObservation, type SenderInfo } from '@/lib/background/service';
import { handleTabStatePort, onActiveTabChanged, onWindowFocusChanged, subscriberCount, type PortLike } from '@/lib/background/tab-state-port';
import type { TabState, TabStatePush } from '@/lib/messaging';
import type { Observation } from '@/lib/observation';
import { emptyCompany, emptyPerson } from '@/lib/observation-empty';
import { syncStateItem } from '@/lib/storage';
import { subscribeTabState, TAB_STATE_PORT, type ClientPort } from '@/lib/tab-state-client';

/**
 * The views' tab-state port (lib/background/tab-state-port.ts) with WXT's fake browser and a fake
 * port: a view subscribes, gets the state now and on every change, follows the active tab, and
 * only LeadFit's own pages may subscribe. Plus the explicit "seen" message for team versions.
 */

const extensionPage = (): SenderInfo => ({ id: browser.runtime.id, url: browser.runtime.getURL('/popup.html') });
const company = (name: string, slug: string): Observation => ({
  url: `https://www.linkedin.com/company/${slug}/`,
  kind: 'linkedin-company',
  person: null,
  people: [],
  company: { ...emptyCompany(), name, linkedinUrl: `https://www.linkedin.com/company/${slug}/`, industry: 'Software Development', employees: { min: 201, max: 500 } },
  evidence: {},
  missing: [],
});
const person: Observation = {
  url: 'https://www.linkedin.com/in/dana/',
  kind: 'linkedin-person',
  person: { ...emptyPerson(), name: 'Dana Whitfield', title: 'VP of Sales', company: 'Northwind Analytics', companyLinkedinUrl: 'https://www.linkedin.com/company/northwind/' },
  people: [],
  company: null,
  evidence: {},
  missing: [],
};

function fakePort(sender: SenderInfo | undefined, name = TAB_STATE_PORT) {
  const received: TabStatePush[] = [];
  const onMessage: Array<(m: unknown) => void> = [];
  const onDisconnect: Array<() => void> = [];
  const port = {
    name,
    sender,
    postMessage: (m: TabStatePush) => void received.push(m),
    disconnect: vi.fn(),
    onMessage: { addListener: (l: (m: unknown) => void) => void onMessage.push(l) },
    onDisconnect: { addListener: (l: () => void) => void onDisconnect.push(l) },
  } satisfies PortLike;
  return {
    port,
    received,
    send: (m: unknown) => onMessage.forEach((l) => l(m)),
    close: () => onDisconnect.forEach((l) => l()),
    states: () => received.filter((m): m is { type: 'state'; state: TabState } => m.type === 'state').map((m) => m.state),
  };
}

/** Lets pending pushes (async: they read storage) finish. */
async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('tab-state port', () => {
  let opened: Array<ReturnType<typeof fakePort>> = [];
  const open = (...args: [sender?: SenderInfo | undefined]) => {
    // No argument: LeadFit's popup; an explicit undefined: a port without a sender.
    const sender = args.length ? args[0] : extensionPage();
    const p = fakePort(sender);
    opened.push(p);
    expect(handleTabStatePort(p.port)).toBe(true);
    return p;
  };

  beforeEach(() => {
    // Views from an earlier test are closed, as a closed popup's port would be.
    for (const p of opened) p.close();
    opened = [];
    fakeBrowser.reset();
    fakeBrowser.tabs.onActivated.addListener((info) => void onActiveTabChanged(info));
    fakeBrowser.windows.onFocusChanged.addListener((id) => void onWindowFocusChanged(id));
  });

  it('leaves other ports alone', () => {
    const other = fakePort(extensionPage(), 'something-else');
    expect(handleTabStatePort(other.port)).toBe(false);
    expect(other.received).toEqual([]);
  });

  it('pushes the state on subscribe and again whenever that tab changes, not for other tabs', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/company/northwind/' });
    const other = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/company/contoso/' });
    const view = open();
    view.send({ tabId: tab.id! });
    await vi.waitFor(() => expect(view.states().map((s) => s.status)).toEqual(['loading']));

    await processObservation(other.id!, company('Contoso', 'contoso'));
    await settle();
    expect(view.states()).toHaveLength(1);

    await processObservation(tab.id!, company('Northwind Analytics', 'northwind'));
    await vi.waitFor(() => expect(view.states().at(-1)?.status).toBe('ready'));
    const ready = view.states().at(-1)!;
    expect(ready.tabId).toBe(tab.id);
    expect(ready.observation?.company?.name).toBe('Northwind Analytics');
    // Derived in the background: the view gets the brief and the pack line ready to render.
    expect(ready.derived?.brief.split('\n')[0]).toBe('Northwind Analytics');
    expect(ready.derived?.pack.source).toBe('starter');
  });

  it('pushes an outcome set from elsewhere, with the committee recomputed on the account', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/company/northwind/' });
    await processObservation(tab.id!, company('Northwind Analytics', 'northwind'));
    const view = open();
    view.send({ tabId: tab.id! });
    await vi.waitFor(() => expect(view.states().at(-1)?.account?.outcome).toBe(null));
    const key = view.states().at(-1)!.account!.key;
    expect(view.states().at(-1)!.derived!.committee!.sentence).toMatch(/^0 of \d+ roles? seen/);
    const answer = await handleMessage({ type: 'setOutcome', accountKey: key, outcome: 'qualified' }, extensionPage());
    expect(answer.ok).toBe(true);
    await vi.waitFor(() => expect(view.states().at(-1)?.account?.outcome).toBe('qualified'));
  });

  it('follows the active tab of its window', async () => {
    const first = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/company/northwind/', active: true });
    const windowId = first.windowId!;
    const view = open();
    view.send({ follow: 'active', windowId });
    await vi.waitFor(() => expect(view.states().at(-1)?.tabId).toBe(first.id));

    const second = await fakeBrowser.tabs.create({ url: 'https://www.example.com/', active: true });
    await vi.waitFor(() => expect(view.states().at(-1)).toMatchObject({ tabId: second.id, status: 'not-read' }));
    // Changes to the tab it left no longer reach it; changes to the one it shows do.
    const count = view.received.length;
    await processObservation(first.id!, company('Northwind Analytics', 'northwind'));
    await settle();
    expect(view.received).toHaveLength(count);

    await fakeBrowser.tabs.update(first.id!, { active: true });
    await vi.waitFor(() => expect(view.states().at(-1)).toMatchObject({ tabId: first.id, status: 'ready' }));
  });

  it('a view subscribed to one tab stays on it when another tab becomes active', async () => {
    const first = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/company/northwind/', active: true });
    const view = open();
    view.send({ tabId: first.id! });
    await vi.waitFor(() => expect(view.states()).toHaveLength(1));
    await fakeBrowser.tabs.create({ url: 'https://www.example.com/', active: true });
    await settle();
    expect(view.states().map((s) => s.tabId)).toEqual([first.id]);
  });

  it('refuses web pages and other extensions, and answers a malformed subscription with an error', async () => {
    for (const sender of [
      { id: browser.runtime.id, url: 'https://www.linkedin.com/in/dana/', tab: { id: 4 } },
      { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' },
      undefined,
    ]) {
      const before = subscriberCount();
      const p = open(sender);
      expect(p.port.disconnect).toHaveBeenCalled();
      expect(p.received[0]).toMatchObject({ type: 'error' });
      p.send({ tabId: 1 });
      await settle();
      expect(p.states()).toEqual([]);
      expect(subscriberCount()).toBe(before);
    }
    const view = open();
    view.send({ tabId: 'one' });
    await settle();
    expect(view.received).toEqual([{ type: 'error', error: expect.stringContaining('malformed subscription') }]);
  });

  it('forgets a view when its port disconnects', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/company/northwind/' });
    const before = subscriberCount();
    const view = open();
    view.send({ tabId: tab.id! });
    await vi.waitFor(() => expect(view.states()).toHaveLength(1));
    expect(subscriberCount()).toBe(before + 1);
    view.close();
    expect(subscriberCount()).toBe(before);
    await processObservation(tab.id!, company('Northwind Analytics', 'northwind'));
    await settle();
    expect(view.received).toHaveLength(1);
  });
});

describe('team version "seen" is an explicit message', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reading or subscribing to state does not mark it seen; markPackSeen does, for that version or newer only', async () => {
    await syncStateItem.setValue({ etag: null, lastCheckAt: null, lastError: null, unseenVersion: 4 });
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/in/dana/' });
    await processObservation(tab.id!, person);
    expect((await getTabState(tab.id!)).packUpdate).toMatchObject({ version: 4 });
    const view = fakePort(extensionPage());
    handleTabStatePort(view.port);
    view.send({ tabId: tab.id! });
    await vi.waitFor(() => expect(view.states().at(-1)?.packUpdate?.version).toBe(4));
    await settle();
    // An open view (a side panel) that has not shown the notice leaves it unseen.
    expect((await syncStateItem.getValue()).unseenVersion).toBe(4);

    // A view that showed v3 does not hide v4.
    expect(await handleMessage({ type: 'markPackSeen', version: 3 }, extensionPage())).toEqual({ ok: true, data: { seen: false } });
    expect((await syncStateItem.getValue()).unseenVersion).toBe(4);
    // Only LeadFit's pages may say it was seen.
    const fromPage = await handleMessage({ type: 'markPackSeen', version: 4 }, { id: browser.runtime.id, url: person.url, tab: { id: tab.id! } });
    expect(fromPage.ok).toBe(false);
    expect((await syncStateItem.getValue()).unseenVersion).toBe(4);

    expect(await handleMessage({ type: 'markPackSeen', version: 4 }, extensionPage())).toEqual({ ok: true, data: { seen: true } });
    expect((await syncStateItem.getValue()).unseenVersion).toBeNull();
    // Every open view hears it (the notice goes away in other windows too).
    await vi.waitFor(() => expect(view.states().at(-1)?.packUpdate).toBeNull());
    view.close();
  });
});

describe('view side (lib/tab-state-client)', () => {
  function clientPort() {
    const posted: unknown[] = [];
    let onMessage: ((m: unknown) => void) | null = null;
    let onDisconnect: (() => void) | null = null;
    const port: ClientPort = {
      postMessage: (m) => void posted.push(m),
      disconnect: vi.fn(),
      onMessage: { addListener: (l) => void (onMessage = l) },
      onDisconnect: { addListener: (l) => void (onDisconnect = l) },
    };
    return { port, posted, push: (m: unknown) => onMessage?.(m), drop: () => onDisconnect?.() };
  }

  it('subscribes, passes pushes on, resubscribes after the worker dropped the port, and disconnects on unsubscribe', async () => {
    const ports: Array<ReturnType<typeof clientPort>> = [];
    const names: string[] = [];
    const got: TabStatePush[] = [];
    const unsubscribe = subscribeTabState({ follow: 'active', windowId: 2 }, (p) => got.push(p), {
      retryMs: 1,
      connect: ({ name }) => {
        names.push(name);
        const p = clientPort();
        ports.push(p);
        return p.port;
      },
    });
    expect(names).toEqual([TAB_STATE_PORT]);
    expect(ports[0]!.posted).toEqual([{ follow: 'active', windowId: 2 }]);
    ports[0]!.push({ type: 'error', error: 'No tab to read.' });
    ports[0]!.push({ something: 'else' });
    expect(got).toEqual([{ type: 'error', error: 'No tab to read.' }]);

    ports[0]!.drop();
    await vi.waitFor(() => expect(ports).toHaveLength(2));
    expect(ports[1]!.posted).toEqual([{ follow: 'active', windowId: 2 }]);

    unsubscribe();
    expect(ports[1]!.port.disconnect).toHaveBeenCalled();
    ports[1]!.push({ type: 'error', error: 'late' });
    expect(got).toHaveLength(1);
  });
});
