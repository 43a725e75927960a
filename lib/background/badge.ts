import { browser } from 'wxt/browser';
import type { TabState } from '../messaging';
import type { Tier } from '../profiles/taxonomy';
import { i18n } from '#i18n';
import { scoreRangeText, tierRangeText } from '../scoring/verdict-text';

/** Badge colours per tier; chosen for contrast with white badge text. */
export const TIER_COLORS: Record<Tier, string> = { A: '#1a7f37', B: '#0969da', C: '#9a6700', D: '#6e7781' };

export interface Badge {
  text: string;
  color: string;
  title: string;
}

const GREY = '#6e7781';

/**
 * The badge a tab shows. A tier letter only when it is decided (no unknown criterion could
 * change it, or a disqualifier applies); `?` on every other page LeadFit read — undecided fit,
 * a person whose company is not known yet, a page with nothing to score — so a page that was
 * read never looks like one that was not; a search page shows how many people it lists.
 * Empty only while a page is loading, not read yet or not supported. Pure.
 */
export function badgeFor(state: TabState): Badge {
  if (state.status !== 'ready' && state.status !== 'empty') return { text: '', color: GREY, title: 'LeadFit' };
  const best = state.scored?.account?.best ?? null;
  if (best) {
    const coverage = Math.round(best.coverage * 100);
    if (best.tier !== null) {
      // The tooltip is in the browser's language (locales/*.yml, badge.*); the pack's own words (ICP name, reason) as written.
      const why = best.disqualified ? i18n.t('badge.disqualified', { reason: best.disqualifiedBecause ?? '' }) : i18n.t('badge.fitWith', { score: best.score ?? '', icp: best.icpName, coverage });
      return { text: best.tier, color: TIER_COLORS[best.tier], title: i18n.t('badge.tier', { tier: best.tier, why }) };
    }
    const d = best.decidingCriterion;
    const next = d ? i18n.t(d.decides ? 'badge.next' : 'badge.nextNarrow', { label: d.label }) : '';
    return {
      text: '?',
      color: GREY,
      title: i18n.t('badge.undecided', { icp: best.icpName, tiers: tierRangeText(best.tierRange), score: scoreRangeText(best), coverage, next }),
    };
  }
  if (state.status === 'ready' && state.scored?.people.length) {
    return { text: String(state.scored.people.length), color: GREY, title: i18n.t('badge.people', { count: state.scored.people.length }) };
  }
  const persona = state.scored?.person?.personas.best ?? null;
  if (state.status === 'ready' && persona) {
    return { text: '?', color: '#8250df', title: i18n.t('badge.personaOnly', { persona: persona.personaName }) };
  }
  return { text: '?', color: GREY, title: state.status === 'empty' ? i18n.t('badge.nothing') : i18n.t('badge.companyUnknown') };
}

/**
 * The toolbar icon per tab: LeadFit's colours where it read the page (or is reading a LinkedIn
 * page), grey where it reads nothing — the manifest's default (wxt.config.ts), restated per tab
 * because a tab keeps the icon it was given until it navigates. Files from modules/icons.ts.
 */
export function iconFor(state: TabState): Record<string, string> {
  const read = state.status === 'ready' || state.status === 'empty' || state.status === 'loading';
  return read ? { 16: '/icon-16.png', 32: '/icon-32.png' } : { 16: '/icon-grey-16.png', 32: '/icon-grey-32.png' };
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
      action.setIcon({ tabId: state.tabId, path: iconFor(state) }),
    ]);
  } catch {
    // The tab was closed while we scored it: nothing to show.
  }
}
