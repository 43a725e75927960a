import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { AccountRecord } from '@/lib/accounts/types';
import type { ResearchLine, ResearchProgress, ResearchRequest } from '@/lib/background/research';
import type { TabState } from '@/lib/messaging';
import { formatRange } from '@/lib/normalize/employees';
import { call } from '@/lib/rpc';
import { t } from '../i18n';
import { AutoResearchNote } from './AutoResearchNote';
import { dateText } from './Cards';
import { Section } from './Section';

/**
 * One-click company research (#11), in the popup: "Read <Company>'s pages" on a person page,
 * "Read the website" on a LinkedIn company page, a progress line per page, the facts it found,
 * and identity conflicts kept by merge trust. The reading happens in the background
 * (lib/background/research.ts); only the website permission is asked for here, because Chrome
 * grants an optional host permission only inside the rep's click (a user gesture).
 */

const PERSON_KINDS = new Set(['linkedin-person', 'salesnav-lead']);
const COMPANY_KINDS = new Set(['linkedin-company', 'salesnav-account']);
const POLL_MS = 400;

/** "https://www.acme.com/x" → "https://www.acme.com" (the origin whose permission is asked for). */
function originOf(website: string | null | undefined): string | null {
  if (!website) return null;
  try {
    const u = new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`);
    // Read over https (as the background does): only https origins can be asked for.
    if (u.protocol === 'http:') u.protocol = 'https:';
    return u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** Asks for one origin's optional host permission; must be called synchronously inside a click handler. */
function askFor(origin: string | null): Promise<boolean> {
  if (!origin) return Promise.resolve(false);
  return browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
}

const STATUS_KEY = {
  done: 'research.status.done',
  'no-permission': 'research.status.noPermission',
  'timed-out': 'research.status.timedOut',
  'login-wall': 'research.status.loginWall',
  mismatch: 'research.status.mismatch',
  error: 'research.status.error',
  skipped: 'research.status.skipped',
} as const;

/**
 * "Reading acme.com… timed out — after 20 s". The status word is localised here; the detail is the
 * background's sentence (lib/background/research.ts, English), its "status: " prefix dropped.
 */
function lineText(line: ResearchLine, company: string | null): string {
  // The page's name: the background's label is English ("Acme on LinkedIn"); a domain stays as it is.
  const page =
    line.page === 'linkedin'
      ? company
        ? t('researchPage.onLinkedin', { company })
        : t('researchPage.companyOnLinkedin')
      : line.url
        ? line.label
        : t('researchPage.website');
  if (line.status === 'reading') return t('research.readingLine', { page });
  const english: Record<keyof typeof STATUS_KEY, string> = { done: 'done', 'no-permission': 'no permission', 'timed-out': 'timed out', 'login-wall': 'login wall', mismatch: 'not the same company', error: 'could not be read', skipped: 'skipped' };
  const detail = line.sentence && line.sentence !== english[line.status] ? ` — ${line.sentence.replace(/^[a-z -]+: /, '')}` : '';
  return t('research.line', { page, status: t(STATUS_KEY[line.status]), detail });
}

export function Research({ state }: { state: TabState }) {
  const { observation, account } = state;
  const [progress, setProgress] = useState<ResearchProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const poll = useRef<ReturnType<typeof setInterval> | null>(null);

  const stopPolling = () => {
    if (poll.current) clearInterval(poll.current);
    poll.current = null;
  };
  const fetchProgress = useCallback(async () => {
    const p = await call({ type: 'researchStatus', tabId: state.tabId }).catch(() => null);
    if (p) setProgress(p);
    return p;
  }, [state.tabId]);

  // A research started before the popup was (re)opened keeps showing its lines.
  useEffect(() => {
    void fetchProgress().then((p) => {
      if (p?.running) {
        setRunning(true);
        poll.current = setInterval(() => void fetchProgress().then((q) => q && !q.running && (setRunning(false), stopPolling())), POLL_MS);
      }
    });
    return stopPolling;
  }, [fetchProgress]);
  // An automatic read (#11) starts without a click: the background pushes a state at each of its steps.
  useEffect(() => void fetchProgress(), [state, fetchProgress]);

  if (!observation) return null;
  const isPerson = PERSON_KINDS.has(observation.kind) && observation.company === null;
  const isCompany = COMPANY_KINDS.has(observation.kind);
  const companyName = isPerson ? (observation.person?.company ?? account?.company.name ?? null) : (observation.company?.name ?? null);
  const personKnowsCompany = isPerson && Boolean(observation.person?.company || observation.person?.companyLinkedinUrl);
  const website = account?.company.website ?? account?.company.domain ?? observation.company?.website ?? observation.company?.domain ?? null;
  if (!personKnowsCompany && !(isCompany && website) && !account?.conflicts?.length) return null;

  const run = async (request: ResearchRequest) => {
    setRunning(true);
    setError(null);
    stopPolling();
    poll.current = setInterval(() => void fetchProgress(), POLL_MS);
    try {
      setProgress(await call({ type: 'research', tabId: state.tabId, ...request }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      stopPolling();
      setRunning(false);
    }
  };

  // The permission request is the first thing the click does (no await before it): Chrome requires
  // the user gesture. The research runs whether or not it is granted (the line then says so).
  const start = (request: ResearchRequest, origin: string | null) => {
    void askFor(origin).then(() => run(request));
  };

  const researched = account?.research ?? null;
  const lines = progress?.lines ?? [];
  const needs = progress?.needsPermission ?? null;
  const label = companyName ? t('research.readPagesOf', { company: companyName }) : t('research.readPages');

  return (
    <Section id="research" title={t('research.title')}>
      <section className="card" aria-label={t('research.title')} data-testid="research">
        {isPerson && personKnowsCompany && !researched && (
          <>
            <p className="small muted">{companyName ? t('research.explainNamed', { company: companyName }) : t('research.explain')}</p>
            <button type="button" className="primary" data-testid="research-company" disabled={running} onClick={() => start({}, originOf(website))}>
              {running ? t('popup.reading') : label}
            </button>
          </>
        )}
        {isCompany && website && !running && (
          <button type="button" className="primary" data-testid="research-website" onClick={() => start({ only: 'website', refresh: true }, originOf(website))}>
            {t('research.readWebsite')}
          </button>
        )}
        {lines.length > 0 && (
          <ul className="plain small" data-testid="research-lines" aria-live="polite">
            {lines.map((l, i) => (
              <li key={`${l.page}-${i}`} data-testid="research-line" data-status={l.status}>
                {lineText(l, progress?.company ?? companyName)}
              </li>
            ))}
          </ul>
        )}
        <AutoResearchNote state={state} />
        {needs && !running && (
          <button type="button" data-testid="research-permission" onClick={() => start({ only: 'website', refresh: true }, needs.origin)}>
            {t('research.readDomain', { domain: needs.domain })}
          </button>
        )}
        {progress?.error && <p className="small">{progress.error}</p>}
        {error && (
          <p className="small bad" role="alert">
            {error}
          </p>
        )}
        {researched && account && <Facts account={account} />}
        {researched && (
          <div className="row small">
            <span className="muted" data-testid="research-date">
              {t('research.readOn', { date: dateText(researched.researchedAt) })}
              {progress?.reused ? t('research.kept') : ''}
            </span>
            {isPerson && (
              <button type="button" className="secondary" data-testid="research-refresh" disabled={running} onClick={() => start({ refresh: true }, originOf(website))}>
                {running ? t('popup.reading') : t('research.refresh')}
              </button>
            )}
          </div>
        )}
        {account?.conflicts?.length ? <Conflicts account={account} /> : null}
      </section>
    </Section>
  );
}

/** What the account knows after research: only stated facts, each omitted when unknown. */
function Facts({ account }: { account: AccountRecord }) {
  const c = account.company;
  // [test id, label, value]
  const rows: Array<[string, string, string]> = [];
  if (c.name) rows.push(['company', t('research.fact.company'), c.name]);
  if (c.industry) rows.push(['industry', t('research.fact.industry'), c.industry]);
  if (c.employees) rows.push(['size', t('research.fact.size'), t('popup.employees', { range: formatRange(c.employees) })]);
  if (c.headquarters) rows.push(['hq', t('research.fact.hq'), c.headquarters]);
  if (c.domain ?? c.website) rows.push(['website', t('research.fact.website'), (c.domain ?? c.website)!]);
  if (c.technologies.length) rows.push(['technologies', t('research.fact.technologies'), c.technologies.slice(0, 10).map((x) => x.name).join(', ')]);
  if (!rows.length) return null;
  return (
    <dl className="facts" data-testid="research-facts">
      {rows.map(([id, k, v]) => (
        <div key={id} style={{ display: 'contents' }}>
          <dt>{k}</dt>
          <dd data-testid={`research-fact-${id}`}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

const FIELD_KEY = { name: 'research.field.name', domain: 'research.field.domain', website: 'research.field.website' } as const;
function sourceText(kind: string): string {
  if (kind === 'linkedin-company') return t('research.sourceLinkedin');
  if (kind === 'salesnav-account') return t('research.sourceSalesnav');
  return kind;
}

function Conflicts({ account }: { account: AccountRecord }) {
  return (
    <div className="small" data-testid="identity-conflicts">
      <p className="warn">{t('research.conflictsTitle')}</p>
      <ul className="plain">
        {account.conflicts!.slice(0, 5).map((c) => (
          <li key={`${c.field}-${c.claimed}`} data-testid="identity-conflict">
            {t('research.conflict', { site: safeHost(c.claimedBy), field: t(FIELD_KEY[c.field]), claimed: c.claimed, source: sourceText(c.keptFrom), kept: c.kept })}
          </li>
        ))}
      </ul>
    </div>
  );
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
