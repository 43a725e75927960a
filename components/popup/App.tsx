import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { AccountRecord, Outcome } from '@/lib/accounts/types';
import { OUTCOMES } from '@/lib/accounts/types';
import type { PackUpdateNotice, TabDerived, TabState } from '@/lib/messaging';
import { call } from '@/lib/rpc';
import type { Observation } from '@/lib/observation';
import { formatRange } from '@/lib/normalize/employees';
import type { ScoredPage } from '@/lib/scoring/types';
import { t } from '../i18n';
import { outcomeLabel, outcomeWord } from '../outcome';
import { canOpenSidePanel, currentWindowId, openSidePanel } from '../open-side-panel';
import { useTabState, type TabTarget } from '../useTabState';
import { AccountStatus as BookAccountStatus } from './AccountStatus';
import { CriteriaList, dateText, FitCard, PersonaCard, TalkingPoints } from './Cards';
import { PeopleList } from './PeopleList';
import { Research } from './Research';
import { Section } from './Section';

/**
 * The rep's popup: what LeadFit read on the active tab, the fit and why, the persona and the
 * talking points. It only renders: the background computes the state (including the brief and
 * the buying committee) and pushes it whenever it changes (components/useTabState.ts). It follows
 * the active tab of its window, or shows `?tab=ID` (tests, and links from the options page).
 * Nothing is drawn on the visited page.
 */
function targetFromUrl(): TabTarget {
  const param = new URLSearchParams(location.search).get('tab');
  return param && /^\d+$/.test(param) ? { tabId: Number(param) } : { follow: 'active' };
}

