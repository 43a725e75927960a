import { useEffect, useMemo, useState } from 'react';
import { accountsToCsv } from '@/lib/accounts/csv';
import { OUTCOMES, type AccountRecord } from '@/lib/accounts/types';
import type { ActivePack } from '@/lib/messaging';
import { TIERS } from '@/lib/profiles/taxonomy';
import { call } from '@/lib/rpc';
import { download, errorText } from './fields';

const NONE = '__none__';

function personas(a: AccountRecord): string[] {
  return [...new Set(a.contacts.map((c) => c.personaName).filter((n): n is string => !!n))];
}

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

export function AccountsSection({ active }: { active: ActivePack | null }) {
  const [accounts, setAccounts] = useState<AccountRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tier, setTier] = useState('');
  const [icp, setIcp] = useState('');
  const [persona, setPersona] = useState('');
  const [outcome, setOutcome] = useState('');
  const [since, setSince] = useState('');
  const [skipped, setSkipped] = useState(0);

  const load = () => {
    setError(null);
    call({ type: 'listAccounts' })
      .then(setAccounts)
      .catch((err) => setError(errorText(err)));
    // Stored records that no longer parse are skipped by the background (lib/storage.ts); say how many.
    call({ type: 'getStorageReport' })
      .then((r) => setSkipped(r.accountsSkipped))
      .catch(() => setSkipped(0));
  };
  useEffect(load, []);

  const icpNames = useMemo(() => [...new Set((accounts ?? []).map((a) => a.icpName).filter((n): n is string => !!n))].sort(), [accounts]);
  const personaNames = useMemo(() => [...new Set((accounts ?? []).flatMap(personas))].sort(), [accounts]);

  const shown = useMemo(() => {
    const sinceMs = since ? new Date(`${since}T00:00:00`).getTime() : null;
    return (accounts ?? []).filter((a) => {
      if (tier && (tier === NONE ? a.tier !== null : a.tier !== tier)) return false;
      if (icp && (icp === NONE ? a.icpName !== null : a.icpName !== icp)) return false;
      if (persona && (persona === NONE ? personas(a).length > 0 : !personas(a).includes(persona))) return false;
      if (outcome && (outcome === NONE ? a.outcome !== null : a.outcome !== outcome)) return false;
      if (sinceMs !== null && new Date(a.lastSeenAt).getTime() < sinceMs) return false;
      return true;
    });
  }, [accounts, tier, icp, persona, outcome, since]);

  const exportCsv = () => {
    const date = new Date().toISOString().slice(0, 10);
    // The BOM makes Excel read the file as UTF-8.
    download(`leadfit-accounts-${date}.csv`, '\uFEFF' + accountsToCsv(shown), 'text/csv;charset=utf-8');
  };

  const filter = (id: string, label: string, value: string, set: (v: string) => void, options: readonly string[], noneLabel: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
        <option value={NONE}>{noneLabel}</option>
      </select>
    </div>
  );

  return (
    <section aria-labelledby="accounts-title">
      <div className="row">
        <h1 id="accounts-title">Accounts</h1>
        <div className="row">
          <button type="button" onClick={load}>
            Refresh
          </button>
          <button type="button" className="primary" data-testid="export-csv" disabled={!accounts || shown.length === 0} onClick={exportCsv}>
            Export {shown.length} as CSV
          </button>
        </div>
      </div>
      <p className="muted small">Every company you have viewed, with its contacts. Stored in this browser only.</p>
      <div className="filters">
        {filter('f-tier', 'Tier', tier, setTier, TIERS, 'No tier')}
        {filter('f-icp', 'ICP', icp, setIcp, icpNames, 'No ICP')}
        {filter('f-persona', 'Persona', persona, setPersona, personaNames, 'No persona')}
        {filter('f-outcome', 'Outcome', outcome, setOutcome, OUTCOMES, 'No outcome')}
        <div className="field">
          <label htmlFor="f-since">Seen since</label>
          <input id="f-since" type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        </div>
      </div>
      {error ? <p className="bad">{error}</p> : null}
      {skipped > 0 ? (
        <p className="warn" role="status" data-testid="accounts-skipped">
          {skipped === 1 ? '1 stored account could not be read and was skipped' : `${skipped} stored accounts could not be read and were skipped`}. The
          others are shown; “Delete everything” under Privacy clears the unreadable ones too.
        </p>
      ) : null}
      {accounts === null ? (
        <p className="muted">Loading…</p>
      ) : accounts.length === 0 ? (
        <p className="muted" data-testid="no-accounts">
          No accounts yet. Open a LinkedIn company or person page to score it.
        </p>
      ) : (
        <div className="table-wrap">
          <table className="accounts">
            <caption className="sr-only">Accounts ({shown.length} shown)</caption>
            <thead>
              <tr>
                <th scope="col">Company</th>
                <th scope="col">Website</th>
                <th scope="col">Tier</th>
                <th scope="col">Score</th>
                <th scope="col">ICP</th>
                <th scope="col">Persona(s)</th>
                <th scope="col">Outcome</th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => {
                const older = active && (a.packId !== active.pack.id || a.packVersion < active.pack.version);
                const site = a.company.website ?? (a.company.domain ? `https://${a.company.domain}` : null);
                return (
                  <tr key={a.key} data-testid="account-row">
                    <th scope="row">
                      {a.company.linkedinUrl ? (
                        <a href={a.company.linkedinUrl} target="_blank" rel="noreferrer">
                          {a.company.name ?? a.key}
                        </a>
                      ) : (
                        (a.company.name ?? a.key)
                      )}
                      {a.contacts.length ? <div className="small muted">{a.contacts.map((c) => c.person.name).filter(Boolean).join(', ')}</div> : null}
                    </th>
                    <td>
                      {site && /^https?:\/\//.test(site) ? (
                        <a href={site} target="_blank" rel="noreferrer">
                          {a.company.domain ?? site}
                        </a>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>{a.tier ? <span className={`tier-pill tier-${a.tier}`}>{a.tier}</span> : '—'}</td>
                    <td>
                      {a.score ?? '—'}
                      {older ? (
                        <div className="small warn" title="Scored with an older pack; open the page again to re-score">
                          scored with v{a.packVersion}
                        </div>
                      ) : null}
                    </td>
                    <td>{a.icpName ?? '—'}</td>
                    <td>{personas(a).join(', ') || '—'}</td>
                    <td>{a.outcome ?? '—'}</td>
                    <td>{when(a.lastSeenAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {shown.length === 0 ? <p className="muted">No account matches these filters.</p> : null}
        </div>
      )}
    </section>
  );
}
