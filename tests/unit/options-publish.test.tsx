// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActivePack, Request } from '@/lib/messaging';
import { loadStarterPack } from '@/lib/profiles/starter';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/settings';
import { publisherName } from '@/components/options/ProfilesSection';

/** Publishing from Options: change notes required, an in-page confirmation listing what changed against the team's version. */
const sent: Request[] = [];
vi.mock('@/lib/rpc', () => ({
  send: async (request: Request) => {
    sent.push(request);
    return { ok: true, data: { version: 2 } };
  },
  call: async (request: Request) => {
    sent.push(request);
    if (request.type === 'getPack') return active;
    throw new Error(`unexpected ${request.type}`);
  },
}));

const { PublishBox, publishProblem } = await import('@/components/options/PublishBox');

const team = loadStarterPack();
const active: ActivePack = { pack: team, source: 'team', updatedAt: '2026-01-01T00:00:00Z', teamVersion: 1 };
const settings: Settings = { ...DEFAULT_SETTINGS, managerName: 'Maria Keller', sync: { ...DEFAULT_SETTINGS.sync, mode: 'server', serverUrl: 'https://sync.example.com', team: 'acme', managerToken: 'm-token' } };

function edited() {
  const draft = structuredClone(team);
  draft.personas[0]!.name = 'Sarah the Revenue Leader';
  return draft;
}

beforeEach(() => {
  sent.length = 0;
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(team), { status: 200, headers: { 'Content-Type': 'application/json', ETag: '"v1"' } })));
  window.confirm = () => {
    throw new Error('window.confirm must not be used');
  };
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const notes = () => screen.getByLabelText(/Change notes/);
const dialog = () => screen.getByTestId('publish-confirm');

describe('publish', () => {
  it('requires change notes (not just spaces) and publishes nothing without them', async () => {
    render(<PublishBox draft={edited()} dirty={false} active={active} settings={settings} onActive={() => undefined} />);
    fireEvent.click(screen.getByTestId('publish-pack'));
    expect((await screen.findByTestId('publish-message')).textContent).toMatch(/Write change notes first/);
    fireEvent.change(notes(), { target: { value: '   \n ' } });
    fireEvent.click(screen.getByTestId('publish-pack'));
    expect((await screen.findByTestId('publish-message')).textContent).toMatch(/Write change notes first/);
    expect(dialog().hasAttribute('open')).toBe(false);
    expect(sent.filter((r) => r.type === 'publishPack')).toHaveLength(0);
    expect(publishProblem(edited(), ' x ')).toBeNull();
    expect(publishProblem(null, 'notes')).toMatch(/not valid/);
  });

  it('asks in the page, shows what changed against the team version, and publishes the trimmed notes on confirm', async () => {
    render(<PublishBox draft={edited()} dirty={false} active={active} settings={settings} onActive={() => undefined} />);
    fireEvent.change(notes(), { target: { value: '  Sarah covers revenue.  ' } });
    fireEvent.click(screen.getByTestId('publish-pack'));
    await waitFor(() => expect((screen.getByTestId('publish-diff')).textContent).toMatch('Personas changed: Sarah the Revenue Leader'));
    expect(dialog().hasAttribute('open')).toBe(true);
    expect((dialog()).textContent).toMatch('Publish version 2 to the team?');
    expect((dialog()).textContent).toMatch('Sarah covers revenue.');
    expect((screen.getByTestId('publish-by')).textContent).toMatch('Maria Keller');
    expect(sent.filter((r) => r.type === 'publishPack')).toHaveLength(0);
    fireEvent.click(screen.getByTestId('publish-confirm-yes'));
    await waitFor(() => expect((screen.getByTestId('publish-message')).textContent).toMatch('Published version 2'));
    const publish = sent.find((r) => r.type === 'publishPack');
    expect(publish).toMatchObject({ changeNotes: 'Sarah covers revenue.' });
  });

  it('cancel publishes nothing', async () => {
    render(<PublishBox draft={edited()} dirty={false} active={active} settings={settings} onActive={() => undefined} />);
    fireEvent.change(notes(), { target: { value: 'Rename.' } });
    fireEvent.click(screen.getByTestId('publish-pack'));
    await screen.findByTestId('publish-diff');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(dialog().hasAttribute('open')).toBe(false);
    expect(sent.filter((r) => r.type === 'publishPack')).toHaveLength(0);
  });
});

describe('the manager name setting', () => {
  it('settings stored before it still parse (no migration), and it is trimmed and capped', () => {
    expect(settingsSchema.parse({ sync: { mode: 'off' }, retentionDays: 30, autoReadCompanySites: false }).managerName).toBe('');
    expect(settingsSchema.parse({ managerName: '  Maria Keller ' }).managerName).toBe('Maria Keller');
    expect(settingsSchema.safeParse({ managerName: 'x'.repeat(201) }).success).toBe(false);
  });

  it('a saved pack says who published it: the name set, else a plain "an unnamed editor" (the popup shows it as a name)', () => {
    expect(publisherName({ ...DEFAULT_SETTINGS, managerName: 'Maria Keller' })).toBe('Maria Keller');
    expect(publisherName({ ...DEFAULT_SETTINGS, managerName: '   ' })).toBe('an unnamed editor');
    expect(publisherName(null)).toBe('an unnamed editor');
  });
});
