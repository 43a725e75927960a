/**
 * What the background can tell about a tab from its URL alone, before any content is read.
 * Pure; the content script's own router (lib/extract) decides the exact page kind.
 */
export type UrlStatus = 'linkedin' | 'site' | 'unsupported';

export function classifyTabUrl(url: string | null | undefined): UrlStatus {
  if (!url) return 'unsupported';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unsupported';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'unsupported';
  const host = parsed.hostname.toLowerCase();
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return 'linkedin';
  // Company sites are read on https only: http pages are rare for companies and often captive portals.
  if (parsed.protocol !== 'https:') return 'unsupported';
  if (/\.(pdf|png|jpe?g|gif|svg|zip)$/i.test(parsed.pathname)) return 'unsupported';
  return 'site';
}
