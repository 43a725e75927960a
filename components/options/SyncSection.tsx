import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { originPattern, validateSyncSettings } from '@/lib/background/sync';
import type { PackChanges, SyncStatus } from '@/lib/messaging';
import type { Settings, SyncSettings } from '@/lib/settings';
import { call } from '@/lib/rpc';
import { t } from '@/components/i18n';
import { errorText } from './fields';

function when(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

const EMPTY: SyncSettings = { mode: 'off', serverUrl: '', team: '', readerToken: '', managerToken: '', staticUrl: '', staticBookUrl: '' };

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
        {changes.fromVersion !== null ? t('syncOptions.changedFrom', { version: String(changes.toVersion), from: String(changes.fromVersion) }) : t('syncOptions.changed', { version: String(changes.toVersion) })}
      </h2>
      <p className="small muted">
        {t('syncOptions.publishedByOn', { name: changes.publishedBy, when: when(changes.publishedAt) })}
      </p>
      {changes.changeNotes ? <p className="notes">{changes.changeNotes}</p> : null}
      {list(t('publish.icpsAdded'), changes.icps.added)}
      {list(t('publish.icpsRemoved'), changes.icps.removed)}
      {list(t('publish.icpsChanged'), changes.icps.changed)}
      {list(t('publish.personasAdded'), changes.personas.added)}
      {list(t('publish.personasRemoved'), changes.personas.removed)}
      {list(t('publish.personasChanged'), changes.personas.changed)}
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
      // The pack's host, and the book file's when it is elsewhere (static mode).
      const origins = form.mode === 'off' ? [] : [...new Set([originPattern(form), originPattern(form, 'book')].filter((o): o is string => o !== null))];
      // Asked first, while the click still counts as the user's gesture.
      if (origins.length) {
        const granted = await browser.permissions.request({ origins });
        if (!granted) {
          setMessage({ kind: 'error', text: t('syncOptions.permissionRefused', { origins: origins.join(', ') }) });
          return;
        }
      }
      const saved = await call({ type: 'saveSettings', settings: { ...props.settings, sync: form } });
      props.onSettings(saved);
      setMessage({ kind: 'ok', text: form.mode === 'off' ? t('syncOptions.savedOff') : t('syncOptions.saved') });
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
      <h1 id="sync-title">{t('syncOptions.title')}</h1>
      <p className="muted small">{t('syncOptions.intro')}</p>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="group">
          <legend>{t('syncOptions.modeLegend')}</legend>
          {(
            [
              ['off', t('syncOptions.modeOff')],
              ['server', t('syncOptions.modeServer')],
              ['static', t('syncOptions.modeStatic')],
            ] as const
          ).map(([mode, label]) => (
            <label className="check" key={mode}>
              <input type="radio" name="sync-mode" value={mode} checked={form.mode === mode} onChange={() => set('mode', mode)} /> {label}
            </label>
          ))}
        </fieldset>
        {form.mode === 'server' ? (
          <div className="grid2">
            {text('sync-server-url', t('syncOptions.serverUrl'), 'serverUrl', { placeholder: 'https://leadfit.example.com' })}
            {text('sync-team', t('syncOptions.team'), 'team', { placeholder: 'acme-sales' })}
            {text('sync-reader-token', t('syncOptions.readerToken'), 'readerToken', { type: 'password', hint: t('syncOptions.readerTokenHint') })}
            {text('sync-manager-token', t('syncOptions.managerToken'), 'managerToken', { type: 'password', hint: t('syncOptions.managerTokenHint') })}
          </div>
        ) : null}
        {form.mode === 'static' ? text('sync-static-url', t('syncOptions.packFileUrl'), 'staticUrl', { placeholder: 'https://example.com/leadfit-pack.json' }) : null}
        {form.mode === 'static'
          ? text('sync-static-book-url', t('syncBook.urlLabel'), 'staticBookUrl', { placeholder: 'https://example.com/leadfit-book.json', hint: t('syncBook.urlHint') })
          : null}
        {form.mode !== 'off' && problem ? <p className="hint warn">{problem}</p> : null}
        {form.mode !== 'off' && !problem && originPattern(form) ? (
          <p className="hint">{t('syncOptions.permissionHint', { origin: originPattern(form) ?? '' })}</p>
        ) : null}
        <button type="submit" className="primary" data-testid="save-sync" disabled={busy || !props.settings}>
          {t('syncOptions.save')}
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
          <h2>{t('syncOptions.status')}</h2>
          <button type="button" data-testid="sync-check-now" onClick={checkNow} disabled={busy || !status?.configured}>
            {t('syncOptions.checkNow')}
          </button>
        </div>
        {status ? (
          <dl className="facts">
            <dt>{t('syncOptions.sync')}</dt>
            <dd>{status.configured ? (status.url ?? t('syncOptions.configured')) : t('syncOptions.notSetUp')}</dd>
            <dt>{t('syncOptions.teamVersion')}</dt>
            <dd data-testid="sync-version">{status.currentVersion ?? '—'}</dd>
            <dt>{t('syncOptions.publishedBy')}</dt>
            <dd>{status.publishedBy ?? '—'}</dd>
            <dt>{t('syncOptions.publishedAt')}</dt>
            <dd>{when(status.publishedAt)}</dd>
            <dt>{t('syncOptions.lastCheck')}</dt>
            <dd>{when(status.lastCheckAt)}</dd>
            <dt>{t('syncOptions.lastError')}</dt>
            <dd className={status.lastError ? 'bad' : undefined} data-testid="sync-error">{status.lastError ?? t('syncOptions.none')}</dd>
          </dl>
        ) : (
          <p className="muted">{t('syncOptions.loading')}</p>
        )}
      </div>
      <BookSync status={status} canPublish={props.settings?.sync.mode === 'server' && Boolean(props.settings.sync.managerToken)} onStatus={setStatus} />
      {changes ? <Changes changes={changes} /> : null}
    </section>
  );
}

