import { useState } from 'react';
import type { Pack, Persona } from '@/lib/profiles/schema';
import type { CriterionResult, IcpFit, PersonaResult, RenderedTalkingPoint } from '@/lib/scoring/types';
import { nextCheckText, scoreRangeText, tierText } from '@/lib/scoring/verdict-text';
import { useCopy } from './useCopy';

const STATUS_ICON: Record<CriterionResult['status'], string> = { matched: '✓', missed: '✗', unknown: '?', disqualified: '⛔' };
const STATUS_WORD: Record<CriterionResult['status'], string> = { matched: 'matched', missed: 'missed', unknown: 'unknown', disqualified: 'disqualified' };

function percent(n: number): string {
  return `${Math.round(n * 100)}%`;
}

export function dateText(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** Score, tier, coverage, the best ICP and the runner-up, and the pack version that scored it. */
const SOURCE_NOTE: Record<string, string> = { starter: ' (starter pack)', team: ' (team pack)', edited: ', edited in this browser', imported: ', imported in this browser' };

export function FitCard({ best, runnerUp, comparison, pack, packVersion, packSource }: { best: IcpFit; runnerUp: IcpFit | null; comparison: string | null; pack: Pick<Pack, 'name' | 'version' | 'publishedAt' | 'publishedBy'> | null; packVersion: number; packSource?: string }) {
  // A letter only when no unknown criterion could change it; else the letters still possible.
  const decided = best.tier !== null;
  const tier = tierText(best);
  const next = nextCheckText(best);
  return (
    <section className="card fit" aria-label="Fit">
      <div className="fit-head">
        <div className={`tier ${decided ? `tier-${best.tier}` : 'tier-range'}`} aria-label={decided ? `Tier ${tier}` : `Tier ${tier}, not decided yet`}>
          <span data-testid="fit-tier">{tier}</span>
        </div>
        <div className="fit-main">
          <div className="fit-score">
            <span data-testid="fit-score">
              {best.disqualified || best.scoreRange.min === best.scoreRange.max
                ? best.score === null
                  ? 'not enough data'
                  : `${best.score} / 100`
                : `${scoreRangeText(best)} / 100`}
            </span>
          </div>
          {!decided && (
            <div className="small" data-testid="fit-undecided">
              {tier}
              {next ? ` · ${next}` : ' · not enough is known to decide'}
              {best.score !== null && <span className="muted"> ({best.score} on what is known)</span>}
            </div>
          )}
          <div className="muted">
            {best.icpName}
            {best.disqualified && <strong className="bad"> · disqualified</strong>}
          </div>
          <div className="muted" data-testid="fit-coverage">
            {percent(best.coverage)} of the profile checked
            {best.lowCoverage && <span className="warn" title="Less than half the criteria could be checked from what the pages say"> · low coverage</span>}
          </div>
        </div>
      </div>
      {best.disqualifiedBecause && <p className="bad">{best.disqualifiedBecause}</p>}
      {runnerUp && (
        <p className="muted small" data-testid="runner-up">
          {comparison ?? `Runner-up: ${runnerUp.icpName} (${runnerUp.disqualified ? 'disqualified' : `${scoreRangeText(runnerUp)}, tier ${tierText(runnerUp)}`}).`}
        </p>
      )}
      <p className="muted small" data-testid="pack-version">
        Scored with {pack?.name ?? 'pack'} v{packVersion}
        {pack && pack.version === packVersion ? `, published ${dateText(pack.publishedAt)} by ${pack.publishedBy}` : ' (an older version than the active one)'}
        {packSource ? SOURCE_NOTE[packSource] ?? '' : ''}
      </p>
    </section>
  );
}

/** Each criterion with its status, the sentence for the rep and, on demand, the evidence. */
export function CriteriaList({ criteria }: { criteria: CriterionResult[] }) {
  return (
    <section className="card" aria-label="Why this score">
      <h2>Why</h2>
      <ul className="criteria">
        {criteria.map((c) => (
          <Criterion key={c.id} c={c} />
        ))}
      </ul>
    </section>
  );
}

function Criterion({ c }: { c: CriterionResult }) {
  const [open, setOpen] = useState(false);
  return (
    <li data-testid="criterion" data-status={c.status} className={`criterion ${c.status}`}>
      <span className="icon" aria-hidden="true">
        {STATUS_ICON[c.status]}
      </span>
      <div className="criterion-body">
        <div>
          <strong>{c.label}</strong>
          <span className="sr-only"> {STATUS_WORD[c.status]}</span>
          {c.weight > 0 && <span className="muted small"> · weight {c.weight}</span>}
        </div>
        <div>{c.sentence}</div>
        {c.evidence && (
          <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="evidence-toggle">
            {open ? 'Hide evidence' : 'Evidence'}
          </button>
        )}
        {open && c.evidence && (
          <blockquote className="evidence" data-testid="evidence">
            <span className="muted small">{c.evidence.source}:</span> {c.evidence.snippet}
          </blockquote>
        )}
      </div>
    </li>
  );
}

export const ROLE_LABEL: Record<string, string> = {
  'decision-maker': 'Decision-maker',
  champion: 'Champion',
  influencer: 'Influencer',
  user: 'User',
  gatekeeper: 'Gatekeeper',
  'technical-evaluator': 'Technical evaluator',
};

export function PersonaCard({ result, persona }: { result: PersonaResult; persona: Persona | null }) {
  const c = result.classification;
  const best = result.best;
  return (
    <section className="card" aria-label="Persona">
      <h2>Persona</h2>
      {c && (
        <p className="muted small" title={c.evidence.join('\n')}>
          Role read from the title: {c.department.replace(/_/g, ' ')}, {c.seniority}
        </p>
      )}
      {best && persona ? (
        <>
          <div className="persona-head">
            <strong data-testid="persona-name">{persona.name}</strong>
            <span className="chip">{ROLE_LABEL[persona.buyingRole] ?? persona.buyingRole}</span>
            <span className="muted small">{percent(best.confidence)} match</span>
          </div>
          <ul className="reasons small">
            {best.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <dl className="facts">
            {persona.communicationStyle && (
              <>
                <dt>Style</dt>
                <dd>{persona.communicationStyle}</dd>
              </>
            )}
            {persona.channels.length > 0 && (
              <>
                <dt>Channels</dt>
                <dd>{persona.channels.join(', ')}</dd>
              </>
            )}
            {persona.bestTime && (
              <>
                <dt>Best time</dt>
                <dd>{persona.bestTime}</dd>
              </>
            )}
          </dl>
          {persona.objections.length > 0 && (
            <details>
              <summary>Objections and responses ({persona.objections.length})</summary>
              <ul className="objections">
                {persona.objections.map((o) => (
                  <li key={o.objection} data-testid="objection">
                    <em>“{o.objection}”</em>
                    <div>{o.response}</div>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      ) : (
        <div data-testid="persona-none">
          <strong>No persona matches.</strong>
          {result.closest && (
            <p className="muted small">
              Closest: {result.closest.personaName} ({percent(result.closest.confidence)}): {result.closest.reasons.join(' ')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * Talking points, each with the facts behind it on expand. `companyKnown: false` (a first-seen
 * person page): the points speak to the role only, and the card says how to add the company (the
 * research action itself, `research-company`, is the Research card's: components/popup/Research.tsx).
 */
export function TalkingPoints({
  points,
  brief,
  companyKnown,
  companyName,
  part = 'all',
}: {
  points: RenderedTalkingPoint[];
  brief: string;
  companyKnown?: boolean;
  companyName?: string | null;
  /** `best`: the first point only, for the summary; `rest`: the others, for the section below it. */
  part?: 'all' | 'best' | 'rest';
}) {
  const [copiedAll, copyAll] = useCopy();
  const shown = part === 'best' ? points.slice(0, 1) : part === 'rest' ? points.slice(1) : points;
  if (shown.length === 0) return null;
  if (part === 'rest') {
    return (
      <ul className="points card" aria-label="More talking points">
        {shown.map((p) => (
          <TalkingPoint key={p.id} point={p} />
        ))}
      </ul>
    );
  }
  const company = companyName?.trim() || null;
  return (
    <section className="card" aria-label="Talking points">
      <div className="row">
        <h2>{part === 'best' ? 'Best talking point' : 'Talking points'}</h2>
        <button type="button" className="secondary" data-testid="copy-all-button" onClick={() => copyAll(brief)} aria-live="polite">
          {copiedAll ? 'Copied brief' : 'Copy all'}
        </button>
      </div>
      {companyKnown === false && (
        <div className="small" data-testid="company-unknown">
          <p className="muted">
            These points speak to the role: {company ? `${company} is` : 'the company is'} not known yet.{' '}
            Open {company ? `${company}'s` : 'the company’s'} LinkedIn page or website and LeadFit adds its facts.
          </p>
        </div>
      )}
      <ul className="points">
        {shown.map((p) => (
          <TalkingPoint key={p.id} point={p} />
        ))}
      </ul>
    </section>
  );
}

function sourceText(source: string): string {
  if (source === 'page') return 'on this page';
  if (source === 'account') return 'from another page you viewed';
  if (source === 'account book') return "from the team's account book";
  if (source === 'pack') return 'from your profile pack';
  if (source.startsWith('technology:')) return `detected on the site (${source.slice('technology:'.length)})`;
  return source;
}

function TalkingPoint({ point }: { point: RenderedTalkingPoint }) {
  const [copied, copy] = useCopy();
  const facts = point.facts ?? [];
  return (
    <li data-testid="talking-point" className="point" data-uses-company-facts={String(point.usesCompanyFacts ?? true)}>
      <div style={{ flex: 1 }}>
        <p>
          {point.text}
          {point.personaId && point.usesCompanyFacts === false && <span className="muted small"> · by role</span>}
        </p>
        {facts.length > 0 && (
          <details data-testid="talking-point-facts">
            <summary>Why we can say this</summary>
            <dl className="facts">
              {facts.map((f) => (
                <div key={f.name} style={{ display: 'contents' }}>
                  <dt>{f.value}</dt>
                  <dd>{sourceText(f.source)}</dd>
                </div>
              ))}
            </dl>
          </details>
        )}
      </div>
      <button type="button" data-testid="copy-button" onClick={() => copy(point.text)} aria-label={copied ? 'Copied' : 'Copy this talking point'} aria-live="polite">
        {copied ? 'Copied' : 'Copy'}
      </button>
    </li>
  );
}
