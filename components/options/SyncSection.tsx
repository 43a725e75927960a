import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { originPattern, validateSyncSettings } from '@/lib/background/sync';
import type { PackChanges, SyncStatus } from '@/lib/messaging';
import type { Settings, SyncSettings } from '@/lib/settings';
import { call } from '@/lib/rpc';
import { errorText } from './fields';

function when(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

const EMPTY: SyncSettings = { mode: 'off', serverUrl: '', team: '', readerToken: '', managerToken: '', staticUrl: '' };

function Changes({ changes }: { changes: PackChanges }) {
  // Showing the changes is showing the rep the new version: clear the badge's notice for it.
  useEffect(() => {
    if (document.visibilityState === 'visible') void call({ type: 'markPackSeen', version: changes.toVersion }).catch(() => undefined);
  }, [changes.toVersion]);
  const list = (title: string, names: string[]) =>
    names.length ? (
      <p className="small">
        <strong>{title}:</strong> {names.join(', ')}
      </p>
    ) : null;
  return (
    <div className="card" data-testid="pack-changes">
      <h2>
        What changed in version {changes.toVersion}
        {changes.fromVersion !== null ? ` (from ${changes.fromVersion})` : ''}
      </h2>
      <p className="small muted">
        Published by {changes.publishedBy} on {when(changes.publishedAt)}
      </p>
      {changes.changeNotes ? <p className="notes">{changes.changeNotes}</p> : null}
      {list('ICPs added', changes.icps.added)}
      {list('ICPs removed', changes.icps.removed)}
      {list('ICPs changed', changes.icps.changed)}
      {list('Personas added', changes.personas.added)}
      {list('Personas removed', changes.personas.removed)}
      {list('Personas changed', changes.personas.changed)}
    </div>
  );
}

export function SyncSection(props: { settings: Settings | null; onSettings: (s: Settings) => void; onPackChanged: () => void }) {
  const [form, setForm] = useState<SyncSettings>(props.settings?.sync ?? EMPTY);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [changes, setChanges] = useState<PackChanges | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (props.settings) setForm(props.settings.sync);
  }, [props.settings]);

  const refresh = () => {
    call({ type: 'getSyncStatus' }).then(setStatus).catch(() => undefined);
    call({ type: 'getPackChanges' }).then(setChanges).catch(() => undefined);
  };
  useEffect(refresh, []);

  const set = <K extends keyof SyncSettings>(key: K, value: SyncSettings[K]) => {
    setMessage(null);
    setForm((f) => ({ ...f, [key]: value }));
  };
  const problem = validateSyncSettings(form);

  const save = async () => {
    if (!props.settings) return;
    if (problem) {
      setMessage({ kind: 'error', text: problem });
      return;
    }
    setBusy(true);
    try {
      const origin = form.mode === 'off' ? null : originPattern(form);
      // Asked first, while the click still counts as the user's gesture.
      if (origin) {
        const granted = await browser.permissions.request({ origins: [origin] });
        if (!granted) {
          setMessage({ kind: 'error', text: `Not saved: LeadFit needs your permission to contact ${origin}.` });
          return;
        }
      }
      const saved = await call({ type: 'saveSettings', settings: { ...props.settings, sync: form } });
      props.onSettings(saved);
      setMessage({ kind: 'ok', text: form.mode === 'off' ? 'Saved: team sync is off.' : 'Saved. LeadFit checks for a new team pack every 15 minutes.' });
      refresh();
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const checkNow = async () => {
    setBusy(true);
    try {
      setStatus(await call({ type: 'syncNow' }));
      setChanges(await call({ type: 'getPackChanges' }));
      props.onPackChanged();
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const text = (id: string, label: string, key: keyof SyncSettings, opts: { type?: string; placeholder?: string; hint?: string } = {}) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={opts.type ?? 'text'}
        autoComplete="off"
        spellCheck={false}
        placeholder={opts.placeholder}
        value={form[key]}
        onChange={(e) => set(key, e.target.value as never)}
      />
      {opts.hint ? <p className="hint">{opts.hint}</p> : null}
    </div>
  );

  return (
    <section aria-labelledby="sync-title">
      <h1 id="sync-title">Team sync</h1>
      <p className="muted small">Share one pack across the team. Reps pull it; a manager with a manager token publishes from Profiles.</p>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="group">
          <legend>Where the team pack comes from</legend>
          {(
            [
              ['off', 'Off (use the pack edited here)'],
              ['server', 'LeadFit sync server'],
              ['static', 'A static HTTPS file (read-only)'],
            ] as const
          ).map(([mode, label]) => (
            <label className="check" key={mode}>
              <input type="radio" name="sync-mode" value={mode} checked={form.mode === mode} onChange={() => set('mode', mode)} /> {label}
            </label>
          ))}
        </fieldset>
        {form.mode === 'server' ? (
          <div className="grid2">
            {text('sync-server-url', 'Server URL', 'serverUrl', { placeholder: 'https://leadfit.example.com' })}
            {text('sync-team', 'Team', 'team', { placeholder: 'acme-sales' })}
            {text('sync-reader-token', 'Reader token', 'readerToken', { type: 'password', hint: 'From your manager; lets this browser download the team pack.' })}
            {text('sync-manager-token', 'Manager token (managers only)', 'managerToken', { type: 'password', hint: 'Lets you publish new versions from Profiles.' })}
          </div>
        ) : null}
        {form.mode === 'static' ? text('sync-static-url', 'Pack file URL', 'staticUrl', { placeholder: 'https://example.com/leadfit-pack.json' }) : null}
        {form.mode !== 'off' && problem ? <p className="hint warn">{problem}</p> : null}
        {form.mode !== 'off' && !problem && originPattern(form) ? (
          <p className="hint">Saving asks your permission for LeadFit to contact {originPattern(form)}.</p>
        ) : null}
        <button type="submit" className="primary" data-testid="save-sync" disabled={busy || !props.settings}>
          Save
        </button>
        {message ? (
          <p role="status" className={message.kind === 'error' ? 'bad' : 'good'} data-testid="sync-message">
            {message.text}
          </p>
        ) : null}
      </form>

      <PublisherName settings={props.settings} onSettings={props.onSettings} />

      <div className="card" data-testid="sync-status">
        <div className="row">
          <h2>Status</h2>
          <button type="button" data-testid="sync-check-now" onClick={checkNow} disabled={busy || !status?.configured}>
            Check now
          </button>
        </div>
        {status ? (
          <dl className="facts">
            <dt>Sync</dt>
            <dd>{status.configured ? (status.url ?? 'on') : 'not set up'}</dd>
            <dt>Team version</dt>
            <dd data-testid="sync-version">{status.currentVersion ?? '—'}</dd>
            <dt>Published by</dt>
            <dd>{status.publishedBy ?? '—'}</dd>
            <dt>Published at</dt>
            <dd>{when(status.publishedAt)}</dd>
            <dt>Last check</dt>
            <dd>{when(status.lastCheckAt)}</dd>
            <dt>Last error</dt>
            <dd className={status.lastError ? 'bad' : undefined} data-testid="sync-error">{status.lastError ?? 'none'}</dd>
          </dl>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </div>
      {changes ? <Changes changes={changes} /> : null}
    </section>
  );
}

/**
 * The manager's name, set once: "published by" of packs this browser saves or exports (and so of a
 * static pack file made from them). A LeadFit sync server records its manager token's name instead.
 */
function PublisherName(props: { settings: Settings | null; onSettings: (s: Settings) => void }) {
  const [name, setName] = useState(props.settings?.managerName ?? '');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    if (props.settings) setName(props.settings.managerName);
  }, [props.settings]);
  const save = async () => {
    if (!props.settings) return;
    try {
      const saved = await call({ type: 'saveSettings', settings: { ...props.settings, managerName: name.trim() } });
      props.onSettings(saved);
      setMessage({ kind: 'ok', text: name.trim() ? `Saved: packs you save or export say "published by ${name.trim()}".` : 'Saved: no name set.' });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    }
  };
  return (
    <form
      className="card"
      aria-labelledby="publisher-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="publisher-title">Your name as publisher</h2>
      <div className="field">
        <label htmlFor="manager-name">Your name</label>
        <input id="manager-name" type="text" autoComplete="name" maxLength={200} value={name} onChange={(e) => { setName(e.target.value); setMessage(null); }} placeholder="Maria Keller" />
        <p className="hint">
          Shown as “published by” on packs you save, export or host as a static file. When you publish to a LeadFit sync server, the server records the name of your manager token instead.
        </p>
      </div>
      <button type="submit" data-testid="save-manager-name" disabled={!props.settings}>
        Save name
      </button>
      {message ? (
        <p role="status" className={message.kind === 'error' ? 'bad' : 'good'} data-testid="manager-name-message">
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