/**
 * The team account book's sync (#11): what this browser has (version, accounts, where from), the
 * last pull's error, "Pull the book now", and for a manager "Publish the account book" (the book
 * stored here, imported in Options → Account book). Facts shown only when known.
 */
function BookSync(props: { status: SyncStatus | null; canPublish: boolean; onStatus: (s: SyncStatus) => void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const book = props.status?.book;
  const run = async (action: 'pull' | 'publish') => {
    setBusy(true);
    setMessage(null);
    try {
      if (action === 'publish') {
        const done = await call({ type: 'book.publish' });
        setMessage({ kind: 'ok', text: t('syncBook.published', { version: String(done.version), accounts: done.accounts.toLocaleString() }) });
        props.onStatus(await call({ type: 'getSyncStatus' }));
      } else props.onStatus(await call({ type: 'book.pull' }));
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
      call({ type: 'getSyncStatus' }).then(props.onStatus).catch(() => undefined);
    } finally {
      setBusy(false);
    }
  };
  if (!book) return null;
  return (
    <div className="card" data-testid="sync-book">
      <div className="row">
        <h2>{t('syncBook.title')}</h2>
        <button type="button" data-testid="sync-book-pull" onClick={() => void run('pull')} disabled={busy || !book.url}>
          {t('syncBook.pull')}
        </button>
      </div>
      {book.url ? null : <p className="muted small">{t('syncBook.notSynced')}</p>}
      <dl className="facts">
        <dt>{t('syncBook.version')}</dt>
        <dd data-testid="sync-book-version">{book.version ?? '—'}</dd>
        <dt>{t('syncBook.accounts')}</dt>
        <dd data-testid="sync-book-count">{book.count === null ? '—' : book.count.toLocaleString()}</dd>
        <dt>{t('syncBook.source')}</dt>
        <dd>{book.source === 'sync' ? t('syncBook.fromSync') : book.source === 'upload' ? t('syncBook.fromUpload') : '—'}</dd>
        <dt>{t('syncBook.lastCheck')}</dt>
        <dd>{when(book.lastCheckAt)}</dd>
        <dt>{t('syncBook.lastError')}</dt>
        <dd className={book.lastError ? 'bad' : undefined} data-testid="sync-book-error">
          {book.lastError ?? '—'}
        </dd>
      </dl>
      {props.canPublish ? (
        <>
          <p className="hint">{t('syncBook.publishHint')}</p>
          <button type="button" className="primary" data-testid="sync-book-publish" onClick={() => void run('publish')} disabled={busy || !book.count}>
            {t('syncBook.publish')}
          </button>
        </>
      ) : null}
      {message ? (
        <p role="status" className={message.kind === 'error' ? 'bad' : 'good'} data-testid="sync-book-message">
          {message.text}
        </p>
      ) : null}
    </div>
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
      setMessage({ kind: 'ok', text: name.trim() ? t('syncOptions.nameSaved', { name: name.trim() }) : t('syncOptions.nameCleared') });
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
      <h2 id="publisher-title">{t('syncOptions.nameTitle')}</h2>
      <div className="field">
        <label htmlFor="manager-name">{t('syncOptions.nameLabel')}</label>
        <input id="manager-name" type="text" autoComplete="name" maxLength={200} value={name} onChange={(e) => { setName(e.target.value); setMessage(null); }} placeholder={t('syncOptions.namePlaceholder')} />
        <p className="hint">
          {t('syncOptions.nameHint')}
        </p>
      </div>
      <button type="submit" data-testid="save-manager-name" disabled={!props.settings}>
        {t('syncOptions.saveName')}
      </button>
      {message ? (
        <p role="status" className={message.kind === 'error' ? 'bad' : 'good'} data-testid="manager-name-message">
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
