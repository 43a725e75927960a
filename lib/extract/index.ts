import type { Observation } from '../observation';
import { extractCompanySite } from '../sites/company-site';
import { readPage } from './route';

export { extractLinkedinPage, routeUrl } from './route';

/**
 * Reads one page into an observation: LinkedIn people, companies and search, Sales Navigator,
 * and any company website. The same function runs in the company content script, in tests and
 * in the command line (over a linkedom document). It never throws.
 */
export function extractPage(document: Document, url: string): Observation {
  return readPage(document, url, extractCompanySite);
}
