import type { Observation } from '../observation';
import type { Pack } from '../profiles/schema';
import type { ScoredPage } from './types';
import { nextCheckText, scoreRangeText, tierText } from './verdict-text';

/** "Copy all": a short plain-text brief of the fit, the persona and the talking points. */
export function briefText(scored: ScoredPage, observation: Observation, pack: Pack): string {
  const lines: string[] = [];
  const who = observation.person?.name ? `${observation.person.name}${observation.person.title ? `, ${observation.person.title}` : ''}` : null;
  const company = observation.company?.name ?? observation.person?.company ?? null;
  lines.push([who, company].filter(Boolean).join(' at ') || observation.url);
  const best = scored.account?.best;
  if (best) {
    const checked = `${Math.round(best.coverage * 100)}% of the profile checked`;
    const next = nextCheckText(best);
    lines.push(
      best.disqualified
        ? `Fit: ${best.icpName}: disqualified (${best.disqualifiedBecause})`
        : best.tier
          ? `Fit: ${best.icpName}: ${scoreRangeText(best)} / 100, tier ${best.tier}, ${checked}`
          : `Fit: ${best.icpName}: ${scoreRangeText(best)} / 100, tier ${tierText(best)} (undecided), ${checked}${next ? `; ${next}` : ''}`,
    );
    for (const c of best.criteria) if (c.status !== 'unknown') lines.push(`  ${c.status === 'matched' ? '+' : c.status === 'missed' ? '-' : '!'} ${c.label}: ${c.sentence}`);
  }
  const match = scored.person?.personas.best;
  const persona = match ? pack.personas.find((p) => p.id === match.personaId) : undefined;
  if (match && persona) {
    lines.push(`Persona: ${persona.name} (${persona.buyingRole}, ${Math.round(match.confidence * 100)}% match)`);
    if (persona.communicationStyle) lines.push(`Style: ${persona.communicationStyle}`);
    if (persona.channels.length) lines.push(`Channels: ${persona.channels.join(', ')}${persona.bestTime ? `; best time: ${persona.bestTime}` : ''}`);
  }
  if (scored.talkingPoints.length) {
    lines.push('Talking points:');
    for (const t of scored.talkingPoints) lines.push(`- ${t.text}`);
  }
  if (persona?.objections.length) {
    lines.push('Objections:');
    for (const o of persona.objections.slice(0, 3)) lines.push(`- "${o.objection}" → ${o.response}`);
  }
  lines.push(`Scored with ${pack.name} v${scored.packVersion}.`);
  return lines.join('\n');
}
