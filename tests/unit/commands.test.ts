import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { bestTalkingPoint, runCommand } from '@/lib/background/commands';
import { iconFor } from '@/lib/background/badge';
import { getTabState, processObservation } from '@/lib/background/service';
import { COMMAND, COMMAND_SPECS, FIREFOX_SIDEBAR_COMMAND, manifestCommands } from '@/lib/commands';
import type { Observation } from '@/lib/observation';
import { emptyCompany } from '@/lib/observation-empty';
import { storedAccounts } from '../helpers/accounts';

const company: Observation = {
  url: 'https://www.linkedin.com/company/northwind-analytics/',
  kind: 'linkedin-company',
  person: null,
  people: [],
  company: {
    ...emptyCompany(),
    name: 'Northwind Analytics',
    linkedinUrl: 'https://www.linkedin.com/company/northwind-analytics/',
    industry: 'Software Development',
    employees: { min: 201, max: 500 },
    headquarters: 'Boston, MA',
    description: 'A B2B SaaS platform for revenue teams.',
  },
  evidence: { 'company.name': { source: 'json-ld', snippet: 'Northwind Analytics' } },
  missing: ['company.domain', 'company.website'],
};

async function outcomeOf(key: string) {
  return (await storedAccounts())[key]?.outcome ?? null;
}

describe('keyboard shortcuts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('marks the active tab’s account qualified, keeps it on a second press, and not a fit on the other key', async () => {
    const tab = await fakeBrowser.tabs.create({ url: company.url, active: true });
    await processObservation(tab.id!, company);
    expect(await outcomeOf('li:northwind-analytics')).toBeNull();
    expect(await runCommand(COMMAND.markQualified, tab)).toMatchObject({ ok: true, did: expect.stringMatching(/Northwind Analytics qualified/) });
    expect(await outcomeOf('li:northwind-analytics')).toBe('qualified');
    // A second press sets, never toggles (the views' buttons toggle; a blind key must not clear).
    await runCommand(COMMAND.markQualified, tab);
    expect(await outcomeOf('li:northwind-analytics')).toBe('qualified');
    await runCommand(COMMAND.markNotAFit, tab);
    expect(await outcomeOf('li:northwind-analytics')).toBe('not-a-fit');
    expect((await getTabState(tab.id!)).account?.outcome).toBe('not-a-fit');
  });

  it('does nothing on a page with no account, and says why', async () => {
    const scored = await fakeBrowser.tabs.create({ url: company.url });
    await processObservation(scored.id!, company);
    const other = await fakeBrowser.tabs.create({ url: 'https://example.com/', active: true });
    const result = await runCommand(COMMAND.markQualified, other);
    expect(result).toMatchObject({ ok: false, why: expect.stringMatching(/no account/) });
    expect(await outcomeOf('li:northwind-analytics')).toBeNull();
  });

  it('copies the first talking point the views show, written from inside the tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: company.url, active: true });
    const state = await processObservation(tab.id!, company);
    const first = state.scored?.talkingPoints[0]?.text;
    expect(first, 'the starter pack has talking points for this company').toBeTruthy();
    expect(bestTalkingPoint(state)).toBe(first);
    const executeScript = vi.fn(async () => [{ result: true }]);
    (browser as unknown as { scripting: { executeScript: typeof executeScript } }).scripting = { executeScript };
    expect(await runCommand(COMMAND.copyTalkingPoint, tab)).toMatchObject({ ok: true });
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: tab.id }, args: [first] }));
  });

  it('copies nothing where there is no talking point', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.linkedin.com/feed/', active: true });
    const executeScript = vi.fn(async () => [{ result: true }]);
    (browser as unknown as { scripting: { executeScript: typeof executeScript } }).scripting = { executeScript };
    expect(await runCommand(COMMAND.copyTalkingPoint, tab)).toMatchObject({ ok: false, why: expect.stringMatching(/no talking point/) });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('opens the side panel in the shortcut’s window (Chrome) without waiting on anything first', async () => {
    const open = vi.fn(async () => {});
    (browser as unknown as { sidePanel?: unknown }).sidePanel = { open };
    try {
      const pending = runCommand(COMMAND.openSidePanel, { id: 3, windowId: 9 });
      // Called synchronously: the browser's user-action window closes at the first await.
      expect(open).toHaveBeenCalledWith({ windowId: 9 });
      expect(await pending).toMatchObject({ ok: true });
    } finally {
      delete (browser as unknown as { sidePanel?: unknown }).sidePanel;
    }
  });
});

describe('shortcut manifest entries', () => {
  it('Chrome gets a handled command, Firefox its reserved sidebar command; at most four suggested keys, all different', () => {
    const chrome = manifestCommands('chrome');
    const firefox = manifestCommands('firefox');
    expect(Object.keys(chrome)).toContain(COMMAND.openSidePanel);
    expect(Object.keys(firefox)).toContain(FIREFOX_SIDEBAR_COMMAND);
    expect(Object.keys(firefox)).not.toContain(COMMAND.openSidePanel);
    for (const commands of [chrome, firefox]) {
      const keys = Object.values(commands).map((c) => c.suggested_key.default);
      expect(keys.length).toBeLessThanOrEqual(4);
      expect(new Set(keys).size).toBe(keys.length);
      // Chrome's rule: Ctrl or Alt, optionally Shift, and one key.
      for (const key of keys) expect(key).toMatch(/^(Ctrl|Alt)\+(Shift\+)?[A-Z0-9]$/);
    }
    expect(COMMAND_SPECS.map((s) => s.name).sort()).toEqual(Object.values(COMMAND).sort());
  });
});

describe('toolbar icon', () => {
  it('is grey where LeadFit reads nothing and in colour where it read or is reading the page', () => {
    const base = { tabId: 1, url: null, observation: null, scored: null, account: null, updatedAt: null, derived: null, packUpdate: null };
    expect(iconFor({ ...base, status: 'unsupported' })['16']).toMatch(/grey/);
    expect(iconFor({ ...base, status: 'not-read' })['16']).toMatch(/grey/);
    for (const status of ['loading', 'ready', 'empty'] as const) expect(iconFor({ ...base, status })['16']).not.toMatch(/grey/);
  });
});
