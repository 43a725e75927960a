import { useState } from 'react';
import type { Pack, Persona } from '@/lib/profiles/schema';
import type { CriterionResult, IcpFit, PersonaResult, RenderedTalkingPoint } from '@/lib/scoring/types';
import { scoreRangeText, tierText } from '@/lib/scoring/verdict-text';
import { t } from '../i18n';
import { departmentLabel, seniorityLabel } from '../taxonomy-words';
import { useCopy } from './useCopy';

const STATUS_ICON: Record<CriterionResult['status'], string> = { matched: '✓', missed: '✗', unknown: '?', disqualified: '⛔' };
const statusWord = (s: CriterionResult['status']): string => t(`cards.status.${s}`);

function percent(n: number): string {
  return `${Math.round(n * 100)}%`;
}

export function dateText(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

const PACK_SOURCES = new Set(['starter', 'team', 'edited', 'imported']);
/** " (starter pack)", ", edited in this browser", … ; nothing for a source this version does not know. */
const sourceNote = (source: string): string => (PACK_SOURCES.has(source) ? t(`cards.source.${source as 'starter'}`) : '');

/** The next check's frame (lib/scoring/verdict-text.ts `nextCheckText` says it in English for the CLI and the brief). */
function nextCheck(fit: IcpFit): string | null {
  const d = fit.decidingCriterion;
  return d ? t(d.decides ? 'cards.nextDecide' : 'cards.nextNarrow', { label: d.label }) : null;
}

/** Score, tier, coverage, the best ICP and the runner-up, and the pack version that scored it. */

export function FitCard({ best, runnerUp, comparison, pack, packVersion, packSource }: { best: IcpFit; runnerUp: IcpFit | null; comparison: string | null; pack: Pick<Pack, 'name' | 'version' | 'publishedAt' | 'publishedBy'> | null; packVersion: number; packSource?: string }) {
  // A letter only when no unknown criterion could change it; else the letters still possible.
  const decided = best.tier !== null;
  const tier = tierText(best);
  const next = nextCheck(best);
  return (
    <section className="card fit" aria-label={t('cards.fit')}>
      <div className="fit-head">
        <div className={`tier ${decided ? `tier-${best.tier}` : 'tier-range'}`} aria-label={decided ? t('cards.tierLabel', { tier }) : t('cards.tierUndecidedLabel', { tier })}>
          <span data-testid="fit-tier">{tier}</span>
        </div>
        <div className="fit-main">
          <div className="fit-score">
            <span data-testid="fit-score">
              {best.disqualified || best.scoreRange.min === best.scoreRange.max
                ? best.score === null
                  ? t('cards.notEnoughData')
                  : `${best.score} / 100`
                : `${scoreRangeText(best)} / 100`}
            </span>
          </div>
          {!decided && (
            <div className="small" data-testid="fit-undecided">
              {tier}
              {next ?? t('cards.cannotDecide')}
              {best.score !== null && <span className="muted">{t('cards.onWhatIsKnown', { score: best.score })}</span>}
            </div>
          )}
          <div className="muted">
            {best.icpName}
            {best.disqualified && <strong className="bad">{t('cards.disqualified')}</strong>}
          </div>
          <div className="muted" data-testid="fit-coverage">
            {t('cards.coverage', { percent: percent(best.coverage) })}
            {best.lowCoverage && <span className="warn" title={t('cards.lowCoverageTitle')}>{t('cards.lowCoverage')}</span>}
          </div>
        </div>
      </div>
      {best.disqualifiedBecause && <p className="bad">{best.disqualifiedBecause}</p>}
      {runnerUp && (
        <p className="muted small" data-testid="runner-up">
          {comparison ??
            (runnerUp.disqualified
              ? t('cards.runnerUpDisqualified', { name: runnerUp.icpName })
              : t('cards.runnerUp', { name: runnerUp.icpName, score: scoreRangeText(runnerUp), tier: tierText(runnerUp) }))}
        </p>
      )}
      <p className="muted small" data-testid="pack-version">
        {t('cards.scoredWith', { pack: pack?.name ?? t('cards.pack'), version: packVersion })}
        {pack && pack.version === packVersion ? t('cards.publishedOnBy', { date: dateText(pack.publishedAt), name: pack.publishedBy }) : t('cards.olderVersion')}
        {packSource ? sourceNote(packSource) : ''}
      </p>
    </section>
  );
}

/** Each criterion with its status, the sentence for the rep and, on demand, the evidence. */
export function CriteriaList({ criteria }: { criteria: CriterionResult[] }) {
  return (
    <section className="card" aria-label={t('popup.sectionCriteria')}>
      <h2>{t('cards.why')}</h2>
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
          <span className="sr-only"> {statusWord(c.status)}</span>
          {c.weight > 0 && <span className="muted small">{t('cards.weight', { weight: c.weight })}</span>}
        </div>
        <div>{c.sentence}</div>
        {c.evidence && (
          <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="evidence-toggle">
            {open ? t('cards.hideEvidence') : t('cards.evidence')}
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

const ROLE_KEYS = {
  'decision-maker': 'cards.role.decisionMaker',
  champion: 'cards.role.champion',
  influencer: 'cards.role.influencer',
  user: 'cards.role.user',
  gatekeeper: 'cards.role.gatekeeper',
  'technical-evaluator': 'cards.role.technicalEvaluator',
} as const;

/** A buying role in words ("Decision-maker"); a role this version does not know, as the pack spells it. */
export function roleLabel(role: string): string {
  const key = ROLE_KEYS[role as keyof typeof ROLE_KEYS];
  return key ? t(key) : role;
}

export function PersonaCard({ result, persona }: { result: PersonaResult; persona: Persona | null }) {
  const c = result.classification;
  const best = result.best;
  return (
    <section className="card" aria-label={t('cards.persona')}>
      <h2>{t('cards.persona')}</h2>
      {c && (
        <p className="muted small" title={c.evidence.join('\n')}>
          {t('cards.roleFromTitle', { department: departmentLabel(c.department), seniority: seniorityLabel(c.seniority) })}
        </p>
      )}
      {best && persona ? (
        <>
          <div className="persona-head">
            <strong data-testid="persona-name">{persona.name}</strong>
            <span className="chip">{roleLabel(persona.buyingRole)}</span>
            <span className="muted small">{t('cards.match', { percent: percent(best.confidence) })}</span>
          </div>
          <ul className="reasons small">
            {best.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <dl className="facts">
            {persona.communicationStyle && (
              <>
                <dt>{t('cards.style')}</dt>
                <dd>{persona.communicationStyle}</dd>
              </>
            )}
            {persona.channels.length > 0 && (
              <>
                <dt>{t('cards.channels')}</dt>
                <dd>{persona.channels.join(', ')}</dd>
              </>
            )}
            {persona.bestTime && (
              <>
                <dt>{t('cards.bestTime')}</dt>
                <dd>{persona.bestTime}</dd>
              </>
            )}
          </dl>
          {persona.objections.length > 0 && (
            <details>
              <summary>{t('cards.objections', { count: persona.objections.length })}</summary>
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
          <strong>{t('cards.noPersona')}</strong>
          {result.closest && (
            <p className="muted small">
              {t('cards.closest', { name: result.closest.personaName, percent: percent(result.closest.confidence), reasons: result.closest.reasons.join(' ') })}
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
      <ul className="points card" aria-label={t('cards.morePoints')}>
        {shown.map((p) => (
          <TalkingPoint key={p.id} point={p} />
        ))}
      </ul>
    );
  }
  const company = companyName?.trim() || null;
  return (
    <section className="card" aria-label={t('cards.talkingPoints')}>
      <div className="row">
        <h2>{part === 'best' ? t('cards.bestPoint') : t('cards.talkingPoints')}</h2>
        <button type="button" className="secondary" data-testid="copy-all-button" onClick={() => copyAll(brief)} aria-live="polite">
          {copiedAll ? t('cards.copiedBrief') : t('cards.copyAll')}
        </button>
      </div>
      {companyKnown === false && (
        <div className="small" data-testid="company-unknown">
          <p className="muted">{company ? t('cards.roleOnlyNamed', { company }) : t('cards.roleOnly')}</p>
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
  if (source === 'page') return t('cards.fromPage');
  if (source === 'account') return t('cards.fromAccount');
  if (source === 'account book') return t('cards.fromBook');
  if (source === 'pack') return t('cards.fromPack');
  if (source.startsWith('technology:')) return t('cards.fromSite', { technology: source.slice('technology:'.length) });
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
          {point.personaId && point.usesCompanyFacts === false && <span className="muted small">{t('cards.byRole')}</span>}
        </p>
        {facts.length > 0 && (
          <details data-testid="talking-point-facts">
            <summary>{t('cards.whyWeCanSay')}</summary>
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
      <button type="button" data-testid="copy-button" onClick={() => copy(point.text)} aria-label={copied ? t('common.copied') : t('cards.copyPoint')} aria-live="polite">
        {copied ? t('common.copied') : t('common.copy')}
      </button>
    </li>
  );
}
