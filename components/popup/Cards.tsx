import { useState } from 'react';
import type { Pack, Persona } from '@/lib/profiles/schema';
import type { CriterionResult, IcpFit, PersonaResult, RenderedTalkingPoint } from '@/lib/scoring/types';
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

export function FitCard({ best, runnerUp, comparison, pack, packVersion, packSource }: { best: IcpFit; runnerUp: IcpFit | null; comparison: string | null; pack: Pack | null; packVersion: number; packSource?: string }) {
  const tier = best.tier ?? '–';
  return (
    <section className="card fit" aria-label="Fit">
      <div className="fit-head">
        <div className={`tier tier-${tier}`} aria-label={`Tier ${tier}`}>
          <span data-testid="fit-tier">{tier}</span>
        </div>
        <div className="fit-main">
          <div className="fit-score">
            <span data-testid="fit-score">{best.score === null ? 'not enough data' : `${best.score} / 100`}</span>
          </div>
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
          {comparison ?? `Runner-up: ${runnerUp.icpName} (${runnerUp.disqualified ? 'disqualified' : runnerUp.score === null ? 'not enough data' : `${runnerUp.score}, tier ${runnerUp.tier}`}).`}
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

export function TalkingPoints({ points, brief }: { points: RenderedTalkingPoint[]; brief: string }) {
  const [copiedAll, copyAll] = useCopy();
  if (points.length === 0) return null;
  return (
    <section className="card" aria-label="Talking points">
      <div className="row">
        <h2>Talking points</h2>
        <button type="button" className="secondary" data-testid="copy-all-button" onClick={() => copyAll(brief)} aria-live="polite">
          {copiedAll ? 'Copied brief' : 'Copy all'}
        </button>
      </div>
      <ul className="points">
        {points.map((p) => (
          <TalkingPoint key={p.id} point={p} />
        ))}
      </ul>
    </section>
  );
}

function TalkingPoint({ point }: { point: RenderedTalkingPoint }) {
  const [copied, copy] = useCopy();
  return (
    <li data-testid="talking-point" className="point">
      <p>{point.text}</p>
      <button type="button" data-testid="copy-button" onClick={() => copy(point.text)} aria-label={copied ? 'Copied' : 'Copy this talking point'} aria-live="polite">
        {copied ? 'Copied' : 'Copy'}
      </button>
    </li>
  );
}
