import { linkedinCompanyReader } from './linkedin-company';
import { linkedinPersonReader } from './linkedin-person';
import { linkedinSearchReader } from './linkedin-search';
import type { SiteReader } from './reader';
import { salesnavAccountReader, salesnavLeadReader } from './salesnav';

/**
 * The readers the LinkedIn content script carries (no company-website reader: it stays out of
 * that bundle). Order matters only where patterns could overlap; the meta-test checks they do not.
 */
export const LINKEDIN_READERS: readonly SiteReader[] = [linkedinPersonReader, linkedinCompanyReader, linkedinSearchReader, salesnavLeadReader, salesnavAccountReader];

/** The LinkedIn content script's manifest matches: every origin a LinkedIn reader reads. */
export const LINKEDIN_CONTENT_MATCHES: string[] = [...new Set(LINKEDIN_READERS.flatMap((r) => r.matches.origins))];
