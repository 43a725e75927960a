import { useEffect, useRef, useState } from 'react';
import type { ActivePack } from '@/lib/messaging';
import type { Pack } from '@/lib/profiles/schema';
import { errorSentence } from '@/lib/profiles/error-words';
import { packUrl } from '@/lib/background/sync';
import type { Settings } from '@/lib/settings';
import { call, send } from '@/lib/rpc';
import { checkForUpdate } from '@/lib/sync/client';
import { diffPacks, type PackDiff } from '@/lib/sync/diff';
import { t } from '../i18n';
import { download, errorText } from './fields';

/** Why a publish cannot go ahead yet, or null. Change notes are required: reps read them with the update. */
export function publishProblem(draft: Pack | null, notes: string): string | null {
  if (!draft) return t('publish.invalid');
  if (!notes.trim()) return t('publish.notesFirst');
  return null;
}

/** The team's current version, fetched fresh (the manager may have edited since the last sync). */
type TeamNow = { state: 'loading' } | { state: 'loaded'; pack: Pack } | { state: 'none'; error: string };

async function loadTeamPack(settings: Settings | null): Promise<TeamNow> {
  const url = settings ? packUrl(settings.sync) : null;
  if (!settings || !url) return { state: 'none', error: t('publish.notSetUp') };
  const res = await checkForUpdate({ url, token: settings.sync.managerToken || settings.sync.readerToken || null, etag: null, fetch: (...a) => fetch(...a), currentVersion: null });
  if (res.status === 'updated') return { state: 'loaded', pack: res.pack };
  return { state: 'none', error: res.status === 'error' ? res.error : t('publish.noAnswer') };
}

function Changes({ diff }: { diff: PackDiff }) {
  const rows: [string, string[]][] = [
    [t('publish.icpsAdded'), diff.icps.added],
    [t('publish.icpsRemoved'), diff.icps.removed],
    [t('publish.icpsChanged'), diff.icps.changed],
    [t('publish.personasAdded'), diff.personas.added],
    [t('publish.personasRemoved'), diff.personas.removed],
    [t('publish.personasChanged'), diff.personas.changed],
  ];
  const shown = rows.filter(([, names]) => names.length > 0);
  if (shown.length === 0) return <p className="small">{t('publish.noChange')}</p>;
  return (
    <ul className="small" data-testid="publish-diff">
      {shown.map(([title, names]) => (
        <li key={title}>
          <strong>{title}:</strong> {names.join(', ')}
        </li>
      ))}
    </ul>
  );
}

export function PublishBox(props: { draft: Pack | null; dirty: boolean; active: ActivePack; settings: Settings | null; onActive: (a: ActivePack) => void }) {
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [conflict, setConflict] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [team, setTeam] = useState<TeamNow>({ state: 'loading' });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const problem = publishProblem(props.draft, notes);
  const nextVersion = (props.active.teamVersion ?? 0) + 1;
  const managerName = props.settings?.managerName ?? '';

  useEffect(() => {
    const d = dialogRef.current;
    if (!d) return;
    // showModal where the browser has it (Chromium, Firefox); the test DOM has only the `open` attribute.
    if (confirming && !d.open) typeof d.showModal === 'function' ? d.showModal() : d.setAttribute('open', '');
    if (!confirming && d.open) typeof d.close === 'function' ? d.close() : d.removeAttribute('open');
  }, [confirming]);

  const ask = async () => {
    setMessage(null);
    if (problem) {
      setMessage({ kind: 'error', text: problem });
      return;
    }
    setTeam({ state: 'loading' });
    setConfirming(true);
    setTeam(await loadTeamPack(props.settings).catch((err: unknown) => ({ state: 'none' as const, error: errorText(err) })));
  };

  const publish = async () => {
    setConfirming(false);
    if (!props.draft || problem) return;
    setBusy(true);
    setConflict(null);
    try {
      const res = await send({ type: 'publishPack', pack: props.draft, changeNotes: notes.trim() });
      if (res.ok) {
        setMessage({ kind: 'ok', text: t('publish.published', { version: res.data.version }) });
        setNotes('');
        props.onActive(await call({ type: 'getPack' }));
      } else if (res.conflict) {
        setConflict(res.conflict.latestVersion);
      } else {
        setMessage({ kind: 'error', text: res.errors?.length ? `${res.error}: ${res.errors.map((e) => errorSentence(props.draft, e)).join('; ')}` : res.error });
      }
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const reload = async () => {
    setBusy(true);
    try {
      if (props.draft) download(`leadfit-my-edits-${props.draft.id}.json`, JSON.stringify(props.draft, null, 2), 'application/json');
      await call({ type: 'syncNow' });
      const active = await call({ type: 'getPack' });
      props.onActive(active);
      setConflict(null);
      setMessage({ kind: 'ok', text: t('publish.loadedTeam', { version: active.teamVersion ?? active.pack.version }) });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="publish-title" data-testid="publish-box">
      <h2 id="publish-title">{t('publish.title')}</h2>
      <p className="small muted">
        {t('publish.explain', { version: nextVersion })}
        {props.dirty ? t('publish.unsavedIncluded') : ''}
      </p>
      <div className="field">
        <label htmlFor="publish-notes">{t('publish.notesLabel')}</label>
        <textarea id="publish-notes" rows={3} value={notes} aria-required="true" onChange={(e) => { setNotes(e.target.value); setMessage(null); }} placeholder={t('publish.notesPlaceholder')} />
      </div>
      <button type="button" className="primary" data-testid="publish-pack" disabled={busy} onClick={() => void ask()}>
        {t('publish.publish')}
      </button>
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'bad' : 'good'} data-testid="publish-message">
          {message.text}
        </p>
      ) : null}
      {conflict !== null ? (
        <div role="alert" className="conflict" data-testid="publish-conflict">
          <p className="bad">{t('publish.conflict', { version: conflict })}</p>
          <p className="small">{t('publish.conflictHelp')}</p>
          <button type="button" onClick={reload} disabled={busy}>
            {t('publish.reload')}
          </button>
        </div>
      ) : null}
      <dialog ref={dialogRef} className="confirm" aria-labelledby="publish-confirm-title" data-testid="publish-confirm" onCancel={() => setConfirming(false)}>
        {confirming ? (
          <>
            <h2 id="publish-confirm-title">{t('publish.confirmTitle', { version: nextVersion })}</h2>
            {team.state === 'loading' ? <p className="muted small">{t('publish.loadingTeam')}</p> : null}
            {team.state === 'loaded' ? (
              <>
                <p className="small">{t('publish.changesAgainst', { version: team.pack.version, name: team.pack.name })}</p>
                {props.draft ? <Changes diff={diffPacks(team.pack, props.draft)} /> : null}
              </>
            ) : null}
            {team.state === 'none' ? <p className="small warn">{t('publish.teamUnknown', { error: team.error })}</p> : null}
            <p className="small">
              <strong>{t('publish.notes')}</strong> {notes.trim()}
            </p>
            <p className="small" data-testid="publish-by">
              <strong>{t('publish.by')}</strong> {t('publish.byServer')}
              {managerName ? t('publish.yourName', { name: managerName }) : ''}.
            </p>
            <div className="row">
              <button type="button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </button>
              <button type="button" className="primary" data-testid="publish-confirm-yes" disabled={team.state === 'loading'} onClick={() => void publish()}>
                {t('publish.confirm', { version: nextVersion })}
              </button>
            </div>
          </>
        ) : null}
      </dialog>
    </section>
  );
}
