import { classifyTitle } from '../normalize/title';
import type { Pack, Persona } from '../profiles/schema';
import type { BuyingRole } from '../profiles/taxonomy';
import { hasPhrase } from './text';
import type { PersonaMatch, PersonaResult, TitleClassification } from './types';

/**
 * Persona match from the person's role, not literal title strings: the title (or headline) is
 * classified into department and seniority (lib/normalize/title), then each persona's rules are
 * checked. Title keywords are the manager's explicit signals ("revops") and stand in for the
 * department when the classifier could not name it. Exclusions rule a persona out.
 */
const WEIGHTS = { department: 0.45, seniority: 0.35, keywords: 0.2 };
/** Confidence from which a persona counts as matched. */
export const MATCH_THRESHOLD = 0.6;

const ROLE_WORDS: Record<BuyingRole, string> = {
  'decision-maker': 'decision-maker',
  champion: 'champion',
  influencer: 'influencer',
  user: 'user',
  gatekeeper: 'gatekeeper',
  'technical-evaluator': 'technical evaluator',
};

export function matchPersona(persona: Persona, c: TitleClassification, text: string, icpId: string | null): PersonaMatch {
  const m = persona.match;
  const lower = text.toLowerCase();
  const reasons: string[] = [];
  const excluded = m.excludeKeywords.find((k) => hasPhrase(lower, k));
  const keyword = m.titleKeywords.find((k) => hasPhrase(lower, k));
  let got = 0;
  let possible = 0;
  if (m.departments.length) {
    possible += WEIGHTS.department;
    if (m.departments.includes(c.department)) {
      got += WEIGHTS.department;
      reasons.push(`Department ${label(c.department)} fits.`);
    } else if (keyword) {
      got += WEIGHTS.department;
      reasons.push(`"${keyword}" in the title stands for ${m.departments.map(label).join(' / ')}.`);
    } else reasons.push(`Department ${label(c.department)} is not ${m.departments.map(label).join(' / ')}.`);
  }
  if (m.seniorities.length) {
    possible += WEIGHTS.seniority;
    if (m.seniorities.includes(c.seniority)) {
      got += WEIGHTS.seniority;
      reasons.push(`Seniority ${label(c.seniority)} fits.`);
    } else reasons.push(`Seniority ${label(c.seniority)} is not ${m.seniorities.map(label).join(' / ')}.`);
  }
  if (m.titleKeywords.length) {
    possible += WEIGHTS.keywords;
    if (keyword) {
      got += WEIGHTS.keywords;
      reasons.push(`Title mentions "${keyword}".`);
    }
  }
  let confidence = possible > 0 ? got / possible : 0;
  if (excluded) {
    confidence = 0;
    reasons.push(`Ruled out: the title says "${excluded}".`);
  }
  let matched = !excluded && confidence >= MATCH_THRESHOLD;
  if (matched && icpId && persona.icpIds.length > 0 && !persona.icpIds.includes(icpId)) {
    matched = false;
    reasons.push(`Belongs to other ICPs (${persona.icpIds.join(', ')}).`);
  }
  return {
    personaId: persona.id,
    personaName: persona.name,
    buyingRole: persona.buyingRole,
    confidence: Math.round(confidence * 100) / 100,
    matched,
    reasons,
  };
}

function label(s: string): string {
  return s.replace(/_/g, ' ');
}

/** Classifies the title (or headline) and ranks the pack's personas. */
export function scorePersonas(pack: Pack, title: string | null, headline: string | null, icpId: string | null): PersonaResult {
  const text = [title, headline].filter(Boolean).join(' | ');
  if (!text) return { classification: null, ranked: [], best: null, closest: null };
  const fromTitle = title ? classifyTitle(title) : null;
  // The headline is a fallback for an unclassifiable title ("Member of Technical Staff") or none at all.
  const classification =
    fromTitle && (fromTitle.department !== 'other' || fromTitle.seniority !== 'unknown') ? fromTitle : headline ? classifyTitle(headline) : fromTitle;
  if (!classification) return { classification: null, ranked: [], best: null, closest: null };
  const ranked = pack.personas
    .map((p, i) => ({ m: matchPersona(p, classification, text, icpId), i }))
    .sort((a, b) => Number(b.m.matched) - Number(a.m.matched) || b.m.confidence - a.m.confidence || a.i - b.i)
    .map((x) => x.m);
  const best = ranked.find((r) => r.matched) ?? null;
  return { classification, ranked, best, closest: best ? null : (ranked[0] ?? null) };
}

export interface CommitteeCoverage {
  seen: { personaId: string; personaName: string; buyingRole: BuyingRole }[];
  missing: { personaId: string; personaName: string; buyingRole: BuyingRole }[];
  /** "2 of 5 roles seen: no finance gatekeeper yet". */
  sentence: string;
}

/** Which of the pack's personas (for this ICP) have been seen at an account. */
export function committeeCoverage(pack: Pack, icpId: string | null, seenPersonaIds: readonly string[]): CommitteeCoverage {
  const relevant = pack.personas.filter((p) => !icpId || p.icpIds.length === 0 || p.icpIds.includes(icpId));
  const seenSet = new Set(seenPersonaIds);
  const pick = (p: Persona) => ({ personaId: p.id, personaName: p.name, buyingRole: p.buyingRole });
  const seen = relevant.filter((p) => seenSet.has(p.id)).map(pick);
  const missing = relevant.filter((p) => !seenSet.has(p.id)).map(pick);
  const n = relevant.length;
  let sentence = `${seen.length} of ${n} role${n === 1 ? '' : 's'} seen`;
  if (missing.length === 0) sentence += ': the whole buying committee.';
  else {
    const first = missing.find((p) => p.buyingRole === 'decision-maker') ?? missing.find((p) => p.buyingRole === 'gatekeeper') ?? missing[0];
    sentence += first ? `: no ${ROLE_WORDS[first.buyingRole]} (${first.personaName}) yet.` : '.';
  }
  return { seen, missing, sentence };
}
