import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { AccountRecord, Outcome } from '@/lib/accounts/types';
import { OUTCOMES } from '@/lib/accounts/types';
import type { ActivePack, TabState } from '@/lib/messaging';
import { call } from '@/lib/rpc';
import type { Observation } from '@/lib/observation';
import { formatRange } from '@/lib/normalize/employees';
import { briefText } from '@/lib/scoring/brief';
import { committeeCoverage } from '@/lib/scoring/score-persona';
import type { ScoredPage, ScoredPerson } from '@/lib/scoring/types';
import { CriteriaList, dateText, FitCard, PersonaCard, ROLE_LABEL, TalkingPoints } from './Cards';

/**
 * The rep's popup: what LeadFit read on the active tab, the fit and why, the persona and the
 * talking points. It reads the active tab, or `?tab=ID` (tests, and links from the options page).
 * Nothing is drawn on the visited page.
 */
async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function App() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [active, setActive] = useState<ActivePack | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  const refresh = useCallback(async (id: number) => {
    try {
      const [s, p] = await Promise.all([call({ type: 'getTabState', tabId: id }), call({ type: 'getPack' })]);
      setState(s);
      setActive(p);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);

  useEffect(() => {
    void resolveTabId().then((id) => {
      setTabId(id);
      if (id !== null) void refresh(id);
      else setError('No tab to read.');
    });
    // Opening the popup counts as a sync check (throttled in the background).
    void call({ type: 'getSyncStatus' }).catch(() => undefined);
  }, [refresh]);

  // While a LinkedIn page is still rendering, or after the page changes, follow the background's state.
  useEffect(() => {
    if (tabId === null) return;
    const timer = setInterval(() => void refresh(tabId), state?.status === 'loading' ? 700 : 2000);
    return () => clearInterval(timer);
  }, [tabId, state?.status, refresh]);

  const readPage = async () => {
    if (tabId === null) return;
    setReading(true);
    try {
      setState(await call({ type: 'readPage', tabId }));
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setReading(false);
    }
  };

  return (
    <main className="popup" data-testid="popup-state" data-state={error ? 'error' : (state?.status ?? 'starting')}>
      <header className="top">
        <span className="brand">LeadFit</span>
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Profiles &amp; settings
        </button>
      </header>
      {error && (
        <p className="card bad" role="alert">
          {error}
        </p>
      )}
      {!state && !error && <p className="muted">Loading…</p>}
      {state && <Body state={state} active={active} reading={reading} onRead={readPage} onChange={() => tabId !== null && void refresh(tabId)} />}
    </main>
  );
}

function Body({ state, active, reading, onRead, onChange }: { state: TabState; active: ActivePack | null; reading: boolean; onRead: () => void; onChange: () => void }) {
  switch (state.status) {
    case 'unsupported':
      return (
        <section className="card">
          <h1>Nothing to read here</h1>
          <p>LeadFit reads LinkedIn people, company and search pages, Sales Navigator leads and accounts, and company websites (https).</p>
        </section>
      );
    case 'loading':
      return (
        <section className="card" aria-busy="true">
          <h1>Reading this LinkedIn page…</h1>
          <p className="muted">LinkedIn is still drawing the page. The score appears as soon as the profile is on screen.</p>
        </section>
      );
    case 'not-read':
      return (
        <section className="card">
          <h1>Company website</h1>
          <p>LeadFit reads a website only when you ask. Nothing leaves your browser.</p>
          <button type="button" className="primary" data-testid="read-page-button" onClick={onRead} disabled={reading}>
            {reading ? 'Reading…' : 'Read this page'}
          </button>
        </section>
      );
    case 'empty':
      return <EmptyState observation={state.observation} />;
    case 'ready':
      return state.observation && state.scored ? <Ready state={state} observation={state.observation} scored={state.scored} active={active} onChange={onChange} /> : <EmptyState observation={state.observation} />;
  }
}

function EmptyState({ observation }: { observation: Observation | null }) {
  return (
    <section className="card" data-testid="empty-state">
      <h1>Nothing to score on this page</h1>
      <p>LeadFit could not read a person or a company here{observation ? ` (${observation.kind.replace('-', ' ')})` : ''}. A sign-in wall, a removed profile or a page still loading look like this.</p>
      {observation && observation.missing.length > 0 && (
        <>
          <p className="muted small">Not found on the page:</p>
          <ul className="plain small" data-testid="missing-fields">
            {observation.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Ready({ state, observation, scored, active, onChange }: { state: TabState; observation: Observation; scored: ScoredPage; active: ActivePack | null; onChange: () => void }) {
  const pack = active?.pack ?? null;
  const best = scored.account?.best ?? null;
  const personaId = scored.person?.personas.best?.personaId;
  const persona = pack?.personas.find((p) => p.id === personaId) ?? null;
  const brief = pack ? briefText(scored, observation, pack) : '';
  return (
    <>
      {(observation.person || observation.company) && <Subject observation={observation} />}
      {observation.kind === 'linkedin-search' && <SearchResults people={scored.people} observation={observation} />}
      {best ? (
        <>
          <FitCard best={best} runnerUp={scored.account?.runnerUp ?? null} comparison={scored.account?.comparison ?? null} pack={pack} packVersion={scored.packVersion} packSource={active?.source} />
          <CriteriaList criteria={best.criteria} />
        </>
      ) : (
        observation.kind !== 'linkedin-search' && (
          <section className="card">
            <p>
              No company to score yet. Open {observation.person?.company ? `${observation.person.company}'s` : 'the company'} LinkedIn page or website and LeadFit will join it to this person.
            </p>
          </section>
        )
      )}
      {scored.person && <PersonaCard result={scored.person.personas} persona={persona} />}
      <TalkingPoints points={scored.talkingPoints} brief={brief} />
      {state.account && pack && <AccountContext account={state.account} packVersion={pack.version} committee={committeeCoverage(pack, best?.icpId ?? null, state.account.contacts.map((c) => c.personaId).filter((x): x is string => x !== null))} onChange={onChange} />}
    </>
  );
}

function Subject({ observation }: { observation: Observation }) {
  const p = observation.person;
  const c = observation.company;
  return (
    <section className="card subject" aria-label="Who">
      {p && (
        <div>
          <h1 data-testid="person-name">{p.name ?? 'Unnamed person'}</h1>
          <div className="muted">{[p.title ?? p.headline, p.company].filter(Boolean).join(' · ')}</div>
          {p.location && <div className="muted small">{p.location}</div>}
        </div>
      )}
      {c && (
        <div>
          <h1 data-testid="company-name">{c.name ?? c.domain ?? 'Company'}</h1>
          <div className="muted">{[c.industry, c.employees ? `${formatRange(c.employees)} employees` : null, c.headquarters].filter(Boolean).join(' · ')}</div>
          {c.technologies.length > 0 && <div className="muted small">Uses {c.technologies.slice(0, 8).map((t) => t.name).join(', ')}</div>}
        </div>
      )}
    </section>
  );
}

function SearchResults({ people, observation }: { people: ScoredPerson[]; observation: Observation }) {
  const ranked = [...people].sort((a, b) => (b.personas.best?.confidence ?? -1) - (a.personas.best?.confidence ?? -1));
  return (
    <section className="card" aria-label="People on this page">
      <h2>{people.length} people on this page</h2>
      <ol className="results">
        {ranked.map((p) => {
          const person = observation.people[p.index];
          const best = p.personas.best;
          return (
            <li key={p.index} data-testid="search-result">
              <strong>{p.name}</strong> <span className="muted small">{person?.headline}</span>
              <div className="small">{best ? `${best.personaName} · ${ROLE_LABEL[best.buyingRole] ?? best.buyingRole} · ${Math.round(best.confidence * 100)}%` : 'No persona matches'}</div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

const OUTCOME_LABEL: Record<Outcome, string> = { qualified: 'Qualified', 'not-a-fit': 'Not a fit', 'meeting-booked': 'Meeting booked' };

function AccountContext({ account, packVersion, committee, onChange }: { account: AccountRecord; packVersion: number; committee: ReturnType<typeof committeeCoverage>; onChange: () => void }) {
  const [saving, setSaving] = useState(false);
  const mark = async (outcome: Outcome) => {
    setSaving(true);
    try {
      await call({ type: 'setOutcome', accountKey: account.key, outcome: account.outcome === outcome ? null : outcome });
      onChange();
    } finally {
      setSaving(false);
    }
  };
  return (
    <section className="card" aria-label="Account">
      <h2>Account: {account.company.name ?? account.key}</h2>
      <p className="small" data-testid="committee">
        Buying committee: {committee.sentence}
      </p>
      {account.contacts.length > 0 && (
        <ul className="plain small">
          {account.contacts.slice(0, 8).map((c) => (
            <li key={c.key}>
              {c.person.name} {c.person.title ? `· ${c.person.title}` : ''} {c.personaName ? `· ${c.personaName}` : ''}
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">
        Seen on {account.pages.length} page{account.pages.length === 1 ? '' : 's'} since {dateText(account.firstSeenAt)}
        {account.packVersion !== packVersion ? ` · last scored with v${account.packVersion}` : ''}
      </p>
      <div className="outcomes" role="group" aria-label="Outcome">
        {OUTCOMES.map((o) => (
          <button key={o} type="button" data-testid="outcome-button" data-outcome={o} aria-pressed={account.outcome === o} disabled={saving} onClick={() => void mark(o)}>
            {OUTCOME_LABEL[o]}
          </button>
        ))}
      </div>
      {account.outcome && account.outcomePackVersion !== null && <p className="muted small">Marked {OUTCOME_LABEL[account.outcome].toLowerCase()} under pack v{account.outcomePackVersion}.</p>}
    </section>
  );
}
