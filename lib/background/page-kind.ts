import { LINKEDIN_READERS } from '../sites/linkedin-readers';
import { readerInfoForUrl } from '../sites/reader-infos';

/**
 * What the background can tell about a tab from its URL alone, before any content is read.
 * Derived from the reader registry, so it agrees with the router (lib/extract/route.ts):
 * 'linkedin' — a LinkedIn reader claims the URL (the content script reads it; the popup waits);
 * 'site' — the company-website reader claims it (http or https; read on the rep's click);
 * 'unsupported' — no reader does (including LinkedIn pages such as the feed).
 */
export type UrlStatus = 'linkedin' | 'site' | 'unsupported';

const LINKEDIN_KINDS = new Set<string>(LINKEDIN_READERS.map((r) => r.kind));

export function classifyTabUrl(url: string | null | undefined): UrlStatus {
  const reader = readerInfoForUrl(url);
  if (!reader) return 'unsupported';
  return LINKEDIN_KINDS.has(reader.kind) ? 'linkedin' : 'site';
}