/** `sidepanel`: the same view kept open beside the page (entrypoints/sidepanel), following the active tab. */
export function App({ view = 'popup' }: { view?: 'popup' | 'sidepanel' } = {}) {
  const [target] = useState(targetFromUrl);
  const { state, error: stateError } = useTabState(target);
  const [actionError, setActionError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const error = actionError ?? stateError;

  // A failed action on one tab says nothing about the next one the popup follows.
  useEffect(() => setActionError(null), [state?.tabId]);

  const readPage = async () => {
    if (!state) return;
    setReading(true);
    try {
      // The new state arrives on the port like any other change.
      await call({ type: 'readPage', tabId: state.tabId });
      setActionError(null);
    } catch (e) {
      setActionError((e as Error).message);
    } finally {
      setReading(false);
    }
  };

  return (
    <main className="popup" data-testid="popup-state" data-state={error ? 'error' : (state?.status ?? 'starting')}>
      <header className="top">
        <span className="brand">LeadFit</span>
        {view === 'popup' && <OpenSidePanel onError={setActionError} />}
        <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.settings')}
        </button>
      </header>
      {error && (
        <p className="card bad" role="alert">
          {error}
        </p>
      )}
      {state && <PackUpdate notice={state.packUpdate} />}
      {state?.storageWarning && (
        <p className="card bad" role="alert" data-testid="storage-warning">
          {state.storageWarning}
        </p>
      )}
      {!state && !error && <p className="muted">{t('common.loading')}</p>}
      {state && <Body state={state} reading={reading} onRead={readPage} onError={setActionError} />}
    </main>
  );
}

/** The popup's way into the side panel, for a rep working through a list. */
function OpenSidePanel({ onError }: { onError: (message: string) => void }) {
  const [windowId, setWindowId] = useState<number | null>(null);
  // Looked up before the click: the browser allows opening the panel only inside the click itself.
  useEffect(() => void currentWindowId().then(setWindowId), []);
  if (!canOpenSidePanel()) return null;
  const open = () => {
    openSidePanel(windowId).then(
      () => window.close(),
      (e: Error) => onError(t('popup.sidePanelFailed', { error: e.message })),
    );
  };
  return (
    <button type="button" className="link" data-testid="open-side-panel" onClick={open}>
      {t('popup.openSidePanel')}
    </button>
  );
}

/**
 * "Your team's pack is now v3": shown once the background says a version is unseen, and kept on
 * screen for as long as this view is open. Only once it is on a visible screen does the view tell
 * the background it was seen (an open side panel behind another window must not).
 */
function PackUpdate({ notice }: { notice: PackUpdateNotice | null }) {
  const [shown, setShown] = useState<PackUpdateNotice | null>(null);
  const sent = useRef<number | null>(null);
  useEffect(() => {
    if (notice && (!shown || notice.version > shown.version)) setShown(notice);
  }, [notice, shown]);
  useEffect(() => {
    if (!shown || sent.current === shown.version) return;
    const markSeen = () => {
      if (document.visibilityState !== 'visible' || sent.current === shown.version) return;
      sent.current = shown.version;
      void call({ type: 'markPackSeen', version: shown.version }).catch(() => {
        sent.current = null;
      });
    };
    markSeen();
    document.addEventListener('visibilitychange', markSeen);
    return () => document.removeEventListener('visibilitychange', markSeen);
  }, [shown]);
  if (!shown) return null;
  return (
    <section className="card" data-testid="pack-update" role="status">
      <p className="small">
        {t('popup.packNow')} <strong>v{shown.version}</strong>
        {shown.publishedBy ? t('popup.packPublishedBy', { name: shown.publishedBy }) : ''}.{shown.changeNotes ? ` ${shown.changeNotes}` : ''}
      </p>
    </section>
  );
}

function Body({ state, reading, onRead, onError }: { state: TabState; reading: boolean; onRead: () => void; onError: (message: string) => void }) {
  switch (state.status) {
    case 'unsupported':
      return (
        <section className="card">
          <h1>{t('popup.unsupportedTitle')}</h1>
          <p>{t('popup.unsupportedBody')}</p>
        </section>
      );
    case 'loading':
      return (
        <section className="card" aria-busy="true">
          <h1>{t('popup.loadingTitle')}</h1>
          <p className="muted">{t('popup.loadingBody')}</p>
        </section>
      );
    case 'not-read':
      return (
        <section className="card">
          <h1>{t('popup.websiteTitle')}</h1>
          <p>{t('popup.websiteBody')}</p>
          <button type="button" className="primary" data-testid="read-page-button" onClick={onRead} disabled={reading}>
            {reading ? t('popup.reading') : t('popup.readPage')}
          </button>
        </section>
      );
    case 'empty':
      return <EmptyState observation={state.observation} />;
    case 'ready':
      return state.observation && state.scored && state.derived ? (
        <Ready state={state} observation={state.observation} scored={state.scored} derived={state.derived} onError={onError} />
      ) : (
        <EmptyState observation={state.observation} />
      );
  }
}

function EmptyState({ observation }: { observation: Observation | null }) {
  return (
    <section className="card" data-testid="empty-state">
      <h1>{t('popup.emptyTitle')}</h1>
      <p>{observation ? t('popup.emptyBodyKind', { kind: observation.kind.replace('-', ' ') }) : t('popup.emptyBody')}</p>
      {observation && observation.missing.length > 0 && (
        <>
          <p className="muted small">{t('popup.notFound')}</p>
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

function Ready({ state, observation, scored, derived, onError }: { state: TabState; observation: Observation; scored: ScoredPage; derived: TabDerived; onError: (message: string) => void }) {
  const best = scored.account?.best ?? null;
  // Summary first (#14): who, the verdict, the account's status, the best point and the outcome
  // fit in Chrome's 400 × 600 popup; the details follow in sections the rep can fold away.
  return (
    <>
      <BookAccountStatus book={scored.account?.book} />
      {(observation.person || observation.company) && <Subject observation={observation} />}
      {observation.people.length > 0 && <PeopleList rows={derived.rows ?? []} onError={onError} />}
      {best ? (
        <FitCard best={best} runnerUp={scored.account?.runnerUp ?? null} comparison={scored.account?.comparison ?? null} pack={derived.pack} packVersion={scored.packVersion} packSource={derived.pack.source} />
      ) : (
        observation.people.length === 0 && (
          <section className="card">
            <p>{observation.person?.company ? t('popup.noCompanyNamed', { company: observation.person.company }) : t('popup.noCompany')}</p>
          </section>
        )
      )}
      {state.account && <AccountStatus account={state.account} onError={onError} />}
      <TalkingPoints part="best" points={scored.talkingPoints} brief={derived.brief} companyKnown={scored.account !== null} companyName={observation.person?.company ?? null} />
      {best && (
        <Section id="criteria" title={t('popup.sectionCriteria')}>
          <CriteriaList criteria={best.criteria} />
        </Section>
      )}
      {scored.person && (
        <Section id="persona" title={t('popup.sectionPersona')}>
          <PersonaCard result={scored.person.personas} persona={derived.persona} />
        </Section>
      )}
      {scored.talkingPoints.length > 1 && (
        <Section id="points" title={t('popup.sectionPoints')}>
          <TalkingPoints part="rest" points={scored.talkingPoints} brief={derived.brief} />
        </Section>
      )}
      <Research state={state} />
      {state.account && (
        <Section id="account" title={t('popup.sectionAccount')}>
          <AccountContext account={state.account} packVersion={derived.pack.version} committee={derived.committee} />
        </Section>
      )}
    </>
  );
}

function Subject({ observation }: { observation: Observation }) {
  const p = observation.person;
  const c = observation.company;
  return (
    <section className="card subject" aria-label={t('popup.who')}>
      {p && (
        <div>
          <h1 data-testid="person-name">{p.name ?? t('popup.unnamedPerson')}</h1>
          <div className="muted">{[p.title ?? p.headline, p.company].filter(Boolean).join(' · ')}</div>
          {p.location && <div className="muted small">{p.location}</div>}
        </div>
      )}
      {c && (
        <div>
          <h1 data-testid="company-name">{c.name ?? c.domain ?? t('popup.company')}</h1>
          <div className="muted">{[c.industry, c.employees ? t('popup.employees', { range: formatRange(c.employees) }) : null, c.headquarters].filter(Boolean).join(' · ')}</div>
          {c.technologies.length > 0 && <div className="muted small">{t('popup.uses', { list: c.technologies.slice(0, 8).map((x) => x.name).join(', ') })}</div>}
        </div>
      )}
    </section>
  );
}

/**
 * The account's status in the summary: the outcome the team marked (with the buttons to change it)
 * and whether the company was researched. No owner: LeadFit's account record has none, and an
 * honest popup does not invent one.
 */
function AccountStatus({ account, onError }: { account: AccountRecord; onError: (message: string) => void }) {
  const [saving, setSaving] = useState(false);
  const mark = async (outcome: Outcome) => {
    setSaving(true);
    try {
      // The updated account arrives on the port.
      await call({ type: 'setOutcome', accountKey: account.key, outcome: account.outcome === outcome ? null : outcome });
    } catch (e) {
      onError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };
  const researched = account.research?.researchedAt ?? null;
  return (
    <section className="card" aria-label={t('accountStatus.label')} data-testid="account-outcome-card">
      <p className="small">
        <strong>{account.company.name ?? account.key}</strong>
        {' · '}
        <span data-testid="account-outcome">
          {account.outcome
            ? account.outcomePackVersion !== null
              ? t('accountStatus.markedUnder', { outcome: outcomeWord(account.outcome), version: account.outcomePackVersion })
              : t('accountStatus.marked', { outcome: outcomeWord(account.outcome) })
            : t('accountStatus.noOutcome')}
        </span>
        {' · '}
        <span className="muted" data-testid="account-research-status">
          {researched ? t('accountStatus.researched', { date: dateText(researched) }) : t('accountStatus.notResearched')}
        </span>
      </p>
      <div className="outcomes" role="group" aria-label={t('accountStatus.outcomes')}>
        {OUTCOMES.map((o) => (
          <button key={o} type="button" data-testid="outcome-button" data-outcome={o} aria-pressed={account.outcome === o} disabled={saving} onClick={() => void mark(o)}>
            {outcomeLabel(o)}
          </button>
        ))}
      </div>
    </section>
  );
}

/** Who else LeadFit has seen at the company and how often: below the summary. */
function AccountContext({ account, packVersion, committee }: { account: AccountRecord; packVersion: number; committee: TabDerived['committee'] }) {
  return (
    <section className="card" aria-label={t('account.label')}>
      <h2>{t('popup.accountTitle', { name: account.company.name ?? account.key })}</h2>
      {committee && (
        <p className="small" data-testid="committee">
          {t('popup.committee', { sentence: committee.sentence })}
        </p>
      )}
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
        {t('popup.seenOn', account.pages.length, { date: dateText(account.firstSeenAt) })}
        {account.packVersion !== packVersion ? t('popup.lastScoredWith', { version: account.packVersion }) : ''}
      </p>
    </section>
  );
}
