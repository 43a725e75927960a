import { useEffect, useMemo, useState } from 'react';
import { accountsToCsv } from '@/lib/accounts/csv';
import { OUTCOMES, type AccountRecord } from '@/lib/accounts/types';
import type { ActivePack } from '@/lib/messaging';
import { TIERS } from '@/lib/profiles/taxonomy';
import { call } from '@/lib/rpc';
import { t } from '../i18n';
import { outcomeLabel } from '../outcome';
import { download, errorText } from './fields';

const NONE = '__none__';
/**
 * Rows drawn at a time. A rep who browses all year has tens of thousands of accounts; drawing every
 * one as a table row froze Options for seconds (100,000 rows: minutes). Filters and the CSV export
 * still cover every account; the table shows the most recently seen first and more on request.
 */
export const ROWS_STEP = 200;

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
  const [limit, setLimit] = useState(ROWS_STEP);
  // A new filter starts again at the top.
  useEffect(() => setLimit(ROWS_STEP), [tier, icp, persona, outcome, since]);

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

  const filter = (id: string, label: string, value: string, set: (v: string) => void, options: readonly string[], noneLabel: string, labelOf: (o: string) => string = (o) => o) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{t('accounts.any')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {labelOf(o)}
          </option>
        ))}
        <option value={NONE}>{noneLabel}</option>
      </select>
    </div>
  );

  return (
    <section aria-labelledby="accounts-title">
      <div className="row">
        <h1 id="accounts-title">{t('accounts.title')}</h1>
        <div className="row">
          <button type="button" onClick={load}>
            {t('accounts.refresh')}
          </button>
          <button type="button" className="primary" data-testid="export-csv" disabled={!accounts || shown.length === 0} onClick={exportCsv}>
            {t('accounts.export', { count: shown.length.toLocaleString() })}
          </button>
        </div>
      </div>
      <p className="muted small">{t('accounts.intro')}</p>
      <div className="filters">
        {filter('f-tier', t('accounts.tier'), tier, setTier, TIERS, t('accounts.noTier'))}
        {filter('f-icp', t('accounts.icp'), icp, setIcp, icpNames, t('accounts.noIcp'))}
        {filter('f-persona', t('accounts.persona'), persona, setPersona, personaNames, t('accounts.noPersona'))}
        {filter('f-outcome', t('accounts.outcome'), outcome, setOutcome, OUTCOMES, t('accounts.noOutcome'), (o) => outcomeLabel(o as (typeof OUTCOMES)[number]))}
        <div className="field">
          <label htmlFor="f-since">{t('accounts.seenSince')}</label>
          <input id="f-since" type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        </div>
      </div>
      {error ? <p className="bad">{error}</p> : null}
      {skipped > 0 ? (
        <p className="warn" role="status" data-testid="accounts-skipped">
          {t('accounts.skipped', skipped)}
        </p>
      ) : null}
      {accounts === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : accounts.length === 0 ? (
        <p className="muted" data-testid="no-accounts">
          {t('accounts.none')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="accounts">
            <caption className="sr-only">{t('accounts.caption', { count: shown.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.col.company')}</th>
                <th scope="col">{t('accounts.col.website')}</th>
                <th scope="col">{t('accounts.col.tier')}</th>
                <th scope="col">{t('accounts.col.score')}</th>
                <th scope="col">{t('accounts.col.icp')}</th>
                <th scope="col">{t('accounts.col.personas')}</th>
                <th scope="col">{t('accounts.col.outcome')}</th>
                <th scope="col">{t('accounts.col.lastSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.slice(0, limit).map((a) => {
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
                        <div className="small warn" title={t('accounts.olderTitle')}>
                          {t('accounts.scoredWith', { version: a.packVersion })}
                        </div>
                      ) : null}
                    </td>
                    <td>{a.icpName ?? '—'}</td>
                    <td>{personas(a).join(', ') || '—'}</td>
                    <td>{a.outcome ? outcomeLabel(a.outcome) : '—'}</td>
                    <td>{when(a.lastSeenAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {shown.length === 0 ? <p className="muted">{t('accounts.noMatch')}</p> : null}
          {shown.length > limit ? (
            <p className="row" data-testid="accounts-more">
              <span className="muted small">{t('accounts.showing', { shown: limit.toLocaleString(), count: shown.length.toLocaleString() })}</span>
              <button type="button" onClick={() => setLimit((l) => l + ROWS_STEP)}>
                {t('accounts.showMore', { count: Math.min(ROWS_STEP, shown.length - limit).toLocaleString() })}
              </button>
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
