import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import type { AccountRecord } from '@/lib/accounts/types';
import type { ResearchLine, ResearchProgress, ResearchRequest } from '@/lib/background/research';
import type { TabState } from '@/lib/messaging';
import { formatRange } from '@/lib/normalize/employees';
import { call } from '@/lib/rpc';
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

const STATUS_TEXT: Record<ResearchLine['status'], string> = {
  reading: '',
  done: 'done',
  'no-permission': 'no permission',
  'timed-out': 'timed out',
  'login-wall': 'login wall',
  mismatch: 'not the same company',
  error: 'could not be read',
  skipped: 'skipped',
};

function lineText(line: ResearchLine): string {
  if (line.status === 'reading') return `Reading ${line.label}…`;
  const detail = line.sentence && line.sentence !== STATUS_TEXT[line.status] ? ` — ${line.sentence.replace(/^[a-z -]+: /, '')}` : '';
  return `Reading ${line.label}… ${STATUS_TEXT[line.status]}${detail}`;
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
  const label = companyName ? `Read ${companyName}'s pages` : "Read the company's pages";

  return (
    <Section id="research" title="Company research">
      <section className="card" aria-label="Company research" data-testid="research">
        {isPerson && personKnowsCompany && !researched && (
          <>
            <p className="small muted">Opens {companyName ?? 'the company'}'s LinkedIn page and website in background tabs, reads them here and closes them. Nothing leaves your browser.</p>
            <button type="button" className="primary" data-testid="research-company" disabled={running} onClick={() => start({}, originOf(website))}>
              {running ? 'Reading…' : label}
            </button>
          </>
        )}
        {isCompany && website && !running && (
          <button type="button" className="primary" data-testid="research-website" onClick={() => start({ only: 'website', refresh: true }, originOf(website))}>
            Read the website
          </button>
        )}
        {lines.length > 0 && (
          <ul className="plain small" data-testid="research-lines" aria-live="polite">
            {lines.map((l, i) => (
              <li key={`${l.page}-${i}`} data-testid="research-line" data-status={l.status}>
                {lineText(l)}
              </li>
            ))}
          </ul>
        )}
        {needs && !running && (
          <button type="button" data-testid="research-permission" onClick={() => start({ only: 'website', refresh: true }, needs.origin)}>
            Read {needs.domain}
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
              Read {dateText(researched.researchedAt)}
              {progress?.reused ? ' (kept for 30 days)' : ''}
            </span>
            {isPerson && (
              <button type="button" className="secondary" data-testid="research-refresh" disabled={running} onClick={() => start({ refresh: true }, originOf(website))}>
                {running ? 'Reading…' : 'Refresh'}
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
  const rows: Array<[string, string]> = [];
  if (c.name) rows.push(['Company', c.name]);
  if (c.industry) rows.push(['Industry', c.industry]);
  if (c.employees) rows.push(['Size', `${formatRange(c.employees)} employees`]);
  if (c.headquarters) rows.push(['HQ', c.headquarters]);
  if (c.domain ?? c.website) rows.push(['Website', (c.domain ?? c.website)!]);
  if (c.technologies.length) rows.push(['Technologies', c.technologies.slice(0, 10).map((t) => t.name).join(', ')]);
  if (!rows.length) return null;
  return (
    <dl className="facts" data-testid="research-facts">
      {rows.map(([k, v]) => (
        <div key={k} style={{ display: 'contents' }}>
          <dt>{k}</dt>
          <dd data-testid={`research-fact-${k.toLowerCase()}`}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

const FIELD_TEXT = { name: 'name', domain: 'domain', website: 'website' } as const;
const SOURCE_TEXT: Record<string, string> = { 'linkedin-company': 'its LinkedIn page', 'salesnav-account': 'its Sales Navigator account page' };

function Conflicts({ account }: { account: AccountRecord }) {
  return (
    <div className="small" data-testid="identity-conflicts">
      <p className="warn">Pages disagree about this company; LeadFit kept what LinkedIn states:</p>
      <ul className="plain">
        {account.conflicts!.slice(0, 5).map((c) => (
          <li key={`${c.field}-${c.claimed}`} data-testid="identity-conflict">
            {safeHost(c.claimedBy)} gives the {FIELD_TEXT[c.field]} “{c.claimed}”; {SOURCE_TEXT[c.keptFrom] ?? c.keptFrom} gives “{c.kept}” (kept).
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
