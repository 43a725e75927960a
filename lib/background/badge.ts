import { browser } from 'wxt/browser';
import type { TabState } from '../messaging';
import type { Tier } from '../profiles/taxonomy';

/** Badge colours per tier; chosen for contrast with white badge text. */
export const TIER_COLORS: Record<Tier, string> = { A: '#1a7f37', B: '#0969da', C: '#9a6700', D: '#6e7781' };

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** The badge a tab shows: the best ICP's tier letter, "?" when nothing could be checked. Pure. */
export function badgeFor(state: TabState): Badge {
  const best = state.scored?.account?.best ?? null;
  if (state.status === 'ready' && best) {
    if (best.tier === null) return { text: '?', color: '#6e7781', title: `LeadFit: ${best.icpName}: not enough data to score` };
    const coverage = Math.round(best.coverage * 100);
    return {
      text: best.tier,
      color: TIER_COLORS[best.tier],
      title: `LeadFit: tier ${best.tier}, ${best.score} fit with ${best.icpName} (${coverage}% checked)`,
    };
  }
  if (state.status === 'ready' && state.scored?.people.length) {
    return { text: String(state.scored.people.length), color: '#6e7781', title: `LeadFit: ${state.scored.people.length} people on this page` };
  }
  if (state.status === 'ready' && state.scored?.person?.personas.best) {
    return { text: 'P', color: '#8250df', title: `LeadFit: ${state.scored.person.personas.best.personaName}` };
  }
  return { text: '', color: '#6e7781', title: 'LeadFit' };
}

/** MV3 has `action`; Firefox MV2 has `browserAction`. */
function actionApi(): typeof browser.action {
  return (browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction)!;
}

export async function setBadgeForState(state: TabState): Promise<void> {
  const badge = badgeFor(state);
  const action = actionApi();
  try {
    await Promise.all([
      action.setBadgeText({ tabId: state.tabId, text: badge.text }),
      action.setBadgeBackgroundColor({ tabId: state.tabId, color: badge.color }),
      action.setTitle({ tabId: state.tabId, title: badge.title }),
    ]);
  } catch {
    // The tab was closed while we scored it: nothing to show.
  }
}
