import { useEffect, useRef, useState } from 'react';
import type { ActivePack } from '@/lib/messaging';
import type { Pack } from '@/lib/profiles/schema';
import { errorSentence } from '@/lib/profiles/error-words';
import { packUrl } from '@/lib/background/sync';
import type { Settings } from '@/lib/settings';
import { call, send } from '@/lib/rpc';
import { checkForUpdate } from '@/lib/sync/client';
import { diffPacks, type PackDiff } from '@/lib/sync/diff';
import { download, errorText } from './fields';

/** Why a publish cannot go ahead yet, or null. Change notes are required: reps read them with the update. */
export function publishProblem(draft: Pack | null, notes: string): string | null {
  if (!draft) return 'Fix the problems above first: the pack is not valid.';
  if (!notes.trim()) return 'Write change notes first: reps see them with the new version.';
  return null;
}

/** The team's current version, fetched fresh (the manager may have edited since the last sync). */
type TeamNow = { state: 'loading' } | { state: 'loaded'; pack: Pack } | { state: 'none'; error: string };

async function loadTeamPack(settings: Settings | null): Promise<TeamNow> {
  const url = settings ? packUrl(settings.sync) : null;
  if (!settings || !url) return { state: 'none', error: 'team sync is not set up' };
  const res = await checkForUpdate({ url, token: settings.sync.managerToken || settings.sync.readerToken || null, etag: null, fetch: (...a) => fetch(...a), currentVersion: null });
  if (res.status === 'updated') return { state: 'loaded', pack: res.pack };
  return { state: 'none', error: res.status === 'error' ? res.error : 'no answer' };
}

function Changes({ diff }: { diff: PackDiff }) {
  const rows: [string, string[]][] = [
    ['ICPs added', diff.icps.added],
    ['ICPs removed', diff.icps.removed],
    ['ICPs changed', diff.icps.changed],
    ['Personas added', diff.personas.added],
    ['Personas removed', diff.personas.removed],
    ['Personas changed', diff.personas.changed],
  ];
  const shown = rows.filter(([, names]) => names.length > 0);
  if (shown.length === 0) return <p className="small">No ICP or persona changed (pack details only).</p>;
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
        setMessage({ kind: 'ok', text: `Published version ${res.data.version} to the team.` });
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
      setMessage({ kind: 'ok', text: `Loaded team version ${active.teamVersion ?? active.pack.version}. Your edits were downloaded as a file; re-apply them here and publish again.` });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="publish-title" data-testid="publish-box">
      <h2 id="publish-title">Publish to the team</h2>
      <p className="small muted">
        Publishes the pack above as team version {nextVersion}. Every rep gets it at their next sync.
        {props.dirty ? ' Unsaved edits are included.' : ''}
      </p>
      <div className="field">
        <label htmlFor="publish-notes">Change notes (required)</label>
        <textarea id="publish-notes" rows={3} value={notes} aria-required="true" onChange={(e) => { setNotes(e.target.value); setMessage(null); }} placeholder="What changed and why" />
      </div>
      <button type="button" className="primary" data-testid="publish-pack" disabled={busy} onClick={() => void ask()}>
        Publish…
      </button>
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'bad' : 'good'} data-testid="publish-message">
          {message.text}
        </p>
      ) : null}
      {conflict !== null ? (
        <div role="alert" className="conflict" data-testid="publish-conflict">
          <p className="bad">Version {conflict} was published by someone else.</p>
          <p className="small">Reload the team version, re-apply your edit, and publish again. Your current edits are downloaded as a file first.</p>
          <button type="button" onClick={reload} disabled={busy}>
            Reload team version
          </button>
        </div>
      ) : null}
      <dialog ref={dialogRef} className="confirm" aria-labelledby="publish-confirm-title" data-testid="publish-confirm" onCancel={() => setConfirming(false)}>
        {confirming ? (
          <>
            <h2 id="publish-confirm-title">Publish version {nextVersion} to the team?</h2>
            {team.state === 'loading' ? <p className="muted small">Loading the team's current version…</p> : null}
            {team.state === 'loaded' ? (
              <>
                <p className="small">
                  Changes against team version {team.pack.version} ({team.pack.name}):
                </p>
                {props.draft ? <Changes diff={diffPacks(team.pack, props.draft)} /> : null}
              </>
            ) : null}
            {team.state === 'none' ? <p className="small warn">The team's current version could not be loaded ({team.error}), so the changes cannot be listed.</p> : null}
            <p className="small">
              <strong>Change notes:</strong> {notes.trim()}
            </p>
            <p className="small" data-testid="publish-by">
              <strong>Published by:</strong> the sync server records the name of your manager token
              {managerName ? ` (your name here: ${managerName})` : ''}.
            </p>
            <div className="row">
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
              <button type="button" className="primary" data-testid="publish-confirm-yes" disabled={team.state === 'loading'} onClick={() => void publish()}>
                Publish version {nextVersion}
              </button>
            </div>
          </>
        ) : null}
      </dialog>
    </section>
  );
}
